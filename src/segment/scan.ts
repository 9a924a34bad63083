import {
  DOUBLE_QUOTE,
  FULL_STOP,
  isCloser,
  isDigit,
  isInlineSpace,
  isLetter,
  isLineBreak,
  isLower,
  isOpener,
  isSpace,
  isStrongTerminal,
  isTerminal,
  isUpper,
} from './chars.js';
import { parseListMarker, type ListMarker } from './list-markers.js';
import type { Boundary, MarkKind, SegmentDocument } from './types.js';
import { MAX_WORD } from './words.js';

/** Longest reference mark after a full stop, "[12]" or "[a]", that the mark may carry. */
const MAX_REFERENCE = 24;

/** Tokens that only close what came before, as tokenizers set them apart: `. ''`, `. )`, `. -rrb-`. */
const LONE_CLOSERS = new Set(['”', '’', ')', ']', '}', '»', "''", '-rrb-', '-rsb-', '-rcb-']);

/** The end of a word a sentence-final mark can follow: a letter, a digit, a closing quote or bracket. */
function isWordEnd(code: number): boolean {
  return isDigit(code) || isCloser(code) || isLetter(String.fromCharCode(code));
}

/** The first character of a lone closer: a quote, a closing bracket, or the "-" of "-rrb-". */
function mayCloseAlone(code: number): boolean {
  return isCloser(code) || code === 0x2d;
}

/** A whitespace-delimited token, or a run of them that reads as one (". . ."), as the scanner sees it. */
interface Unit {
  start: number;
  end: number;
  /** Line index of the unit (units never span a line break). */
  line: number;
  mark: MarkKind | undefined;
  markStart: number;
  markEnd: number;
  detached: boolean;
  closed: boolean;
  bracketed: boolean;
  /** The unit starts a list item. */
  listItem: boolean;
  /** The unit's mark is its list marker's punctuation ("1." of "1. Open the box"). */
  markerMark: boolean;
}

/**
 * Every place a sentence could end, in order, in one left-to-right pass: each character is read
 * a bounded number of times (a token once, a look-ahead at most once more), whatever the text.
 */
