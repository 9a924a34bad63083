import { FULL_STOP } from '../chars.js';
import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { charBefore, leadingLetters, startsUpper } from '../words.js';

/**
 * An ellipsis is a pause unless a capitalised word follows it: "I was thinking... maybe" goes on,
 * "Wait for it... The answer" ends. "I" is capitalised wherever it stands, so it proves nothing;
 * "[...]" marks words left out of a quotation; and an ellipsis set after a full stop
 * ("compounds. . . . The") opens the next sentence instead (break-before-leading-ellipses).
 */
export function mergeEllipses(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'ellipsis') return undefined;
  if (boundary.bracketed || !startsUpper(boundary.after)) return 'join';
  if (leadingLetters(boundary.after) === 'I') return 'join';
  if (boundary.detached && charBefore(doc, boundary.markStart) === FULL_STOP) return 'join';
  return undefined;
}
