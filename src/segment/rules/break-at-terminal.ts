import type { Boundary, Verdict } from '../types.js';

/**
 * A full stop, question or exclamation mark or ellipsis followed by white space ends a sentence.
 * The default; every merge rule after this one is an exception to it.
 */
export function breakAtTerminal(boundary: Boundary): Verdict {
  if (boundary.mark === undefined) return undefined;
  return opensSentence(boundary.after.charCodeAt(0)) ? 'break' : 'join';
}

/**
 * No sentence opens with a full stop, a comma, a colon or a semicolon: they are set apart in
 * tokenized text ("Elsevier N.V. , the Dutch publishing group", "the u.s. ."). A full stop may
 * begin an ellipsis that opens a sentence; break-before-leading-ellipses judges those.
 */
function opensSentence(code: number): boolean {
  return code !== 0x2e && code !== 0x2c && code !== 0x3a && code !== 0x3b;
}
