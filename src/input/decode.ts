import { SummarizeError } from '../types.js';

/** The encodings an input is read in. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text of some bytes, and how it was read. */
export interface DecodedText {
  /** Without a byte-order mark. */
  text: string;
  encoding: Encoding;
  /** Some bytes were not valid in `encoding` and became U+FFFD. */
  replaced: boolean;
  /** UTF-16 recognised by its zero bytes, with no byte-order mark to say so. */
  unmarked?: true;
}

/**
 * Bytes Windows-1252 leaves undefined. Text with any of them is not Windows-1252, whatever
 * WHATWG's decoder (which maps them to C1 controls) would make of it.
 */
const undefinedInWindows1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/**
 * What Windows-1252 has at 0x80-0x9F, where ISO 8859-1 has C1 controls; the five bytes it leaves
 * undefined keep their control. Node's TextDecoder reads windows-1252 as ISO 8859-1 since
 * v20.18.3 (nodejs/node#56542), so these are put right after it.
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** A character that only a well-formed multi-byte UTF-8 sequence can give: anything past ASCII but U+FFFD. */
const decodedMultiByte = /[^\p{ASCII}\ufffd]/u;

/**
 * The text of an input file: UTF-16 when a byte-order mark says so, else UTF-8; bytes that
 * are not UTF-8 but are Windows-1252 (text saved by older Windows programs) are read as that.
 * A NUL byte outside UTF-16 means binary: refused here, before decoding, because a large binary
 * file costs the most to decode. UTF-16 text has NUL bytes in every ASCII character, so its
 * byte-order mark is looked at first; a NUL character in the decoded text is still refused later.
 * @throws {SummarizeError} BINARY_INPUT for NUL bytes.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16 !== undefined) return { encoding: utf16, ...decodeStrictly(utf16, bytes) };
  const unmarked = utf16WithoutByteOrderMark(bytes);
  if (unmarked !== undefined) {
    const decoded = decodeStrictly(unmarked, bytes);
    // Control characters mean binary data that happened to look like UTF-16 (16-bit numbers, say).
    if (!controlCharacter.test(decoded.text)) return { encoding: unmarked, ...decoded, unmarked: true };
  }
  refuseNulBytes(bytes);
  const utf8 = decodeUtf8(bytes);
  // A UTF-8 byte-order mark declares the encoding; well-formed multi-byte sequences show it.
  // Either way a bad byte is damage to UTF-8 text, not a sign of another encoding.
  if (!utf8.replaced || hasUtf8ByteOrderMark(bytes) || decodedMultiByte.test(utf8.text) || !isWindows1252(bytes)) {
    return { encoding: 'utf-8', ...utf8 };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', replaced: false };
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/gu, (c) => windows1252High.charAt(c.charCodeAt(0) - 0x80));
}

/** UTF-8 text of the bytes, a byte-order mark removed, invalid sequences made U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): { text: string; replaced: boolean } {
  return decodeStrictly('utf-8', bytes);
}

/** @throws {SummarizeError} BINARY_INPUT when the bytes hold a NUL. */
export function refuseNulBytes(bytes: Uint8Array): void {
  if (bytes.includes(0)) throw new SummarizeError('BINARY_INPUT', 'the input is not text (it has NUL bytes)');
}

/** Decoded without replacement when possible, since only a failed strict decode tells that bytes were replaced. TextDecoder drops the byte-order mark. */
function decodeStrictly(encoding: Encoding, bytes: Uint8Array): { text: string; replaced: boolean } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), replaced: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), replaced: true };
  }
}

function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** C0 controls but tab, line feed, vertical tab, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const controlCharacter = /[\0-\x08\x0e-\x1f]/u;

/** Code units looked at to recognise UTF-16 without a byte-order mark. */
const utf16Sample = 4096;

/**
 * UTF-16 saved without a byte-order mark (some Windows tools write it so): an even number of
 * bytes, and Latin text, whose every other byte is zero, on the same side throughout. Binary data
 * has zero bytes on both sides; text in other scripts has few zero bytes and is refused as binary
 * only if it has a NUL, which UTF-16 of CJK text rarely has.
 */
function utf16WithoutByteOrderMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const units = Math.min(bytes.length / 2, utf16Sample);
  let zeroLow = 0;
  let zeroHigh = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) zeroLow++;
    if (bytes[2 * i + 1] === 0) zeroHigh++;
  }
  // Half the characters at least ASCII (spaces and punctuation alone come near that), and no zero byte on the other side.
  if (zeroHigh * 2 >= units && zeroLow === 0) return 'utf-16le';
  if (zeroLow * 2 >= units && zeroHigh === 0) return 'utf-16be';
  return undefined;
}

function hasUtf8ByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function isWindows1252(bytes: Uint8Array): boolean {
  return !undefinedInWindows1252.some((byte) => bytes.includes(byte));
}
