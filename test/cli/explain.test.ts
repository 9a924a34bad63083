/* eslint-disable no-control-regex -- the terminal escape sequences are what these tests check */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/nlp/stem.js';
import type { Summary } from '../../src/types.js';
import { onTerminal, root, summarize } from './run.js';

const article = 'fixtures/csto-tokayev.txt';
const articleText = readFileSync(join(root, article), 'utf8');
const hostile = 'Bridge <script>alert(1)</script> vote\n\nThe council approved the new bridge on Monday after a long debate.\u001b[2J\u001b[H\nMembers said the bridge \u001b]0;pwned\u0007 would cost more than \u001b[31mexpected\u001b[0m this year.\nWork will start in the spring.\n';

describe('the built binary: --explain, --highlight, --format html, -k', () => {
  it('--explain on a pipe: a plain line of why under each sentence', async () => {
    const { stdout, code } = await summarize(['--explain', '-n', '2', article]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[2]).toMatch(/^ {2}#1 of 21 · content [\d.]+ × length [\d.]+ × position [\d.]+ × long [\d.]+ · terms: CSTO, /u);
    expect(lines[4]).toMatch(/^ {2}#\d+ of 21 · /u);
    expect(stdout).not.toContain('\u001b');
  });

  it('--explain on a terminal: the line is dimmed', async () => {
    const { stdout } = await onTerminal(['--explain', '-n', '1', article]);
    expect(stdout).toMatch(/\u001b\[2m {2}#1 of 21/u);
  });

  it('--highlight on a pipe: the whole text, chosen sentences in [[ ]]', async () => {
    const { stdout } = await summarize(['--highlight', '--no-header', article]);
    expect(stdout.replace(/\[\[|\]\]/gu, '').trimEnd()).toBe(articleText.trimEnd());
    expect(stdout.match(/\[\[/gu)).toHaveLength(3);
  });

  it('--highlight on a terminal: bold, no [[ ]]', async () => {
    const { stdout } = await onTerminal(['--highlight', article]);
    expect(stdout).toMatch(/\u001b\[1m[^\n]*Kazakh President/u);
    expect(stdout).not.toContain('[[');
  });

  const stems = (phrase: string): string[] => (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);

  it('-k --format json: keyphrases as written, with offsets of the first occurrence', async () => {
    const { stdout } = await summarize(['-k', '5', '--format', 'json', article]);
    const summary = JSON.parse(stdout) as Summary;
    expect(summary.keyphrases?.length).toBe(5);
    // The organisation as the article writes it, upper case, alone or at the head of a phrase (as the stage's own test).
    expect(summary.keyphrases?.[0]?.text).toMatch(/^CSTO\b/u);
    // The first occurrence may be capitalised by its place (the title says "Security") or inflected
    // ("members" where the text most often says "member"); the text is the usual form: the same word.
    for (const k of summary.keyphrases ?? []) expect(stems(articleText.slice(k.start, k.end))).toEqual(stems(k.text));
  });

  it('hostile input on a terminal: no escape sequence of the input reaches it', async () => {
    const { stdout } = await summarize(['--color', '--explain', '-'], { input: hostile });
    expect(stdout).toContain('␛[2J');
    // Only the tool's own SGR sequences (bold, underline, dim, colours, resets) remain.
    expect(stdout.replace(/\u001b\[[0-9;]*m/gu, '')).not.toMatch(/[\u001b\u0007]/u);
    expect(stdout).not.toContain('\u001b[31m');
  });

  it('--format html: escaped, marked and linked', async () => {
    const { stdout, code } = await summarize(['--format', 'html', '-'], { input: hostile });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/<script/iu);
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(stdout).toMatch(/<a href="#s\d+">/u);
    expect(stdout).toMatch(/<mark id="s\d+">/u);
  });
});
