// Runs the built bin/summarize-eval.js (npm test builds dist/ first).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = new URL('../../bin/summarize-eval.js', import.meta.url).pathname;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], stdin = ''): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

interface Vector {
  dataset: string;
  system: string;
  id: string;
  summary: string;
  reference: string;
  stemmed: Record<string, { R: number; P: number; F: number }>;
  unstemmed: Record<string, { R: number; P: number; F: number }>;
}

const vectors = readFileSync(new URL('../fixtures/rouge-vectors.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Vector)
  .filter((v) => v.dataset === 'xsum-dev' && v.system === 'lead3');

const dir = mkdtempSync(join(tmpdir(), 'summarize-eval-'));
const references = join(dir, 'references.jsonl');
const summaries = join(dir, 'summaries.jsonl');
const summariesJsonl = vectors.map((v) => JSON.stringify({ id: v.id, summary: v.summary.split('\n') })).join('\n');

beforeAll(() => {
  // References as the data sets hold them, one sentence a line; summaries as `summarize --jsonl` writes them.
  writeFileSync(references, vectors.map((v) => JSON.stringify({ id: v.id, reference: v.reference })).join('\n'));
  writeFileSync(summaries, summariesJsonl);
});

function mean(mode: 'stemmed' | 'unstemmed', metric: string, measure: 'R' | 'P' | 'F'): number {
  return vectors.reduce((sum, v) => sum + (v[mode][metric]?.[measure] as number), 0) / vectors.length;
}

describe('summarize-eval', () => {
  it('reports ROUGE-1.5.5 means, stemmed by default', async () => {
    const { code, stdout, stderr } = await run(['--reference', references, '--format', 'json', summaries]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ documents: vectors.length, stem: true, resamples: 1000, confidence: 95, seed: 0 });
    expect(report.rouge1.f1.mean).toBeCloseTo(mean('stemmed', 'ROUGE-1', 'F'), 9);
    expect(report.rouge2.recall.mean).toBeCloseTo(mean('stemmed', 'ROUGE-2', 'R'), 9);
    expect(report.rougeL.precision.mean).toBeCloseTo(mean('stemmed', 'ROUGE-L', 'P'), 9);
    expect(report.rougeL.f1.lower).toBeLessThan(report.rougeL.f1.mean);
    expect(report.rougeL.f1.upper).toBeGreaterThan(report.rougeL.f1.mean);
  });

  it('reads the summaries from standard input, given - or nothing, and scores unstemmed with --no-stem', async () => {
    for (const args of [['-'], []]) {
      const { code, stdout } = await run(['--reference', references, '--no-stem', '--format', 'json', ...args], summariesJsonl);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).rouge1.f1.mean).toBeCloseTo(mean('unstemmed', 'ROUGE-1', 'F'), 9);
    }
  });

  it('prints a table by default', async () => {
    const { code, stdout } = await run(['--reference', references, summaries]);
    expect(code).toBe(0);
    const f1 = (100 * mean('stemmed', 'ROUGE-2', 'F')).toFixed(2);
    expect(stdout).toContain(`${vectors.length} documents, stemmed`);
    expect(stdout).toMatch(new RegExp(`^ROUGE-2 .*  ${f1} \\(`, 'm'));
    expect(stdout).toMatch(/^ROUGE-1 /m);
    expect(stdout).toMatch(/^ROUGE-L /m);
  });

  it('resamples as told, reproducibly', async () => {
    const intervals = async (...args: string[]): Promise<unknown> => {
      const { stdout } = await run(['--reference', references, '--format', 'json', ...args, summaries]);
      const report = JSON.parse(stdout);
      return [report.resamples, report.rouge1.f1];
    };
    const once = await intervals('--bootstrap', '200', '--seed', '5');
    expect(await intervals('--bootstrap', '200', '--seed', '5')).toEqual(once);
    expect(await intervals('--bootstrap', '200', '--seed', '6')).not.toEqual(once);
    expect((once as [number])[0]).toBe(200);
  });

  const usageErrors: [string, string[]][] = [
    ['no --reference', [summaries]],
    ['an unknown option', ['--reference', references, '--colour', summaries]],
    ['an unknown format', ['--reference', references, '--format', 'xml', summaries]],
    ['a bad --bootstrap', ['--reference', references, '--bootstrap', '0', summaries]],
    ['a bad --seed', ['--reference', references, '--seed', 'x', summaries]],
    ['two summary files', ['--reference', references, summaries, summaries]],
  ];
  it.each(usageErrors)('exits 2 on %s, with one line on stderr', async (_, args) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^summarize-eval: [^\n]+\n$/);
  });

  const inputErrors: [string, string[], string, RegExp][] = [
    ['a missing reference file', ['--reference', join(dir, 'none.jsonl'), summaries], '', /cannot read .*none\.jsonl: no such file/],
    ['a missing summary file', ['--reference', references, join(dir, 'none.jsonl')], '', /cannot read .*none\.jsonl: no such file/],
    ['a bad JSON line', ['--reference', references, '-'], `${summariesJsonl.split('\n')[0]}\n{oops\n`, /^summarize-eval: standard input:2: not valid JSON/],
    ['an id without reference', ['--reference', references, '-'], '{"id":"nope","summary":["A."]}\n', /standard input:1: no reference has id "nope"/],
    ['no summaries at all', ['--reference', references, '-'], '\n', /no summaries/],
  ];
  it.each(inputErrors)('exits 1 on %s, with one line on stderr', async (_, args, stdin, message) => {
    const { code, stdout, stderr } = await run(args, stdin);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^summarize-eval: [^\n]+\n$/);
    expect(stderr).toMatch(message);
  });
});
