import type { Boundary, Verdict } from '../types.js';

/** The full stop of a list marker ("1. Open the box", "a. The first item", "2.) The second") is not a sentence end. */
export function mergeListMarkers(boundary: Boundary): Verdict {
  return boundary.afterListMarker ? 'join' : undefined;
}
