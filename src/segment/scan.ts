import {
  classOf,
  FULL_STOP,
  isCloser,
  isDigit,
  isInlineSpace,
  isLetterCode,
  isLineBreak,
  isLowerCode,
  isOpener,
  isSpace,
  isStrongTerminal,
  isTerminal,
  isTerminalOrCloser,
  isUpperCode,
  SPACE,
  STRAIGHT_QUOTE,
  TERMINAL,
} from './chars.js';
import { MAX_MARKER_TOKEN, isBulletGlyph, parseListMarker, type ListMarker } from './list-markers.js';
import type { Boundary, MarkKind, SegmentDocument } from './types.js';
import { MAX_WORD } from './words.js';

/** Longest reference mark after a full stop, "[12]" or "[a]", that the mark may carry. */
const MAX_REFERENCE = 24;

/** Tokens that only close what came before, as tokenizers set them apart: `. ''`, `. )`, `. -rrb-`. */
const LONE_CLOSERS = new Set(['”', '’', ')', ']', '}', '»', "''", '-rrb-', '-rsb-', '-rcb-']);

const REFERENCE_CHAR = /[\p{L}\p{N}]/u;

/** The end of a word a sentence-final mark can follow: a letter, a digit, a closing quote or bracket. */
function isWordEnd(code: number): boolean {
  return isDigit(code) || isCloser(code) || isLetterCode(code);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
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

function emptyUnit(): Unit {
  return {
    start: 0, end: 0, line: 0, mark: undefined, markStart: 0, markEnd: 0,
    detached: false, closed: false, bracketed: false, listItem: false, markerMark: false,
  };
}

/**
 * Every place a sentence could end, in order, in one left-to-right pass: each character is read
 * a bounded number of times (a token once, a look-ahead at most once more), whatever the text.
 */
export function* findBoundaries(doc: SegmentDocument): Generator<Boundary> {
  const scanner = new BoundaryScanner(doc);
  for (let boundary = scanner.next(); boundary !== undefined; boundary = scanner.next()) yield { ...boundary };
}

/**
 * The scan behind `findBoundaries`, one boundary per call to `next`. Most tokens are words with
 * no mark after them: for those the scanner reads each character once, through a table lookup,
 * and allocates nothing; a boundary costs the two words around it.
 */
export class BoundaryScanner {
  private readonly text: string;
  private readonly start: number;
  private readonly end: number;
  private pos: number;
  private line: number;
  /** Straight double quotes seen in the paragraph: an odd count means one is open. */
  private quotes = 0;
  /** The last list marker of the paragraph, which an inline list continues in sequence. */
  private lastMarker: ListMarker | undefined;

  /**
   * The white-space-delimited stretch of text being read (one token, or several where sentences
   * run on without a space): where it starts, where it ends once looked at, whether it holds "@" or "/".
   */
  private stretchStart: number;
  private stretchEnd = -1;
  private stretchIsAddress = false;

  /** The unit read last, and the one being read: two objects, reused turn about. */
  private previous = emptyUnit();
  private current = emptyUnit();
  private hasPrevious = false;
  /** The first non-white-space character after `previous`. */
  private gapEnd: number;
  /** Line breaks between `previous` and the unit being read. */
  private breaks = 0;
  private atLineStart = true;

  /**
   * The boundary `next` returns, filled in anew on every call: a text with a boundary every few
   * characters would otherwise make millions of objects to collect.
   */
  private readonly boundary: Boundary = {
    end: 0, next: 0, sentenceStart: 0, mark: undefined, markStart: 0, markEnd: 0, detached: false, closed: false,
    bracketed: false, before: '', after: '', lineBreaks: 0, line: 0, afterListMarker: false, beforeListItem: false,
  };

  /** What the last `dotToken` found: its full stops and the closers after them. */
  private dots = 0;
  private dotClosers = 0;

  constructor(doc: SegmentDocument) {
    this.text = doc.text;
    this.start = doc.start;
    this.end = doc.end;
    this.pos = doc.start;
    this.stretchStart = doc.start;
    this.line = this.skipSpace();
    this.gapEnd = this.pos;
  }

  /**
   * The next place a sentence could end, or undefined at the end of the range. The boundary is
   * the scanner's own, good until the next call: copy it to keep it.
   */
  next(): Boundary | undefined {
    while (this.pos < this.end) {
      if (this.hasPrevious && this.breaks === 0 && this.previous.mark === undefined) this.skipPlainWords();
      if (this.pos >= this.end) break;
      const previous = this.previous;
      const unit = this.current;
      const hasPrevious = this.hasPrevious;
      const afterBullet = hasPrevious && previous.listItem && previous.end - previous.start === 1 && this.breaks === 0;
      this.readUnit(unit, afterBullet);
      const boundary =
        hasPrevious && (previous.mark !== undefined || this.breaks > 0 || unit.listItem) ? this.boundaryAfter(previous, unit) : undefined;
      const breaks = this.skipSpace();
      this.breaks = breaks;
      this.line += breaks;
      if (breaks >= 2) {
        this.quotes = 0;
        this.lastMarker = undefined;
      }
      this.atLineStart = breaks > 0;
      this.gapEnd = this.pos;
      this.previous = unit;
      this.current = previous;
      this.hasPrevious = true;
      if (boundary !== undefined) return boundary;
    }
    return undefined;
  }

  /**
   * The fast path, taken after a unit with no mark and no line break after it: reads on over
   * plain words, those with no mark in them that cannot be list markers, each followed by spaces
   * on the same line, as the careful path would, without a boundary between any two. It stops
   * before the first other token, which the careful path reads, so no token is read more than twice.
   */
  private skipPlainWords(): void {
    const { text, end } = this;
    const unit = this.previous;
    let pos = this.pos;
    for (;;) {
      const start = pos;
      let quotes = 0;
      for (; pos < end; pos++) {
        const bits = classOf(text.charCodeAt(pos));
        if (bits === 0) continue;
        if (bits & (SPACE | TERMINAL)) break;
        if (bits & STRAIGHT_QUOTE) quotes++;
      }
      if (pos < end && !isSpace(text.charCodeAt(pos))) return;
      if (this.mayBeListMarker(start, pos, false)) return;
      let next = pos;
      while (next < end && isInlineSpace(text.charCodeAt(next))) next++;
      if (next >= end || isLineBreak(text.charCodeAt(next))) return;
      // Read as `readUnit` would: a unit with no mark, and the spaces after it.
      if (start === this.start || isSpace(text.charCodeAt(start - 1))) this.stretchStart = start;
      this.quotes += quotes;
      unit.start = start;
      unit.end = pos;
      unit.line = this.line;
      unit.markStart = start;
      unit.markEnd = start;
      unit.listItem = false;
      unit.markerMark = false;
      this.pos = next;
      this.gapEnd = next;
      pos = next;
    }
  }

  /** Fills in `boundary`, the one object `next` hands out, for the gap between two units. */
  private boundaryAfter(previous: Unit, unit: Unit): Boundary {
    const { boundary } = this;
    boundary.end = previous.end;
    boundary.next = this.gapEnd;
    boundary.sentenceStart = this.start;
    boundary.mark = previous.mark;
    boundary.markStart = previous.markStart;
    boundary.markEnd = previous.markEnd;
    boundary.detached = previous.detached;
    boundary.closed = previous.closed;
    boundary.bracketed = previous.bracketed;
    boundary.before = previous.mark ? this.wordBefore(previous) : '';
    boundary.after = this.wordAfter(unit.start);
    boundary.lineBreaks = Math.min(this.breaks, 2);
    boundary.line = previous.line;
    boundary.afterListMarker = previous.markerMark;
    boundary.beforeListItem = unit.listItem;
    return boundary;
  }

  /** Skips white space; returns the number of line breaks in it (CRLF is one). */
  private skipSpace(): number {
    const { text, end } = this;
    let pos = this.pos;
    let breaks = 0;
    while (pos < end) {
      const code = text.charCodeAt(pos);
      if (!isSpace(code)) break;
      if (isLineBreak(code) && !(code === 0x0d && pos + 1 < end && text.charCodeAt(pos + 1) === 0x0a)) breaks++;
      pos++;
    }
    this.pos = pos;
    return breaks;
  }

  /** The stretch holding `at` is an address or a path; each stretch is looked at once. */
  private inAddress(at: number): boolean {
    if (at >= this.stretchEnd) {
      const { text, end } = this;
      let j = this.stretchStart;
      this.stretchIsAddress = false;
      for (; j < end; j++) {
        const code = text.charCodeAt(j);
        if (isSpace(code)) break;
        if (code === 0x2f || code === 0x40) this.stretchIsAddress = true;
      }
      this.stretchEnd = j;
    }
    return this.stretchIsAddress;
  }

  /**
   * Reads the token at `pos` (counting its quotes) and returns its end. A sentence run on to the
   * next without a space ("world.Today is", "Wrexham 1.Corner") ends the token after its mark,
   * unless the token is an address or a path ("Jane.Doe@example.com", "example.com/Docs.Html").
   */
  private readToken(): number {
    const { text, end } = this;
    const start = this.pos;
    if (start === this.start || isSpace(text.charCodeAt(start - 1))) this.stretchStart = start;
    let pos = start;
    for (; pos < end; pos++) {
      const code = text.charCodeAt(pos);
      const bits = classOf(code);
      // Letters, digits and most punctuation have no class: one test passes over them.
      if (bits === 0) continue;
      if (bits & SPACE) break;
      if (bits & STRAIGHT_QUOTE) {
        this.quotes++;
      } else if (bits & TERMINAL && pos > start && isWordEnd(text.charCodeAt(pos - 1))) {
        const next = this.runOnSentenceAt(pos);
        if (next > 0 && !this.inAddress(pos)) {
          pos = next;
          break;
        }
      }
    }
    this.pos = pos;
    return pos;
  }

  /** Where a capitalised word starts right after the marks and closers at `at`, or -1. */
  private runOnSentenceAt(at: number): number {
    const { text, end } = this;
    let j = at;
    while (j < end && isTerminal(text.charCodeAt(j))) j++;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j + 1 >= end) return -1;
    return isUpperCode(text.charCodeAt(j)) && isLowerCode(text.charCodeAt(j + 1)) ? j : -1;
  }

  /**
   * The token at `from` is only full stops then closers (".", "...", ".”"): sets `dots` and
   * `dotClosers` to how many of each.
   */
  private dotToken(from: number): boolean {
    const { text, end } = this;
    let i = from;
    while (i < end && text.charCodeAt(i) === FULL_STOP) i++;
    const dots = i - from;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    if (dots === 0 || (i < end && !isSpace(text.charCodeAt(i)))) return false;
    this.dots = dots;
    this.dotClosers = i - from - dots;
    return true;
  }

  /**
   * Whether the token can start a list item, so that `listItemAt` need be asked. A bullet can
   * stand anywhere. A number or letter starts an item only at a line start, after a bullet, or
   * next in a list already begun in the paragraph; and a marker is a short token that ends as one
   * does ("1.", "(iv)", "2.)"): it is followed by white space, and no sentence runs on inside one.
   */
  private mayBeListMarker(start: number, tokenEnd: number, afterBullet: boolean): boolean {
    const { text } = this;
    if (isBulletGlyph(text.charCodeAt(start))) return true;
    if (!this.atLineStart && !afterBullet && this.lastMarker === undefined) return false;
    if (tokenEnd - start > MAX_MARKER_TOKEN) return false;
    const last = text.charCodeAt(tokenEnd - 1);
    return last === FULL_STOP || last === 0x29;
  }

  private listItemAt(start: number, afterBullet: boolean): ListMarker | undefined {
    const { text, end } = this;
    const marker = parseListMarker(text, start, end);
    if (!marker) return undefined;
    if (marker.kind === 'bullet') return marker.lineStartOnly && !this.atLineStart ? undefined : marker;
    if (this.atLineStart || afterBullet) return marker;
    // An inline list continues the one before it, in sequence: "1.) The first item 2.) The second item".
    const previous = this.lastMarker;
    if (marker.lineStartOnly || !previous || previous.kind !== marker.kind || previous.style !== marker.style) return undefined;
    if (marker.value !== previous.value + 1) return undefined;
    let j = marker.end;
    while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
    return j < end && isUpperCode(text.charCodeAt(j)) ? marker : undefined;
  }

  private readUnit(unit: Unit, afterBullet: boolean): void {
    const start = this.pos;
    unit.start = start;
    unit.line = this.line;
    unit.mark = undefined;
    unit.markStart = start;
    unit.markEnd = start;
    unit.detached = false;
    unit.closed = false;
    unit.bracketed = false;
    const tokenEnd = this.readToken();
    const marker = this.mayBeListMarker(start, tokenEnd, afterBullet) ? this.listItemAt(start, afterBullet) : undefined;
    if (marker && marker.kind !== 'bullet') this.lastMarker = marker;
    // After a bullet the marker belongs to the bullet's item: "• 9. The first item".
    unit.listItem = marker !== undefined && !afterBullet;
    const { text } = this;
    const last = text.charCodeAt(tokenEnd - 1);
    if (last === FULL_STOP && tokenEnd - start >= 2 && isAsciiLetterOrDigit(text.charCodeAt(tokenEnd - 2))) {
      // The commonest mark by far, a full stop right after a word ("said.", "U.S."), is read at once.
      unit.mark = 'stop';
      unit.markStart = tokenEnd - 1;
      unit.markEnd = tokenEnd;
    } else if (text.charCodeAt(start) === FULL_STOP && this.dotToken(start)) {
      this.readDotRun(unit, this.dots, this.dotClosers > 0);
    } else if (isTerminalOrCloser(last)) {
      this.readFinalMark(unit, tokenEnd);
    }
    if (unit.mark) this.absorbLoneClosers(unit);
    unit.end = this.pos;
    unit.markerMark = marker !== undefined && unit.mark !== undefined && unit.markEnd <= marker.end;
  }

  /** ". . ." (and a lone "." of tokenized text): dots set apart from the word before and from each other. */
  private readDotRun(unit: Unit, firstDots: number, firstClosed: boolean): void {
    const { text, end } = this;
    let closed = firstClosed;
    let dots = firstDots;
    let markEnd = unit.start + firstDots;
    while (!closed) {
      let j = this.pos;
      while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
      if (j >= end || !this.dotToken(j)) break;
      const next = this.dots;
      closed = this.dotClosers > 0;
      this.pos = j;
      this.readToken();
      dots += next;
      markEnd = j + next;
    }
    unit.mark = dots >= 2 ? 'ellipsis' : 'stop';
    unit.markStart = unit.start;
    unit.markEnd = markEnd;
    unit.detached = true;
    unit.closed = closed;
  }

  /** The marks a token ends with, looking back past closing quotes, brackets and reference marks: `go."`, `1950.[3]`. */
  private readFinalMark(unit: Unit, tokenEnd: number): void {
    const { text } = this;
    let k = tokenEnd;
    while (k > unit.start && text.charCodeAt(k - 1) === 0x5d) {
      let open = k - 2;
      const floor = Math.max(unit.start, k - MAX_REFERENCE);
      while (open > floor && text.charCodeAt(open) !== 0x5b) open--;
      if (open <= unit.start || text.charCodeAt(open) !== 0x5b || !this.isReferenceAt(open, k)) break;
      k = open;
    }
    const closersEnd = k;
    while (k > unit.start && isCloser(text.charCodeAt(k - 1))) k--;
    const markEnd = k;
    while (k > unit.start && isTerminal(text.charCodeAt(k - 1))) k--;
    if (k === markEnd) return;
    unit.mark = this.markKind(k, markEnd);
    unit.markStart = k;
    unit.markEnd = markEnd;
    unit.detached = k === unit.start;
    unit.closed = markEnd < closersEnd;
    unit.bracketed = k > unit.start && text.charCodeAt(k - 1) === 0x5b;
  }

  /** "[3]" right after a mark or closer, with nothing but letters and digits inside. */
  private isReferenceAt(open: number, close: number): boolean {
    const { text } = this;
    const before = text.charCodeAt(open - 1);
    if (!isTerminal(before) && !isCloser(before)) return false;
    for (let i = open + 1; i < close - 1; i++) {
      if (!REFERENCE_CHAR.test(text[i] ?? '')) return false;
    }
    return close - open > 2;
  }

  private markKind(from: number, to: number): MarkKind {
    let dots = 0;
    for (let i = from; i < to; i++) {
      const code = this.text.charCodeAt(i);
      if (isStrongTerminal(code)) return 'strong';
      if (code === 0x2026) dots += 3;
      else dots++;
    }
    return dots >= 2 ? 'ellipsis' : 'stop';
  }

  /**
   * Tokenized text, and text copied from the web, set closing quotes and brackets apart: they
   * still end the sentence before them. A straight quote set apart closes one if a quote is open
   * in the paragraph or a lower-case word follows (`now. " he said`).
   */
  private absorbLoneClosers(unit: Unit): void {
    const { text, end } = this;
    for (;;) {
      let j = this.pos;
      while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
      if (j >= end || !mayCloseAlone(text.charCodeAt(j))) return;
      let k = j;
      while (k < end && k - j <= 5 && !isSpace(text.charCodeAt(k))) k++;
      if (k === j || (k < end && !isSpace(text.charCodeAt(k)))) return;
      const token = text.slice(j, k);
      const closesQuote = token === '"' && (this.quotes % 2 === 1 || this.lowerCaseFollows(k));
      if (!closesQuote && !LONE_CLOSERS.has(token.toLowerCase())) return;
      this.pos = j;
      this.readToken();
      unit.closed = true;
    }
  }

  /** A lower-case letter comes next on the line, after the spaces at `from`. */
  private lowerCaseFollows(from: number): boolean {
    const { text, end } = this;
    let i = from;
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    return i < end && isLowerCode(text.charCodeAt(i));
  }

  /** The word a mark is attached to, without opening quotes or brackets. */
  private wordBefore(unit: Unit): string {
    if (unit.detached || unit.markStart - unit.start > MAX_WORD) return '';
    const { text } = this;
    let from = unit.start;
    while (from < unit.markStart && isOpener(text.charCodeAt(from))) from++;
    return text.slice(from, unit.markStart);
  }

  /** The next word, looking past opening quotes and brackets, even set apart ("‘ But", "( CNN"). */
  private wordAfter(from: number): string {
    const { text } = this;
    const limit = Math.min(this.end, from + MAX_WORD);
    // A sentence run on without a space ("a.Bc"): the stretch holding it has been measured, and
    // where the word ends is known without reading up to a word's length of it again.
    if (from > this.stretchStart && from < this.stretchEnd && !isOpener(text.charCodeAt(from))) {
      return text.slice(from, Math.min(this.stretchEnd, limit));
    }
    let i = from;
    while (i < limit && (isOpener(text.charCodeAt(i)) || isInlineSpace(text.charCodeAt(i)))) i++;
    let j = i;
    while (j < limit && !isSpace(text.charCodeAt(j))) j++;
    return text.slice(i, j);
  }
}
