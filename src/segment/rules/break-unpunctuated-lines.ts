import type { Boundary, Verdict } from '../types.js';

/**
 * A line without final punctuation ends its sentence at the line break: headlines, bylines,
 * datelines, page chrome ("Get a summary", "Previous Article"). merge-wrapped-lines takes back
 * the breaks of hard-wrapped prose.
 */
export function breakUnpunctuatedLines(boundary: Boundary): Verdict {
  return boundary.mark === undefined && boundary.lineBreaks > 0 ? 'break' : undefined;
}
