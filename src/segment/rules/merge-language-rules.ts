import { isDigit, isLowerCode, isUpperCode } from '../chars.js';
import { ENGLISH } from '../data/languages/index.js';
import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { abbreviationStem, isLowerWord, lowerCase, startsUpper, tokenBefore } from '../words.js';

/**
 * The full stop of an abbreviation of the text's language that never ends a sentence
 * (data/languages/): "St. Pankraz", "ул. Ленина", "pág. 6", "dell'art. 941"; of one that comes
 * before names, unless it follows a number ("г. Озёрск", but "в 1990 г. Потом").
 */
export function mergeLanguageAbbreviations(boundary: Boundary, doc: SegmentDocument): Verdict {
  const { abbreviations, beforeNames } = doc.language;
  if (boundary.mark !== 'stop' || boundary.closed || boundary.before === '' || doc.language === ENGLISH) return undefined;
  const { before } = boundary;
  // "z. B.", "d. h.", "u. a.": a lower-case letter alone is an abbreviation, never a sentence's last word.
  if (before.length === 1 && isLowerCode(before.charCodeAt(0))) return 'join';
  const word = lowerCase(before);
  if (abbreviations.has(word) || abbreviations.has(abbreviationStem(word))) return 'join';
  if (!beforeNames.has(word)) return undefined;
  return isDigit(tokenBefore(doc, boundary.markStart - before.length).charCodeAt(0)) ? undefined : 'join';
}

/** Longest word whose full stop before a lower-case word is taken for an abbreviation's. */
const MAX_ABBREVIATION = 3;

/**
 * A short word's full stop before a lower-case word is an abbreviation's ("1808 г. и
 * воспитывался", "т. е.", "Öl bzw. Butter"), in every cased language but English, whose own rules
 * judge it. After a longer word it is a sentence end all the same: some texts open sentences in
 * lower case ("dai serbi. messo in ginocchio").
 */
export function mergeBeforeLowerCase(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || !doc.language.lowerCaseJoins || !isLowerWord(boundary.after)) return undefined;
  const word = boundary.before;
  return word.length <= MAX_ABBREVIATION || /\p{L}\.\p{L}/u.test(word) ? 'join' : undefined;
}

/** "am 5. Juli", "im 6. Stock", "zum 67. Geburtstag": in German and its like a number's full stop writes an ordinal. */
export function mergeOrdinals(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed || !doc.language.ordinalStops) return undefined;
  const word = boundary.before;
  if (word.length === 0 || word.length > 3) return undefined;
  for (let i = 0; i < word.length; i++) if (!isDigit(word.charCodeAt(i))) return undefined;
  return 'join';
}

/**
 * A sentence is more than a number or a letter: "858. Comprensorio di bonifica" (an article of a
 * code), "P. -- Mas por enquanto" (an interview's question). Outside English, whose initials and
 * list rules judge these, such a first token's full stop is a label's.
 */
export function mergeLeadingLabels(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed || doc.language === ENGLISH) return undefined;
  const word = boundary.before;
  if (word.length === 0 || boundary.markStart - word.length !== boundary.sentenceStart) return undefined;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return 'join';
  if (word.length > 4) return undefined;
  for (let i = 0; i < word.length; i++) if (!isDigit(word.charCodeAt(i))) return undefined;
  return 'join';
}

/**
 * "J. Chirac", "A. Hesnard": outside English, a capital letter's full stop before a capitalised
 * word is an initial's. English has its own rule for these (merge-initials.ts), which knows
 * "Plan B. Analysts" and "World War I. Following".
 */
export function mergeInitialsBeforeNames(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed || doc.language === ENGLISH || boundary.before.length !== 1) return undefined;
  return isUpperCode(boundary.before.charCodeAt(0)) && startsUpper(boundary.after) ? 'join' : undefined;
}
