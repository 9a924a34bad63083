import { describe, expect, it } from 'vitest';
import { bm25Idf, textrank } from '../../src/scorers/textrank.js';
import { countTerms } from '../../src/scorers/util/terms.js';
import { argmax, docOfTerms } from './helpers.js';

/** gensim's BM25 score of `query` against sentence `d`, written out from Barrios et al. with k1 = 1.2, b = 0.75. */
function bm25(terms: string[][], idf: Map<string, number>, query: string[], d: number): number {
  const avgdl = terms.reduce((n, s) => n + s.length, 0) / terms.length;
  const doc = terms[d] ?? [];
  let score = 0;
  for (const w of query) {
    const f = doc.filter((x) => x === w).length;
    if (f === 0) continue;
    score += ((idf.get(w) ?? 0) * f * 2.2) / (f + 1.2 * (1 - 0.75 + (0.75 * doc.length) / avgdl));
  }
  return score;
}

/** TextRank over the dense BM25 graph: undirected, each edge the mean of both directions, edges under 0.001 dropped, d = 0.85. */
function denseTextRank(terms: string[][]): number[] {
  const n = terms.length;
  const counts = countTerms(terms);
  const idf = new Map(counts.vocabulary.map((w, id) => [w, bm25Idf(counts)[id] ?? 0]));
  const w = terms.map((_, i) =>
    terms.map((_, j) => {
      if (i === j) return 0;
      const mean = (bm25(terms, idf, terms[i] ?? [], j) + bm25(terms, idf, terms[j] ?? [], i)) / 2;
      return mean >= 1e-3 ? mean : 0;
    }),
  );
  let ws = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 2000; iteration++) {
    const next = new Array<number>(n).fill(0.15 / n);
    w.forEach((row, i) => {
      const out = row.reduce((a, b) => a + b, 0);
      row.forEach((x, j) => (next[j] = (next[j] ?? 0) + 0.85 * (ws[i] ?? 0) * (out > 0 ? x / out : 1 / n)));
    });
    ws = next;
  }
  return ws;
}

describe('textrank', () => {
  it("uses gensim's idf: log((N - n + 0.5) / (n + 0.5)), negatives floored at 0.25 x the average", () => {
    // N = 4: "tax" in 3 sentences, "vote" and "poll" in one each.
    const idf = bm25Idf(countTerms([['tax', 'vote'], ['tax'], ['tax', 'poll'], []]));
    const rare = Math.log(3.5 / 1.5);
    const common = Math.log(1.5 / 3.5);
    const floor = 0.25 * ((common + 2 * rare) / 3);
    expect(idf[0]).toBeCloseTo(floor, 12);
    expect(idf[1]).toBeCloseTo(rare, 12);
    expect(idf[2]).toBeCloseTo(rare, 12);
  });

  it('ranks as PageRank over the BM25 graph of the paper', () => {
    const terms = [
      ['court', 'ruling', 'marriage'],
      ['marriage', 'states', 'legal', 'court', 'court'],
      ['states', 'ban', 'marriage'],
      ['justice', 'kennedy', 'ruling'],
      ['kennedy', 'court', 'decision'],
      ['flag', 'plaza'],
      ['rainbow', 'flag', 'court', 'plaza'],
      [],
    ];
    const expected = denseTextRank(terms);
    const scores = textrank.score(docOfTerms(terms));
    scores.forEach((x, i) => expect(x * terms.length).toBeCloseTo((expected[i] ?? NaN) * terms.length, 3));
  });

  it('gives the sentence that shares words with all the others the top score', () => {
    const terms = [
      ['red', 'lemon', 'tart'],
      ['red', 'green', 'blue', 'yellow'],
      ['green', 'olive', 'oil'],
      ['blue', 'navy', 'ship'],
      ['yellow', 'gold', 'ring'],
      ['silver', 'spoon'],
    ];
    expect(argmax(textrank.score(docOfTerms(terms)))).toBe(1);
  });
});
