import { describe, expect, it } from 'vitest';
import { bestCluster, luhn } from '../../src/scorers/luhn.js';
import type { Token } from '../../src/types.js';
import { docOf } from './helpers.js';

/** Tokens of space-separated words; a word in capitals is significant. */
function marked(words: string): [Token[], (t: Token) => boolean] {
  const tokens = words.split(' ').map((w) => ({ text: w, start: 0, end: 0, lower: w.toLowerCase(), stem: w.toLowerCase(), stop: false }));
  return [tokens, (t) => t.text === t.text.toUpperCase()];
}

describe('luhn', () => {
  it.each<[string, string, number]>([
    // S n S: 2 significant over 3 words.
    ['one cluster', 'A x B', 4 / 3],
    // A gap of exactly 4 non-significant words still joins: 2² / 6.
    ['a gap of four joins', 'A x x x x B', 4 / 6],
    // A gap of 5 splits into two lone words, each 1² / 1.
    ['a gap of five splits', 'A x x x x x B', 1],
    // Clusters [A x B] = 4/3 and [C D E] = 9/3: the sentence scores its best.
    ['the best cluster counts', 'A x B x x x x x C D E', 3],
    // Luhn's example shape: [A x B x x C] = 3² / 6 beats nothing else.
    ['significant words at the ends of a longer cluster', 'x x A x B x x C x', 9 / 6],
    ['no significant word', 'x y z', 0],
    ['no words', '', 0],
  ])('%s', (_name, words, expected) => {
    const [tokens, significant] = marked(words);
    expect(bestCluster(words === '' ? [] : tokens, significant)).toBeCloseTo(expected, 12);
  });

  it('counts as significant only content words used more than once', () => {
    const doc = docOf([
      'Solar panels power the remote village school.',
      'The village paid for the panels with a grant.',
      'Solar power now runs the school clinic too.',
    ]);
    const [first] = luhn.score(doc);
    // Sentence 1: solar(2) panels(2) power(2) the village(2) school(2): every content word but
    // "remote" is significant; the cluster runs from "Solar" to "school", 7 words with 5 significant.
    expect(first).toBeCloseTo(25 / 7, 12);
  });

  it('ranks the sentence with the densest cluster of frequent words first', () => {
    const doc = docOf([
      'Inflation rose again in March.',
      'Officials said inflation and interest rates would keep rising.',
      'The weather was mild.',
      'Interest rates and inflation dominate the debate.',
    ]);
    const scores = luhn.score(doc);
    expect(scores[2]).toBe(0);
    expect(scores[1]).toBeGreaterThan(scores[0] ?? Infinity);
  });
});
