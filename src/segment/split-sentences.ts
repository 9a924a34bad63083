import type { Span } from '../types.js';
import { isSpace } from './chars.js';
import { analyzeLines } from './lines.js';
import { RULES_BY_MARK } from './rules/index.js';
import { BoundaryScanner } from './scan.js';
import { looksTokenized, type PunctuationCounts } from './tokenized-style.js';
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
  const scanner = new BoundaryScanner(doc);
  for (let boundary = scanner.next(); boundary !== undefined; boundary = scanner.next()) {
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
  // One pass answers both: the lines, and the punctuation `isTokenizedStyle` counts.
  const punctuation: PunctuationCounts = { detached: 0, attached: 0 };
  const lines = analyzeLines(text, start, end, punctuation);
  return { text, start, end, tokenized: looksTokenized(punctuation), lines };
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
