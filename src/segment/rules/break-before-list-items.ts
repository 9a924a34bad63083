import type { Boundary, Verdict } from '../types.js';

/** A list item (a bullet, a marker at a line start, the next number of an inline list) starts a new sentence. */
export function breakBeforeListItems(boundary: Boundary): Verdict {
  return boundary.beforeListItem ? 'break' : undefined;
}
