/**
 * Character classes of the segmenter, by UTF-16 code unit. Each is a table lookup or a range
 * test: the scanner asks them once or twice per character of the input.
 */

/** 。！？｡: they end a sentence with no space after them (see split-sentences.ts). */
export const CJK_TERMINALS: readonly number[] = [0x3002, 0xff01, 0xff1f, 0xff61];
/** 」』】〕》〉）: what closes a quotation or an aside in CJK text. */
export const CJK_CLOSERS: readonly number[] = [0x300d, 0x300f, 0x3011, 0x3015, 0x300b, 0x3009, 0xff09];

/** Bits of a character's class in `CLASSES` (see `classOf`). */
export const SPACE = 1;
export const LINE_BREAK = 2;
export const TERMINAL = 4;
export const STRONG_TERMINAL = 8;
export const CLOSER = 16;
export const OPENER = 32;
/** The straight double quote, which the scanner counts. */
export const STRAIGHT_QUOTE = 64;
/** Punctuation the tokenized-style test counts: . , ; : ? !. */
export const PUNCTUATION = 128;

/**
 * The class of every UTF-16 code unit, as bits: one table lookup answers each of the tests
 * below, which the scanner asks of every character of the input. 64 KB, built once.
 */
const CLASSES = buildClasses();

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  const mark = (bits: number, codes: readonly number[]): void => {
    for (const code of codes) classes[code] = (classes[code] ?? 0) | bits;
  };
  // Exactly the characters `String#trim` removes, so that a span that starts and ends on a
  // non-space character is trimmed by the same definition callers use.
  mark(SPACE, [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
  for (let code = 0x2000; code <= 0x200a; code++) mark(SPACE, [code]);
  // LF, CR (alone or before LF) and the Unicode line and paragraph separators.
  mark(LINE_BREAK, [0x0a, 0x0d, 0x2028, 0x2029]);
  // Marks that can end a sentence: . ? ! … and the combined ‽ ⁇ ⁈ ⁉.
  mark(TERMINAL, [0x2e, 0x3f, 0x21, 0x2026, 0x203d, 0x2047, 0x2048, 0x2049]);
  // ... and those of other scripts: the ideographic full stop and the full-width ! ? (。！？｡), the
  // Arabic question mark and full stop (؟ ۔) and the Devanagari danda (। ॥).
  mark(TERMINAL, [...CJK_TERMINALS, 0x061f, 0x06d4, 0x0964, 0x0965]);
  // Marks that end a sentence more surely than a full stop: nothing abbreviates with them.
  mark(STRONG_TERMINAL, [0x3f, 0x21, 0x203d, 0x2047, 0x2048, 0x2049, 0xff01, 0xff1f, 0x061f]);
  // What may close a quotation or an aside right after its final mark: ) ] } " ' ” ’ » › and the
  // CJK brackets 」』】〕》〉）.
  mark(CLOSER, [0x29, 0x5d, 0x7d, 0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x203a, ...CJK_CLOSERS]);
  // What may open a quotation or an aside before a word: ( [ { " ' “ ‘ « ‹ ` ¿ ¡ „ and 「『【〔《〈（.
  mark(OPENER, [0x28, 0x5b, 0x7b, 0x22, 0x27, 0x201c, 0x2018, 0xab, 0x2039, 0x60, 0xbf, 0xa1, 0x201e]);
  mark(OPENER, [0x300c, 0x300e, 0x3010, 0x3014, 0x300a, 0x3008, 0xff08]);
  mark(STRAIGHT_QUOTE, [0x22]);
  mark(PUNCTUATION, [0x2e, 0x2c, 0x3b, 0x3a, 0x3f, 0x21]);
  return classes;
}

/**
 * The class bits of a code unit; 0 for letters, digits and most other characters, which lets the
 * hottest loops pass over them with one test.
 */
export function classOf(code: number): number {
  return CLASSES[code] ?? 0;
}

/** White space as `String#trim` sees it. */
export function isSpace(code: number): boolean {
  return (classOf(code) & SPACE) !== 0;
}

/** LF, CR (alone or before LF) and the Unicode line and paragraph separators. */
export function isLineBreak(code: number): boolean {
  return (classOf(code) & LINE_BREAK) !== 0;
}

/** Spaces that stay on one line: what separates the dots of ". . ." and tokens of tokenized text. */
export function isInlineSpace(code: number): boolean {
  return (classOf(code) & (SPACE | LINE_BREAK)) === SPACE;
}

export const FULL_STOP = 0x2e;
export const DOUBLE_QUOTE = 0x22;

/** Marks that can end a sentence: . ? ! … and the combined ‽ ⁇ ⁈ ⁉. */
export function isTerminal(code: number): boolean {
  return (classOf(code) & TERMINAL) !== 0;
}

/** Marks that end a sentence more surely than a full stop: nothing abbreviates with them. */
export function isStrongTerminal(code: number): boolean {
  return (classOf(code) & STRONG_TERMINAL) !== 0;
}

/** What may close a quotation or an aside right after its final mark: ) ] } " ' ” ’ » ›. */
export function isCloser(code: number): boolean {
  return (classOf(code) & CLOSER) !== 0;
}

/** A sentence-final mark or a closer: what a token that carries a mark ends with. */
export function isTerminalOrCloser(code: number): boolean {
  return (classOf(code) & (TERMINAL | CLOSER)) !== 0;
}

/** What may open a quotation or an aside before a word: ( [ { " ' “ ‘ « ‹ ` ¿ ¡ „. */
export function isOpener(code: number): boolean {
  return (classOf(code) & OPENER) !== 0;
}

/** . , ; : ? !, the marks a tokenizer sets apart. */
export function isPunctuation(code: number): boolean {
  return (classOf(code) & PUNCTUATION) !== 0;
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

/** `isLetter` of a code unit; ASCII is answered without making a string. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return !Number.isNaN(code) && isLetter(String.fromCharCode(code));
}

/** `isUpper` of a code unit (NaN, past the end of a string, is none). */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return !Number.isNaN(code) && isUpper(String.fromCharCode(code));
}

/** `isLower` of a code unit (NaN, past the end of a string, is none). */
export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return !Number.isNaN(code) && isLower(String.fromCharCode(code));
}
