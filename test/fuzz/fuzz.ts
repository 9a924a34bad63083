/**
 * What the fuzz tests share: how many cases, the seed, and the generators of bad input.
 *
 * `FUZZ_RUNS` sets the cases per property (CI: 2,000; `npm run fuzz`: 100,000), `FUZZ_SEED` the
 * seed (fixed, so a failure in CI is a failure on every machine; fast-check's message gives the
 * seed and the path to replay it). With `FUZZ_REPORT=FILE`, each property appends a JSON line
 * `{"property", "cases", "seed"}` to FILE: what scripts/fuzz.js prints.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { scorers } from '../../src/scorers/index.js';
import type { Budget } from '../../src/types.js';

export const runs = positive(process.env.FUZZ_RUNS, 2_000);
export const seed = positive(process.env.FUZZ_SEED, 20261127);
/** Whether this is a long run (`npm run fuzz`) rather than CI's. */
export const longRun = runs > 2_000;

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/** Check a property on `numRuns` cases (default {@link runs}); a failure throws fast-check's report, seed included. */
export function fuzz<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = runs): void {
  let cases = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      cases++;
      predicate(value);
    }),
    { numRuns, seed },
  );
  record(name, cases);
}

/** {@link fuzz} for an async predicate. */
export async function fuzzAsync<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns = runs): Promise<void> {
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      cases++;
      await predicate(value);
    }),
    { numRuns, seed },
  );
  record(name, cases);
}

function record(property: string, cases: number): void {
  const file = process.env.FUZZ_REPORT;
  if (file !== undefined && file !== '') appendFileSync(file, `${JSON.stringify({ property, cases, seed })}\n`);
}

/** Characters and short strings that have broken text tools: controls, odd spaces, lone surrogates, marks, scripts written right to left, emoji sequences. */
const awkward = fc.constantFrom(
  '\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u007f', '\u0085', '\t', '\n', '\r', '\r\n', '\n\r', '\f', '\v',
  '\u00a0', '\u1680', '\u2000', '\u2007', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ufffd', '\ufffe', '\uffff',
  '\u0301', '\u0308', '\u0327', '\u20dd', 'e\u0301', 'a\u0300\u0301\u0302\u0303\u0304',
  '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u2069', 'שלום עולם.', 'مرحبا بالعالم؟', 'سلام۔', 'नमस्ते।', '你好。', '世界！', 'これは？', 'Γεια;', 'Բարեւ։', 'สวัสดี',
  '👨\u200d👩\u200d👧\u200d👦', '🏳\ufe0f\u200d🌈', '👍🏽', '🇬🇧', '🇺🇳', '1\ufe0f\u20e3', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𐍈', '\u{10ffff}', '\u{e0001}',
);

/** Punctuation and the white space around it, in runs and mixes no article has. */
const punctuation = fc.constantFrom(
  '.', '..', '...', '. . .', '…', '!', '?', '?!', '!!!', ';', ':', ',', '-', '--', '—', '–', '·', '•',
  '"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '(', ')', '[', ']', '{', '}', '<', '>', '/', '\\', '|', '*', '#', '@', '&', '%', '$', '^', '~', '`', '_', '=', '+',
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', ' \n ', '\n \n', '. ', '.\n', '." ', '.) ', '?” ', '!’ ',
  'Mr.', 'Dr.', 'U.S.', 'e.g.', 'i.e.', 'etc.', 'No.', 'St.', 'a.m.', 'J. R. R.', '3.14', '1,000', '2.', '10.5%', '(1)', 'a)', 'iv.',
  '[1]', '[12]', '[citation needed]', '[edit]', 'http://example.com/a.b?c=d.', 'jane.doe@example.com', 'file.txt', '...and', '?"He',
);

/** Words, capitalised and not, so that generated text has sentences to find and terms that repeat. */
const word = fc.constantFrom(
  'The', 'the', 'council', 'Council', 'budget', 'approved', 'river', 'flooded', 'fields', 'Farmers', 'moved', 'cattle', 'water', 'fell', 'within', 'week',
  'said', 'new', 'roads', 'schools', 'Tuesday', 'and', 'of', 'a', 'A', 'I', 'it', 'is', 'was', 'not', 'Kazakh', 'security', 'alliance', 'library', 'opened',
  'mayor', 'Volunteers', 'book', 'BOOK', 'naïve', 'café', 'Straße', 'İstanbul', 'ǅemal', 'x', 'Q', 'zzz', 'don’t', "it's", 'e-mail', 'AT&T', 'co-op',
);

/** Fragments of web pages: tags open and closed, comments, scripts, entities, things that only look like tags. */
const html = fc.constantFrom(
  '<!doctype html>', '<html>', '</html>', '<head>', '<title>A title</title>', '<body>', '</body>', '<p>', '</p>', '<div class="a">', '</div>', '<br>', '<br/>', '<hr>',
  '<h1>', '</h1>', '<h2>', '<ul>', '<li>', '</li>', '<ol start="3">', '<table><tr><td>', '</td></tr></table>', '<a href="http://x.y/z">', '</a>', '<img src=x alt="a. b">',
  '<script>var a = "<p>.</p>";</script>', '<style>p { color: red }</style>', '<!-- a comment. -->', '<!--', '-->', '<![CDATA[ x. ]]>', '<nav>Home | About</nav>',
  '&amp;', '&lt;', '&gt;', '&nbsp;', '&#x1F600;', '&#0;', '&#xD800;', '&#1114112;', '&bogus;', '&', '<', '>', '<p', '</', '<a b="', '<svg><path d="M0 0"/></svg>',
);

