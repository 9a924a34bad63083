import { PREPOSITIONS } from '../data/function-words.js';
import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { WordSet } from '../word-set.js';
import { firstWordBetween, isDottedAcronym, listedKey, startsUpper, wordsBetween } from '../words.js';

const OPENERS = new WordSet(PREPOSITIONS);

/** "At 5 a.m." has three words; a fronted phrase longer than this may be a sentence of its own. */
const MAX_FRAGMENT_WORDS = 4;

/**
 * A short phrase opened by a preposition is no sentence: in "At 5 a.m. Mr. Smith went to the
 * bank" the full stop after "a.m." is the abbreviation's. Only an abbreviation's full stop is
 * taken back; "At noon. Then ..." keeps its break.
 */
export function mergePrepositionalFragments(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed || !startsUpper(boundary.after)) return undefined;
  const word = boundary.before;
  if (!isDottedAcronym(word) && listedKey(word) === undefined) return undefined;
  const { sentenceStart, markStart } = boundary;
  const first = firstWordBetween(doc, sentenceStart, markStart, MAX_FRAGMENT_WORDS);
  if (!OPENERS.hasLeadingLetters(first)) return undefined;
  return wordsBetween(doc, sentenceStart, markStart, MAX_FRAGMENT_WORDS) === undefined ? undefined : 'join';
}
