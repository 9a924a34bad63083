import { SummarizeError } from '../types.js';

/** One line of the input, without its line break (LF, CRLF or lone CR). */
export interface Line {
  start: number;
  end: number;
  /** Only white space. */
  blank: boolean;
}

/** The input, checked, with its line structure: what later stages need to tell headings and page chrome from prose. */
export interface CleanText {
  input: string;
  lines: Line[];
}

/**
 * Check that the input is text worth summarizing and index its lines. The text itself is never
 * rewritten, so that every offset later stages report points into what the caller gave.
 */
export function clean(input: string): CleanText {
  if (input.trim() === '') throw new SummarizeError('EMPTY_INPUT', 'the input is empty');
  if (looksBinary(input)) throw new SummarizeError('BINARY_INPUT', 'the input is not text (it has NUL bytes or mostly control characters)');
  return { input, lines: indexLines(input) };
}

/** Control characters other than tab, line breaks and form feed; a few are common in pasted text, many are not. */
function looksBinary(input: string): boolean {
  if (input.includes('\u0000')) return true;
  const sample = input.length > 65_536 ? input.slice(0, 65_536) : input;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) control++;
  }
  return control > sample.length * 0.1;
}

/**
 * Most lines or sentences an input may have. Memory grows with their number and with the words'
 * (about 300 bytes a sentence and 120 a word through the stages), so that past these a file of very
 * short lines or one-letter words would run out of memory, and end with a fatal error, long before
 * `--max-bytes` stopped it. 2 million sentences is ten times the longest novels; 12 million words
 * is 50 MiB of English.
 */
export const maxSentences = 2_000_000;
/** Most words an input may have: see {@link maxSentences}. */
export const maxWords = 12_000_000;

export function tooLong(what: 'lines' | 'sentences' | 'words'): SummarizeError {
  return new SummarizeError('INPUT_TOO_LARGE', `the input has more than ${what === 'words' ? maxWords : maxSentences} ${what}; summarize it in parts`);
}

function indexLines(input: string): Line[] {
  const lines: Line[] = [];
  // Line breaks are found by indexOf, which the engine runs natively: reading every character
  // in a loop cost more than the rest of cleaning a long text. Only a line's start is read, to
  // tell a blank line, up to its first character that is not a space.
  let nextLf = input.indexOf('\n');
  let nextCr = input.indexOf('\r');
  let start = 0;
  for (;;) {
    if (nextLf !== -1 && nextLf < start) nextLf = input.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = input.indexOf('\r', start);
    const end = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
    if (end === -1) break;
    if (lines.length === maxSentences) throw tooLong('lines');
    lines.push({ start, end, blank: isBlank(input, start, end) });
    start = input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  lines.push({ start, end: input.length, blank: isBlank(input, start, input.length) });
  return lines;
}

/** Only spaces, tabs, form feeds and no-break spaces between `start` and `end`. */
function isBlank(input: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 0xa0) return false;
  }
  return true;
}

/** The index of the line holding offset `at` (binary search: lines are in order). */
export function lineIndex(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The line holding offset `at`. */
export function lineAtOffset(lines: readonly Line[], at: number): Line | undefined {
  return lines[lineIndex(lines, at)];
}
