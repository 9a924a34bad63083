import type { Doc } from '../types.js';
import type { Scorer } from './types.js';
import { factor, salienceOf, topTerms } from './util/explain.js';
import { countTerms, sentenceIdf } from './util/terms.js';

/** MEAD's default weights for the centroid, position and first-sentence features. */
const featureWeights = { centroid: 1, position: 1, firstSentence: 1 };

/**
 * Centroid-based summarization as in MEAD: Radev, Jing, Styś & Tam (2004), "Centroid-based
 * summarization of multiple documents", Information Processing & Management 40 (section 5.1),
 * the MEAD score, not the cosine-to-centroid variant:
 *   score_i = w_c·C_i + w_p·P_i + w_f·F_i, with w_c = w_p = w_f = 1 (MEAD's defaults), where
 * - C_i, the centroid value: the sum, over the sentence's words (repeats counted), of the word's
 *   centroid value tf(w) × idf(w): tf its count in the document (the cluster is the one
 *   document), idf = log(N / n_w) over the document's N sentences. The paper keeps only words
 *   above a threshold; here the idf does that work: a word in every sentence gets 0.
 * - P_i = ((n − i + 1) / n) · C_max, i counted from 1: the first sentence gets as much as the
 *   best centroid value, falling linearly.
 * - F_i = S_1 · S_i: the inner product of the sentence's term-count vector with the first
 *   sentence's (the first candidate; the title is not one).
 * MEAD's redundancy penalty is the select stage's near-repeat skip. O(nnz).
 */
export const centroid: Scorer = {
  name: 'centroid',
  description: 'MEAD centroid (Radev et al. 2004): tf-idf centroid words, position and overlap with the first sentence',
  score: (doc) => parts(doc).map((p) => featureWeights.centroid * p.centroid + featureWeights.position * p.position + featureWeights.firstSentence * p.overlap),
  explain(doc, _scores, i) {
    const p = parts(doc)[i] ?? { centroid: 0, position: 0, overlap: 0 };
    return {
      combine: 'sum',
      factors: [
        factor('centroid', featureWeights.centroid * p.centroid, 'summed tf × idf of its words'),
        factor('position', featureWeights.position * p.position, 'falls linearly from the first sentence'),
        factor('first', featureWeights.firstSentence * p.overlap, 'words shared with the first sentence'),
      ],
      terms: topTerms(doc, i, salienceOf(doc)),
    };
  },
};

/** The three MEAD features of each candidate, before their weights. */
function parts(doc: Doc): { centroid: number; position: number; overlap: number }[] {
  const counts = countTerms(doc.terms);
  const idf = sentenceIdf(counts);
  const value = counts.frequency.map((tf, id) => tf * (idf[id] ?? 0));
  const centroidValues = counts.rows.map((row) => row.ids.reduce((sum, id, k) => sum + (row.values[k] ?? 0) * (value[id] ?? 0), 0));
  const best = centroidValues.reduce((max, x) => Math.max(max, x), 0);
  const first = new Map<number, number>();
  counts.rows[0]?.ids.forEach((id, k) => first.set(id, counts.rows[0]?.values[k] ?? 0));
  const n = counts.rows.length;
  return counts.rows.map((row, i) => ({
    centroid: centroidValues[i] ?? 0,
    position: ((n - i) / n) * best,
    overlap: row.ids.reduce((sum, id, k) => sum + (row.values[k] ?? 0) * (first.get(id) ?? 0), 0),
  }));
}
