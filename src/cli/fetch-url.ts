import { readFileSync } from 'node:fs';
import { decodePage, type DecodedPage } from '../input/charset.js';
import { inputKind, type InputKind, type KindFlags } from '../input/kind.js';
import { FetchError } from './fetch-error.js';
import { convert, InputError, tooLarge, type ReadOptions, type ReadText } from './input.js';

/** Seconds a fetch may take, connecting and reading included, when --timeout is not given. */
export const defaultTimeout = 20;

/** Tells the server what is asking, as an honest client does: the tool and its version. */
export function userAgent(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `summarize/${pkg.version} (summarize-cli; +https://www.npmjs.com/package/summarize-cli)`;
}

/**
 * The text of a URL's page as the summarizer is to read it: fetched, decoded by its declared
 * charset, and taken out of its HTML or Markdown as a file's would be.
 */
export async function readUrl(url: string, options: ReadOptions): Promise<ReadText> {
  const page = await fetchUrl(url, { maxBytes: options.maxBytes, timeoutMs: (options.timeout ?? defaultTimeout) * 1000, userAgent: userAgent(), flags: options });
  const decoded = decodeFetched(page);
  return { ...(await convert(decoded, kindOfPage(page, decoded.text, options))), url: page.url };
}

/** What a fetch needs besides the URL. */
export interface FetchOptions {
  /** Bytes of the body, after gzip, deflate or br decoding, past which the fetch stops. */
  maxBytes: number;
  /** Milliseconds for all of it: connecting, redirects and the whole body. */
  timeoutMs: number;
  /** The tool and its version, sent as User-Agent. */
  userAgent: string;
  /** `--html` and `--markdown`: when one is given, any media type is read as it says. */
  flags: KindFlags;
}

/** A fetched page: its bytes, what its server says they are, and where it ended up. */
export interface FetchedPage {
  bytes: Buffer;
  /** The media type of the Content-Type header, lower case, without parameters; undefined when the server sent none. */
  mediaType: string | undefined;
  /** The `charset` parameter of the Content-Type header. */
  charset: string | undefined;
  /** The URL after redirects. */
  url: string;
}

