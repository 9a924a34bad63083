import { describe, expect, it } from 'vitest';
import { centroid } from '../../src/scorers/centroid.js';
import { docOfTerms } from './helpers.js';

describe('centroid', () => {
  it('adds the centroid value, the position value and the overlap with the first sentence, as in MEAD', () => {
    // N = 3. Sentence frequencies: a 2, b 2, c 1, d 1; document counts: a 2, b 2, c 1, d 2.
    const terms = [['a', 'b'], ['a', 'c'], ['b', 'd', 'd']];
    const value = { a: 2 * Math.log(3 / 2), b: 2 * Math.log(3 / 2), c: Math.log(3), d: 2 * Math.log(3) };
    const c = [value.a + value.b, value.a + value.c, value.b + 2 * value.d];
    const cMax = Math.max(...c);
    const position = [cMax, (2 / 3) * cMax, (1 / 3) * cMax];
    // Overlap with sentence 1's counts {a: 1, b: 1}.
    const overlap = [2, 1, 1];
    const scores = centroid.score(docOfTerms(terms));
    scores.forEach((x, i) => expect(x).toBeCloseTo((c[i] ?? 0) + (position[i] ?? 0) + (overlap[i] ?? 0), 12));
  });

  it('lets a word in every sentence add nothing to the centroid value', () => {
    const without = centroid.score(docOfTerms([['x', 'a'], ['y', 'b'], ['z', 'c']]));
    const withCommon = centroid.score(docOfTerms([['x', 'a', 'the'], ['y', 'b', 'the'], ['z', 'c', 'the']]));
    // Only the first-sentence overlap changes, by one shared word for each sentence.
    withCommon.forEach((x, i) => expect(x).toBeCloseTo((without[i] ?? 0) + 1, 12));
  });
});
