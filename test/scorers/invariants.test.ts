import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centroid } from '../../src/scorers/centroid.js';
import { scorers } from '../../src/scorers/index.js';
import { klsum } from '../../src/scorers/klsum.js';
import { lexrank } from '../../src/scorers/lexrank.js';
import { lsa } from '../../src/scorers/lsa.js';
import { luhn } from '../../src/scorers/luhn.js';
import { sumbasic } from '../../src/scorers/sumbasic.js';
import { textrank } from '../../src/scorers/textrank.js';
import type { Scorer } from '../../src/scorers/types.js';
import { budgetGate } from '../../src/stages/select.js';
import { analyse, summarize } from '../../src/summarize.js';
import type { Doc } from '../../src/types.js';
import { docOf, docOfTerms, upTo } from './helpers.js';

const classic: Scorer[] = [luhn, lsa, lexrank, textrank, sumbasic, klsum, centroid];
/** Methods that see a sentence only through its words: identical sentences must score alike. */
const orderFree = new Set<Scorer>([luhn, lsa, lexrank, textrank, sumbasic, klsum]);

const article = readFileSync(new URL('../../fixtures/csto-tokayev.txt', import.meta.url), 'utf8');

const docs: Array<[string, Doc]> = [
  ['a real article', analyse(article)],
  ['no candidates', docOfTerms([])],
  ['one candidate', docOf(['The cabinet approved the budget on Tuesday.'])],
  ['one candidate without terms', docOf(['It is what it is.'])],
  ['candidates without terms', docOf(['Yes.', 'No, not at all.', 'And then?'])],
  ['some candidates without terms', docOf(['Rain fell on the city.', 'Oh.', 'The city flooded after the rain.', 'So it was.'])],
  ['identical sentences', docOf(['Markets fell sharply.', 'Markets fell sharply.', 'Markets fell sharply.'])],
  ['one word over and over', docOfTerms([['tax'], ['tax', 'tax'], ['tax']])],
  ['no shared words', docOfTerms([['alpha', 'beta'], ['gamma'], ['delta', 'epsilon', 'zeta']])],
];

describe('every classic scorer', () => {
  it('is registered after the default and lead, with a name and a one-line description', () => {
    expect(scorers[0]?.name).toBe('default');
    expect(scorers[1]?.name).toBe('lead');
    for (const scorer of classic) {
      expect(scorers).toContain(scorer);
      expect(scorer.name).toMatch(/^[a-z]+$/u);
      expect(scorer.description).toMatch(/^\S.*\S$/u);
      expect(scorer.description).not.toContain('\n');
    }
    expect(new Set(scorers.map((s) => s.name)).size).toBe(scorers.length);
  });

  describe.each(classic.map((s) => [s.name, s] as const))('%s', (_name, scorer) => {
    it.each(docs)('gives one finite score per candidate, the same each time: %s', (_doc, doc) => {
      const scores = scorer.score(doc);
      expect(scores).toHaveLength(doc.candidates.length);
      for (const x of scores) expect(Number.isFinite(x)).toBe(true);
      expect(scorer.score(doc)).toEqual(scores);
    });

    const choose = scorer.choose?.bind(scorer);
    if (choose) {
      it.each(docs)('chooses distinct candidates within the budget, the same each time: %s', (_doc, doc) => {
        const scores = scorer.score(doc);
        for (const limit of [1, 2, 5]) {
          const chosen = choose(doc, scores, upTo(limit));
          // The adaptive default declines (undefined) where the select stage's greedy is its choice.
          if (chosen === undefined) {
            expect(scorer.decide?.(doc).treatment).not.toBe('coverage');
            return;
          }
          expect(chosen).toHaveLength(Math.min(limit, doc.candidates.length));
          expect(new Set(chosen).size).toBe(chosen.length);
          for (const i of chosen) expect(i >= 0 && i < doc.candidates.length).toBe(true);
          expect(choose(doc, scores, upTo(limit))).toEqual(chosen);
        }
        const words = doc.tokens.map((t) => t.length);
        const chosen = choose(doc, scores, budgetGate(doc, { kind: 'words', value: 12 })) ?? [];
        expect(chosen.reduce((n, i) => n + (words[i] ?? 0), 0)).toBeLessThanOrEqual(12);
      });
    }

    if (orderFree.has(scorer)) {
      it('scores identical sentences alike', () => {
        const doc = docOf(['Rain fell.', 'Markets fell sharply on Monday.', 'Markets fell sharply on Monday.', 'Traders sold.']);
        const scores = scorer.score(doc);
        expect(scores[1]).toBeCloseTo(scores[2] ?? NaN, 12);
      });
    }

    it('summarizes a real article end to end: input sentences, in order, within the budget', () => {
      const summary = summarize(article, { algorithm: scorer.name, budget: { kind: 'sentences', value: 3 } });
      expect(summary.algorithm).toBe(scorer.name);
      expect(summary.sentences).toHaveLength(3);
      for (const s of summary.sentences) expect(article.slice(s.start, s.end)).toBe(s.text);
      const order = summary.sentences.map((s) => s.index);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });

    it('keeps its invariants on random documents', () => {
      const sentence = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 9 });
      fc.assert(
        fc.property(fc.array(sentence, { maxLength: 12 }), fc.integer({ min: 1, max: 6 }), (terms, limit) => {
          const doc = docOfTerms(terms);
          const scores = scorer.score(doc);
          expect(scores).toHaveLength(terms.length);
          expect(scores.every(Number.isFinite)).toBe(true);
          if (scorer.choose) {
            const chosen = scorer.choose(doc, scores, upTo(limit));
            if (chosen === undefined) return;
            expect(chosen).toHaveLength(Math.min(limit, terms.length));
            expect(new Set(chosen).size).toBe(chosen.length);
          }
        }),
        { numRuns: 150 },
      );
    });
  });
});