/** Redirects followed, at most, as curl's `--max-redirs 5` would; a loop ends there. */
export const maxRedirects = 5;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * Fetch a URL with Node's own fetch (undici): no dependency, and it decodes gzip, deflate and br
 * itself. Redirects are followed here rather than by fetch so that their number is ours to bound
 * and a redirect to anything but http(s) is refused. The body is counted as it arrives, decoded,
 * so a small compressed answer that inflates past --max-bytes (a "gzip bomb") stops there. No
 * cookie is kept or sent: Node's fetch has no cookie jar, and none is given to it.
 * @throws {FetchError} when no answer came, or an error status; {@link SummarizeError} INPUT_TOO_LARGE past `maxBytes`.
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedPage> {
  const controller = new AbortController();
  const timedOut = new FetchError(`timed out after ${formatSeconds(options.timeoutMs)} (--timeout)`, 'network');
  const timer = setTimeout(() => controller.abort(timedOut), options.timeoutMs);
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const response = await request(current, options.userAgent, controller.signal, timedOut);
      const location = response.headers.get('location');
      if (redirectStatuses.has(response.status) && location !== null) {
        await response.body?.cancel();
        if (redirects === maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects})`, 'network');
        current = redirectTarget(current, location);
        continue;
      }
      if (response.status >= 400) {
        await response.body?.cancel();
        throw new FetchError(`HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`, 'status');
      }
      const { mediaType, charset } = contentTypeOf(response.headers.get('content-type'));
      // Refused before its body is read: a PDF or a video is not downloaded to be turned away.
      if (!readable(mediaType, options.flags)) {
        await response.body?.cancel();
        throw new InputError(`is ${mediaType}, not a web page or text (only HTML, plain text and Markdown are summarized)`);
      }
      const bytes = await readBody(response, options.maxBytes, controller, timedOut);
      return { bytes, mediaType, charset, url: current };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function request(url: string, userAgent: string, signal: AbortSignal, timedOut: FetchError): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      // Only what can be decoded is asked for; fetch asks for no br over plain http by itself.
      headers: { 'user-agent': userAgent, 'accept-encoding': 'gzip, deflate, br', accept: 'text/html, application/xhtml+xml, text/plain, text/markdown;q=0.9, */*;q=0.1' },
    });
  } catch (error) {
    throw networkError(error, signal, timedOut);
  }
}

async function readBody(response: Response, maxBytes: number, controller: AbortController, timedOut: FetchError): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (response.body === null) return Buffer.alloc(0);
  try {
    for await (const chunk of response.body) {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop reading and close the connection: the rest is never downloaded or inflated.
        controller.abort(tooLarge(maxBytes));
        throw tooLarge(maxBytes);
      }
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (controller.signal.aborted && controller.signal.reason !== timedOut) throw controller.signal.reason;
    throw networkError(error, controller.signal, timedOut);
  }
  return Buffer.concat(chunks, size);
}

/** What went wrong, in the words of a user rather than of undici ("fetch failed"). */
function networkError(error: unknown, signal: AbortSignal, timedOut: FetchError): unknown {
  if (signal.aborted && signal.reason === timedOut) return timedOut;
  if (error instanceof FetchError) return error;
  const code = errorCode(error);
  const host = (error as { cause?: { hostname?: string } }).cause?.hostname;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return new FetchError(`could not resolve host${host === undefined ? '' : ` ${host}`} (DNS)`, 'network');
  if (code === 'ECONNREFUSED') return new FetchError('connection refused', 'network');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return new FetchError('the connection was closed by the server', 'network');
  // undici gives up connecting after 10 s of its own, which may come before --timeout.
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return new FetchError('timed out connecting', 'network');
  if (code !== undefined && isTlsCode(code)) return new FetchError(`TLS error: ${tlsMessage(error) ?? code}`, 'network');
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return new FetchError('network unreachable', 'network');
  const message = (error as { cause?: { message?: string } }).cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new FetchError(`could not fetch: ${message.replace(/\s+/gu, ' ').trim()}`, 'network');
}

/** The code of the error behind "fetch failed": on its cause, or on the first of an AggregateError's errors (one per address tried). */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 4; depth++) {
    const { code, cause, errors } = e as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof code === 'string') return code;
    e = cause ?? errors?.[0];
  }
  return undefined;
}

/** OpenSSL's and Node's codes for a certificate or handshake that failed. */
function isTlsCode(code: string): boolean {
  return /^ERR_(?:SSL|TLS)_|CERT|SELF_SIGNED|UNABLE_TO_(?:VERIFY|GET)|DEPTH_ZERO|HOSTNAME_MISMATCH/u.test(code);
}

/** OpenSSL's reason ("wrong version number"), or Node's message ("self-signed certificate"), on one line. */
function tlsMessage(error: unknown): string | undefined {
  const message = (error as { cause?: { message?: string } }).cause?.message;
  if (message === undefined) return undefined;
  const reason = /:SSL routines:[^:]*:([^:]+):/u.exec(message)?.[1] ?? message.replace(/^[A-Z0-9_]+: /u, '');
  return reason.replace(/\s+/gu, ' ').trim();
}

function redirectTarget(from: string, location: string): string {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new FetchError(`redirected to a bad URL: ${location}`, 'network');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FetchError(`redirected to ${target.protocol} URL, not http or https`, 'network');
  return target.href;
}

/** "text/html; charset=ISO-8859-1" → text/html and ISO-8859-1. */
export function contentTypeOf(header: string | null): { mediaType: string | undefined; charset: string | undefined } {
  if (header === null || header.trim() === '') return { mediaType: undefined, charset: undefined };
  const [type = '', ...parameters] = header.split(';');
  const charset = parameters
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/iu.exec(p)?.[1])
    .find((c) => c !== undefined);
  return { mediaType: type.trim().toLowerCase() || undefined, charset: charset === '' ? undefined : charset };
}

/** Media types read as web pages, and as Markdown; text/plain is text. */
const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);
const markdownTypes = new Set(['text/markdown', 'text/x-markdown']);

/** Whether a page of this media type is read: HTML, plain text, Markdown, or none said; anything when --html or --markdown says how. */
function readable(mediaType: string | undefined, flags: KindFlags): boolean {
  return flags.html === true || flags.markdown === true || mediaType === undefined || mediaType === 'text/plain' || htmlTypes.has(mediaType) || markdownTypes.has(mediaType);
}

/**
 * How to read a fetched page, from its media type: `--html` and `--markdown` still decide when
 * given (a Markdown file is often served as text/plain). A page with no Content-Type is looked at
 * as standard input is, by its name (the URL's path) and its first characters.
 */
export function kindOfPage(page: FetchedPage, text: string, flags: KindFlags): InputKind {
  if (flags.html === true) return 'html';
  if (flags.markdown === true) return 'markdown';
  const path = new URL(page.url).pathname;
  if (page.mediaType === undefined) return inputKind(path, text, flags);
  if (htmlTypes.has(page.mediaType)) return flags.html === false ? 'text' : 'html';
  if (markdownTypes.has(page.mediaType)) return flags.markdown === false ? 'text' : 'markdown';
  // A browser shows text/plain as text whatever it holds; only a .md name makes it Markdown.
  return inputKind(path, text, { html: false, markdown: flags.markdown });
}

/** The bytes of a fetched page, decoded as a browser would decode them (see {@link decodePage}). */
export function decodeFetched(page: FetchedPage): DecodedPage {
  return decodePage(page.bytes, page.charset, page.mediaType === undefined || htmlTypes.has(page.mediaType));
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