/** Fragments of Markdown: headings, lists, quotes, code, links, tables, front matter. */
const markdown = fc.constantFrom(
  '# ', '## ', '###### ', '#', '\n---\n', '---\ntitle: x\n---\n', '+++\n', '```\n', '```js\n', '~~~', '`', '``', '**', '__', '*', '_', '~~', '> ', '>> ', '- ', '* ', '+ ', '1. ', '2) ',
  '- [ ] ', '- [x] ', '[a link](http://x.y "t")', '![an image](i.png)', '[ref]', '[ref]: http://x.y', '[^1]', '[^1]: A note.', '| a | b |\n|---|---|\n| c | d |\n', '    indented code\n',
  '<details>', '</details>', '\\', '\\*', '***', '___', '  \n', '=====\n', '-----\n', '<http://x.y>', '$$x$$',
);

/** Random text: every plane, the awkward characters above, punctuation, words, markup. */
export const anyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word.map((w) => `${w} `) },
      { weight: 4, arbitrary: punctuation },
      { weight: 2, arbitrary: awkward },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
      { weight: 1, arbitrary: html },
      { weight: 1, arbitrary: markdown },
    ),
    { maxLength: 120, size: 'medium' },
  )
  .map((parts) => parts.join(''));

/** Text that is mostly words and sentence ends: what gives a summary of several sentences to check. */
export const proseText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 10, arbitrary: word.map((w) => `${w} `) },
      { weight: 3, arbitrary: fc.constantFrom('. ', '.\n', '! ', '? ', '.\n\n', '." ', '\r\n', '\n') },
      { weight: 1, arbitrary: punctuation },
      { weight: 1, arbitrary: awkward },
    ),
    { maxLength: 200, size: 'medium' },
  )
  .map((parts) => parts.join(''));

/** An HTML page, or most of one: what `--html` reads. */
export const htmlText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: html }, { weight: 4, arbitrary: word.map((w) => `${w} `) }, { weight: 2, arbitrary: punctuation }, { weight: 1, arbitrary: awkward }), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** A Markdown document, or most of one. */
export const markdownText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: markdown }, { weight: 4, arbitrary: word.map((w) => `${w} `) }, { weight: 2, arbitrary: punctuation }, { weight: 1, arbitrary: awkward }), { maxLength: 80 })
  .map((parts) => parts.join(''));

export const algorithms = scorers.map((s) => s.name);
export const algorithm = fc.constantFrom(...algorithms);

/** Budgets the library takes. */
export const goodBudget: fc.Arbitrary<Budget> = fc.oneof(
  fc.integer({ min: 1, max: 8 }).map((value) => ({ kind: 'sentences' as const, value })),
  fc.constantFrom(1e9, Number.MAX_SAFE_INTEGER, 1e20).map((value) => ({ kind: 'sentences' as const, value })),
  fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }).map((value) => ({ kind: 'ratio' as const, value })),
  fc.integer({ min: 1, max: 150 }).map((value) => ({ kind: 'words' as const, value })),
  fc.integer({ min: 1, max: 800 }).map((value) => ({ kind: 'chars' as const, value })),
);

/** Numbers and not-numbers an option may be given by mistake. */
export const oddNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1.5, NaN, Infinity, -Infinity, 1e20, 1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, -Number.MIN_VALUE),
  fc.integer(),
  fc.double(),
  fc.constantFrom('3', '', 'abc', '1e3', null, undefined, true, [], {}, [3], { value: 3 }, 10n, Symbol('x'), () => 3),
);

/** Library options: good values, and values of the wrong kind or out of range, in any combination. */
export const anyOptions: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    budget: fc.oneof(
      { weight: 6, arbitrary: goodBudget as fc.Arbitrary<unknown> },
      { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('sentences', 'ratio', 'words', 'chars'), value: oddNumber }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('pages', '', 'Sentences', undefined), value: fc.integer() }) },
      { weight: 1, arbitrary: fc.oneof(fc.anything(), oddNumber) },
    ),
    algorithm: fc.oneof({ weight: 8, arbitrary: algorithm as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.string() }, { weight: 1, arbitrary: oddNumber }),
    order: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('document', 'score') as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.string() }, { weight: 1, arbitrary: oddNumber }),
    keywords: fc.oneof({ weight: 8, arbitrary: fc.nat(30) as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: oddNumber }),
    detectTitle: fc.oneof({ weight: 8, arbitrary: fc.boolean() as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: oddNumber }),
    detectChrome: fc.oneof({ weight: 8, arbitrary: fc.boolean() as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: oddNumber }),
  },
  { requiredKeys: [] },
);

/** Options the library must accept, every algorithm of the registry among them. */
export const goodOptions = fc.record({
  budget: goodBudget,
  algorithm,
  order: fc.constantFrom('document' as const, 'score' as const),
  keywords: fc.nat(30),
  detectTitle: fc.boolean(),
  detectChrome: fc.boolean(),
});
