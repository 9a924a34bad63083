import { isCloser, isInlineSpace, isLineBreak, isSpace, isTerminal } from '../chars.js';
import type { Boundary, SegmentDocument, Verdict } from '../types.js';

/** Longest stray token looked at: a mark and a few closers, `.”)`. */
const MAX_STRAY = 4;

/**
 * A full stop, a question or exclamation mark, or a closing quote or bracket standing alone where
 * a sentence would start is the end of the sentence before it, whose last words were lost: text
 * extracted from a page drops an italic title and leaves "supernatural comedy\n\n. And the
 * success"; a quote is left at a paragraph's end ("at the event. '\n\n"). It joins the sentence
 * before, even across a blank line, so that no sentence is punctuation only. An ellipsis
 * (". . . The") opens the next sentence instead, and a straight quote before words on its line
 * opens them (`' Hello,' she said`). At the start of the range such a mark stands alone.
 */
export function mergeStrayMarks(boundary: Boundary, doc: SegmentDocument): Verdict {
  return isStrayMark(doc, boundary.next) ? 'join' : undefined;
}

function isStrayMark(doc: SegmentDocument, pos: number): boolean {
  const { text, end } = doc;
  let marks = 0;
  let straightQuotesOnly = true;
  let i = pos;
  for (; i < end && !isSpace(text.charCodeAt(i)); i++) {
    const code = text.charCodeAt(i);
    if (i - pos >= MAX_STRAY) return false;
    if (isTerminal(code)) {
      // One mark: two or more, or "…", are an ellipsis.
      if (code === 0x2026 || ++marks > 1) return false;
      straightQuotesOnly = false;
    } else if (isCloser(code)) {
      if (code !== 0x22 && code !== 0x27) straightQuotesOnly = false;
    } else {
      return false;
    }
  }
  if (i === pos) return false;
  let j = i;
  while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
  if (j === end || isLineBreak(text.charCodeAt(j))) return true;
  return !straightQuotesOnly && text.charCodeAt(j) !== 0x2e;
}
