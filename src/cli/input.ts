import { createReadStream, readFileSync, statSync } from 'node:fs';
import { SummarizeError } from '../index.js';
import { decodeText, decodeUtf8, refuseNulBytes, type DecodedText } from '../input/decode.js';
import { inputKind, type InputKind, type KindFlags } from '../input/kind.js';

/** What `-` reads, named as head(1) names it. */
const stdinName = 'standard input';

/** An input the CLI refuses before the library sees it: a missing file, a directory, a JSON line without text. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** The bytes of an input: a file, or standard input for `-`. */
export function open(file: string, stdin: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return file === '-' ? stdin : createReadStream(file);
}

/** An argument that is read from the web rather than from a file: it starts with http:// or https://. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//iu.test(arg);
}

/** The name an input is reported by. */
export function displayName(file: string): string {
  return file === '-' ? stdinName : file;
}

/**
 * Every byte of a source, refused as soon as it passes `maxBytes` so that a huge input is
 * never held whole; file-system errors become {@link InputError}s.
 */
export async function readBytes(source: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    throw asInputError(error);
  }
  return Buffer.concat(chunks, size);
}

export function tooLarge(maxBytes: number): SummarizeError {
  return new SummarizeError('INPUT_TOO_LARGE', `the input is larger than --max-bytes (${maxBytes} bytes)`);
}

/** Decoded text, and whether the bytes were valid UTF-8 (invalid sequences become U+FFFD). */
export interface Decoded {
  text: string;
  valid: boolean;
}

/**
 * UTF-8 text of the bytes, without a byte-order mark: a JSON line, which is UTF-8 by definition
 * (RFC 8259), so none of {@link readText}'s other encodings. A NUL byte means binary.
 */
export function decode(bytes: Uint8Array): Decoded {
  refuseNulBytes(bytes);
  const { text, replaced } = decodeUtf8(bytes);
  return { text, valid: !replaced };
}

/**
 * The text of an input as the library is to read it, and how its bytes were decoded: for a web
 * page or Markdown, the article text taken out of it (`flat`: why a page was read without
 * Readability, menus and all). The converters are loaded only for such input, so that plain text
 * starts as fast as before: Readability and linkedom take longer to load than the whole summarizer.
 */
export async function readText(file: string, stdin: AsyncIterable<Buffer>, options: ReadOptions): Promise<ReadText> {
  if (isUrl(file)) return (await import('./fetch-url.js')).readUrl(file, options);
  const decoded = decodeText(readSmallFile(file, options.maxBytes) ?? (await readBytes(open(file, stdin), options.maxBytes)));
  return convert(decoded, inputKind(file === '-' ? undefined : file, decoded.text, options));
}

/** What {@link readText} needs of the command line. */
export type ReadOptions = { maxBytes: number; timeout?: number | undefined } & KindFlags;

/** The text of an input, and how it was read: for a URL, where it ended up and the charset it declared. */
export type ReadText = DecodedText & { flat?: string; url?: string; charset?: string };

/** The text of an input of this kind as the summarizer reads it. */
export async function convert<T extends DecodedText>(decoded: T, kind: InputKind): Promise<T & { flat?: string }> {
  if (kind === 'html') {
    const page = (await import('../input/html.js')).htmlToText(decoded.text);
    return page.flat === undefined ? { ...decoded, text: page.text } : { ...decoded, text: page.text, flat: page.flat };
  }
  if (kind === 'markdown') return { ...decoded, text: (await import('../input/markdown.js')).markdownToText(decoded.text) };
  return decoded;
}

/** Up to this size, a regular file is read in one call (see {@link readSmallFile}). */
const smallFile = 1024 * 1024;

/**
 * The bytes of a small regular file (an article), read in one call; undefined for anything else
 * (standard input, a FIFO, a device, a directory, a large file), which is read as a stream. The
 * streams of node:fs cost about 8 ms of CPU to load and run, as much as the summary of an article.
 */
function readSmallFile(file: string, maxBytes: number): Buffer | undefined {
  if (file === '-') return undefined;
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size === 0 || stats.size > Math.min(maxBytes, smallFile)) return undefined;
    // Read to its end as it is now: a file that grew since is still refused past --max-bytes.
    const bytes = readFileSync(file);
    if (bytes.length > maxBytes) throw tooLarge(maxBytes);
    return bytes;
  } catch (error) {
    throw asInputError(error);
  }
}

/** A system error (ENOENT, EISDIR, EACCES ...) as one line a user can act on. */
export function asInputError(error: unknown): unknown {
  if (!(error instanceof Error) || typeof (error as NodeJS.ErrnoException).syscall !== 'string') return error;
  const { code } = error as NodeJS.ErrnoException;
  if (code === 'EISDIR') return new InputError('is a directory');
  // Node's messages read "ENOENT: no such file or directory, open 'x'": keep the middle.
  const description = /^[A-Z0-9_]+: ([^,]+)/u.exec(error.message)?.[1];
  return new InputError(description ?? error.message);
}
