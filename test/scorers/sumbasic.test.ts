import { describe, expect, it } from 'vitest';
import { sumbasic } from '../../src/scorers/sumbasic.js';
import type { Fits } from '../../src/scorers/types.js';
import { argmax, docOfTerms, upTo } from './helpers.js';

const choose = (terms: string[][], fits: Fits) => {
  const doc = docOfTerms(terms);
  return sumbasic.choose?.(doc, sumbasic.score(doc), fits);
};

describe('sumbasic', () => {
  it('weighs a sentence by the average probability of its distinct words', () => {
    // 9 words: p(a) = p(b) = 3/9, p(c) = p(d) = p(e) = 1/9. Sentence 2 says "b" twice but averages over {a, b}.
    const scores = sumbasic.score(docOfTerms([['a', 'b'], ['a', 'b', 'b'], ['a', 'c'], ['d', 'e']]));
    expect(scores[0]).toBeCloseTo(3 / 9, 12);
    expect(scores[1]).toBeCloseTo(3 / 9, 12);
    expect(scores[2]).toBeCloseTo((3 / 9 + 1 / 9) / 2, 12);
    expect(scores[3]).toBeCloseTo(1 / 9, 12);
  });

  it('squares the probabilities of the words it used, so the second pick says something new', () => {
    // p(a) = 3/8, p(b) = 2/8, the rest 1/8. Pick 1: "a" is the likeliest word; of its sentences
    // [a b] (first of two equal) weighs most. Then p(a) = 9/64 and p(b) = 4/64: the repeat [a b]
    // falls to 13/128 while [a c] weighs (9/64 + 8/64)/2 = 17/128, and "a" (9/64) still beats
    // c, d, e (8/64). Without the update the second pick would be the repeat, sentence 1.
    expect(choose([['a', 'b'], ['a', 'b'], ['a', 'c'], ['d', 'e']], upTo(2))).toEqual([0, 2]);
  });

  it('takes the best sentence that holds the likeliest word, not the best sentence overall', () => {
    // p(a) = 3/14 is the likeliest word, but its sentences are diluted by words used once;
    // [b] alone weighs 2/14, more than any sentence with "a".
    const terms = [['a', 'r1', 'r2', 'r3'], ['b'], ['a', 'r4', 'r5', 'r6'], ['b'], ['a', 'r7', 'r8', 'r9']];
    expect(argmax(sumbasic.score(docOfTerms(terms)))).toBe(1);
    expect(choose(terms, upTo(1))).toEqual([0]);
  });

  it('passes over a sentence the budget refuses', () => {
    const refuseFirst: Fits = (chosen, next) => next !== 0 && chosen.length < 2;
    expect(choose([['a', 'b'], ['a', 'b'], ['a', 'c'], ['d', 'e']], refuseFirst)).toEqual([1, 2]);
  });

  it('takes sentences without words last, in document order', () => {
    expect(choose([[], ['a'], [], ['b', 'a']], upTo(4))).toEqual([1, 3, 0, 2]);
  });
});
