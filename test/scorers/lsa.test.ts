import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lsa, topicStrengths, type LsaMethod } from '../../src/scorers/lsa.js';
import type { SparseVector } from '../../src/scorers/util/terms.js';
import { docOfTerms } from './helpers.js';

/** Columns (sentences) of a dense term-by-sentence matrix given by rows. */
function columns(rows: number[][]): SparseVector[] {
  const n = rows[0]?.length ?? 0;
  return Array.from({ length: n }, (_, s) => {
    const vector: SparseVector = { ids: [], values: [] };
    rows.forEach((row, t) => {
      const x = row[s] ?? 0;
      if (x !== 0) {
        vector.ids.push(t);
        vector.values.push(x);
      }
    });
    return vector;
  });
}

const methods: LsaMethod[] = ['direct', 'sentences', 'terms'];

describe('lsa', () => {
  describe.each(methods)('computed by %s', (method) => {
    it('keeps only dimensions whose singular value exceeds half the largest', () => {
      // A = diag(3, 2, 1): σ = 3, 2, 1 with v_k = e_k. σ = 1 is not above 1.5, so the third
      // sentence scores 0 and the others their own σ.
      const scores = topicStrengths(columns([[3, 0, 0], [0, 2, 0], [0, 0, 1]]), method);
      expect(scores[0]).toBeCloseTo(3, 9);
      expect(scores[1]).toBeCloseTo(2, 9);
      expect(scores[2]).toBeCloseTo(0, 9);
    });

    it('gives each sentence its length on the one topic of a rank-one matrix', () => {
      // A = u vᵀ with columns (1, 1) and (2, 2): σ₁ = √10, v = (1, 2)/√5, so σ₁·v = (√2, 2√2).
      const scores = topicStrengths(columns([[1, 2], [1, 2]]), method);
      expect(scores[0]).toBeCloseTo(Math.SQRT2, 9);
      expect(scores[1]).toBeCloseTo(2 * Math.SQRT2, 9);
    });

    it('matches the other methods on random matrices', () => {
      // Real-valued entries: with small integers a singular value can sit exactly on the ½ σ₁
      // line, where rounding alone decides whether it is kept.
      const entry = fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 3, noNaN: true }));
      fc.assert(
        fc.property(fc.array(fc.array(entry, { minLength: 6, maxLength: 6 }), { minLength: 2, maxLength: 9 }), (rows) => {
          const matrix = columns(rows);
          const expected = topicStrengths(matrix, 'direct');
          const actual = topicStrengths(matrix, method);
          actual.forEach((x, s) => expect(x).toBeCloseTo(expected[s] ?? NaN, 6));
        }),
        { numRuns: 60 },
      );
    });
  });

  it('builds a binary matrix: a word said twice in a sentence counts once', () => {
    const once = [['tax', 'rise'], ['tax', 'cut'], ['vote', 'cut']];
    const twice = [['tax', 'rise', 'tax'], ['tax', 'cut', 'cut'], ['vote', 'cut', 'vote']];
    expect(lsa.score(docOfTerms(twice))).toEqual(lsa.score(docOfTerms(once)));
  });

  it('scores a sentence outside the main topic 0 and the one that carries the topic best first', () => {
    const doc = docOfTerms([
      ['storm', 'flood', 'coast'],
      ['storm', 'flood', 'river', 'coast'],
      ['storm', 'coast', 'evacuation'],
      ['football', 'match'],
      ['flood', 'river', 'storm'],
    ]);
    const scores = lsa.score(doc);
    expect(scores[3]).toBeCloseTo(0, 12);
    expect(Math.max(...scores)).toBe(scores[1]);
  });

  it('on a document with many sentences and terms, keeps to the 150 heaviest terms and still ranks sensibly', () => {
    // 300 sentences, 600 terms: the Gram path with a reduced vocabulary. A repeated topic
    // ("market", "price", "trade") runs through every third sentence; the rest is noise.
    const terms = Array.from({ length: 300 }, (_, s) => {
      const words = [`w${(s * 7) % 600}`, `w${(s * 13 + 1) % 600}`, `w${(s * 29 + 2) % 600}`];
      return s % 3 === 0 ? [...words, 'market', 'price', 'trade'] : words;
    });
    const scores = lsa.score(docOfTerms(terms));
    expect(scores).toHaveLength(300);
    const topical = scores.filter((_, s) => s % 3 === 0);
    const other = scores.filter((_, s) => s % 3 !== 0);
    expect(Math.min(...topical)).toBeGreaterThan(Math.max(...other));
  });
});
