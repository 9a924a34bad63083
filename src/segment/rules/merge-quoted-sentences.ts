import type { Boundary, Verdict } from '../types.js';
import { isLowerWord } from '../words.js';

/**
 * A sentence closed by a quote or bracket and followed by a lower-case word sits inside a larger
 * one: 'She turned to him, "This is great." she said.', "(... as an engineer.) at the local".
 */
export function mergeQuotedSentences(boundary: Boundary): Verdict {
  return boundary.mark !== undefined && boundary.closed && isLowerWord(boundary.after) ? 'join' : undefined;
}