export function* findBoundaries(doc: SegmentDocument): Generator<Boundary> {
  const { text, end } = doc;
  let pos = doc.start;
  let line = 0;
  /** Straight double quotes seen in the paragraph: an odd count means one is open. */
  let quotes = 0;
  /** The last list marker of the paragraph, which an inline list continues in sequence. */
  let lastMarker: ListMarker | undefined;

  /** Skips white space; returns the number of line breaks in it (CRLF is one). */
  const skipSpace = (): number => {
    let breaks = 0;
    while (pos < end) {
      const code = text.charCodeAt(pos);
      if (!isSpace(code)) break;
      if (isLineBreak(code) && !(code === 0x0d && pos + 1 < end && text.charCodeAt(pos + 1) === 0x0a)) breaks++;
      pos++;
    }
    return breaks;
  };

  /**
   * The white-space-delimited stretch of text being read (one token, or several where sentences
   * run on without a space): where it starts, where it ends once looked at, whether it holds "@" or "/".
   */
  let stretchStart = pos;
  let stretchEnd = -1;
  let stretchIsAddress = false;

  /** The stretch holding `at` is an address or a path; each stretch is looked at once. */
  const inAddress = (at: number): boolean => {
    if (at >= stretchEnd) {
      let j = stretchStart;
      stretchIsAddress = false;
      for (; j < end; j++) {
        const code = text.charCodeAt(j);
        if (isSpace(code)) break;
        if (code === 0x2f || code === 0x40) stretchIsAddress = true;
      }
      stretchEnd = j;
    }
    return stretchIsAddress;
  };

  /**
   * Reads the token at `pos` (counting its quotes) and returns its end. A sentence run on to the
   * next without a space ("world.Today is", "Wrexham 1.Corner") ends the token after its mark,
   * unless the token is an address or a path ("Jane.Doe@example.com", "example.com/Docs.Html").
   */
  const readToken = (): number => {
    const start = pos;
    if (start === doc.start || isSpace(text.charCodeAt(start - 1))) stretchStart = start;
    while (pos < end) {
      const code = text.charCodeAt(pos);
      if (isSpace(code)) break;
      if (code === DOUBLE_QUOTE) quotes++;
      if (isTerminal(code) && pos > start && isWordEnd(text.charCodeAt(pos - 1))) {
        const next = runOnSentenceAt(pos);
        if (next > 0 && !inAddress(pos)) {
          pos = next;
          break;
        }
      }
      pos++;
    }
    return pos;
  };

  /** Where a capitalised word starts right after the marks and closers at `at`, or -1. */
  const runOnSentenceAt = (at: number): number => {
    let j = at;
    while (j < end && isTerminal(text.charCodeAt(j))) j++;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j + 1 >= end) return -1;
    return isUpper(text[j] ?? '') && isLower(text[j + 1] ?? '') ? j : -1;
  };

  /** The token at `from` if it is only full stops then closers (".", "...", ".”"): how many of each. */
  const dotToken = (from: number): { dots: number; closers: number } | undefined => {
    let i = from;
    while (i < end && text.charCodeAt(i) === FULL_STOP) i++;
    const dots = i - from;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    if (dots === 0 || (i < end && !isSpace(text.charCodeAt(i)))) return undefined;
    return { dots, closers: i - from - dots };
  };

  const listItemAt = (atLineStart: boolean, afterBullet: boolean): ListMarker | undefined => {
    const marker = parseListMarker(text, pos, end);
    if (!marker) return undefined;
    if (marker.kind === 'bullet') return marker.lineStartOnly && !atLineStart ? undefined : marker;
    if (atLineStart || afterBullet) return marker;
    // An inline list continues the one before it, in sequence: "1.) The first item 2.) The second item".
    const previous = lastMarker;
    if (marker.lineStartOnly || !previous || previous.kind !== marker.kind || previous.style !== marker.style) return undefined;
    if (marker.value !== previous.value + 1) return undefined;
    let j = marker.end;
    while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
    return j < end && isUpper(text[j] ?? '') ? marker : undefined;
  };

  const readUnit = (atLineStart: boolean, afterBullet: boolean): Unit => {
    const start = pos;
    const marker = listItemAt(atLineStart, afterBullet);
    if (marker && marker.kind !== 'bullet') lastMarker = marker;
    const unit: Unit = {
      start, end: start, line, mark: undefined, markStart: start, markEnd: start,
      // After a bullet the marker belongs to the bullet's item: "• 9. The first item".
      detached: false, closed: false, bracketed: false, listItem: marker !== undefined && !afterBullet, markerMark: false,
    };
    const tokenEnd = readToken();
    const dots = dotToken(start);
    if (dots) {
      readDotRun(unit, dots.dots, dots.closers > 0);
    } else {
      readFinalMark(unit, tokenEnd);
    }
    if (unit.mark) absorbLoneClosers(unit);
    unit.end = pos;
    unit.markerMark = marker !== undefined && unit.mark !== undefined && unit.markEnd <= marker.end;
    return unit;
  };

  /** ". . ." (and a lone "." of tokenized text): dots set apart from the word before and from each other. */
  const readDotRun = (unit: Unit, firstDots: number, closed: boolean): void => {
    let dots = firstDots;
    let markEnd = unit.start + firstDots;
    while (!closed) {
      let j = pos;
      while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
      const next = j < end ? dotToken(j) : undefined;
      if (!next) break;
      pos = j;
      readToken();
      dots += next.dots;
      markEnd = j + next.dots;
      closed = next.closers > 0;
    }
    unit.mark = dots >= 2 ? 'ellipsis' : 'stop';
    unit.markStart = unit.start;
    unit.markEnd = markEnd;
    unit.detached = true;
    unit.closed = closed;
  };

  /** The marks a token ends with, looking back past closing quotes, brackets and reference marks: `go."`, `1950.[3]`. */
  const readFinalMark = (unit: Unit, tokenEnd: number): void => {
    let k = tokenEnd;
    while (k > unit.start && text.charCodeAt(k - 1) === 0x5d) {
      let open = k - 2;
      const floor = Math.max(unit.start, k - MAX_REFERENCE);
      while (open > floor && text.charCodeAt(open) !== 0x5b) open--;
      if (open <= unit.start || text.charCodeAt(open) !== 0x5b || !isReferenceAt(open, k)) break;
      k = open;
    }
    const closersEnd = k;
    while (k > unit.start && isCloser(text.charCodeAt(k - 1))) k--;
    const markEnd = k;
    while (k > unit.start && isTerminal(text.charCodeAt(k - 1))) k--;
    if (k === markEnd) return;
    unit.mark = markKind(k, markEnd);
    unit.markStart = k;
    unit.markEnd = markEnd;
    unit.detached = k === unit.start;
    unit.closed = markEnd < closersEnd;
    unit.bracketed = k > unit.start && text.charCodeAt(k - 1) === 0x5b;
  };

  /** "[3]" right after a mark or closer, with nothing but letters and digits inside. */
  const isReferenceAt = (open: number, close: number): boolean => {
    const before = text.charCodeAt(open - 1);
    if (!isTerminal(before) && !isCloser(before)) return false;
    for (let i = open + 1; i < close - 1; i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i] ?? '')) return false;
    }
    return close - open > 2;
  };

  const markKind = (from: number, to: number): MarkKind => {
    let dots = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isStrongTerminal(code)) return 'strong';
      if (code === 0x2026) dots += 3;
      else dots++;
    }
    return dots >= 2 ? 'ellipsis' : 'stop';
  };

  /**
   * Tokenized text, and text copied from the web, set closing quotes and brackets apart: they
   * still end the sentence before them. A straight quote set apart closes one if a quote is open
   * in the paragraph or a lower-case word follows (`now. " he said`).
   */
  const absorbLoneClosers = (unit: Unit): void => {
    for (;;) {
      let j = pos;
      while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
      if (j >= end || !mayCloseAlone(text.charCodeAt(j))) return;
      let k = j;
      while (k < end && k - j <= 5 && !isSpace(text.charCodeAt(k))) k++;
      if (k === j || (k < end && !isSpace(text.charCodeAt(k)))) return;
      const token = text.slice(j, k);
      const closesQuote = token === '"' && (quotes % 2 === 1 || lowerCaseFollows(k));
      if (!closesQuote && !LONE_CLOSERS.has(token.toLowerCase())) return;
      pos = j;
      readToken();
      unit.closed = true;
    }
  };

  /** A lower-case letter comes next on the line, after the spaces at `from`. */
  const lowerCaseFollows = (from: number): boolean => {
    let i = from;
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    return i < end && isLower(text[i] ?? '');
  };

  /** The word a mark is attached to, without opening quotes or brackets. */
  const wordBefore = (unit: Unit): string => {
    if (unit.detached || unit.markStart - unit.start > MAX_WORD) return '';
    let from = unit.start;
    while (from < unit.markStart && isOpener(text.charCodeAt(from))) from++;
    return text.slice(from, unit.markStart);
  };

  /** The next word, looking past opening quotes and brackets, even set apart ("‘ But", "( CNN"). */
  const wordAfter = (from: number): string => {
    const limit = Math.min(end, from + MAX_WORD);
    let i = from;
    while (i < limit && (isOpener(text.charCodeAt(i)) || isInlineSpace(text.charCodeAt(i)))) i++;
    let j = i;
    while (j < limit && !isSpace(text.charCodeAt(j))) j++;
    return text.slice(i, j);
  };

  line += skipSpace();
  let previous: Unit | undefined;
  let gapEnd = pos;
  let breaks = 0;
  let atLineStart = true;
  while (pos < end) {
    const afterBullet = previous !== undefined && previous.listItem && previous.end - previous.start === 1 && breaks === 0;
    const unit = readUnit(atLineStart, afterBullet);
    if (previous && (previous.mark !== undefined || breaks > 0 || unit.listItem)) {
      yield {
        end: previous.end,
        next: gapEnd,
        sentenceStart: doc.start,
        mark: previous.mark,
        markStart: previous.markStart,
        markEnd: previous.markEnd,
        detached: previous.detached,
        closed: previous.closed,
        bracketed: previous.bracketed,
        before: previous.mark ? wordBefore(previous) : '',
        after: wordAfter(unit.start),
        lineBreaks: Math.min(breaks, 2),
        line: previous.line,
        afterListMarker: previous.markerMark,
        beforeListItem: unit.listItem,
      };
    }
    breaks = skipSpace();
    line += breaks;
    if (breaks >= 2) {
      quotes = 0;
      lastMarker = undefined;
    }
    atLineStart = breaks > 0;
    gapEnd = pos;
    previous = unit;
  }
}
