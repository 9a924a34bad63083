import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, displayText, scorers, summarize } from '../../src/index.js';
import { htmlToText } from '../../src/input/html.js';

/**
 * Pages whose headline or subheadline Readability keeps in the article it returns, as it does on
 * some real pages (nytimes-3 of its test corpus: "Manhole Fires and Burst Pipes: How Winter Wreaks
 * Havoc on What's Underneath N.Y.C." was chosen as a summary sentence). A headline ending in a full
 * stop, a question, a subheadline of one or two sentences: each shares the article's words, so a
 * summarizer picks it, and each is the page's own summary, not a sentence of the article.
 */
const pages: Array<[string, string[]]> = [
  ['headline-nyc-winter.html', ["Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What's Underneath N.Y.C.", 'Cold snaps crack water mains and set off manhole fires across the city every winter.', 'What can residents do?']],
  ['headline-harbour-vote.html', ['Council approves the harbour bridge after ten years of delays.', 'The £40 million crossing will open in 2027, the council said, and tolls will be dropped after five years.']],
  ['headline-four-day-week.html', ['Is the four-day week here to stay?', 'A six-month trial at sixty companies ended this week. Most of them say they will keep the shorter week.']],
];

const normal = (text: string): string => displayText(text).replace(/[.?!]+$/u, '').toLowerCase();

function load(name: string): { text: string; paragraphs: string[] } {
  const source = readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
  // The article: the page's plain <p>s, with no class or id (the subheadlines and bylines have one).
  const paragraphs = [...source.matchAll(/<p>([\s\S]*?)<\/p>/gu)].map((m) => normal(m[1] ?? ''));
  return { text: htmlToText(source).text, paragraphs };
}

describe.each(pages)('%s', (name, headlines) => {
  const { text, paragraphs } = load(name);
  const isHeadline = (sentence: string): boolean => headlines.some((h) => normal(h).includes(normal(sentence)));

  it('keeps its headlines as context: in the text, never a candidate', () => {
    const doc = analyse(text);
    for (const headline of headlines) expect(normal(text)).toContain(normal(headline).split('. ')[0]);
    expect(doc.candidates.filter((s) => isHeadline(s.text)).map((s) => s.text)).toEqual([]);
    expect(doc.candidates.length).toBeGreaterThanOrEqual(8);
  });

  it.each(scorers.map((s) => s.name))('-a %s: every chosen sentence is from the article’s paragraphs', (algorithm) => {
    for (let n = 1; n <= 6; n++) {
      const summary = summarize(text, { algorithm, budget: { kind: 'sentences', value: n } });
      expect(summary.sentences).toHaveLength(n);
      for (const { text: sentence } of summary.sentences) expect(paragraphs.some((p) => p.includes(normal(sentence))), sentence).toBe(true);
    }
  });
});

describe('a subheadline', () => {
  it('is known only before the article’s first paragraph, and only when short', () => {
    const late = htmlToText(`<html><head><title>T</title></head><body><article><p>${'The first paragraph of the story says what happened in the town today. '.repeat(3)}</p><p class="summary">The council said it would decide next week.</p><p>${'More of the story follows here with details of the plan. '.repeat(3)}</p></article></body></html>`);
    expect(late.text).toContain('The council said it would decide next week.');
    const long = htmlToText(`<html><head><title>T</title></head><body><article><div class="summary"><p>${'A long paragraph that is the whole of the article and not a subheadline at all. '.repeat(8)}</p></div></article></body></html>`);
    expect(long.text).toContain('not a subheadline at all.');
  });
});
