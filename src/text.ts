/**
 * Small text helpers shared by stages and formats. Every pattern here is linear: a single
 * character class repeated, never nested quantifiers.
 */

/**
 * A bracketed reference mark inside a sentence: `[1]`, `[citation needed]`, `[citation: ...]`,
 * `[edit]`, `[source]`. Page text copied from the web carries them; a reader of a summary does not
 * want them.
 */
const referenceMark = /\s*\[(?:\d{1,4}|citation[^\]\n]{0,200}|cite[^\]\n]{0,200}|edit|source[^\]\n]{0,200}|note \d{1,3}|[a-z]|update[^\]\n]{0,200})\]/giu;

/** The sentence as shown to a reader: reference marks dropped, white space collapsed to single spaces. */
export function displayText(text: string): string {
  return collapseSpace(text.replace(referenceMark, ''));
}

/** The sentence on one line, every run of white space made one space: the input's own words, for scripts. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Ranges of `text` covered by reference marks, so tokenizers can skip their words. */
export function referenceMarkRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(referenceMark)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** A word: letters or digits, joined by inner apostrophes, hyphens, dots, commas or ampersands (U.S., don’t, e-mail, AT&T, 1,200). */
export const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.,\-&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Number of words, as budgets and counts understand a word. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(wordPattern)) n++;
  return n;
}
