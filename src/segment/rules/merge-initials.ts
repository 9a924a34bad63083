import { TITLES } from '../data/abbreviations.js';
import { CONTINUATION_WORDS, SENTENCE_STARTERS } from '../data/function-words.js';
import { LABELLED_NOUNS, RULER_TITLES } from '../data/labels.js';
import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { WordSet } from '../word-set.js';
import {
  abbreviationKey,
  isInitialWord,
  isInitials,
  isListedAbbreviation,
  isLowerWord,
  leadingLetters,
  startsNumber,
  startsUpper,
  tokenBefore,
  tokenStartBefore,
} from '../words.js';

const STARTERS = new WordSet(SENTENCE_STARTERS);
const LABELLED = new WordSet(LABELLED_NOUNS);
const RULERS = new WordSet(RULER_TITLES);

/** "Pope John Paul I": the names looked back over, between a ruler's title and a numeral. */
const MAX_RULER_NAMES = 2;

/**
 * A capital letter with a full stop is an initial ("J. R. R. Tolkien", "Albert I. Jones",
 * "J.K. Rowling", "E. coli"): the name goes on unless the next word is one that starts
 * sentences ("... you and I. Did you see ...", "World War I. The war ...") or the letter is a
 * label or a number, not an initial: after a lower-case noun or verb ("vitamin C.", "labelled C.
 * Adult females are ..."), after a noun that letters and numerals label ("Plan B. Analysts",
 * "World War I. Following"), or, an I, V or X, after a ruler's name ("King George V. Parliament").
 */
export function mergeInitials(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed || !isInitials(boundary.before)) return undefined;
  const next = boundary.after;
  // "J. R. R. Tolkien", "Pub. L. No. 111-203": another initial or a listed abbreviation goes on.
  if (isLowerWord(next) || startsNumber(next) || isInitialWord(next) || isAbbreviationWord(next)) return 'join';
  if (!startsUpper(next) || STARTERS.hasLeadingLetters(next)) return undefined;
  return isLabel(boundary, doc) ? undefined : 'join';
}

/** One letter that labels or counts what comes before it rather than starting a name ("by J. Smith", "faithfully, J. Brown" are names). */
function isLabel(boundary: Boundary, doc: SegmentDocument): boolean {
  const letter = boundary.before;
  if (letter.length !== 1) return false;
  const previous = tokenBefore(doc, boundary.markStart - 1);
  if (isLowerWord(previous) && leadingLetters(previous) === previous && !CONTINUATION_WORDS.has(previous)) return true;
  if (LABELLED.has(previous)) return true;
  return (letter === 'I' || letter === 'V' || letter === 'X') && followsRulersName(doc, boundary.markStart - 1);
}

/** A ruler's title and one or two names end before `pos`: "King George", "Pope John Paul". */
function followsRulersName(doc: SegmentDocument, pos: number): boolean {
  let end = pos;
  for (let names = 0; names <= MAX_RULER_NAMES; names++) {
    const start = tokenStartBefore(doc, end);
    if (start < 0) return false;
    const token = tokenBefore(doc, end);
    if (!startsUpper(token) || leadingLetters(token) !== token) return false;
    if (names > 0 && RULERS.has(token)) return true;
    end = start;
  }
  return false;
}

/** A listed abbreviation with its full stop, other than a title (after an initial a title starts a sentence): "No.", "Ltd.". */
function isAbbreviationWord(word: string): boolean {
  if (!word.endsWith('.')) return false;
  const key = abbreviationKey(word.slice(0, -1));
  return isListedAbbreviation(key) && !TITLES.has(key);
}
