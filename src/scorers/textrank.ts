import type { Scorer } from './types.js';
import { oneFactor, salienceOf } from './util/explain.js';
import { similarityGraph } from './util/graph.js';
import { pageRank } from './util/pagerank.js';
import { countTerms, type SparseVector, type TermCounts } from './util/terms.js';

/** BM25 term-frequency saturation (Barrios et al. 2016). */
const k1 = 1.2;
/** BM25 length normalisation (Barrios et al. 2016). */
const b = 0.75;
/** Negative idfs become this share of the average idf (gensim's EPSILON). */
const epsilon = 0.25;
/** Lighter edges are left out, as gensim's WEIGHT_THRESHOLD. */
const minWeight = 1e-3;

/**
 * TextRank, Mihalcea & Tarau (2004), "TextRank: Bringing Order into Texts", EMNLP, with the
 * BM25 similarity of Barrios, López, Argerich & Wachenchauzer (2016), "Variations of the
 * Similarity Function of TextRank for Automated Summarization" (as in their gensim code).
 *
 * - BM25(R, S) = Σ_{w in R} idf(w) · f(w, S)·(k1 + 1) / (f(w, S) + k1·(1 − b + b·|S| / avgdl)),
 *   summed over R's words with repeats, k1 = 1.2, b = 0.75, |S| and avgdl counted in content
 *   terms; idf(w) = log((N − n_w + 0.5) / (n_w + 0.5)) over the document's sentences, and an idf
 *   below 0 (a word in more than half the sentences) is replaced by 0.25 × the average idf.
 * - Graph: undirected, no self-loops; BM25 is not symmetric, and gensim keeps whichever
 *   direction it meets first, so here the edge weighs the mean of BM25(R, S) and BM25(S, R), and
 *   edges under 0.001 are left out (gensim's threshold).
 * - Ranking: weighted PageRank, WS(V_i) = (1 − d) + d Σ_j w_ji / Σ_k w_jk · WS(V_j), d = 0.85,
 *   iterated until no WS moves by 0.0001 (the paper's threshold), at most 100 times; a
 *   sentence without edges hands its share to all alike. Scores are scaled to sum 1.
 * Cost: the graph comes from an inverted index over terms, bounded as {@link similarityGraph}
 * describes; each iteration is O(edges).
 */
export const textrank: Scorer = {
  name: 'textrank',
  description: 'TextRank (Mihalcea & Tarau 2004) with BM25 similarity (Barrios et al. 2016)',
  score(doc) {
    const counts = countTerms(doc.terms);
    const { query, document } = bm25Vectors(counts);
    return pageRank(similarityGraph(query, { selfLoops: false, minWeight }, document), { damping: 0.85 });
  },
  explain: (doc, scores, i) => oneFactor('centrality', 'PageRank over BM25 similarities between sentences', doc, scores, i, salienceOf(doc)),
};

/** gensim's BM25 idf: log(N − n + 0.5) − log(n + 0.5), negatives replaced by ε × the average idf. */
export function bm25Idf(counts: TermCounts): number[] {
  const n = counts.rows.length;
  const idf = counts.sentenceFrequency.map((sf) => Math.log(n - sf + 0.5) - Math.log(sf + 0.5));
  if (idf.length === 0) return idf;
  const average = idf.reduce((sum, x) => sum + x, 0) / idf.length;
  return idf.map((x) => (x < 0 ? epsilon * average : x));
}

/**
 * Each sentence's two sides of BM25: as a query, count × idf of each of its terms; as a
 * document, the saturated frequency of each. BM25(R, S) is then the dot product of R's query
 * side with S's document side. Terms of idf 0 are left out: they add nothing to any pair.
 */
export function bm25Vectors(counts: TermCounts): { query: SparseVector[]; document: number[][] } {
  const idf = bm25Idf(counts);
  const n = counts.rows.length;
  const avgdl = n > 0 ? counts.total / n : 0;
  const query: SparseVector[] = [];
  const document: number[][] = [];
  counts.rows.forEach((row, s) => {
    const length = counts.lengths[s] ?? 0;
    const norm = k1 * (1 - b + (avgdl > 0 ? (b * length) / avgdl : 0));
    const q: SparseVector = { ids: [], values: [] };
    const d: number[] = [];
    row.ids.forEach((id, k) => {
      const weight = idf[id] ?? 0;
      if (weight === 0) return;
      const f = row.values[k] ?? 0;
      q.ids.push(id);
      q.values.push(f * weight);
      d.push((f * (k1 + 1)) / (f + norm));
    });
    query.push(q);
    document.push(d);
  });
  return { query, document };
}
