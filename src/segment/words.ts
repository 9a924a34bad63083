import { isCloser, isDigit, isInlineSpace, isLowerCode, isSpace, isTerminal, isUpper, isUpperCode } from './chars.js';
import { DATE_WORDS, MEDIAL, NUMBER_PREFIXES, SUFFIXES, TITLES } from './data/abbreviations.js';
import { PLACE_ACRONYMS } from './data/acronyms.js';
import { CONTINUATION_WORDS } from './data/function-words.js';
import type { SegmentDocument } from './types.js';
import { WordSet } from './word-set.js';

/**
 * Longest word the rules look at, and how far they look around a boundary: abbreviations and
 * sentence starters are far shorter, and a bounded neighbourhood keeps every rule O(1).
 */
export const MAX_WORD = 64;

/** Headlines are short; looking at this many words of a line is enough to call it title case. */
const TITLE_CASE_WORDS = 12;

/** The first character is an upper-case letter: "Smith", "iPhone" is not. */
export function startsUpper(word: string): boolean {
  return isUpperCode(word.charCodeAt(0));
}

/** A lower-case word: "maybe", "then"; "iPhones" and "eBay" are names, not lower-case words. */
export function isLowerWord(word: string): boolean {
  if (!isLowerCode(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) if (isUpperCode(word.charCodeAt(i))) return false;
  return true;
}

/**
 * A number, an amount, a numbered label or a section sign: "5", "12,000", "$4.99", "#3", "S3",
 * "A1", "§" (always followed by one).
 */
export function startsNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  if (isDigit(first) || first === 0xa7) return true;
  const sign = first === 0x24 || first === 0xa3 || first === 0x20ac || first === 0x23;
  if (sign) return isDigit(word.charCodeAt(1));
  return isUpperCode(first) && (isDigit(word.charCodeAt(1)) || (isUpperCode(word.charCodeAt(1)) && isDigit(word.charCodeAt(2))));
}

/** A full stop inside the word, with a letter or digit after it: "Bungie.Org", "bbc.co.uk", "4.2". */
export function hasInnerStop(word: string): boolean {
  for (let i = word.indexOf('.'); i >= 0 && i + 1 < word.length; i = word.indexOf('.', i + 1)) {
    const next = word.charCodeAt(i + 1);
    if (isDigit(next) || isLowerCode(next) || isUpperCode(next)) return true;
  }
  return false;
}

/** I V X L C, the capital letters of roman numerals. */
export function isCapitalRomanLetter(code: number): boolean {
  return code === 0x49 || code === 0x56 || code === 0x58 || code === 0x4c || code === 0x43;
}

