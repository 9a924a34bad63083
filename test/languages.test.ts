import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/lang/languages.js';
import { scorers } from '../src/scorers/index.js';
import { split, summarize } from '../src/summarize.js';
import { displayText, wordPattern } from '../src/text.js';
import type { Budget } from '../src/types.js';

const run = promisify(execFile);
const dir = new URL('../fixtures/languages/', import.meta.url).pathname;
const goldenArgs = JSON.parse(readFileSync(new URL('../fixtures/golden/args.json', import.meta.url), 'utf8')) as string[];
const codes = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));
const article = (code: string): string => readFileSync(join(dir, `${code}.txt`), 'utf8');

describe('an article of our own in every supported language', () => {
  it('has one for every language but English (whose goldens are in fixtures/golden/)', () => {
    expect(codes.sort()).toEqual(LANGUAGES.map((l) => l.code).filter((c) => c !== 'en').sort());
  });

  // franc-min has no Norwegian: it reads Bokmål as Swedish or Danish, so `--language no` is needed.
  it.each(codes.filter((c) => c !== 'no'))('%s is detected', (code) => {
    expect(summarize(article(code)).language).toEqual({ code, source: 'detected' });
  });

  it.each(codes)('%s: the golden summary (regenerate with `npm run golden`, review the diff)', async (code) => {
    const { stdout } = await run(process.execPath, ['bin/summarize.js', ...goldenArgs, '--language', code, join(dir, `${code}.txt`)]);
    expect(stdout).toBe(readFileSync(join(dir, `${code}.expected`), 'utf8'));
  });

  it.each(codes)('%s: every algorithm gives a summary of body sentences', (code) => {
    for (const scorer of scorers) {
      const summary = summarize(article(code), { algorithm: scorer.name, language: code, budget: { kind: 'sentences', value: 2 } });
      expect(summary.sentences.length, scorer.name).toBe(2);
      expect(summary.language).toEqual({ code, source: 'option' });
    }
  });
});

describe('summary invariants in every language', () => {
  const sentencesOf = new Map(codes.map((code) => [code, split(article(code), { language: code }).map((s) => s.text)]));
  const input = fc
    .constantFrom(...codes)
    .chain((code) =>
      fc.tuple(
        fc.constant(code),
        fc
          .array(fc.tuple(fc.constantFrom(...(sentencesOf.get(code) as string[])), fc.constantFrom(' ', '\n', '\n\n', '')), { minLength: 1, maxLength: 12 })
          .map((parts) => parts.map(([s, sep]) => s + sep).join('')),
      ),
    );
  const budget: fc.Arbitrary<Budget> = fc.oneof(
    fc.integer({ min: 1, max: 6 }).map((value) => ({ kind: 'sentences' as const, value })),
    fc.integer({ min: 1, max: 80 }).map((value) => ({ kind: 'words' as const, value })),
    fc.integer({ min: 1, max: 400 }).map((value) => ({ kind: 'chars' as const, value })),
  );
  const algorithm = fc.constantFrom(...scorers.map((s) => s.name));
  const language = fc.constantFrom('auto', 'given');
  const params = { numRuns: 200, seed: 20261207 };

  it('every output sentence is a sentence of the input, at its offsets, in order, within budget', () => {
    fc.assert(
      fc.property(input, budget, algorithm, language, ([code, text], b, name, how) => {
        const options = { budget: b, algorithm: name, language: how === 'auto' ? 'auto' : code };
        const summary = summarize(text, options);
        const byStart = new Map(split(text, { language: summary.language.code }).map((s) => [s.start, s]));
        let last = -1;
        for (const s of summary.sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(byStart.get(s.start)?.end).toBe(s.end);
          expect(s.start).toBeGreaterThan(last);
          last = s.start;
        }
        const texts = summary.sentences.map((s) => displayText(s.text));
        if (b.kind === 'sentences') expect(texts.length).toBeLessThanOrEqual(b.value);
        if (b.kind === 'chars') expect(texts.join('\n').length).toBeLessThanOrEqual(b.value);
        if (b.kind === 'words') expect(summary.counts.wordsOut).toBeLessThanOrEqual(b.value);
        if (b.kind === 'words' && summary.language.code !== 'zh' && summary.language.code !== 'ja' && summary.language.code !== 'th') {
          expect(texts.reduce((n, t) => n + [...t.matchAll(wordPattern)].length, 0)).toBeLessThanOrEqual(b.value);
        }
      }),
      params,
    );
  });

  it('gives the same summary for the same input', () => {
    fc.assert(
      fc.property(input, budget, algorithm, ([, text], b, name) => {
        expect(summarize(text, { budget: b, algorithm: name })).toEqual(summarize(text, { budget: b, algorithm: name }));
      }),
      params,
    );
  });
});

describe('language detection', () => {
  it.each([
    ['', 'too short'],
    ['Hello there.', 'too short'],
    ['Short.', 'too short'],
  ])('falls back to English for %j (%s), and says so', (text, reason) => {
    if (text === '') return expect(() => summarize(text)).toThrow();
    const { language } = summarize(text);
    expect(language.code).toBe('en');
    expect(language.source).toBe('default');
    expect(language.reason).toContain(reason);
  });

  it('says when a text is too mixed to tell', () => {
    const mixed = 'Москва столица России и крупный город. The city is very large and old and green. 北京是中国的首都和大城市。';
    const { language } = summarize(mixed);
    expect(language).toMatchObject({ code: 'en', source: 'default' });
    expect(language.reason).toContain('mixed');
  });

  it('falls back to English, and says so, for a language it does not support', () => {
    const hungarian = 'A város új könyvtárat nyitott szombaton. Az épület az állomás közelében áll, és negyvenezer könyvnek van benne hely.';
    const { language } = summarize(hungarian);
    expect(language).toMatchObject({ code: 'en', source: 'default' });
    expect(language.reason).toContain('not a supported language');
  });

  it('takes the language given over the one detected', () => {
    expect(summarize(article('de'), { language: 'nl' }).language).toEqual({ code: 'nl', source: 'option' });
  });

  it('reads plainly English text as English without franc-min', () => {
    expect(summarize('The council approved the budget on Tuesday. It will pay for new roads and schools.').language).toEqual({ code: 'en', source: 'detected' });
  });

  it('refuses a language it does not support', () => {
    expect(() => summarize('Hallo Welt. Noch ein Satz hier.', { language: 'xx' })).toThrow(/language must be 'auto' or one of/);
  });
});
