import { isLineBreak, isTerminal } from '../chars.js';
import { DATE_WORDS, MEDIAL, NUMBER_PREFIXES, SUFFIXES, TIMES_OF_DAY, TITLES } from '../data/abbreviations.js';
import { DAY_AND_MONTH_NAMES, TIME_ZONES } from '../data/dates.js';
import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import {
  abbreviationKey,
  abbreviationStem,
  isInitialWord,
  isLowerWord,
  isNameOrNumber,
  isRomanNumeral,
  leadingLetters,
  listedKey,
  startsNumber,
  startsUpper,
  tokenBefore,
} from '../words.js';

/**
 * The full stop of a listed abbreviation (data/abbreviations.ts) is not a sentence end where the
 * abbreviation cannot end one: a title before a name ("Mr. Smith"), anything before a lower-case
 * word ("Inc. reported", "e.g. an apple"), a number prefix or a month before a number ("No. 10",
 * "Sept. 5"). Before a capitalised word a suffix does end one ("Acme Inc. The company"). A title
 * written in lower case is one only in tokenized or uncased text ("mr. smith"), where all is.
 */
export function mergeAbbreviations(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed || boundary.before === '') return undefined;
  const word = boundary.before;
  // Every case below is one of a listed abbreviation: most words are none, and are told so at once.
  const key = listedKey(word);
  if (key === undefined) return undefined;
  const next = boundary.after;

  if (MEDIAL.has(key)) return 'join';
  const beforeNumber = startsNumber(next) || isRomanNumeral(next);
  if (beforeNumber && (NUMBER_PREFIXES.has(key) || DATE_WORDS.has(key))) return 'join';
  const capitalised = startsUpper(abbreviationStem(word));
  if (TITLES.has(key) && (capitalised || doc.tokenized || doc.uncased) && !actsAsSuffix(boundary, doc, key)) return 'join';

  const listed = SUFFIXES.has(key) || NUMBER_PREFIXES.has(key) || DATE_WORDS.has(key);
  if (!listed) return undefined;
  if (isLowerWord(next) || startsNumber(next) || opensAside(doc, boundary.next)) return 'join';
  const nextKey = abbreviationKey(leadingLetters(next));
  // "Samsung Co. Ltd.", "Fed. R. Civ. P.": abbreviations run on into each other.
  if (SUFFIXES.has(key) && (isInitialWord(next) || (next.endsWith('.') && SUFFIXES.has(nextKey)))) return 'join';
  // "Tues. Oct. 3", "at 3 a.m. Sunday", "7 p.m. ET".
  const dated = DAY_AND_MONTH_NAMES.has(nextKey) || (DATE_WORDS.has(nextKey) && next.endsWith('.'));
  if ((DATE_WORDS.has(key) || TIMES_OF_DAY.has(key)) && dated) return 'join';
  if (TIMES_OF_DAY.has(key) && TIME_ZONES.has(nextKey)) return 'join';
  return undefined;
}

/** "Main St.", "John Smith Sr.", "6 ft.": a title that is also a suffix follows a name or a number. */
function actsAsSuffix(boundary: Boundary, doc: SegmentDocument, key: string): boolean {
  if (!SUFFIXES.has(key)) return false;
  return isNameOrNumber(tokenBefore(doc, boundary.markStart - boundary.before.length));
}

/** Longest bracketed aside looked through: "(NASDAQ: ACME)", "(left)", "(pictured)". */
const MAX_ASIDE = 48;

/**
 * A bracketed aside with no sentence end inside follows: "Acme Corp. (NASDAQ: ACME) today
 * announced". A bracketed sentence of its own, "(He was tired.)", has one.
 */
function opensAside(doc: SegmentDocument, pos: number): boolean {
  const { text } = doc;
  if (text.charCodeAt(pos) !== 0x28) return false;
  const limit = Math.min(doc.end, pos + MAX_ASIDE);
  for (let i = pos + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x29) return true;
    if (isTerminal(code) || isLineBreak(code)) return false;
  }
  return false;
}
