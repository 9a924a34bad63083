import { isDigit, isLetter, isSpace } from './chars.js';

/** Fewer set-off marks than this are an accident of typing, not a tokenizer's output. */
const MIN_DETACHED = 2;

/**
 * The text is tokenized the way research datasets ship it ("the deal fell through . talks resume
 * monday ."): punctuation (. , ; : ? !) stands apart from the word before it at least as often as
 * it touches it. Ordinary prose sets it apart almost never, so the share needs no fine tuning.
 * One linear pass.
 */
export function isTokenizedStyle(text: string, start = 0, end = text.length): boolean {
  const from = Math.max(0, start);
  const to = Math.min(text.length, end);
  let detached = 0;
  let attached = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isPunctuation(code)) continue;
    if (i + 1 < to && !isSpace(text.charCodeAt(i + 1))) continue;
    if (i === from) continue;
    const before = text.charCodeAt(i - 1);
    if (isSpace(before)) {
      // Only a mark set off from a word counts: the dots of ". . ." are set off from each other.
      if (i - 2 >= from && isWordChar(text.charCodeAt(i - 2))) detached++;
    } else if (isWordChar(before)) {
      attached++;
    }
  }
  return detached >= MIN_DETACHED && detached >= attached;
}

function isPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x3f || code === 0x21;
}

function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(String.fromCharCode(code));
}
