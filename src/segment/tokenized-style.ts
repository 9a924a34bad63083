import { isDigit, isLetterCode, isPunctuation, isSpace } from './chars.js';

/** Fewer set-off marks than this are an accident of typing, not a tokenizer's output. */
const MIN_DETACHED = 2;

/**
 * The text is tokenized the way research datasets ship it ("the deal fell through . talks resume
 * monday ."): punctuation (. , ; : ? !) stands apart from the word before it at least as often as
 * it touches it. Ordinary prose sets it apart almost never, so the share needs no fine tuning.
 * One linear pass; `analyzeLines` counts the same marks in its own pass over a document.
 */
export function isTokenizedStyle(text: string, start = 0, end = text.length): boolean {
  const from = Math.max(0, start);
  const to = Math.min(text.length, end);
  const counts: PunctuationCounts = { detached: 0, attached: 0 };
  for (let i = from + 1; i < to; i++) {
    if (isPunctuation(text.charCodeAt(i))) countPunctuation(text, i, from, to, counts);
  }
  return looksTokenized(counts);
}

/** Punctuation marks set apart from the word before them, and marks touching it. */
export interface PunctuationCounts {
  detached: number;
  attached: number;
}

/**
 * Counts the punctuation mark (. , ; : ? !) at `i` of the range `from` to `to`, if white space or
 * the range's end follows it. A mark at the very start touches nothing before it and is not counted.
 */
export function countPunctuation(text: string, i: number, from: number, to: number, counts: PunctuationCounts): void {
  if (i <= from || (i + 1 < to && !isSpace(text.charCodeAt(i + 1)))) return;
  const before = text.charCodeAt(i - 1);
  if (isSpace(before)) {
    // Only a mark set off from a word counts: the dots of ". . ." are set off from each other.
    if (i - 2 >= from && isWordChar(text.charCodeAt(i - 2))) counts.detached++;
  } else if (isWordChar(before)) {
    counts.attached++;
  }
}

/** The counts of a whole range are those of tokenized text. */
export function looksTokenized(counts: PunctuationCounts): boolean {
  return counts.detached >= MIN_DETACHED && counts.detached >= counts.attached;
}

function isWordChar(code: number): boolean {
  return isDigit(code) || isLetterCode(code);
}
