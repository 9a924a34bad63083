import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/types.js';
import { root, summarize } from './run.js';

// Every test here talks to a server of its own on 127.0.0.1, started below: no outside network.

const article = readFileSync(join(root, 'fixtures/cli/article.txt'), 'utf8');
const page = readFileSync(join(root, 'fixtures/pages/news-harbour-bridge.html'), 'utf8');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const cafe = 'Le café coûte trois euros, dit le patron. Les clients arrivent tôt le matin. La terrasse ouvre à huit heures.';
const russian = 'Совет города проголосовал за новый мост. Работы начнутся весной и займут два года. Жители довольны решением.';

/** What the server saw of each request, by path. */
const seen = new Map<string, IncomingMessage['headers']>();
/** Responses still open (slow drips): ended when the server closes. */
const open = new Set<ServerResponse>();

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const html = (body: string, type = 'text/html; charset=utf-8'): Handler => (_req, res) => void res.writeHead(200, { 'content-type': type }).end(body);
const routes: Record<string, Handler> = {
  '/page': html(page),
  '/plain': html(article, 'text/plain; charset=utf-8'),
  '/no-type': (_req, res) => void res.end(page),
  '/notes.md': html('# Harbour notes\n\nThe harbour bridge reopened on Monday after two years of repairs. Traffic returned to normal by the evening. The council thanked the engineers who worked through the winter.\n', 'text/plain'),
  '/markdown': html('# Harbour notes\n\nThe harbour bridge reopened on Monday after two years of repairs. Traffic returned to normal by the evening. The council thanked the engineers who worked through the winter.\n', 'text/markdown'),
  '/report.pdf': html('%PDF-1.4 not really', 'application/pdf'),
  '/image': html('GIF89a', 'image/gif'),
  '/gzip': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page)),
  '/deflate': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateSync(page)),
  '/br': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(page)),
  // 64 MiB of spaces and "a"s, gzipped to about 64 KB: a bomb for anything that inflates before counting.
  '/bomb': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a '))),
  // An endless body, fast: only --max-bytes counted while streaming can stop it.
  '/endless': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    open.add(res);
    const chunk = Buffer.alloc(64 * 1024, 'word ');
    const more = (): void => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', more);
    };
    more();
  },
  // Two bytes every 200 ms, for ever: only a total timeout ends it.
  '/drip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    open.add(res);
    const timer = setInterval(() => res.write('a '), 200);
    res.on('close', () => clearInterval(timer));
  },
  // Headers that never come.
  '/silent': (_req, res) => void open.add(res),
  '/not-found': (_req, res) => void res.writeHead(404, { 'content-type': 'text/html' }).end(page),
  '/broken': (_req, res) => void res.writeHead(503, { 'content-type': 'text/html' }).end(page),
  '/loop': (_req, res) => void res.writeHead(302, { location: '/loop' }).end(),
  '/r1': (_req, res) => void res.writeHead(301, { location: '/r2', 'set-cookie': 'session=secret; Path=/' }).end(),
  '/r2': (_req, res) => void res.writeHead(307, { location: 'r3' }).end(),
  '/r3': (_req, res) => void res.writeHead(308, { location: `http://127.0.0.1:${port()}/page?via=r3` }).end(),
  '/r-six': (_req, res) => void res.writeHead(302, { location: '/r-five' }).end(),
  '/r-five': (_req, res) => void res.writeHead(302, { location: '/r-four' }).end(),
  '/r-four': (_req, res) => void res.writeHead(302, { location: '/r-three' }).end(),
  '/r-three': (_req, res) => void res.writeHead(302, { location: '/r-two' }).end(),
  '/r-two': (_req, res) => void res.writeHead(302, { location: '/r-one' }).end(),
  '/r-one': (_req, res) => void res.writeHead(302, { location: '/plain' }).end(),
  '/to-file': (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  // Windows-1252 bytes, declared in the header.
  '/latin': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(Buffer.from(`<html><body><p>${cafe}</p></body></html>`, 'latin1')),
  // Windows-1252 bytes, declared only by the page's <meta>.
  '/meta': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><p>${cafe}</p></body></html>`, 'latin1')),
  // A charset the header gets wrong (no such charset): the page's <meta> says what it is.
  '/bogus-header': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=x-no-such-charset' }).end(Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>${cafe}</p></body></html>`, 'latin1')),
  // The header says Latin-1 but the bytes are UTF-8 with a byte-order mark: the mark wins, as in a browser.
  '/bom-wins': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cafe)])),
  // KOI8-R, which no heuristic would guess: only the header says it.
  '/koi8': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain; charset=koi8-r' }).end(koi8r(russian)),
  // The header says UTF-8 and the bytes are not: read as declared, with a warning, as a browser shows U+FFFD.
  '/lying-utf8': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(Buffer.from(cafe, 'latin1')),
};

