import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, summarize } from '../../src/index.js';
import { keyphrases } from '../../src/stages/keyphrases.js';
import { tagWords, winkLoaded } from '../../src/nlp/wink.js';
import { stem } from '../../src/nlp/stem.js';

const article = readFileSync(new URL('../../fixtures/csto-tokayev.txt', import.meta.url), 'utf8');

const stems = (phrase: string): string[] => (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
function contains(long: string[], short: string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((s, j) => long[i + j] === s)) return true;
  return false;
}

describe('keyphrases', () => {
  it('a plain summary never loads wink-nlp; keyphrases do', () => {
    summarize(article);
    summarize(article, { explain: true, keywords: 20 });
    expect(winkLoaded()).toBe(false);
    const summary = summarize(article, { keyphrases: 10 });
    expect(winkLoaded()).toBe(true);
    expect(summary.keyphrases).toHaveLength(10);
  });

  it.each(['nouns', 'statistical'] as const)('%s: surface forms as written, offsets of the first occurrence, no duplicates', (source) => {
    const doc = analyse(article);
    const found = keyphrases(doc, 10, source, tagWords);
    expect(found.length).toBe(10);
    // The organisation as the article writes it, upper case, alone or at the head of a phrase.
    expect(found.some((k) => /^CSTO\b/u.test(k.text))).toBe(true);
    for (const k of found) {
      // The first occurrence: the same words by stem (the text shows the most frequent form, "member"
      // where the first use says "members"), and none before it.
      expect(stems(article.slice(k.start, k.end))).toEqual(stems(k.text));
      expect(stems(article.slice(0, k.start)).join(' ')).not.toContain(stems(k.text).join(' ') + ' ');
    }
    for (let i = 0; i < found.length; i++) {
      for (let j = 0; j < found.length; j++) {
        if (i !== j) expect(contains(stems(found[i]!.text), stems(found[j]!.text))).toBe(false);
      }
    }
    const weights = found.map((k) => k.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  });

  it('keeps the case the text writes a word in, not the case of a title or a sentence start', () => {
    const text = 'Kite Festival Draws Crowds\n\nThe kite festival drew crowds. Kites filled the sky over the bay. Children flew a kite each. The kite makers sold every kite they had. Organisers said the kite festival would return.';
    const found = keyphrases(analyse(text), 3, 'nouns', tagWords).map((k) => k.text);
    expect(found[0]).toMatch(/^kite/u);
  });

  it('reads any script: the statistical path keeps Unicode words whole', () => {
    const text = 'Москва принимает саммит. Саммит в Москве обсудит безопасность. Безопасность региона важна для саммита.';
    const found = keyphrases(analyse(text), 3, 'statistical').map((k) => k.text);
    expect(found.length).toBeGreaterThan(0);
    for (const k of found) expect(k).toMatch(/^[\p{L} ]+$/u);
  });

  it('gives nothing for a limit of 0', () => {
    expect(keyphrases(analyse(article), 0, 'nouns', tagWords)).toEqual([]);
  });

  it('keeps a word whole where wink-nlp cuts it at a letter it does not know', () => {
    const text = 'İstanbul hosted the summit. The mayor of İstanbul spoke. Delegates from Łódź and the Ωmega Fund came to İstanbul.';
    const words = tagWords(text).map((w) => text.slice(w.start, w.end));
    expect(words).toContain('İstanbul');
    expect(words).toContain('Łódź');
    expect(words).toContain('Ωmega');
    const found = keyphrases(analyse(text), 5, 'nouns', tagWords).map((k) => k.text);
    expect(found).toContain('İstanbul');
    expect(found.some((k) => k === 'stanbul' || k.startsWith('stanbul'))).toBe(false);
    expect(summarize(article).keyphrases).toBeUndefined();
  });
});
