import { classOf, isCloser, isSpace, LINE_BREAK, PUNCTUATION, TERMINAL as TERMINAL_MARK } from './chars.js';
import { countPunctuation, type PunctuationCounts } from './tokenized-style.js';

/** The line is blank: white space only. */
const BLANK = 1;
/**
 * The line holds a mark that can end a sentence (followed by white space or the line's end), or
 * ends on a colon, which ends the sentence that introduces what follows.
 */
const TERMINAL = 2;
/** A later line of the same paragraph holds such a mark: a sentence running on from here can end. */
const TERMINAL_BELOW = 4;
/** A full-width line of a hard-wrapped paragraph: its line break is only where the text was wrapped. */
const WRAPPED = 8;

/**
 * A paragraph looks hard-wrapped when it has at least this many lines and most lines but the last
 * run to nearly the same width. Two lines prove nothing: a headline over a sentence looks the same.
 */
const WRAP_MIN_LINES = 3;
/** Wrapping at fewer characters than this is a list of short lines, not prose. */
const WRAP_MIN_WIDTH = 40;
/** A line of a wrapped paragraph reaches at least this share of the paragraph's widest line. */
const WRAP_FULL_SHARE = 0.8;

/** The lines of a range of text, and what the line-ending rules need to know of each. */
export interface Lines {
  readonly count: number;
  /** First non-white-space character of each line (equal to `contentEnd` on a blank line). */
  readonly contentStart: Int32Array;
  /** Just after the last non-white-space character of each line. */
  readonly contentEnd: Int32Array;
  readonly flags: Uint8Array;
}

/**
 * Splits `text.slice(start, end)` into lines at LF, CR, CRLF, U+2028 and U+2029 (the scanner
 * counts line breaks the same way, so a line index means the same to both), in one linear pass.
 * Given `punctuation`, counts in it the marks `isTokenizedStyle` counts, in the same pass.
 */
export function analyzeLines(text: string, start: number, end: number, punctuation?: PunctuationCounts): Lines {
  // Typed arrays grown by doubling: a text of short lines has millions of them.
  let capacity = 64;
  let contentStart = new Int32Array(capacity);
  let contentEnd = new Int32Array(capacity);
  let lineFlags = new Uint8Array(capacity);
  let count = 0;
  let lineStart = start;
  let flags = 0;
  for (let i = nextMarked(text, start, end); i <= end; i = nextMarked(text, i + 1, end)) {
    const code = i < end ? text.charCodeAt(i) : 0x0a;
    const bits = classOf(code);
    if (bits & PUNCTUATION && punctuation !== undefined) countPunctuation(text, i, start, end, punctuation);
    if (bits & TERMINAL_MARK) {
      if (endsSentence(text, i + 1, end)) flags |= TERMINAL;
      continue;
    }
    if ((bits & LINE_BREAK) === 0) continue;
    if (code === 0x0d && i + 1 < end && text.charCodeAt(i + 1) === 0x0a) continue;
    if (count === capacity) {
      capacity *= 2;
      contentStart = grown(contentStart, new Int32Array(capacity));
      contentEnd = grown(contentEnd, new Int32Array(capacity));
      lineFlags = grown(lineFlags, new Uint8Array(capacity));
    }
    // The line's content: white space trimmed off both ends, each space read once more at most.
    let first = lineStart;
    while (first < i && isSpace(text.charCodeAt(first))) first++;
    let last = i;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (first === i) {
      flags |= BLANK;
    } else if (text.charCodeAt(last - 1) === 0x3a) {
      flags |= TERMINAL;
    }
    contentStart[count] = first;
    contentEnd[count] = last;
    lineFlags[count] = flags;
    count++;
    lineStart = i + 1;
    flags = 0;
  }

  const lines: Lines = {
    count,
    contentStart: contentStart.subarray(0, count),
    contentEnd: contentEnd.subarray(0, count),
    flags: lineFlags.subarray(0, count),
  };
  markParagraphs(lines);
  return lines;
}

/**
 * The first line break or punctuation mark at or after `from`, or `end`: only these matter to
 * the lines. A loop of its own, small enough for the engine to compile at once, reads the rest;
 * inside the long loop above it ran unoptimized over the first megabytes of a large text.
 */
function nextMarked(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (classOf(text.charCodeAt(i)) & (LINE_BREAK | TERMINAL_MARK | PUNCTUATION)) === 0) i++;
  return i;
}

/** `to`, a larger array, with the contents of `from` at its start. */
function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** After a mark at `from - 1`: closing quotes or brackets, then white space or the end. */
function endsSentence(text: string, from: number, end: number): boolean {
  let j = from;
  while (j < end && isCloser(text.charCodeAt(j))) j++;
  return j === end || isSpace(text.charCodeAt(j));
}

function flagsOf(lines: Lines, line: number): number {
  return lines.flags[line] ?? 0;
}

function widthOf(lines: Lines, line: number): number {
  return (lines.contentEnd[line] ?? 0) - (lines.contentStart[line] ?? 0);
}

/** Marks, paragraph by paragraph, the lines a sentence can run on from and the lines of hard-wrapped paragraphs. */
function markParagraphs(lines: Lines): void {
  const { count, flags } = lines;
  let first = 0;
  while (first < count) {
    if (flagsOf(lines, first) & BLANK) {
      first++;
      continue;
    }
    let last = first;
    while (last + 1 < count && !(flagsOf(lines, last + 1) & BLANK)) last++;

    let terminalSeen = false;
    let width = 0;
    for (let i = last; i >= first; i--) {
      if (terminalSeen) flags[i] = flagsOf(lines, i) | TERMINAL_BELOW;
      if (flagsOf(lines, i) & TERMINAL) terminalSeen = true;
      width = Math.max(width, widthOf(lines, i));
    }

    const size = last - first + 1;
    if (size >= WRAP_MIN_LINES && width >= WRAP_MIN_WIDTH) {
      const full = width * WRAP_FULL_SHARE;
      let fullLines = 0;
      for (let i = first; i < last; i++) if (widthOf(lines, i) >= full) fullLines++;
      if (fullLines >= 2 && fullLines * 2 >= size - 1) {
        for (let i = first; i < last; i++) if (widthOf(lines, i) >= full) flags[i] = flagsOf(lines, i) | WRAPPED;
      }
    }
    first = last + 1;
  }
}

/** A later line of the line's paragraph can end a sentence. */
export function hasTerminalBelow(lines: Lines, line: number): boolean {
  return (flagsOf(lines, line) & TERMINAL_BELOW) !== 0;
}

/** The line runs to the width of a hard-wrapped paragraph. */
export function isWrappedLine(lines: Lines, line: number): boolean {
  return (flagsOf(lines, line) & WRAPPED) !== 0;
}
