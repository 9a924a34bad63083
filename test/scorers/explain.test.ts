import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, scorers, summarize } from '../../src/index.js';

const article = readFileSync(new URL('../../fixtures/csto-tokayev.txt', import.meta.url), 'utf8');

describe('explain', () => {
  it.each(scorers.map((s) => [s.name, s] as const))('%s explains every sentence it chose through the same interface', (name) => {
    const summary = summarize(article, { algorithm: name, explain: true });
    expect(summary.sentences.length).toBeGreaterThan(0);
    for (const s of summary.sentences) {
      const e = s.explanation!;
      expect(e.rank).toBeGreaterThanOrEqual(1);
      expect(e.rank).toBeLessThanOrEqual(e.of);
      expect(e.of).toBe(summary.counts.candidates);
      expect(e.factors.length).toBeGreaterThan(0);
      for (const f of e.factors) {
        expect(Number.isFinite(f.value)).toBe(true);
        expect(f.name).toMatch(/^[a-z]+$/u);
        expect(f.note.length).toBeGreaterThan(5);
      }
      // The terms are the sentence's own words.
      for (const t of e.terms) expect(s.text).toContain(t.term);
    }
  });

  it.each(scorers.filter((s) => !s.choose).map((s) => [s.name, s] as const))('%s: its factors make its score', (_name, scorer) => {
    const doc = analyse(article);
    const scores = scorer.score(doc);
    for (let i = 0; i < Math.min(doc.candidates.length, 8); i++) {
      const e = scorer.explain(doc, scores, i);
      const made = e.combine === 'sum' ? e.factors.reduce((n, f) => n + f.value, 0) : e.factors.reduce((n, f) => n * f.value, 1);
      // Factors are rounded to 4 decimals: equal within that.
      expect(Math.abs(made - scores[i]!)).toBeLessThanOrEqual(2e-3 * Math.abs(scores[i]!) + 1e-3);
    }
  });

  it('the default explains content, length, position: the factors its doc comment names', () => {
    const summary = summarize(article, { explain: true });
    expect(summary.sentences[0]!.explanation!.factors.map((f) => f.name)).toEqual(['content', 'length', 'position', 'long']);
    expect(summary.sentences[0]!.explanation!.terms.map((t) => t.term)).toContain('CSTO');
  });

  it('leaves explanations out unless asked', () => {
    expect(summarize(article).sentences.every((s) => s.explanation === undefined)).toBe(true);
  });
});