function koi8r(text: string): Buffer {
  const table = new TextDecoder('koi8-r').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Buffer.from([...text].map((c) => table.indexOf(c)));
}

let server: Server;
const port = (): number => (server.address() as { port: number }).port;
const url = (path: string): string => `http://127.0.0.1:${port()}${path}`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.set(path, req.headers);
    const route = routes[path] ?? ((_q: IncomingMessage, r: ServerResponse) => void r.writeHead(404).end());
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = (stdout: string): Summary & { file?: string } => JSON.parse(stdout) as Summary & { file?: string };

describe('URL input', () => {
  it('summarizes a web page as it summarizes the same page saved as a file', async () => {
    const [web, file] = await Promise.all([summarize([url('/page')]), summarize(['fixtures/pages/news-harbour-bridge.html'])]);
    expect(web.stderr).toBe('');
    expect(web.code).toBe(0);
    expect(web.stdout).toBe(file.stdout);
  });

  it('decodes gzip, deflate and br to the same summary', async () => {
    const plain = await summarize([url('/page')]);
    for (const path of ['/gzip', '/deflate', '/br']) {
      const result = await summarize([url(path)]);
      expect(result.code, path).toBe(0);
      expect(result.stdout, path).toBe(plain.stdout);
    }
    expect(seen.get('/br')?.['accept-encoding']).toMatch(/br/u);
  });

  it('sends an honest User-Agent naming the tool and its version', async () => {
    await summarize([url('/plain')]);
    expect(seen.get('/plain')?.['user-agent']).toMatch(new RegExp(`^summarize/${version.replaceAll('.', '\\.')} `, 'u'));
  });

  it('follows redirects, names the final URL in json, and keeps no cookie', async () => {
    const result = await summarize(['-f', 'json', url('/r1')]);
    expect(result.code).toBe(0);
    expect(json(result.stdout).file).toBe(url('/page?via=r3'));
    expect(json(result.stdout).sentences.length).toBeGreaterThan(0);
    // /r1 set a cookie: neither the next request nor the last carries it.
    expect(seen.get('/r2')?.cookie).toBeUndefined();
    expect(seen.get('/page')?.cookie).toBeUndefined();
  });

  it('follows 5 redirects, and refuses a sixth', async () => {
    const five = await summarize([url('/r-five')]);
    expect(five.code).toBe(0);
    const six = await summarize([url('/r-six')]);
    expect(six).toMatchObject({ code: 3, stdout: '', stderr: `summarize: ${url('/r-six')}: too many redirects (more than 5)\n` });
  });

  it('ends a redirect loop with exit code 3', async () => {
    const result = await summarize([url('/loop')]);
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: `summarize: ${url('/loop')}: too many redirects (more than 5)\n` });
  });

  it('refuses a redirect to a file: URL', async () => {
    const result = await summarize([url('/to-file')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`summarize: ${url('/to-file')}: redirected to file: URL, not http or https\n`);
  });

  it.each([
    ['/not-found', 'HTTP 404 Not Found'],
    ['/broken', 'HTTP 503 Service Unavailable'],
  ])('reports %s by its status (exit 4), not with a summary of the error page', async (path, status) => {
    const result = await summarize([url(path)]);
    expect(result).toEqual({ code: 4, stdout: '', stderr: `summarize: ${url(path)}: ${status}\n` });
  });

  it('times out a slow drip, with --timeout, exit 3', async () => {
    const start = Date.now();
    const result = await summarize(['--timeout', '1', url('/drip')]);
    expect(result).toEqual({ code: 3, stdout: '', stderr: `summarize: ${url('/drip')}: timed out after 1 s (--timeout)\n` });
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('times out a server that never answers', async () => {
    const result = await summarize(['--timeout', '0.5', url('/silent')]);
    expect(result).toEqual({ code: 3, stdout: '', stderr: `summarize: ${url('/silent')}: timed out after 0.5 s (--timeout)\n` });
  });

  it('stops an endless body at --max-bytes while it streams', async () => {
    const start = Date.now();
    const result = await summarize(['--max-bytes', '1000000', '--timeout', '30', url('/endless')]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `summarize: ${url('/endless')}: the input is larger than --max-bytes (1000000 bytes)\n` });
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  it('caps a gzip bomb by --max-bytes counted after decoding', async () => {
    const result = await summarize(['--max-bytes', '1000000', url('/bomb')]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `summarize: ${url('/bomb')}: the input is larger than --max-bytes (1000000 bytes)\n` });
  });

  it.each([
    ['/report.pdf', 'application/pdf'],
    ['/image', 'image/gif'],
  ])('refuses %s, naming its type', async (path, type) => {
    const result = await summarize([url(path)]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `summarize: ${url(path)}: is ${type}, not a web page or text (only HTML, plain text and Markdown are summarized)\n` });
  });

  it('reads text/plain as text, and as Markdown when its name ends in .md', async () => {
    const plain = await summarize(['-f', 'plain', url('/plain')]);
    const file = await summarize(['-f', 'plain', 'fixtures/cli/article.txt']);
    expect(plain.stdout).toBe(file.stdout);
    const md = await summarize(['--split', url('/notes.md')]);
    expect(md.stdout.split('\n')[0]).toBe('Harbour notes');
  });

  it('reads text/markdown as Markdown: its heading is no sentence with a #', async () => {
    const result = await summarize(['--split', url('/markdown')]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('#');
  });

  it('reads a page with no Content-Type by its first characters', async () => {
    const [web, file] = await Promise.all([summarize([url('/no-type')]), summarize(['fixtures/pages/news-harbour-bridge.html'])]);
    expect(web.stdout).toBe(file.stdout);
  });

  it.each([
    ['/latin', 'the charset of the Content-Type header'],
    ['/meta', "the page's <meta charset>"],
    ['/bogus-header', 'the <meta> when the header names no real charset'],
    ['/bom-wins', 'the byte-order mark over a wrong header'],
  ])('decodes %s by %s', async (path) => {
    const result = await summarize(['--split', url(path)]);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('Le café coûte trois euros, dit le patron.');
  });

  it('decodes KOI8-R, which only the header tells', async () => {
    const result = await summarize(['--split', url('/koi8')]);
    expect(result.stdout.split('\n')[0]).toBe('Совет города проголосовал за новый мост.');
  });

  it('reads a page as its header declares even when that is wrong, and warns of the bad bytes', async () => {
    const result = await summarize(['--split', url('/lying-utf8')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('caf\ufffd');
    expect(result.stderr).toBe(`summarize: warning: ${url('/lying-utf8')} is not valid UTF-8; invalid bytes were replaced with U+FFFD\n`);
  });

  it('reports a name that does not resolve (exit 3)', async () => {
    const result = await summarize(['http://summarize-test.invalid/story']);
    expect(result).toEqual({ code: 3, stdout: '', stderr: 'summarize: http://summarize-test.invalid/story: could not resolve host summarize-test.invalid (DNS)\n' });
  });

  it('reports a refused connection (exit 3)', async () => {
    // A port that was free a moment ago: nothing listens there.
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const free = (spare.address() as { port: number }).port;
    await new Promise((resolve) => spare.close(resolve));
    const result = await summarize([`http://127.0.0.1:${free}/`]);
    expect(result).toEqual({ code: 3, stdout: '', stderr: `summarize: http://127.0.0.1:${free}/: connection refused\n` });
  });

  it('reports a TLS error (exit 3): https to a server that speaks plain http', async () => {
    const address = url('/page').replace('http:', 'https:');
    const result = await summarize([address]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^summarize: ${address.replaceAll('.', '\\.')}: TLS error: [^\\n]+\\n$`, 'u'));
  });

  it('reports an untrusted certificate as a TLS error (exit 3), and reads nothing from it', async () => {
    const tls = createTlsServer({ key: readFileSync(join(root, 'test/fixtures/tls/key.pem')), cert: readFileSync(join(root, 'test/fixtures/tls/cert.pem')) }, (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(article));
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const address = `https://127.0.0.1:${(tls.address() as { port: number }).port}/`;
      const result = await summarize([address]);
      expect(result).toEqual({ code: 3, stdout: '', stderr: `summarize: ${address}: TLS error: self-signed certificate\n` });
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
    }
  });

  it('goes on with the other inputs after a failed URL, and exits with the worst code', async () => {
    const result = await summarize([url('/not-found'), 'fixtures/cli/article.txt', url('/loop')]);
    expect(result.code).toBe(4);
    expect(result.stdout).toContain('==> fixtures/cli/article.txt <==');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('refuses --timeout that is no number of seconds, and a URL with --jsonl (exit 2)', async () => {
    for (const value of ['0', '-1', 'abc', '']) expect((await summarize(['--timeout', value, url('/page')])).code, value).toBe(2);
    expect((await summarize(['--jsonl', url('/page')])).code).toBe(2);
  });

  it('gives every page of fixtures/pages the same summary fetched as read from its file', async () => {
    const pages = readdirSync(join(root, 'fixtures/pages')).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const name of pages) routes[`/pages/${name}`] = html(readFileSync(join(root, 'fixtures/pages', name), 'utf8'));
    for (const name of pages) {
      const [web, file] = await Promise.all([summarize(['-f', 'json', url(`/pages/${name}`)]), summarize(['-f', 'json', `fixtures/pages/${name}`])]);
      expect(web.code, name).toBe(0);
      const { file: where, ...summary } = json(web.stdout);
      expect(where).toBe(url(`/pages/${name}`));
      expect(summary, name).toEqual(json(file.stdout));
    }
  });
});
