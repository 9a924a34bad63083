import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { leadingLetters, startsUpper, wordAfterDots } from '../words.js';

/**
 * "... compounds. . . . The practice was not abandoned": a sentence ended by its own full stop and
 * followed by a spaced ellipsis and a capitalised word ends before the ellipsis, which marks
 * words left out at the start of the next one.
 */
export function breakBeforeLeadingEllipses(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.detached || !boundary.after.startsWith('.')) return undefined;
  const word = wordAfterDots(doc, boundary.next);
  return startsUpper(word) && leadingLetters(word) !== 'I' ? 'break' : undefined;
}
