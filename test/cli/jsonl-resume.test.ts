import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, sh } from './run.js';

/*
 * `--jsonl --resume OUT`: a run stopped part-way (SIGTERM, SIGKILL) and started again with the
 * same command ends with OUT byte for byte what one uninterrupted run writes. The stopped runs
 * read a pipe the test never closes, and are killed once OUT holds enough lines: they cannot
 * finish first, whatever the machine's speed.
 */

const tmp = mkdtempSync(join(tmpdir(), 'summarize-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** News-sized records cut from the fixtures, with a bad line (an error record) and a blank line early on. */
function corpus(): string {
  const texts = ['fixtures/csto-tokayev.txt', 'fixtures/cli/article.txt', 'fixtures/cli/second.txt', 'fixtures/golden/long-factbook-europe.txt', 'fixtures/golden/news-bbc.txt'];
  const paragraphs = texts.flatMap((path) => readFileSync(join(root, path), 'utf8').split(/\n\s*\n/u)).filter((p) => p.split(/[.!?]\s/u).length >= 2);
  const lines: string[] = [];
  for (let id = 0; lines.length < 400; id++) {
    const text = [0, 1, 2].slice(0, 2 + (id % 2)).map((k) => paragraphs[(id * 7 + k * 3) % paragraphs.length]).join('\n\n');
    lines.push(JSON.stringify({ id: `doc-${id}`, text }));
  }
  lines.splice(5, 0, '{"id": "bad", "text": ', '   ');
  return `${lines.join('\n')}\n`;
}

const input = join(tmp, 'corpus.jsonl');
writeFileSync(input, corpus());
/** Records of the input: 400 articles and the bad line; the blank line gives none. */
const records = 401;
let reference = '';

beforeAll(async () => {
  const whole = await sh(`node bin/summarize.js --jsonl --jobs 1 ${input}`);
  expect(whole.code).toBe(1);
  expect(whole.stderr).toContain(`1 of ${records} lines failed`);
  reference = whole.stdout;
  expect(reference.split('\n')).toHaveLength(records + 1);
}, 120_000);

let runs = 0;
/** A fresh OUT path, holding `text` when given. */
function outFile(text?: string): string {
  const path = join(tmp, `out-${runs++}.jsonl`);
  if (text !== undefined) writeFileSync(path, text);
  return path;
}

/**
 * Starts `summarize --jsonl --jobs N --resume OUT` on a pipe fed the whole corpus but never
 * closed, kills it with `signal` once OUT holds at least `lines` lines, and gives how it ended.
 */
function killMidway(out: string, jobs: number, signal: NodeJS.Signals, lines: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['bin/summarize.js', '--jsonl', '--jobs', String(jobs), '--resume', out], { cwd: root, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.stdin.write(readFileSync(input));
    let killed = false;
    const poll = setInterval(() => {
      const written = existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0;
      if (written >= lines && !killed) {
        killed = true;
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code, how) => {
      clearInterval(poll);
      resolve({ code, signal: how, stderr });
    });
  });
}

/** Checks OUT is a run's beginning: whole records of the reference, then at most a torn part of the next. */
function expectPrefix(out: string, { torn }: { torn: boolean }): number {
  const text = readFileSync(out, 'utf8');
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  expect(reference.startsWith(complete)).toBe(true);
  const rest = text.slice(complete.length);
  if (!torn) expect(rest).toBe('');
  else expect(reference.slice(complete.length).startsWith(rest)).toBe(true);
  return complete.split('\n').length - 1;
}

async function resume(out: string, jobs = 1): Promise<{ code: number | null; stderr: string }> {
  return sh(`node bin/summarize.js --jsonl --jobs ${jobs} --resume ${out} ${input}`);
}

describe('--jsonl --resume OUT', () => {
  it.each([
    ['SIGTERM', 1],
    ['SIGTERM', 2],
    ['SIGKILL', 1],
    ['SIGKILL', 2],
  ] as const)('a run killed by %s mid-way (--jobs %i), then resumed, writes what one run writes', { timeout: 120_000 }, async (signal, jobs) => {
    const out = outFile();
    // 60 lines: past the bad and the blank line, and past the point where --jobs 2 starts its workers.
    const stopped = await killMidway(out, jobs, signal, 60);
    expect(stopped.signal).toBe(signal);
    const kept = expectPrefix(out, { torn: signal === 'SIGKILL' });
    expect(kept).toBeGreaterThanOrEqual(60);
    expect(kept).toBeLessThan(records);
    const resumed = await resume(out, jobs);
    // Exit status 1 as for the whole run: the bad line's error record, kept from the first run, still counts.
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toContain(`1 of ${records} lines failed`);
    expect(readFileSync(out, 'utf8')).toBe(reference);
  });

  it.each([
    ['half a record', (next: string) => next.slice(0, next.length >> 1)],
    ['a whole record without its line break', (next: string) => next],
    ['one byte', (next: string) => next.slice(0, 1)],
  ])('cuts off a torn last record (%s) and redoes it', async (_, tear) => {
    const lines = reference.split('\n');
    const out = outFile(`${lines.slice(0, 100).join('\n')}\n${tear(lines[100] as string)}`);
    const resumed = await resume(out);
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toMatch(/^summarize: note: --resume \S+: cut off a torn last record \(\d+ bytes, no line break\): it is summarized again$/mu);
    expect(readFileSync(out, 'utf8')).toBe(reference);
  });

  it('starts from nothing when OUT is missing or empty, and does nothing when it is complete', async () => {
    for (const out of [outFile(), outFile('')]) {
      expect((await resume(out, 2)).code).toBe(1);
      expect(readFileSync(out, 'utf8')).toBe(reference);
    }
    const done = outFile(reference);
    const again = await resume(done);
    expect(again.code).toBe(1);
    expect(again.stderr).not.toContain('torn');
    expect(readFileSync(done, 'utf8')).toBe(reference);
  });

  it.each([
    ['another input’s output', () => reference.replace('"id":"doc-3"', '"id":"doc-x"'), /record 4 has the id "doc-x", but its line in the input \(\S+ line 4\) has "doc-3"/u],
    ['more records than the input gives', () => `${reference}${reference.split('\n')[0]}\n`, /holds 402 records, but the input gives only 401/u],
    ['a line that is no record', () => `${reference.split('\n')[0]}\n{"id": 1}\n`, /line 2 is not a record of summarize --jsonl/u],
  ])('refuses OUT holding %s (exit 2), and leaves it as it was', async (_, text, message) => {
    const before = text();
    const out = outFile(before);
    const resumed = await resume(out);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toMatch(message);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('reports an input that cannot be read, not a mismatch, and leaves OUT as it was', async () => {
    const before = reference.split('\n').slice(0, 10).join('\n') + '\n';
    const out = outFile(before);
    const result = await sh(`node bin/summarize.js --jsonl --resume ${out} ${join(tmp, 'missing.jsonl')}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^summarize: \S+missing\.jsonl: no such file or directory$/mu);
    expect(result.stderr).not.toContain('--resume');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('needs --jsonl and a file, and does not go with --output', async () => {
    for (const args of [`--resume ${outFile()} ${input}`, `--jsonl --resume - ${input}`, `--jsonl --resume ${outFile()} -o ${outFile()} ${input}`]) {
      const result = await sh(`node bin/summarize.js ${args}`);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^summarize: option '--resume <OUT>'/u);
    }
  });
});
