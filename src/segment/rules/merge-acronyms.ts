import { ACRONYM_HEADS } from '../data/acronyms.js';
import { WordSet } from '../word-set.js';
import type { Boundary, Verdict } from '../types.js';
import {
  isCapitalsWithStops,
  isDottedAcronym,
  isListedWord,
  isLowerWord,
  isPlaceAcronym,
  startsNumber,
  startsUpper,
} from '../words.js';

const HEADS = new WordSet(ACRONYM_HEADS);

/**
 * A dotted acronym's last full stop ends a sentence only before a capitalised word that is not
 * part of a name with it: "the U.S. economy", "the U.S. Senate" and "a.s.a.p. please" go on;
 * "He moved to the U.S. Then ..." ends. Listed abbreviations (a.m., Ph.D.) and initials (J.K.)
 * have their own rules.
 */
export function mergeAcronyms(boundary: Boundary): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed) return undefined;
  const word = boundary.before;
  if (!isDottedAcronym(word)) return undefined;
  if (isListedWord(word)) return undefined;
  // Capitals alone ("J.K", "F.B.I") are initials, unless a place ("U.S"): see `isInitials`.
  const place = isPlaceAcronym(word);
  if (!place && isCapitalsWithStops(word)) return undefined;
  const next = boundary.after;
  if (isLowerWord(next) || startsNumber(next)) return 'join';
  if (!startsUpper(next) || !place) return undefined;
  return HEADS.hasLeadingLetters(next) ? 'join' : undefined;
}
