import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorers } from '../../src/scorers/index.js';
import { split, summarize } from '../../src/summarize.js';
import { displayText, wordPattern } from '../../src/text.js';
import type { Budget } from '../../src/types.js';

/** Sentence-like strings from a small vocabulary, so that terms repeat and scores differ. */
const word = fc.constantFrom('the', 'council', 'budget', 'approved', 'on', 'Tuesday', 'Mr.', 'U.S.', 'plan', 'said', 'new', 'roads', 'schools', '3.5%', 'and', 'Kazakh', 'security', 'alliance');
const sentence = fc
  .tuple(fc.array(word, { minLength: 2, maxLength: 14 }), fc.constantFrom('.', '!', '?', '."'))
  .map(([words, end]) => {
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + end;
  });
const article = fc
  .array(fc.tuple(sentence, fc.constantFrom(' ', '  ', '\n', '\n\n', '\r\n')), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));
const budget: fc.Arbitrary<Budget> = fc.oneof(
  fc.integer({ min: 1, max: 8 }).map((value) => ({ kind: 'sentences' as const, value })),
  fc.double({ min: 0.01, max: 1, noNaN: true }).map((value) => ({ kind: 'ratio' as const, value })),
  fc.integer({ min: 1, max: 120 }).map((value) => ({ kind: 'words' as const, value })),
  fc.integer({ min: 1, max: 600 }).map((value) => ({ kind: 'chars' as const, value })),
);
const algorithm = fc.constantFrom(...scorers.map((s) => s.name));

const params = { numRuns: 300, seed: 20261127 };

describe('summary invariants', () => {
  it('every output sentence is a sentence of the input, at its offsets, in document order, within budget', () => {
    fc.assert(
      fc.property(article, budget, algorithm, (input, b, name) => {
        const summary = summarize(input, { budget: b, algorithm: name });
        const sentences = split(input);
        const byStart = new Map(sentences.map((s) => [s.start, s]));
        let last = -1;
        for (const s of summary.sentences) {
          expect(input.slice(s.start, s.end)).toBe(s.text);
          expect(byStart.get(s.start)?.end).toBe(s.end);
          expect(s.start).toBeGreaterThan(last);
          last = s.start;
        }
        const texts = summary.sentences.map((s) => displayText(s.text));
        switch (b.kind) {
          case 'sentences':
            expect(texts.length).toBeLessThanOrEqual(b.value);
            break;
          case 'ratio':
            expect(texts.length).toBeLessThanOrEqual(Math.max(1, Math.round(b.value * summary.counts.candidates)));
            break;
          case 'words':
            expect(texts.reduce((n, t) => n + [...t.matchAll(wordPattern)].length, 0)).toBeLessThanOrEqual(b.value);
            break;
          case 'chars':
            expect(texts.join('\n').length).toBeLessThanOrEqual(b.value);
            break;
        }
      }),
      params,
    );
  });

  it('gives the same summary for the same input', () => {
    fc.assert(
      fc.property(article, budget, algorithm, (input, b, name) => {
        expect(summarize(input, { budget: b, algorithm: name })).toEqual(summarize(input, { budget: b, algorithm: name }));
      }),
      params,
    );
  });

  it('never gives an empty summary for non-empty input under a sentence budget', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 1, max: 5 }), (input, n) => {
        expect(summarize(input, { budget: { kind: 'sentences', value: n } }).sentences.length).toBeGreaterThan(0);
      }),
      params,
    );
  });
});
