/**
 * Inputs built to find super-linear time: 1 MB of each, timed against a plain 1 MB article built
 * and timed in the same run (no absolute times: a slow machine is slow for both). Each must take
 * at most {@link maxRatio} times as long. The library cases run in a worker thread of the built
 * library, the command-line ones in a process, so a case that never ends is stopped and fails.
 * The 10 MB versions: docs/bad-input.md.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli/run.js';

const MB = 1024 * 1024;
/** With `ADVERSARIAL_REPORT=FILE`, each case appends `{"case", "ms", "plainMs", "ratio"}` to FILE: for the slowest case's figures. */
const report = (name: string, ms: number, plainMs: number): void => {
  const file = process.env.ADVERSARIAL_REPORT;
  if (file !== undefined && file !== '') appendFileSync(file, `${JSON.stringify({ case: name, ms: Math.round(ms), plainMs: Math.round(plainMs), ratio: Number((ms / plainMs).toFixed(2)) })}\n`);
};
const maxRatio = 10;

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const sentences = [
  'The council approved the new budget for roads and schools on Tuesday.',
  'Farmers moved their cattle to higher ground after the river flooded.',
  'A spokesman said the plan would be reviewed again next spring.',
  'Teachers welcomed the decision but asked the council for more staff.',
  'The mayor thanked the volunteers who catalogued every book by hand.',
];

/** A plain article: sentences that differ (a number in each), paragraphs of seven. */
function article(size = MB): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const sentence = `${(sentences[i % sentences.length] as string).replace('the', `the ${i}th`)}${i % 7 === 6 ? '\n\n' : ' '}`;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('').slice(0, size);
}

/** Sentences that share no words: nothing repeats, so a whole-document budget chooses every one. */
function distinctSentences(size = MB): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const sentence = `Word${i.toString(36)} x${(i * 7919).toString(36)} y${(i * 104729).toString(36)}. `;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('');
}

interface Row {
  name: string;
  input: () => string;
  /** Library options; for a command-line row, its arguments instead. */
  options?: Record<string, unknown>;
  cli?: string[];
  /** For a command-line row: what its summary must have in it. */
  summary?: string;
}

const libraryRows: Row[] = [
  { name: 'no full stop', input: () => fill('word and another word without a stop ') },
  { name: 'only full stops', input: () => fill('.') },
  { name: 'one word, repeated', input: () => fill('word ') },
  { name: 'one-word lines (200,000 of them)', input: () => fill('word\n') },
  { name: 'a single line', input: () => article().replace(/\n/gu, ' ') },
  { name: '". . . . "', input: () => fill('. ') },
  { name: 'deeply nested brackets', input: () => fill('(', MB / 2) + fill(')', MB / 2) },
  { name: 'deeply nested brackets and quotes around words', input: () => fill('"“‘«([{ word ', MB / 2) + fill(' word }])»’”" ', MB / 2) },
  { name: '100,000 nested HTML tags, as text', input: () => `${fill('<div>', 500_000)}The council met. Farmers moved.${fill('</div>', 600_000)}` },
  { name: 'short sentences (about 150,000)', input: () => fill('Ab cd. ') },
  { name: 'a budget as large as the document (--ratio 1)', input: () => distinctSentences(), options: { budget: { kind: 'ratio', value: 1 } } },
  { name: 'a words budget larger than the document', input: () => distinctSentences(), options: { budget: { kind: 'words', value: 1e9 } } },
  { name: 'a run of 1 MB of spaces before a reference mark', input: () => `The council met.${fill(' ')}It said so [1]. Farmers moved.` },
  { name: 'combining marks on one letter', input: () => `e${fill('\u0301', MB - 1)}` },
  { name: 'emoji joined by ZWJ', input: () => fill('👨\u200d👩\u200d👧\u200d👦 🏳\ufe0f\u200d🌈. ') },
  { name: 'lone surrogates', input: () => fill('\ud800a \udc00b. ') },
  { name: 'mixed line ends', input: () => fill('A line here.\r\nAnother one.\rAnd one more.\n\n\r') },
  {
    name: 'one 1 MB word',
    input: () => fill('x'),
  },
  {
    name: 'reference marks in one sentence',
    input: () => fill('word [1] '),
  },
];

