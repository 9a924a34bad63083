import { TITLES } from '../data/abbreviations.js';
import { CONTINUATION_WORDS, SENTENCE_STARTERS } from '../data/function-words.js';
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
} from '../words.js';

const STARTERS = new WordSet(SENTENCE_STARTERS);

/**
 * A capital letter with a full stop is an initial ("J. R. R. Tolkien", "Albert I. Jones",
 * "J.K. Rowling", "E. coli"): the name goes on unless the next word is one that starts
 * sentences ("... you and I. Did you see ...", "World War I. The war ...") or the letter is a
 * label after a lower-case noun or verb ("vitamin C.", "labelled C. Adult females are ...").
 */
export function mergeInitials(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed || !isInitials(boundary.before)) return undefined;
  const next = boundary.after;
  // "J. R. R. Tolkien", "Pub. L. No. 111-203": another initial or a listed abbreviation goes on.
  if (isLowerWord(next) || startsNumber(next) || isInitialWord(next) || isAbbreviationWord(next)) return 'join';
  if (!startsUpper(next) || STARTERS.hasLeadingLetters(next)) return undefined;
  return isLabel(boundary, doc) ? undefined : 'join';
}

/** One letter right after a lower-case word other than a function word ("by J. Smith", "faithfully, J. Brown" are names). */
function isLabel(boundary: Boundary, doc: SegmentDocument): boolean {
  if (boundary.before.length !== 1) return false;
  const previous = tokenBefore(doc, boundary.markStart - 1);
  return isLowerWord(previous) && leadingLetters(previous) === previous && !CONTINUATION_WORDS.has(previous);
}

/** A listed abbreviation with its full stop, other than a title (after an initial a title starts a sentence): "No.", "Ltd.". */
function isAbbreviationWord(word: string): boolean {
  if (!word.endsWith('.')) return false;
  const key = abbreviationKey(word.slice(0, -1));
  return isListedAbbreviation(key) && !TITLES.has(key);
}