/** A capital roman numeral of two letters or more, as after "Vol." or "Ch.": "II", "XIV". */
export function isRomanNumeral(word: string): boolean {
  let letters = 0;
  while (letters < word.length && isCapitalRomanLetter(word.charCodeAt(letters))) letters++;
  if (letters < 2 || letters > 7) return false;
  if (letters === word.length) return true;
  const last = word.charCodeAt(letters);
  return letters + 1 === word.length && (last === 0x2c || last === 0x3b || last === 0x3a || last === 0x2e);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The letters a word starts with: "Government," gives "Government", "Secretary-General" gives "Secretary". */
export function leadingLetters(word: string): string {
  let i = 0;
  for (; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // Beyond ASCII, a regular expression knows the letters of every script.
    if (code >= 0x80) return /^\p{L}*/u.exec(word)?.[0] ?? '';
    if (!isAsciiLetter(code)) break;
  }
  return i === word.length ? word : word.slice(0, i);
}

/** The word without a prefix joined by a hyphen or a slash: "ex-Gov" gives "Gov", "D-Calif" gives "Calif". */
export function abbreviationStem(word: string): string {
  for (let i = word.length - 2; i >= 0; i--) {
    const code = word.charCodeAt(i);
    if (code === 0x2d || code === 0x2f) return word.slice(i + 1);
  }
  return word;
}

/**
 * `word.toLowerCase()`, without the call when the word is lower-case ASCII already, as most
 * words the rules look up are: in a text with any character beyond Latin-1 every word is stored
 * two bytes a character, and lower-casing such a string costs ten times a set lookup.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x41 && (code <= 0x5a || code >= 0x80)) return word.toLowerCase();
  }
  return word;
}

/**
 * The key an abbreviation is listed under: its stem in lower case. One letter keeps its case:
 * "p." is a page, "P." an initial.
 */
export function abbreviationKey(word: string): string {
  const stem = abbreviationStem(word);
  return stem.length === 1 ? stem : lowerCase(stem);
}

/** Every abbreviation of data/abbreviations.ts, of any kind. */
const LISTED: ReadonlySet<string> = new Set([...TITLES, ...SUFFIXES, ...NUMBER_PREFIXES, ...DATE_WORDS, ...MEDIAL]);
const LISTED_WORDS = new WordSet(LISTED);
const PLACE_WORDS = new WordSet(PLACE_ACRONYMS);

/** Listed in data/abbreviations.ts under any kind. */
export function isListedAbbreviation(key: string): boolean {
  return LISTED.has(key);
}

/** The word, lower-cased, is a listed abbreviation: "Ph.D", "INC". */
export function isListedWord(word: string): boolean {
  return LISTED_WORDS.has(word);
}

/** The word, lower-cased, is a dotted acronym of a place or body (data/acronyms.ts): "U.S", "E.U". */
export function isPlaceAcronym(word: string): boolean {
  return PLACE_WORDS.has(word);
}

/** The word's key (`abbreviationKey`) if it is a listed abbreviation, else undefined; most words are told without making a key. */
export function listedKey(word: string): string | undefined {
  const stem = abbreviationStem(word);
  if (stem.length === 1) return LISTED.has(stem) ? stem : undefined;
  return LISTED_WORDS.has(stem) ? lowerCase(stem) : undefined;
}

/** Letters run together with inner full stops, the final one removed: "U.S", "a.m", "Ph.D", "J.R.R". */
export function isDottedAcronym(word: string): boolean {
  let dots = 0;
  let group = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return word.includes('.') && /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u.test(word);
    if (isAsciiLetter(code)) {
      if (++group > 2) return false;
    } else if (code === 0x2e && group > 0) {
      dots++;
      group = 0;
    } else {
      return false;
    }
  }
  return dots > 0 && group > 0;
}

/** One capital letter or several joined by full stops, the final one removed: "J", "J.K", "J.R.R". */
export function isInitials(word: string): boolean {
  if (word.length === 1) return isUpper(word);
  if (!isCapitalsWithStops(word)) return false;
  return !isPlaceAcronym(word) && !isListedWord(word);
}

/** "J.K", "F.B.I", "U.S": capital letters joined by single full stops. */
export function isCapitalsWithStops(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return /^\p{Lu}(?:\.\p{Lu})+$/u.test(word);
    if (i % 2 === 0 ? code < 0x41 || code > 0x5a : code !== 0x2e) return false;
  }
  return word.length >= 3 && word.length % 2 === 1;
}

/** Another initial follows: "R." in "J. R. R. Tolkien". */
export function isInitialWord(word: string): boolean {
  return word.length === 2 && word.charCodeAt(1) === 0x2e && isUpperCode(word.charCodeAt(0));
}

/**
 * The token that ends before `pos`, past the white space before it; empty at the start of the
 * range or when it is too long or too far to be a word the rules look for.
 */
export function tokenBefore(doc: SegmentDocument, pos: number): string {
  const from = tokenStartBefore(doc, pos);
  return from < 0 ? '' : doc.text.slice(from, tokenEndBefore(doc, pos));
}

/** Where the token `tokenBefore` gives starts, or -1 when it gives none. */
export function tokenStartBefore(doc: SegmentDocument, pos: number): number {
  const { text, start } = doc;
  const floor = Math.max(start, pos - MAX_WORD);
  let from = tokenEndBefore(doc, pos);
  while (from > floor && !isSpace(text.charCodeAt(from - 1))) from--;
  if (from === floor && from > start && !isSpace(text.charCodeAt(from - 1))) return -1;
  return from;
}

/** Where the token before `pos` ends: `pos` with the white space before it taken off, looking back no further than a word. */
function tokenEndBefore(doc: SegmentDocument, pos: number): number {
  const floor = Math.max(doc.start, pos - MAX_WORD);
  let end = pos;
  while (end > floor && isSpace(doc.text.charCodeAt(end - 1))) end--;
  return end;
}

