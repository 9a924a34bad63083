import { hasTerminalBelow, isWrappedLine } from '../lines.js';
import type { Boundary, SegmentDocument, Verdict } from '../types.js';
import { endsOnComma, endsOnContinuation, hasMoreWords, isHeadingLine, isLowerWord, isTitleCase } from '../words.js';

/** A line of prose has more words than this; menus, tag lists and sign-offs ("contact manager", "Yours faithfully,") have fewer. */
const PROSE_LINE_WORDS = 2;

/**
 * A single line break inside a hard-wrapped sentence is only white space. It is one when the line
 * stops where no sentence can (on "the", "and", a hyphen) and, if a later line of the paragraph
 * can end the sentence, when a line of prose ends on a comma or goes on in lower case on the next
 * line, or when the paragraph is wrapped at a fixed width and the line reaches it. Without such a
 * later line, a stack of lines is a list ("features / contact manager / events, activities").
 */
export function mergeWrappedLines(boundary: Boundary, doc: SegmentDocument): Verdict {
  if (boundary.mark !== undefined || boundary.lineBreaks !== 1 || boundary.beforeListItem) return undefined;
  const { line } = boundary;
  if (isHeadingLine(doc, line)) return undefined;
  if (endsOnContinuation(doc, line)) return 'join';
  if (!hasTerminalBelow(doc.lines, line)) return undefined;
  const prose = hasMoreWords(doc, line, PROSE_LINE_WORDS);
  if (prose && (endsOnComma(doc, line) || isLowerWord(boundary.after))) return 'join';
  if (isWrappedLine(doc.lines, line) && !isTitleCase(doc, line)) return 'join';
  return undefined;
}
