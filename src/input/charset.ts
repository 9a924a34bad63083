import { decodeText, decodeUtf8, decodeWindows1252, refuseNulBytes, type DecodedText } from './decode.js';

/** The text of a fetched page, and the charset it declared when that was what decoded it. */
export interface DecodedPage extends DecodedText {
  /** The WHATWG name of the charset the page declared (Content-Type header or `<meta>`) and was read in; absent when none was usable. */
  charset?: string;
}

/** How far into a page a browser looks for `<meta charset>`: the HTML standard's prescan reads 1024 bytes. */
const prescanBytes = 1024;

/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">` alike. */
const metaCharset = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)/iu;

/**
 * The text of a fetched page, its encoding chosen as a browser chooses it (the HTML standard's
 * encoding sniffing): a byte-order mark first, then the charset of the Content-Type header, then
 * for a web page a `<meta charset>` in its first 1024 bytes; a label the WHATWG Encoding standard
 * does not know counts as none. With none of them, the bytes are read as a file is ({@link decodeText}:
 * UTF-8, else Windows-1252), which is what a browser's usual fallback comes to for Western pages.
 * @param headerCharset the `charset` parameter of the response's Content-Type, if any.
 * @throws {SummarizeError} BINARY_INPUT for NUL bytes outside UTF-16.
 */
export function decodePage(bytes: Uint8Array, headerCharset: string | undefined, html: boolean): DecodedPage {
  if (hasByteOrderMark(bytes)) return decodeText(bytes);
  const declared = knownCharset(headerCharset) ?? (html ? knownCharset(metaCharsetOf(bytes), true) : undefined);
  if (declared === undefined) return decodeText(bytes);
  if (declared === 'utf-16le' || declared === 'utf-16be') return { ...decodeIn(declared, bytes), encoding: declared, charset: declared };
  refuseNulBytes(bytes);
  if (declared === 'utf-8') return { ...decodeUtf8(bytes), encoding: 'utf-8', charset: declared };
  // Node's TextDecoder reads windows-1252 (and iso-8859-1, its alias) as ISO 8859-1: see decode.ts.
  if (declared === 'windows-1252') return { text: decodeWindows1252(bytes), replaced: false, encoding: 'windows-1252', charset: declared };
  return { ...decodeIn(declared, bytes), encoding: 'utf-8', charset: declared };
}

/** The WHATWG name of a charset label (`latin1` → windows-1252), or undefined when it names none. */
function knownCharset(label: string | undefined, fromMeta = false): string | undefined {
  if (label === undefined || label.trim() === '') return undefined;
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
  // A page cannot declare UTF-16 in its own bytes and be read up to the declaration: the standard reads it as UTF-8.
  return fromMeta && name.startsWith('utf-16') ? 'utf-8' : name;
}

function metaCharsetOf(bytes: Uint8Array): string | undefined {
  // A byte a character: the declaration is ASCII whatever the page's encoding (but UTF-16, which has a byte-order mark).
  const head = String.fromCharCode(...bytes.subarray(0, prescanBytes));
  return metaCharset.exec(head)?.[1];
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function decodeIn(encoding: string, bytes: Uint8Array): { text: string; replaced: boolean } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), replaced: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), replaced: true };
  }
}