const cliRows: Row[] = [
  { name: 'one-word lines', input: () => fill('word\n'), cli: ['--split'] },
  { name: 'one 1 MB JSON line of short sentences', input: () => `${JSON.stringify({ id: 1, text: fill('Ab cd. ', MB - 30) })}\n`, cli: ['--jsonl', '--jobs', '1'] },
  { name: 'a 1 MB page of nothing but markup', input: () => `<html><body>${fill('<br>')}</body></html>`, cli: ['--html'] },
  {
    name: '100,000 nested HTML tags',
    input: () => `<!doctype html><html><body>${'<div>'.repeat(100_000)}<p>The council approved the budget. Farmers moved their cattle.</p>${'</div>'.repeat(100_000)}</body></html>`,
    cli: ['--html'],
    summary: 'The council approved the budget.',
  },
  {
    name: 'a 1 MB page of sibling paragraphs',
    input: () => {
      const parts = ['<!doctype html><html><head><title>Council news</title></head><body><article>'];
      for (let length = 0, i = 0; length < MB; i++) {
        const p = `<p>${sentences[i % sentences.length] as string} Item ${i}.</p>\n`;
        parts.push(p);
        length += p.length;
      }
      return `${parts.join('')}</article></body></html>`;
    },
    cli: ['--html'],
    summary: 'Item ',
  },
  {
    name: '100,000 nested Markdown block quotes',
    input: () => `${'> '.repeat(100_000)}The council approved the budget. Farmers moved their cattle.\n`,
    cli: ['--markdown'],
    summary: 'The council approved the budget.',
  },
  {
    name: '100,000 unclosed Markdown link brackets',
    input: () => `${'['.repeat(100_000)}The council approved the budget.${']('.repeat(100_000)}\n`,
    cli: ['--markdown'],
    summary: 'The council approved the budget.',
  },
];

/** Time of one summarize() of the built library, in a worker stopped after `limit` ms. */
function timeLibrary(input: string, options: Record<string, unknown> = {}, limit = Infinity): Promise<{ ms: number; outcome: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./timed-summarize.js', import.meta.url), { workerData: { input, options } });
    const timer = Number.isFinite(limit) ? setTimeout(() => void worker.terminate().then(() => reject(new Error(`did not finish within ${Math.round(limit)} ms`))), limit) : undefined;
    worker.once('message', (message: { ms: number; outcome?: string; bug?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.bug !== undefined) reject(new Error(`threw ${message.bug}`));
      else resolve({ ms: message.ms, outcome: message.outcome ?? '' });
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'summarize-adversarial-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Wall time of the built CLI on a file holding `input`, stopped after `limit` ms. */
function timeCli(name: string, input: string, args: string[], limit = Infinity): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  const file = join(tmp, name.replace(/\W+/gu, '-'));
  writeFileSync(file, input);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['bin/summarize.js', ...args, file], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = Number.isFinite(limit) ? setTimeout(() => child.kill('SIGKILL'), limit) : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      if (signal === 'SIGKILL') reject(new Error(`did not finish within ${Math.round(limit)} ms`));
      else resolve({ ms, code, stdout, stderr });
    });
  });
}

describe('adversarial inputs take time linear in their size', () => {
  let plainLibrary = 0;
  let plainCli = 0;

  beforeAll(async () => {
    const plain = article();
    // The slower of two runs: a generous baseline on a busy machine.
    for (let i = 0; i < 2; i++) plainLibrary = Math.max(plainLibrary, (await timeLibrary(plain)).ms);
    for (let i = 0; i < 2; i++) plainCli = Math.max(plainCli, (await timeCli('plain article', plain, ['-n', '3'])).ms);
  }, 120_000);

  for (const row of libraryRows) {
    it(`summarize(): ${row.name}`, async () => {
      const { ms } = await timeLibrary(row.input(), row.options, maxRatio * plainLibrary + 2_000);
      report(`summarize(): ${row.name}`, ms, plainLibrary);
      expect(ms, `${Math.round(ms)} ms against ${Math.round(plainLibrary)} ms for the plain article`).toBeLessThanOrEqual(maxRatio * plainLibrary);
    }, 300_000);
  }

  for (const row of cliRows) {
    it(`summarize ${row.cli?.join(' ')}: ${row.name}`, async () => {
      const { ms, code, stdout, stderr } = await timeCli(row.name, row.input(), row.cli ?? [], maxRatio * plainCli + 2_000);
      report(`summarize ${row.cli?.join(' ')}: ${row.name}`, ms, plainCli);
      expect(stderr).not.toMatch(/^\s+at /mu);
      expect([0, 1], stderr).toContain(code);
      if (row.summary !== undefined) {
        expect(code).toBe(0);
        expect(stdout).toContain(row.summary);
      }
      expect(ms, `${Math.round(ms)} ms against ${Math.round(plainCli)} ms for the plain article`).toBeLessThanOrEqual(maxRatio * plainCli);
    }, 300_000);
  }
});
