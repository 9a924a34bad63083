import { isDigit, isSpace } from './chars.js';

/**
 * Glyphs that only ever mark list items, so they start one wherever they stand:
 * • ◦ ▪ ▫ ‣ ⁃ ● ○ ■ □ ► ▸ ▹ ◆ ◇ ❖ ➢ ➤ ✓ ✔.
 */
const BULLETS = new Set([
  0x2022, 0x25e6, 0x25aa, 0x25ab, 0x2023, 0x2043, 0x25cf, 0x25cb, 0x25a0, 0x25a1, 0x25ba, 0x25b8, 0x25b9,
  0x25c6, 0x25c7, 0x2756, 0x27a2, 0x27a4, 0x2713, 0x2714,
]);

/** Characters that mark a list item at the start of a line only; elsewhere they are dashes and signs: - * + – —. */
const LINE_BULLETS = new Set([0x2d, 0x2a, 0x2b, 0x2013, 0x2014]);

const NON_ASCII_GLYPHS = [...BULLETS, ...LINE_BULLETS].filter((code) => code >= 0x80);
const LOWEST_GLYPH = Math.min(...NON_ASCII_GLYPHS);
const HIGHEST_GLYPH = Math.max(...NON_ASCII_GLYPHS);

/** A bullet glyph, or a character that is one at a line start: what a bullet marker starts with. */
export function isBulletGlyph(code: number): boolean {
  // Asked of every token: "- * +" and a range test answer nearly all without a hash lookup.
  if (code < 0x80) return code === 0x2d || code === 0x2a || code === 0x2b;
  return code >= LOWEST_GLYPH && code <= HIGHEST_GLYPH && (BULLETS.has(code) || LINE_BULLETS.has(code));
}

/**
 * Longest token a list marker can be, "•(xviii)" or "⁃100.)": a bullet, a bracket, a label of up
 * to eight characters and its punctuation. The scanner asks `parseListMarker` only of tokens this
 * short that end as a marker does, or start with a bullet.
 */
export const MAX_MARKER_TOKEN = 12;

/** Longest marker read, "(xviii)" or "•100.)": markers are short, which keeps the look-ahead bounded. */
const MAX_MARKER = 8;

export type ListMarkerKind = 'bullet' | 'number' | 'letter' | 'roman';

export interface ListMarker {
  kind: ListMarkerKind;
  /** 1, 2, 3 ... for numbers and letters (a = 1): what the next item of the same list carries plus one. */
  value: number;
  /** The punctuation around the number or letter: ".", ")", ".)" or "()"; items of one list share it. */
  style: string;
  /** Just after the marker. */
  end: number;
  /** Only a marker at the start of a line: "-", "*", "(a)", "iv.", "B)". */
  lineStartOnly: boolean;
}

/**
 * The list marker that starts the token at `pos`, if any: a bullet ("•", "⁃9."), a number
 * ("1.", "2)", "3.)"), a letter ("a.", "b)") or a roman numeral ("iv."), followed by white space.
 */
export function parseListMarker(text: string, pos: number, end: number): ListMarker | undefined {
  const code = text.charCodeAt(pos);
  if (isBulletGlyph(code)) {
    const lineStartOnly = LINE_BULLETS.has(code);
    if (pos + 1 >= end || isSpace(text.charCodeAt(pos + 1))) {
      return { kind: 'bullet', value: 0, style: '', end: pos + 1, lineStartOnly };
    }
    // "-5" and "*bold*" are a sign and markup; "•Item" and "⁃9." are items.
    if (lineStartOnly) return undefined;
    // The full stop of "⁃9." is the marker's, not a sentence end: the marker runs to its end.
    const numbered = parseEnumerator(text, pos + 1, end);
    return { kind: 'bullet', value: 0, style: '', end: numbered?.end ?? pos + 1, lineStartOnly };
  }
  return parseEnumerator(text, pos, end);
}

function parseEnumerator(text: string, pos: number, end: number): ListMarker | undefined {
  let i = pos;
  const limit = Math.min(end, pos + MAX_MARKER);
  const parenthesized = text.charCodeAt(i) === 0x28;
  if (parenthesized) i++;
  const labelStart = i;
  // A label is up to three digits, one letter or a roman numeral: "word" is rejected at its "o".
  if (isDigit(text.charCodeAt(i))) {
    while (i < limit && isDigit(text.charCodeAt(i))) i++;
  } else if (isRomanLetter(text.charCodeAt(i + 1))) {
    while (i < limit && isRomanLetter(text.charCodeAt(i))) i++;
  } else if (isAsciiLetter(text.charCodeAt(i))) {
    i++;
  }
  const labelEnd = i;
  if (labelEnd === labelStart) return undefined;

  const mark = i < end ? text.charCodeAt(i) : -1;
  let style: string;
  if (parenthesized) {
    if (mark !== 0x29) return undefined;
    style = '()';
    i++;
  } else if (mark === 0x2e && i + 1 < end && text.charCodeAt(i + 1) === 0x29) {
    style = '.)';
    i += 2;
  } else if (mark === 0x2e || mark === 0x29) {
    style = mark === 0x2e ? '.' : ')';
    i++;
  } else {
    return undefined;
  }
  if (i < end && !isSpace(text.charCodeAt(i))) return undefined;
  // The label is read by character codes: markers are asked for often, and are rarely there.
  const length = labelEnd - labelStart;
  let value = 0;
  let digits = 0;
  while (digits < length && isDigit(text.charCodeAt(labelStart + digits))) {
    value = value * 10 + text.charCodeAt(labelStart + digits) - 0x30;
    digits++;
  }
  if (digits === length) {
    return digits <= 3 ? { kind: 'number', value, style, end: i, lineStartOnly: parenthesized } : undefined;
  }
  const first = text.charCodeAt(labelStart);
  if (length === 1 && first >= 0x61) {
    return { kind: 'letter', value: first - 0x60, style, end: i, lineStartOnly: parenthesized };
  }
  // A capital letter with a full stop is an initial ("J. Smith"); with a bracket it is a list item.
  if (length === 1 && first !== 0x49 && style !== '.') {
    return { kind: 'letter', value: first - 0x40, style, end: i, lineStartOnly: true };
  }
  if (isRomanLabel(text, labelStart, labelEnd)) return { kind: 'roman', value: 0, style, end: i, lineStartOnly: true };
  return undefined;
}

/**
 * Roman numerals long enough not to be an initial ("II.", "iv)"): one to six of i v x l c, or two
 * to six of I V X L C; "I." passes too, an initial "I" is rare.
 */
function isRomanLabel(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length > 6) return false;
  let lower = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isRomanLetter(code)) return false;
    if (code >= 0x61) lower++;
    else upper++;
  }
  if (lower === length) return length >= 1;
  return upper === length && (length >= 2 || text.charCodeAt(from) === 0x49);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** I V X L C and i v x l c, the letters of the roman numerals a list may count with. */
function isRomanLetter(code: number): boolean {
  switch (code) {
    case 0x49: case 0x56: case 0x58: case 0x4c: case 0x43: case 0x69: case 0x76: case 0x78: case 0x6c: case 0x63:
      return true;
    default:
      return false;
  }
}
