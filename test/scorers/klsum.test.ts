import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alpha, klsum } from '../../src/scorers/klsum.js';
import { docOfTerms, upTo } from './helpers.js';

/** KL(P_doc ‖ P_summary) written out over the whole vocabulary, the summary smoothed by α. */
function divergence(terms: string[][], summary: number[]): number {
  const all = terms.flat();
  const vocabulary = [...new Set(all)];
  const words = summary.flatMap((s) => terms[s] ?? []);
  let kl = 0;
  for (const w of vocabulary) {
    const p = all.filter((x) => x === w).length / all.length;
    const q = (words.filter((x) => x === w).length + alpha) / (words.length + alpha * vocabulary.length);
    kl += p * Math.log(p / q);
  }
  return kl;
}

/** The least divergence any one more sentence (with words, not yet chosen) would give. */
function bestNext(terms: string[][], chosen: number[]): number {
  let best = Infinity;
  terms.forEach((words, s) => {
    if (words.length > 0 && !chosen.includes(s)) best = Math.min(best, divergence(terms, [...chosen, s]));
  });
  return best;
}

describe('klsum', () => {
  it('scores each sentence by minus the divergence of the document from it alone', () => {
    const terms = [['tax', 'rise', 'tax'], ['vote', 'tax'], ['weather']];
    const scores = klsum.score(docOfTerms(terms));
    scores.forEach((x, s) => expect(x).toBeCloseTo(-divergence(terms, [s]), 12));
  });

  it('adds the sentence that brings the summary closest to the document, not a repeat', () => {
    // Two topics, the first a little more frequent: [tax vote poll] alone is nearest. After it,
    // its repeat would make those words too likely (KL 0.054); the other topic, [storm flood
    // coast], brings the summary to 0.020, nearer than any sentence mixing the two (0.037).
    const terms = [
      ['tax', 'vote', 'poll'],
      ['tax', 'vote', 'poll'],
      ['storm', 'flood', 'coast'],
      ['tax', 'storm'],
      ['vote', 'flood'],
      ['poll', 'coast'],
    ];
    const doc = docOfTerms(terms);
    const chosen = klsum.choose?.(doc, klsum.score(doc), upTo(2)) ?? [];
    expect(chosen).toEqual([0, 2]);
    expect(divergence(terms, [0, 2])).toBeLessThan(divergence(terms, [0, 1]));
  });

  it('adds, at every step, a sentence after which the divergence is least', () => {
    const sentence = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 5 }), (terms, k) => {
        const doc = docOfTerms(terms);
        const chosen = klsum.choose?.(doc, klsum.score(doc), upTo(k)) ?? [];
        expect(chosen).toHaveLength(Math.min(k, terms.length));
        // Checked against the naive greedy step by step from the same summary: equal divergences
        // can be reached by different sentences, and the first of equals may differ in the last bit.
        chosen.forEach((_, step) => expect(divergence(terms, chosen.slice(0, step + 1))).toBeCloseTo(bestNext(terms, chosen.slice(0, step)), 10));
      }),
      { numRuns: 300 },
    );
  });
});
