/**
 * Character classes of the segmenter, by UTF-16 code unit. Each is a switch or a range test:
 * the scanner asks them once or twice per character of the input.
 */

/**
 * Exactly the characters `String#trim` removes, so that a span that starts and ends on a
 * non-space character is trimmed by the same definition callers use.
 */
export function isSpace(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return false;
  switch (code) {
    case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20: case 0xa0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}

/** LF, CR (alone or before LF) and the Unicode line and paragraph separators. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** Spaces that stay on one line: what separates the dots of ". . ." and tokens of tokenized text. */
export function isInlineSpace(code: number): boolean {
  return isSpace(code) && !isLineBreak(code);
}

export const FULL_STOP = 0x2e;
export const DOUBLE_QUOTE = 0x22;

/** Marks that can end a sentence: . ? ! … and the combined ‽ ⁇ ⁈ ⁉. */
export function isTerminal(code: number): boolean {
  switch (code) {
    case 0x2e: case 0x3f: case 0x21: case 0x2026: case 0x203d: case 0x2047: case 0x2048: case 0x2049:
      return true;
    default:
      return false;
  }
}

/** Marks that end a sentence more surely than a full stop: nothing abbreviates with them. */
export function isStrongTerminal(code: number): boolean {
  return isTerminal(code) && code !== 0x2e && code !== 0x2026;
}

/** What may close a quotation or an aside right after its final mark: ) ] } " ' ” ’ » ›. */
export function isCloser(code: number): boolean {
  switch (code) {
    case 0x29: case 0x5d: case 0x7d: case 0x22: case 0x27: case 0x201d: case 0x2019: case 0xbb: case 0x203a:
      return true;
    default:
      return false;
  }
}

/** What may open a quotation or an aside before a word: ( [ { " ' “ ‘ « ‹ ` ¿ ¡ „. */
export function isOpener(code: number): boolean {
  switch (code) {
    case 0x28: case 0x5b: case 0x7b: case 0x22: case 0x27: case 0x201c: case 0x2018: case 0xab: case 0x2039:
    case 0x60: case 0xbf: case 0xa1: case 0x201e:
      return true;
    default:
      return false;
  }
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const LETTER = /\p{L}/u;

/** A letter of any script; ASCII is answered without a regular expression. */
export function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(char);
}

/** An upper-case letter: one whose lower-case form differs. */
export function isUpper(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return char !== char.toLowerCase() && isLetter(char);
}

/** A lower-case letter: one whose upper-case form differs. */
export function isLower(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return char !== char.toUpperCase() && isLetter(char);
}
