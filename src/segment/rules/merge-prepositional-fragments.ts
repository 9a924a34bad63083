import { isSpace } from '../chars.js';
import { TITLES } from '../data/abbreviations.js';
import { PREPOSITIONS, SENTENCE_STARTERS } from '../data/function-words.js';
import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { WordSet } from '../word-set.js';
import { isDottedAcronym, listedKey, MAX_WORD, startsUpper, wordsBetween } from '../words.js';

const OPENERS = new WordSet(PREPOSITIONS);
const STARTERS = new WordSet(SENTENCE_STARTERS);
const TITLE_WORDS = new WordSet(TITLES);

/** "At 5 a.m." has three words; a fronted phrase longer than this may be a sentence of its own. */
const MAX_FRAGMENT_WORDS = 4;

/**
 * A short phrase opened by a preposition is no sentence: in "At 5 a.m. Mr. Smith went to the
 * bank" the full stop after "a.m." is the abbreviation's. Only an abbreviation's full stop is
 * taken back; "At noon. Then ..." keeps its break. Before a word that starts sentences, other than
 * a title, the phrase was one after all: "In the U.S. The economy grew".
 */
export function mergePrepositionalFragments(boundary: Boundary, doc: SegmentDocument): Verdict {
  const next = boundary.after;
  if (boundary.mark !== 'stop' || boundary.closed || !startsUpper(next)) return undefined;
  const word = boundary.before;
  if (!isDottedAcronym(word) && listedKey(word) === undefined) return undefined;
  if (STARTERS.hasLeadingLetters(next) && !TITLE_WORDS.hasLeadingLetters(next)) return undefined;
  const { sentenceStart, markStart } = boundary;
  if (!opensWithPreposition(doc, sentenceStart, markStart)) return undefined;
  return wordsBetween(doc, sentenceStart, markStart, MAX_FRAGMENT_WORDS) === undefined ? undefined : 'join';
}

/**
 * The first word from `from` to `to` starts with a preposition ("At", "in"), read in place and no
 * further than `wordsBetween` reads for its first word: most sentences fail here, before counting words.
 */
function opensWithPreposition(doc: SegmentDocument, from: number, to: number): boolean {
  const { text } = doc;
  const limit = Math.min(to, from + (MAX_FRAGMENT_WORDS + 1) * MAX_WORD);
  let start = from;
  while (start < limit && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < limit && !isSpace(text.charCodeAt(end))) end++;
  return OPENERS.hasLeadingLettersIn(text, start, end);
}
