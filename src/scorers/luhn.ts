import { isContent } from '../stages/tokenize.js';
import type { Token } from '../types.js';
import type { Scorer } from './types.js';
import { countOf, oneFactor } from './util/explain.js';

/** Luhn's low cut-off: a word used only once says nothing about what the article is about. */
const minCount = 2;
/** Significant words with at most this many non-significant words between them belong to one cluster (Luhn: "four or five"). */
const maxGap = 4;

/**
 * Luhn (1958), "The automatic creation of literature abstracts", IBM Journal 2(2).
 *
 * Significant words are the stems whose frequency in the document lies between two cut-offs.
 * The high cut-off is the common-word list, as Luhn himself proposed in place of a statistical
 * one: `Doc.terms` and {@link isContent} already leave out stop words, numbers and lone letters.
 * The low cut-off is `minCount` occurrences. In each sentence, significant words with at most
 * `maxGap` other words between them (every word counts, stop words included) form a cluster; a
 * cluster scores (significant words in it)² / (words from its first to its last significant
 * word), and a sentence scores its best cluster (0 without one). O(tokens).
 */
export const luhn: Scorer = {
  name: 'luhn',
  description: 'Luhn (1958): the densest cluster of frequent content words in the sentence',
  score(doc) {
    const counts = new Map<string, number>();
    for (const tokens of doc.tokens) {
      for (const token of tokens) if (isContent(token)) counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
    }
    return doc.tokens.map((tokens) => bestCluster(tokens, (t) => isContent(t) && (counts.get(t.stem) ?? 0) >= minCount));
  },
  explain: (doc, scores, i) => oneFactor('cluster', `(significant words)² / span of its densest cluster; significant: used ${minCount}+ times`, doc, scores, i, countOf(doc)),
};

/** The significance factor of the sentence's best cluster of significant words. */
export function bestCluster(tokens: readonly Token[], significant: (token: Token) => boolean): number {
  let best = 0;
  let first = -1;
  let last = -1;
  let inCluster = 0;
  const close = () => {
    if (inCluster > 0) best = Math.max(best, (inCluster * inCluster) / (last - first + 1));
  };
  tokens.forEach((token, at) => {
    if (!significant(token)) return;
    if (inCluster > 0 && at - last - 1 <= maxGap) {
      inCluster++;
    } else {
      close();
      first = at;
      inCluster = 1;
    }
    last = at;
  });
  close();
  return best;
}
