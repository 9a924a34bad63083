import type { Boundary, Verdict } from '../types.js';

/** A blank line ends a sentence whatever comes before it: no sentence runs across paragraphs. */
export function breakAtBlankLines(boundary: Boundary): Verdict {
  return boundary.lineBreaks >= 2 ? 'break' : undefined;
}
