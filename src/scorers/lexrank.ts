import type { Scorer } from './types.js';
import { oneFactor, salienceOf } from './util/explain.js';
import { similarityGraph } from './util/graph.js';
import { pageRank } from './util/pagerank.js';
import { countTerms, sentenceIdf, tfIdfVectors } from './util/terms.js';

/**
 * Continuous LexRank, Erkan & Radev (2004), "LexRank: Graph-based Lexical Centrality as
 * Salience in Text Summarization", JAIR 22 (Algorithm 3, with the damping of equation 5).
 *
 * - Similarity: the idf-modified cosine of the sentences' tf × idf vectors, idf = log(N / n_t)
 *   over the document's own N sentences (a term in every sentence weighs 0).
 * - Graph: every positive cosine is an edge, weighted by it, with no threshold (the continuous
 *   variant); the diagonal (a sentence's cosine with itself, 1) is kept, as in Algorithm 3.
 *   Rows are normalised to sum 1 by the random walk.
 * - Centrality: the stationary distribution with damping 0.85: the walk follows an edge with
 *   probability 0.85 and jumps to a random sentence with probability d = 0.15 (the paper's d,
 *   which it takes in [0.1, 0.2]). Power iteration until no score, scaled to average 1, moves by
 *   0.0001 (the paper leaves its ε open; this is TextRank's), at most 100 iterations.
 * Cost: the graph is built through an inverted index over terms and bounded as
 * {@link similarityGraph} describes (pairs within a window of sentences and a cap on neighbours
 * for very long inputs); each iteration is O(edges).
 */
export const lexrank: Scorer = {
  name: 'lexrank',
  description: 'LexRank (Erkan & Radev 2004): centrality in the graph of tf-idf cosine similarities',
  score(doc) {
    const counts = countTerms(doc.terms);
    const vectors = tfIdfVectors(counts, sentenceIdf(counts), true);
    return pageRank(similarityGraph(vectors, { selfLoops: true, minWeight: 0 }), { damping: 0.85 });
  },
  explain: (doc, scores, i) => oneFactor('centrality', 'stationary share of a random walk over tf-idf cosine similarities', doc, scores, i, salienceOf(doc)),
};
