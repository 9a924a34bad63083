import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { hasInnerStop, listedKey } from '../words.js';

/**
 * A full stop with no space after it, before a capitalised word, ends a sentence run on to the
 * next ("born in 1958.His first", "a poor season.The club", "across the UK.Its aim") unless it
 * is one of several full stops of a dotted name, number or initialism: the word before has a
 * full stop of its own, or is run on to from one, or the word after has one ("bbc.co.uk.The",
 * "2.0.It", "U.S.A.It", "Halo.Bungie.Org"), or unless it ends an abbreviation ("etc.The").
 * Addresses and paths ("Jane.Doe@example.com") are never split at all.
 */
export function mergeUnspacedStops(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== 'stop' || boundary.closed || boundary.next !== boundary.end) return undefined;
  const word = boundary.before;
  if (word === '') return undefined;
  const wordStart = boundary.markStart - word.length;
  const runOnTo = wordStart > doc.start && doc.text.charCodeAt(wordStart - 1) === 0x2e;
  return runOnTo || word.includes('.') || hasInnerStop(boundary.after) || listedKey(word) !== undefined ? 'join' : undefined;
}
