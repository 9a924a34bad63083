import { isDigit, isLetterCode } from './segment/chars.js';

/**
 * Small text helpers shared by stages and formats. Every pattern here is linear: a single
 * character class repeated, never nested quantifiers.
 */

/**
 * A bracketed reference mark inside a sentence: `[1]`, `[citation needed]`, `[citation: ...]`,
 * `[edit]`, `[source]`. Page text copied from the web carries them; a reader of a summary does not
 * want them.
 */
const referenceMark = /\[(?:\d{1,4}|citation[^\]\n]{0,200}|cite[^\]\n]{0,200}|edit|source[^\]\n]{0,200}|note \d{1,3}|[a-z]|update[^\]\n]{0,200})\]/giu;

/** The sentence as shown to a reader: reference marks dropped, white space collapsed to single spaces. */
export function displayText(text: string): string {
  // Every mark has a `[`: most sentences have none, and the search is a memchr.
  if (!text.includes('[')) return collapseSpace(text);
  let kept = '';
  let from = 0;
  for (const [start, end] of referenceMarkRanges(text)) {
    kept += text.slice(from, start);
    from = end;
  }
  return collapseSpace(kept + text.slice(from));
}

/**
 * White space that collapseSpace changes: a run of two or more, or one that is not a plain space.
 * Replacing only these gives what replacing every `\s+` run gives, without rebuilding a string
 * whose spaces are already single (most sentences), which costs ten times as much.
 */
const spaceToCollapse = /\s{2,}|[^\S ]/gu;

/** The sentence on one line, every run of white space made one space: the input's own words, for scripts. */
export function collapseSpace(text: string): string {
  return text.replace(spaceToCollapse, ' ').trim();
}

/**
 * Ranges of `text` covered by reference marks with the white space before them, so tokenizers can
 * skip their words. The white space is found by stepping back from the `[`, never further than the
 * previous mark: a pattern starting `\s*` would be tried at every space of a long run, quadratic.
 */
export function referenceMarkRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!text.includes('[')) return ranges;
  let previousEnd = 0;
  for (const match of text.matchAll(referenceMark)) {
    let start = match.index;
    while (start > previousEnd && /\s/u.test(text.charAt(start - 1))) start--;
    previousEnd = match.index + match[0].length;
    ranges.push([start, previousEnd]);
  }
  return ranges;
}

/** A word: letters or digits, joined by inner apostrophes, hyphens, dots, commas or ampersands (U.S., don’t, e-mail, AT&T, 1,200). */
export const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.,\-&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Number of words, as budgets and counts understand a word. */
export function countWords(text: string): number {
  let n = 0;
  for (let at = wordStart(text, 0); at !== -1; at = wordStart(text, wordEnd(text, at))) n++;
  return n;
}

/*
 * A hand-written scanner for `wordPattern`: the same words, found about five times as fast as
 * the regular expression finds them (irregexp tests each character against the large Unicode
 * tables of \p{L}, \p{N} and \p{M}; here ASCII is a table look-up and other characters are
 * classified once each and remembered). Large inputs pass through it three times: in classify,
 * tokenize and the summary's word count. test/core/text.test.ts checks it against the pattern.
 */

/** Character classes of the pattern: a word starts with a letter or digit and goes on with letters, digits and marks. */
const other = 1;
const mark = 2;
const start = 3;
const joiner = 4;

/** Classes of the code units below U+10000, filled in as they are met (0: not yet seen; surrogates stay 0). */
const bmpClasses = new Uint8Array(0x10000);
const letterOrDigit = /^[\p{L}\p{N}]$/u;
const markOnly = /^\p{M}$/u;
for (const c of "'’.,-&") bmpClasses[c.charCodeAt(0)] = joiner;

/**
 * The class of a code point. The ranges most text outside ASCII draws on (Latin-1 and Latin
 * Extended letters, combining accents, punctuation, currency and arrows) are answered here; only
 * other scripts reach the Unicode property patterns. Compiling those cost a summary of one article
 * about a millisecond, spent on its first curly quote.
 */
function classOfCodePoint(cp: number): number {
  if (cp < 0x100) return isLatin1LetterOrDigit(cp) ? start : other;
  if (cp <= 0x24f) return start;
  if (cp >= 0x300 && cp <= 0x36f) return mark;
  if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf) || (cp >= 0x2190 && cp <= 0x23ff)) return other;
  const char = String.fromCodePoint(cp);
  return letterOrDigit.test(char) ? start : markOnly.test(char) ? mark : other;
}

/** `/^[\p{L}\p{N}]$/u` below U+0100: ASCII letters and digits, and Latin-1's letters, superscript digits and fractions. */
function isLatin1LetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return isDigit(cp) || isLetterCode(cp);
  if (cp >= 0xc0) return cp !== 0xd7 && cp !== 0xf7;
  return cp === 0xaa || cp === 0xb2 || cp === 0xb3 || cp === 0xb5 || cp === 0xb9 || cp === 0xba || (cp >= 0xbc && cp <= 0xbe);
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * Class of the code point at `i` when it is not in the table yet: a code unit met for the first
 * time, or a surrogate. A pair is one astral code point (rare enough to classify afresh); a lone
 * surrogate is no character of a word.
 */
function classOfNew(text: string, i: number, c: number): number {
  if (!isSurrogate(c)) return (bmpClasses[c] = classOfCodePoint(c));
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff ? classOfCodePoint(cp) : other;
}

/** Code units of the code point at `i`: two for a surrogate pair. */
function unitsAt(text: string, i: number, c: number): number {
  return c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

/** Where the first word at or after `from` starts, or -1 when there is none. */
export function wordStart(text: string, from: number): number {
  for (let i = from; i < text.length; ) {
    const c = text.charCodeAt(i);
    const cls = bmpClasses[c] || classOfNew(text, i, c);
    if (cls === start) return i;
    i += isSurrogate(c) ? unitsAt(text, i, c) : 1;
  }
  return -1;
}

/**
 * Where the run of letters and digits starting at `at` ends. A run is the part of a word between
 * marks and joiners ("sign-up" and "e-mail" are two runs each); {@link wordStart} finds the next.
 */
export function letterRunEnd(text: string, at: number): number {
  let i = at + unitsAt(text, at, text.charCodeAt(at));
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((bmpClasses[c] || classOfNew(text, i, c)) !== start) break;
    i += isSurrogate(c) ? unitsAt(text, i, c) : 1;
  }
  return i;
}

/** Where the word starting at `at` ends: the longest match of `wordPattern` there. */
export function wordEnd(text: string, at: number): number {
  let i = at + unitsAt(text, at, text.charCodeAt(at));
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const cls = bmpClasses[c] || classOfNew(text, i, c);
    if (cls === start || cls === mark) {
      i += isSurrogate(c) ? unitsAt(text, i, c) : 1;
    } else if (cls === joiner && i + 1 < text.length) {
      // A joiner continues the word only when a letter or digit follows it.
      const next = text.charCodeAt(i + 1);
      if ((bmpClasses[next] || classOfNew(text, i + 1, next)) !== start) break;
      i += 1 + (isSurrogate(next) ? unitsAt(text, i + 1, next) : 1);
    } else {
      break;
    }
  }
  return i;
}
