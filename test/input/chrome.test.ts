import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, displayText, summarize } from '../../src/index.js';
import { decodeText } from '../../src/input/decode.js';
import { htmlToText } from '../../src/input/html.js';
import { inputKind } from '../../src/input/kind.js';
import { markdownToText } from '../../src/input/markdown.js';
import { countWords } from '../../src/text.js';

/**
 * Web pages as people have them (saved HTML, Markdown clippings, text copied from a browser),
 * each with `NAME.chrome.txt`: the lines of the page that are not its article (menus, cookie
 * notices, share buttons, bylines, teasers, comments, references, press contacts).
 */
const dir = new URL('../../fixtures/pages/', import.meta.url);
const pages = readdirSync(dir).filter((name) => /\.(?:txt|html|md)$/u.test(name) && !name.endsWith('.chrome.txt'));
const algorithms = ['default', 'lead'];
const budgets = [1, 2, 3, 4, 5, 6];

interface Page {
  source: string;
  /** What the library reads, as the CLI would give it. */
  text: string;
  chrome: string[];
}

const normal = (text: string): string => displayText(text).toLowerCase();

function load(name: string): Page {
  const source = decodeText(readFileSync(new URL(name, dir))).text;
  const kind = inputKind(name, source, { html: undefined, markdown: undefined });
  const text = kind === 'html' ? htmlToText(source).text : kind === 'markdown' ? markdownToText(source) : source;
  const chrome = readFileSync(new URL(name.replace(/\.\w+$/u, '.chrome.txt'), dir), 'utf8').split('\n').filter((line) => line.trim() !== '');
  return { source, text, chrome: chrome.map(normal) };
}

const loaded = new Map(pages.map((name) => [name, load(name)]));
const page = (name: string): Page => loaded.get(name) as Page;

/**
 * The chrome line a sentence is part of, or one it swallowed whole (a button run into the
 * article's first sentence); a chrome line of a word or two ("News") is part of many sentences.
 */
function chromeOf(sentence: string, chrome: readonly string[]): string | undefined {
  const text = normal(sentence);
  return chrome.find((line) => line.includes(text) || (countWords(line) >= 3 && text.includes(line)));
}

describe('page chrome', () => {
  it('has the pages it promises: HTML, Markdown and text copies', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const extension of ['.html', '.md', '.txt']) expect(pages.some((name) => name.endsWith(extension))).toBe(true);
  });

  it.each(pages)('%s: every chrome line listed is on the page', (name) => {
    const { source, chrome } = page(name);
    const words = source.toLowerCase();
    for (const line of chrome) for (const [word] of line.matchAll(/[\p{L}\p{N}]+/gu)) expect(words, line).toContain(word);
  });

  it.each(pages)('%s: the title is the article’s, and no chrome line is a candidate', (name) => {
    const { text, chrome } = page(name);
    const doc = analyse(text);
    expect(doc.title).toBeDefined();
    expect(chrome).not.toContain(normal(doc.title?.text ?? ''));
    expect(doc.candidates.map((s) => chromeOf(s.text, chrome)).filter((line) => line !== undefined)).toEqual([]);
  });

  const runs = pages.flatMap((name) => algorithms.flatMap((algorithm) => budgets.map((n) => [name, algorithm, n] as const)));
  it.each(runs)('%s -a %s -n %i: the article’s own sentences, and no chrome', (name, algorithm, n) => {
    const { text, chrome } = page(name);
    const summary = summarize(text, { algorithm, budget: { kind: 'sentences', value: n } });
    expect(summary.sentences).toHaveLength(n);
    for (const sentence of summary.sentences) expect(chromeOf(sentence.text, chrome), sentence.text).toBeUndefined();
  });
});
