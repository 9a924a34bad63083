import type { Scorer } from './types.js';

/** Weight of the position prior: news and most expository text put the point first. */
const positionStrength = 0.35;

/**
 * The default: the summed salience of a sentence's distinct terms, normalised so long
 * sentences do not win on length alone, times a gentle prior for earlier sentences.
 */
export const salience: Scorer = {
  name: 'default',
  description: 'term salience (tf-idf over the sentences, title-aware) with a position prior',
  score(doc) {
    const n = doc.candidates.length;
    return doc.terms.map((terms, i) => {
      let sum = 0;
      for (const term of new Set(terms)) sum += doc.weights.get(term) ?? 0;
      const length = Math.sqrt(Math.max(terms.length, 8));
      const position = 1 + positionStrength * (1 - i / Math.max(n, 1));
      return (sum / length) * position;
    });
  },
};