/** A name or a number goes on in this token: "Main", "5th", "Smith"; not "late." or "said,". */
export function isNameOrNumber(token: string): boolean {
  if (!startsUpper(token) && !isDigit(token.charCodeAt(0))) return false;
  const last = token.charCodeAt(token.length - 1);
  return !isTerminal(last) && !isCloser(last) && last !== 0x2c && last !== 0x3a && last !== 0x3b;
}

/** The first character before `pos` that is not an inline space, looking back a few characters. */
export function charBefore(doc: SegmentDocument, pos: number): number {
  const floor = Math.max(doc.start, pos - 4);
  let i = pos;
  while (i > floor && isInlineSpace(doc.text.charCodeAt(i - 1))) i--;
  return i > doc.start ? doc.text.charCodeAt(i - 1) : -1;
}

/** The word after a run of full stops and spaces starting at `pos` (". . . The" gives "The"), looking a word's length ahead. */
export function wordAfterDots(doc: SegmentDocument, pos: number): string {
  const { text } = doc;
  const limit = Math.min(doc.end, pos + MAX_WORD);
  let i = pos;
  while (i < limit && (text.charCodeAt(i) === 0x2e || isInlineSpace(text.charCodeAt(i)))) i++;
  let j = i;
  while (j < limit && !isSpace(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/**
 * The words from `from` to `to` if there are at most `max` of them, else undefined. Reads no
 * more than `max` words' worth of text, however long the stretch.
 */
export function wordsBetween(doc: SegmentDocument, from: number, to: number, max: number): string[] | undefined {
  const { text } = doc;
  const limit = Math.min(to, from + (max + 1) * MAX_WORD);
  const words: string[] = [];
  let i = from;
  for (;;) {
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    if (i >= limit) return limit < to ? undefined : words;
    if (words.length === max) return undefined;
    const start = i;
    while (i < limit && !isSpace(text.charCodeAt(i))) i++;
    if (i === limit && limit < to) return undefined;
    words.push(text.slice(start, i));
  }
}

/** The line is a Markdown heading ("## Results"): it stands alone whatever follows. */
export function isHeadingLine(doc: SegmentDocument, line: number): boolean {
  return doc.text.charCodeAt(doc.lines.contentStart[line] ?? doc.end) === 0x23;
}

/**
 * The line stops where its sentence cannot: on a word such as "the", "of" or "and" (in lower
 * case; a headline capitalises what it ends on), a hyphen or dash, an opening bracket, "&" or "/".
 */
export function endsOnContinuation(doc: SegmentDocument, line: number): boolean {
  const { text } = doc;
  const start = doc.lines.contentStart[line] ?? doc.end;
  const end = doc.lines.contentEnd[line] ?? doc.end;
  if (end <= start) return false;
  if ('(-‐–—/&+'.includes(text[end - 1] ?? '')) return true;
  let from = end;
  while (from > start && end - from <= MAX_WORD && !isSpace(text.charCodeAt(from - 1))) from--;
  return CONTINUATION_WORDS.has(text.slice(from, end));
}

/** The line ends on a comma or a semicolon: a sentence going on, or an item of a list of lines. */
export function endsOnComma(doc: SegmentDocument, line: number): boolean {
  const last = doc.text.charCodeAt((doc.lines.contentEnd[line] ?? doc.start) - 1);
  return last === 0x2c || last === 0x3b;
}

/** More than `count` words on the line, counting no further. */
export function hasMoreWords(doc: SegmentDocument, line: number, count: number): boolean {
  const start = doc.lines.contentStart[line] ?? doc.end;
  const end = doc.lines.contentEnd[line] ?? doc.end;
  return wordsBetween(doc, start, end, count) === undefined;
}

/**
 * Most of the line's words are capitalised, function words aside: "Markets Rally on Rate Cut
 * Hopes". Prose wrapped at a line's width is not, and a line too long for a headline is not.
 */
export function isTitleCase(doc: SegmentDocument, line: number): boolean {
  const start = doc.lines.contentStart[line] ?? doc.end;
  const end = doc.lines.contentEnd[line] ?? doc.end;
  let capitalised = 0;
  let counted = 0;
  for (const word of wordsBetween(doc, start, end, TITLE_CASE_WORDS) ?? []) {
    const letters = leadingLetters(word.replace(/^\P{L}+/u, ''));
    if (letters === '' || CONTINUATION_WORDS.has(letters)) continue;
    counted++;
    if (startsUpper(letters)) capitalised++;
  }
  return counted >= 2 && capitalised >= counted * 0.8;
}
