import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { isLowerWord } from '../words.js';

/**
 * In tokenized text ("the deal fell through . talks resume monday .") a full stop, question or
 * exclamation mark set apart from the word before it is always a sentence end, even before a
 * lower-case word: the tokenizer has already told abbreviations (kept whole, "u.s.") from stops.
 * A quoted question or cry before lower case is the exception, as in prose: "`` why ? '' he asked".
 */
export function breakTokenizedStops(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (!doc.tokenized || !boundary.detached) return undefined;
  if (boundary.mark === 'strong' && boundary.closed && isLowerWord(boundary.after)) return undefined;
  return boundary.mark === 'stop' || boundary.mark === 'strong' ? 'break' : undefined;
}
