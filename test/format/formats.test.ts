import { describe, expect, it } from 'vitest';
import { formats, plainStyle, splitLines, type FormatName, type FormatOptions, type Style } from '../../src/format/index.js';
import { escapeMarkdown } from '../../src/format/markdown.js';
import type { Sentence, Summary } from '../../src/types.js';

const input = 'Kelso Library\n\nThe town opened a\nlibrary.[1] It has  books.\nIt is *new* & #1.';

/** A summary as the library would make it for `input`: offsets point into it. */
function summaryOf(texts: string[], extra: Partial<Summary> = {}): Summary {
  const sentences = texts.map((text, index) => {
    const start = input.indexOf(text);
    return { index, text, start, end: start + text.length, score: 1 / (index + 1) };
  });
  return {
    algorithm: 'default',
    language: { code: 'en', source: 'detected' },
    title: 'Kelso Library',
    sentences,
    keywords: [
      { term: 'library', weight: 2 },
      { term: 'town', weight: 1 },
    ],
    counts: { sentencesIn: 4, candidates: 3, sentencesOut: sentences.length, wordsIn: 12, wordsOut: 8 },
    ...extra,
  };
}

const two = summaryOf(['The town opened a\nlibrary.[1]', 'It has  books.']);
const none = summaryOf([]);
const marked = summaryOf(['It is *new* & #1.']);

const options: FormatOptions = { style: plainStyle, header: true, keywords: false, file: undefined };
/** Marks each part with its role, so a test sees which style was applied where. */
const tagged: Style = { header: (t) => `<h>${t}</h>`, sentence: (t) => `<s>${t}</s>`, keyword: (t) => `<k>${t}</k>`, note: (t) => `<n>${t}</n>`, mark: (t) => `<m>${t}</m>` };

const cases: Array<[string, FormatName, Summary, Partial<FormatOptions>, string]> = [
  ['text: header, then sentences as displayed', 'text', two, {}, 'No time to read? Get a summary\nThe town opened a library.\nIt has books.\n'],
  ['text: --no-header', 'text', two, { header: false }, 'The town opened a library.\nIt has books.\n'],
  ['text: keywords after a blank line', 'text', two, { keywords: true }, 'No time to read? Get a summary\nThe town opened a library.\nIt has books.\n\nKeywords: library, town\n'],
  ['text: styles applied to each part', 'text', two, { style: tagged, keywords: true }, '<h>No time to read? Get a summary</h>\n<s>The town opened a library.</s>\n<s>It has books.</s>\n\nKeywords: <k>library</k>, <k>town</k>\n'],
  ['text: empty summary keeps the header', 'text', none, {}, 'No time to read? Get a summary\n'],
  ['text: empty summary without header is empty', 'text', none, { header: false }, ''],
  ['text: only keywords when there is nothing else', 'text', none, { header: false, keywords: true }, 'Keywords: library, town\n'],
  ['text: no keywords line when there are none', 'text', summaryOf(['It has  books.'], { keywords: [] }), { keywords: true }, 'No time to read? Get a summary\nIt has books.\n'],
  ['plain: sentences only, white space collapsed, marks kept', 'plain', two, {}, 'The town opened a library.[1]\nIt has books.\n'],
  ['plain: never styled', 'plain', two, { style: tagged, keywords: true }, 'The town opened a library.[1]\nIt has books.\n\nKeywords: library, town\n'],
  ['plain: empty summary is empty', 'plain', none, {}, ''],
  ['markdown: heading with the title, bullets', 'markdown', two, {}, '# Summary: Kelso Library\n\n- The town opened a library.\n- It has books.\n'],
  ['markdown: no title', 'markdown', summaryOf(['It has  books.'], { title: null }), {}, '# Summary\n\n- It has books.\n'],
  ['markdown: --no-header drops the heading', 'markdown', two, { header: false }, '- The town opened a library.\n- It has books.\n'],
  ['markdown: markup in a sentence is escaped', 'markdown', marked, { header: false }, '- It is \\*new\\* & #1.\n'],
  ['markdown: keywords in bold', 'markdown', two, { header: false, keywords: true }, '- The town opened a library.\n- It has books.\n\n**Keywords:** library, town\n'],
];

describe('formats', () => {
  it.each(cases)('%s', (_name, format, summary, overrides, expected) => {
    expect(formats[format](summary, { ...options, ...overrides })).toBe(expected);
  });
});

describe('json format', () => {
  it('is the Summary as is, on one line, with offsets into the input', () => {
    const out = formats.json(two, options);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd()).not.toContain('\n');
    const parsed = JSON.parse(out) as Summary;
    expect(parsed).toEqual(two);
    for (const s of parsed.sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives a missing title as null rather than leaving the field out', () => {
    expect(JSON.parse(formats.json(summaryOf([], { title: null }), options))).toHaveProperty('title', null);
  });

  it('puts the file first when there are several inputs', () => {
    expect(Object.keys(JSON.parse(formats.json(two, { ...options, file: 'a.txt' })) as object)).toEqual(['file', 'algorithm', 'language', 'title', 'sentences', 'keywords', 'counts']);
  });

  it('ignores header, keywords and style: the data is always whole', () => {
    expect(formats.json(two, { style: tagged, header: false, keywords: false, file: undefined })).toBe(formats.json(two, options));
  });
});

describe('splitLines', () => {
  const sentence = (text: string, index: number): Sentence => ({ index, text, start: 0, end: text.length, role: 'body' });
  it.each([
    ['one display line per sentence', ['Kelso Library', 'The town opened a\nlibrary.[1]'], 'Kelso Library\nThe town opened a library.\n'],
    ['nothing for no sentences', [], ''],
  ])('%s', (_name, texts, expected) => {
    expect(splitLines(texts.map(sentence))).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['snake_case and *stars*', 'snake\\_case and \\*stars\\*'],
    ['[link](x) <b> `code` back\\slash', '\\[link\\](x) \\<b\\> \\`code\\` back\\\\slash'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not an ordered list', '1\\. not an ordered list'],
    ['2024) not one either', '2024\\) not one either'],
    ['A #hashtag and 3.5 mid-line stay', 'A #hashtag and 3.5 mid-line stay'],
  ])('%s', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});
