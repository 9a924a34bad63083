import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { isLowerWord } from '../words.js';

/**
 * A sentence closed by a quote or bracket and followed by a lower-case word sits inside a larger
 * one: 'She turned to him, "This is great." she said.', "(... as an engineer.) at the local".
 * Not in text without capitals, where every sentence starts in lower case.
 */
export function mergeQuotedSentences(boundary: Boundary, doc: SegmentDocument): Verdict {
  return boundary.mark !== undefined && boundary.closed && !doc.uncased && isLowerWord(boundary.after) ? 'join' : undefined;
}
