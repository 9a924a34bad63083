import type { Boundary, Verdict } from '../types.js';
import { isLowerWord, leadingLetters } from '../words.js';

/**
 * A question or exclamation mark before a lower-case word does not end the sentence after a name
 * ("Yahoo! in the accounting department") or a quoted question or cry ("Run!" she screamed). After
 * a lower-case word it does: "what happened to you? i had a blast", "are you kidding? why would".
 */
export function mergeInterjections(boundary: Boundary): Verdict {
  if (boundary.mark !== 'strong' || !isLowerWord(boundary.after)) return undefined;
  if (boundary.closed) return 'join';
  const before = leadingLetters(boundary.before);
  return before !== '' && isLowerWord(before) ? undefined : 'join';
}
