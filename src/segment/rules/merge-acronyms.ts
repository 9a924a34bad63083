import { ACRONYM_HEADS, PLACE_ACRONYMS } from '../data/acronyms.js';
import type { Boundary, Verdict } from '../types.js';
import { isDottedAcronym, isInitials, isListedAbbreviation, isLowerWord, leadingLetters, startsNumber, startsUpper } from '../words.js';

/**
 * A dotted acronym's last full stop ends a sentence only before a capitalised word that is not
 * part of a name with it: "the U.S. economy", "the U.S. Senate" and "a.s.a.p. please" go on;
 * "He moved to the U.S. Then ..." ends. Listed abbreviations (a.m., Ph.D.) and initials (J.K.)
 * have their own rules.
 */
export function mergeAcronyms(boundary: Boundary): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed) return undefined;
  const word = boundary.before;
  if (!isDottedAcronym(word) || isInitials(word) || isListedAbbreviation(word.toLowerCase())) return undefined;
  const next = boundary.after;
  if (isLowerWord(next) || startsNumber(next)) return 'join';
  if (!startsUpper(next) || !PLACE_ACRONYMS.has(word.toLowerCase())) return undefined;
  return ACRONYM_HEADS.has(leadingLetters(next).toLowerCase()) ? 'join' : undefined;
}
