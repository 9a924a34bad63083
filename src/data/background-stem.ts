import { BACKGROUND_STEMS } from './background-stems.js';
import { lookUp, tableOf, type Table } from './background-table.js';

let stems: Table | undefined;

/**
 * natural's Porter stem of a lower-cased English word, when the word is in the table made with
 * that stemmer (words seen 3 times or more in SUBTLEX-US, see scripts/build-background.js);
 * undefined for any other word, which the stemmer itself must stem.
 */
export function knownStem(word: string): string | undefined {
  stems ??= tableOf(BACKGROUND_STEMS);
  const change = lookUp(stems, word);
  if (change === undefined || change === '') return change === undefined ? undefined : word;
  // "Nsuffix": N characters off the end of the word, then the suffix.
  let digits = 0;
  while (digits < change.length && change.charCodeAt(digits) >= 48 && change.charCodeAt(digits) <= 57) digits++;
  return word.slice(0, word.length - Number(change.slice(0, digits))) + change.slice(digits);
}
