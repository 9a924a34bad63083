import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formats, plainStyle } from '../../src/format/index.js';
import { pieces } from '../../src/format/highlight.js';
import { summarize } from '../../src/index.js';

const article = readFileSync(new URL('../../fixtures/csto-tokayev.txt', import.meta.url), 'utf8');
const summary = summarize(article, { budget: { kind: 'sentences', value: 3 } });
const options = { style: plainStyle, header: false, keywords: false, file: undefined, input: article, highlight: true };

describe('pieces', () => {
  it('cut the whole input, in order, into chosen and other stretches', () => {
    const cut = pieces(article, summary);
    expect(cut.map((p) => p.text).join('')).toBe(article);
    expect(cut.filter((p) => p.chosen).map((p) => p.text)).toEqual([...summary.sentences].sort((a, b) => a.start - b.start).map((s) => s.text));
  });
});

describe('--highlight', () => {
  it('plain: the whole text, each chosen sentence in [[ ]]', () => {
    const out = formats.plain(summary, options);
    expect(out.replace(/\[\[|\]\]/gu, '').trimEnd()).toBe(article.trimEnd());
    for (const s of summary.sentences) expect(out).toContain(`[[${s.text}]]`);
    expect(out.match(/\[\[/gu)).toHaveLength(summary.sentences.length);
  });

  it('markdown: the chosen sentences in bold', () => {
    const out = formats.markdown(summary, options);
    expect(out.match(/\*\*[^*]+\*\*/gu)).toHaveLength(summary.sentences.length);
    expect(out).toContain('**Kazakh President Kassym-Jomart Tokayev urged');
  });

  it('html: the summary links to each mark in the article', () => {
    const out = formats.html(summary, { ...options, highlight: false });
    for (const s of summary.sentences) {
      expect(out).toContain(`<a href="#s${s.index}">`);
      expect(out).toContain(`<mark id="s${s.index}">`);
    }
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).not.toMatch(/<script|https?:\/\/[^"<]*\.(?:css|js)/u);
    expect(out).toContain('<article lang="en">');
  });

  it('html: the summary and the article carry the text\'s language; the page\'s own words stay English', () => {
    const german = readFileSync(new URL('../../fixtures/languages/de.txt', import.meta.url), 'utf8');
    const out = formats.html(summarize(german), { ...options, input: german, highlight: false });
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('<ol class="summary" lang="de">');
    expect(out).toContain('<article lang="de">');
  });
});
