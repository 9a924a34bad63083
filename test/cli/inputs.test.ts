import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/input/html.js';
import { markdownToText } from '../../src/input/markdown.js';
import type { Summary } from '../../src/types.js';
import { root, summarize } from './run.js';

const html = 'fixtures/pages/news-harbour-bridge.html';
const markdown = 'fixtures/pages/blog-rain-garden.md';
const article = 'fixtures/cli/article.txt';
const htmlSource = readFileSync(join(root, html), 'utf8');
const markdownSource = readFileSync(join(root, markdown), 'utf8');
const articleText = readFileSync(join(root, article), 'utf8');

/** Encodings no fixture should hold: made here from the UTF-8 article, removed after. */
const tmp = mkdtempSync(join(tmpdir(), 'summarize-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}
const utf16le = file('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articleText, 'utf16le')]));
const utf16be = file('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(articleText, 'utf16le').swap16()]));
const utf8Bom = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(articleText)]));
const crlf = file('crlf.txt', articleText.replace(/\n/gu, '\r\n'));
const cr = file('cr.txt', articleText.replace(/\n/gu, '\r'));
const cp1252Text = 'Le café coûte 3 €, dit le patron “sans exception”. Les clients arrivent tôt le matin. La terrasse ouvre à huit heures.\n';
// Every character of the text is in Windows-1252: 0x80 is the euro sign, 0x93 and 0x94 the quotes.
const cp1252 = file(
  'windows-1252.txt',
  Buffer.from(cp1252Text.replace(/€/gu, '\u0080').replace(/“/gu, '\u0093').replace(/”/gu, '\u0094'), 'latin1'),
);
const htmlHere = file('saved-page', htmlSource);

const json = (stdout: string): Summary => JSON.parse(stdout) as Summary;

describe.concurrent('HTML', () => {
  it('a .html file: the article, the page title as title, offsets into the extracted text', async () => {
    const result = await summarize(['--format', 'json', '-n', '3', html]);
    const summary = json(result.stdout);
    const extracted = htmlToText(htmlSource).text;
    expect(summary.title).toBe('Harbour bridge to close for six months of repairs');
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) expect(extracted.slice(s.start, s.end)).toBe(s.text);
    expect(result.stdout).not.toMatch(/<|cookie|Share on/u);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each<[string, string[], string]>([
    ['standard input starting <!DOCTYPE html', [], htmlSource],
    ['`-` starting <!DOCTYPE html', ['-'], htmlSource],
    ['--html on a file with no extension', ['--html', htmlHere], ''],
  ])('%s reads as a web page too', async (_name, args, input) => {
    const [page, result] = await Promise.all([summarize([html]), summarize(args, { input })]);
    expect(result).toEqual({ ...page, code: 0 });
  });

  it('--no-html reads a .html file as plain text', async () => {
    const result = await summarize(['--no-html', '--split', html]);
    expect(result.stdout.split('\n')[0]).toBe('<!DOCTYPE html>');
    expect(result.code).toBe(0);
  });

  it('--no-html on standard input too', async () => {
    const result = await summarize(['--no-html', '--split'], { input: htmlSource });
    expect(result.stdout).toContain('<title>');
  });
});

describe.concurrent('Markdown', () => {
  it('a .md file: headings as headings, no markup or code in the sentences', async () => {
    const result = await summarize(['--format', 'json', '-n', '6', markdown]);
    const summary = json(result.stdout);
    const extracted = markdownToText(markdownSource);
    expect(summary.title).toBe('Building a rain garden in a clay soil');
    for (const s of summary.sentences) {
      expect(extracted.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/\*\*|\]\(|`|\||hole depth/u);
    }
    expect(result.code).toBe(0);
  });

  it('--markdown on standard input gives what the .md file gives', async () => {
    const [file, piped] = await Promise.all([summarize([markdown]), summarize(['--markdown'], { input: markdownSource })]);
    expect(piped).toEqual({ ...file, code: 0 });
  });

  it('Markdown on standard input without --markdown is plain text', async () => {
    const result = await summarize(['--split'], { input: markdownSource });
    expect(result.stdout).toContain('[county drainage guide](https://example.org/drainage-guide.pdf)');
  });

  it('--no-markdown reads a .md file as plain text', async () => {
    const result = await summarize(['--no-markdown', '--split', markdown]);
    expect(result.stdout).toMatch(/^---\s+title: /u);
    expect(result.stdout).toContain('[Archive](/archive/)');
  });

  it('a page past the limits of Readability: all its text, and a note saying why', async () => {
    const deep = file('deep.html', `<title>Deep</title>${'<div>'.repeat(1_000)}<p>The council approved the budget. Farmers moved their cattle.</p>`);
    const result = await summarize(['--format', 'plain', deep]);
    expect(result).toEqual({
      stdout: 'The council approved the budget.\nFarmers moved their cattle.\n',
      stderr: `summarize: note: ${deep}: read without Readability, menus and all: it nests 1001 elements deep (at most 64)\n`,
      code: 0,
    });
  });

  it('--html with --markdown is a usage error', async () => {
    const result = await summarize(['--html', '--markdown', markdown]);
    expect(result).toEqual({ stdout: '', stderr: "summarize: option '--html' cannot be used with option '--markdown'\n", code: 2 });
  });
});

describe.concurrent('encodings and line breaks', () => {
  it.each<[string, string]>([
    ['UTF-16 LE with a byte-order mark', utf16le],
    ['UTF-16 BE with a byte-order mark', utf16be],
    ['UTF-8 with a byte-order mark', utf8Bom],
    ['CRLF line breaks', crlf],
    ['lone CR line breaks', cr],
  ])('%s: the same summary as the UTF-8 file, no message', async (_name, path) => {
    const [plain, result] = await Promise.all([summarize(['--format', 'plain', article]), summarize(['--format', 'plain', path])]);
    expect(result).toEqual({ stdout: plain.stdout, stderr: '', code: 0 });
  });

  it('UTF-16 offsets count from after the byte-order mark', async () => {
    const summary = json((await summarize(['--format', 'json', '-n', '1', '-a', 'lead', utf16le])).stdout);
    expect(articleText.slice(summary.sentences[0]?.start, summary.sentences[0]?.end)).toBe(summary.sentences[0]?.text);
  });

  it('Windows-1252: read as such, a note on stderr, exit 0', async () => {
    const result = await summarize(['--format', 'plain', '-n', '3', cp1252]);
    expect(result).toEqual({
      stdout: `${cp1252Text.trimEnd().replace(/(?<=\.) /gu, '\n')}\n`,
      stderr: `summarize: note: ${cp1252} is not UTF-8; read as Windows-1252\n`,
      code: 0,
    });
  });

  it('Windows-1252 on standard input: the note names it', async () => {
    const result = await summarize([], { input: readFileSync(cp1252) });
    expect(result.stderr).toBe('summarize: note: standard input is not UTF-8; read as Windows-1252\n');
  });
});
