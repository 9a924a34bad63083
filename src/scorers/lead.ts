import type { Scorer } from './types.js';
import { factor, salienceOf, topTerms } from './util/explain.js';

/**
 * The first sentences: the baseline every news summarizer is measured against. O(n) in the
 * number of sentences: one score each, and one pass that asks the budget about each in turn
 * (the budget gate keeps a running total, so each question is O(1) amortized).
 */
export const lead: Scorer = {
  name: 'lead',
  description: 'the first sentences of the article (the baseline news summaries are measured against)',
  score: (doc) => doc.candidates.map((_, i) => 1 / (1 + i)),
  explain: (doc, _scores, i) => ({ combine: 'product', factors: [factor('position', 1 / (1 + i), `sentence ${i + 1} of the article: 1 / position`)], terms: topTerms(doc, i, salienceOf(doc)) }),
  choose(doc, _scores, fits) {
    const chosen: number[] = [];
    for (let i = 0; i < doc.candidates.length; i++) {
      if (fits(chosen, i)) chosen.push(i);
    }
    return chosen;
  },
};
