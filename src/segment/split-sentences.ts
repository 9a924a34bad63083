import type { Span } from '../types.js';
import { CJK_TERMINALS, isCloser, isSpace, isStrongTerminal, isTerminal } from './chars.js';
import { ENGLISH, segmentLanguage, type SegmentLanguage } from './data/languages/index.js';
import { analyzeLines } from './lines.js';
import { RULES_BY_MARK } from './rules/index.js';
import { BoundaryScanner } from './scan.js';
import { looksTokenized, type PunctuationCounts } from './tokenized-style.js';
import { isUncased } from './uncased.js';
import type { Boundary, SegmentDocument } from './types.js';

/**
 * Sentence spans of `text.slice(start, end)`, in order, trimmed of surrounding white space, never
 * empty, as offsets into `text` (UTF-16 code units). Time and memory grow linearly with the range.
 * `language` (ISO 639-1) adds that language's rules and abbreviations (data/languages/) to the
 * segmenter's own, which are English's.
 */
export function splitSentences(text: string, start = 0, end = text.length, language = 'en'): Span[] {
  const from = clamp(start, text.length);
  const to = clamp(end, text.length);
  let first = from;
  while (first < to && isSpace(text.charCodeAt(first))) first++;
  let last = to;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  if (first >= last) return [];

  const doc = createDocument(text, first, last, segmentLanguage(language));
  const spans: Span[] = [];
  let sentenceStart = first;
  const scanner = new BoundaryScanner(doc);
  for (let boundary = scanner.next(); boundary !== undefined; boundary = scanner.next()) {
    boundary.sentenceStart = sentenceStart;
    if (applyRules(boundary, doc)) {
      spans.push({ start: sentenceStart, end: boundary.end });
      sentenceStart = boundary.next;
    }
  }
  spans.push({ start: sentenceStart, end: last });
  if (doc.language === ENGLISH) return spans;
  const pieces = spans.flatMap((span) => splitAtUnspacedMarks(text, span));
  return doc.language.code === 'th' ? pieces.flatMap((span) => splitAtThaiSpaces(text, span)) : pieces;
}

/**
 * Thai has no sentence-final mark: a space between two Thai characters ends a sentence (or a
 * clause, which a summary can stand on as well); spaces inside a run of Latin words or numbers do not.
 */
function splitAtThaiSpaces(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  for (let i = span.start + 1; i < span.end; i++) {
    if (!isSpace(text.charCodeAt(i)) || !isThai(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < span.end && isSpace(text.charCodeAt(j))) j++;
    if (j < span.end && isThai(text.charCodeAt(j))) {
      pieces.push({ start: from, end: i });
      from = j;
    }
    i = j;
  }
  pieces.push({ start: from, end: span.end });
  return pieces;
}

function isThai(code: number): boolean {
  return code >= 0x0e01 && code <= 0x0e5b;
}

const CJK_TERMINAL_SET: ReadonlySet<number> = new Set(CJK_TERMINALS);

/**
 * Chinese and Japanese put no space after 。！？, so the scanner, which looks for a mark before
 * white space, never sees them: the span is cut after each such mark (and the marks and closing
 * brackets that follow it, "？！」") wherever text goes on. A ! or ? of ASCII does the same between
 * two characters of those scripts. One pass over the span.
 */
function splitAtUnspacedMarks(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (!CJK_TERMINAL_SET.has(code) && !(isStrongTerminal(code) && code < 0x80 && isWideChar(text.charCodeAt(i - 1)) && isWideChar(text.charCodeAt(i + 1)))) continue;
    let j = i + 1;
    while (j < span.end && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
    if (j < span.end && !isSpace(text.charCodeAt(j))) {
      pieces.push({ start: from, end: j });
      from = j;
    }
    i = j - 1;
  }
  pieces.push({ start: from, end: span.end });
  return pieces;
}

/** Kana, CJK ideographs and Hangul: scripts written without spaces between sentences. */
function isWideChar(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

/** The range and what is known of it as a whole: its lines, whether it is tokenized, whether it has capitals. */
export function createDocument(text: string, start: number, end: number, language: SegmentLanguage = ENGLISH): SegmentDocument {
  // One pass answers both: the lines, and the punctuation `isTokenizedStyle` counts.
  const punctuation: PunctuationCounts = { detached: 0, attached: 0 };
  const lines = analyzeLines(text, start, end, punctuation);
  return { text, start, end, tokenized: looksTokenized(punctuation), uncased: isUncased(text, start, end), lines, language };
}

/**
 * Whether the sentence ends at the boundary: the last rule with an opinion decides. Rules only
 * read, so asking them from the last one back and stopping at the first opinion gives the same
 * answer as running them all in order, without running the ones it would overrule; and only the
 * rules that can judge a boundary with its mark are asked (`RULES_BY_MARK`).
 */
export function applyRules(boundary: Boundary, doc: SegmentDocument): boolean {
  const rules = RULES_BY_MARK[boundary.mark ?? 'none'];
  for (let i = rules.length - 1; i >= 0; i--) {
    const verdict = rules[i]?.(boundary, doc);
    if (verdict !== undefined) return verdict === 'break';
  }
  return false;
}

function clamp(offset: number, length: number): number {
  return Number.isNaN(offset) ? 0 : Math.min(length, Math.max(0, Math.trunc(offset)));
}
