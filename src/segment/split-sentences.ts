import type { Span } from '../types.js';
import { isSpace } from './chars.js';
import { analyzeLines } from './lines.js';
import { RULES } from './rules/index.js';
import { findBoundaries } from './scan.js';
import { isTokenizedStyle } from './tokenized-style.js';
import type { Boundary, SegmentDocument } from './types.js';

/**
 * Sentence spans of `text.slice(start, end)`, in order, trimmed of surrounding white space, never
 * empty, as offsets into `text` (UTF-16 code units). Time and memory grow linearly with the range.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const from = clamp(start, text.length);
  const to = clamp(end, text.length);
  let first = from;
  while (first < to && isSpace(text.charCodeAt(first))) first++;
  let last = to;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  if (first >= last) return [];

  const doc = createDocument(text, first, last);
  const spans: Span[] = [];
  let sentenceStart = first;
  for (const boundary of findBoundaries(doc)) {
    boundary.sentenceStart = sentenceStart;
    if (applyRules(boundary, doc)) {
      spans.push({ start: sentenceStart, end: boundary.end });
      sentenceStart = boundary.next;
    }
  }
  spans.push({ start: sentenceStart, end: last });
  return spans;
}

/** The range and what is known of it as a whole: its lines and whether it is tokenized. */
export function createDocument(text: string, start: number, end: number): SegmentDocument {
  return { text, start, end, tokenized: isTokenizedStyle(text, start, end), lines: analyzeLines(text, start, end) };
}

/** Runs every rule in order; the last one with an opinion decides whether the sentence ends. */
export function applyRules(boundary: Boundary, doc: SegmentDocument): boolean {
  let split = false;
  for (const rule of RULES) {
    const verdict = rule(boundary, doc);
    if (verdict !== undefined) split = verdict === 'break';
  }
  return split;
}

function clamp(offset: number, length: number): number {
  return Number.isNaN(offset) ? 0 : Math.min(length, Math.max(0, Math.trunc(offset)));
}
