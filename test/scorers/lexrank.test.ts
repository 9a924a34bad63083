import { describe, expect, it } from 'vitest';
import { lexrank } from '../../src/scorers/lexrank.js';
import { argmax, docOfTerms } from './helpers.js';

/** Continuous LexRank straight from the paper, dense: idf-modified cosine matrix with its diagonal, rows normalised, damping 0.85. */
function denseLexRank(terms: string[][]): number[] {
  const n = terms.length;
  const sentencesWith = new Map<string, number>();
  for (const s of terms) for (const w of new Set(s)) sentencesWith.set(w, (sentencesWith.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(n / (sentencesWith.get(w) ?? 1));
  const tf = terms.map((s) => {
    const counts = new Map<string, number>();
    for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  });
  const norm = tf.map((counts) => Math.sqrt([...counts].reduce((sum, [w, c]) => sum + (c * idf(w)) ** 2, 0)));
  const cosine = tf.map((x, i) =>
    tf.map((y, j) => {
      if ((norm[i] ?? 0) === 0 || (norm[j] ?? 0) === 0) return 0;
      let dot = 0;
      for (const [w, c] of x) dot += c * (y.get(w) ?? 0) * idf(w) ** 2;
      return dot / ((norm[i] ?? 1) * (norm[j] ?? 1));
    }),
  );
  let p = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 2000; iteration++) {
    const next = new Array<number>(n).fill(0.15 / n);
    cosine.forEach((row, i) => {
      const sum = row.reduce((a, b) => a + b, 0);
      row.forEach((c, j) => (next[j] = (next[j] ?? 0) + 0.85 * (p[i] ?? 0) * (sum > 0 ? c / sum : 1 / n)));
    });
    p = next;
  }
  return p;
}

describe('lexrank', () => {
  it('gives the sentence that shares words with all the others the top score', () => {
    const terms = [
      ['red', 'lemon'],
      ['red', 'green', 'blue', 'yellow'],
      ['green', 'olive'],
      ['blue', 'navy'],
      ['yellow', 'gold'],
    ];
    const scores = lexrank.score(docOfTerms(terms));
    expect(argmax(scores)).toBe(1);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('computes the stationary distribution of the paper\'s cosine matrix', () => {
    const terms = [
      ['court', 'ruling', 'marriage'],
      ['marriage', 'states', 'legal', 'court'],
      ['states', 'ban', 'marriage'],
      ['justice', 'kennedy', 'ruling'],
      ['kennedy', 'court', 'decision', 'decision'],
      ['flag', 'plaza'],
      [],
    ];
    const expected = denseLexRank(terms);
    const scores = lexrank.score(docOfTerms(terms));
    scores.forEach((x, i) => expect(x * terms.length).toBeCloseTo((expected[i] ?? NaN) * terms.length, 3));
  });

  it('on a long document, where the graph is local, still ranks the sentences of the main theme first', () => {
    // 4,000 sentences. Every tenth is [price trade deal]; every odd one mentions the price among
    // one-off words; the rest share nothing. "price" in 2,200 sentences would make 4.8 million
    // pair visits, over the work allowed, so sentences pair only within a window.
    const terms = Array.from({ length: 4000 }, (_, s) =>
      s % 10 === 0 ? ['price', 'trade', 'deal'] : s % 2 === 1 ? ['price', `w${s}`, `v${s}`] : [`w${s}`, `v${s}`, `u${s}`],
    );
    const scores = lexrank.score(docOfTerms(terms));
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const theme = scores.filter((_, s) => s % 10 === 0);
    const rest = scores.filter((_, s) => s % 10 !== 0);
    expect(Math.min(...theme)).toBeGreaterThan(Math.max(...rest));
  });

  it('gives every sentence the same score when no two share a weighted word', () => {
    const scores = lexrank.score(docOfTerms([['a', 'all'], ['b', 'all'], ['c', 'all']]));
    for (const x of scores) expect(x).toBeCloseTo(1 / 3, 12);
  });
});
