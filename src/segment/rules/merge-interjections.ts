import type { Boundary, Verdict } from '../types.js';
import { isLowerWord } from '../words.js';

/**
 * A question or exclamation mark before a lower-case word does not end the sentence: a name
 * ("Yahoo! in the accounting department") or a quoted question or cry ("Run!" she screamed).
 */
export function mergeInterjections(boundary: Boundary): Verdict {
  return boundary.mark === 'strong' && isLowerWord(boundary.after) ? 'join' : undefined;
}
