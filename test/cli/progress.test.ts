import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { progressLine, progressText, workingLine } from '../../src/cli/progress.js';
import { quote, root, summarize } from './run.js';

/** A stream that says it is a terminal, or not, and keeps what was written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, target: { isTTY, columns: 80, write: (s: string) => void written.push(s) } as unknown as NodeJS.WritableStream & { isTTY: boolean; columns: number } };
}

describe('progressText', () => {
  it.each<[number, number, number | undefined, number, string]>([
    [1200, 600_000, 1_000_000, 3, 'summarize: 1,200 lines, 400 lines/s, 60%, 0:02 left'],
    [50, 1000, undefined, 0.5, 'summarize: 50 lines, 100 lines/s'],
    [10, 10, 1_000_000, 1, 'summarize: 10 lines, 10 lines/s, 0%, 27:46:39 left'],
    [7, 100, 0, 2, 'summarize: 7 lines, 4 lines/s'],
  ])('%i lines, %i of %s bytes in %f s', (lines, bytes, total, seconds, text) => {
    expect(progressText(lines, bytes, total, seconds)).toBe(text);
  });
});

describe('progressLine', () => {
  it('draws in place on a terminal, not before 300 ms, at most every 100 ms, and erases itself', () => {
    const { written, target } = stream(true);
    let t = 0;
    const progress = progressLine({ stderr: target, enabled: true, now: () => t }, 1000);
    progress.advance(100);
    expect(written).toEqual([]);
    t = 400;
    progress.advance(100);
    t = 450;
    progress.advance(100);
    expect(written).toEqual(['\rsummarize: 2 lines, 5 lines/s, 20%, 0:02 left\x1b[K']);
    progress.end();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('writes nothing when stderr is not a terminal, or with --no-progress', () => {
    for (const [isTTY, enabled] of [[false, true], [true, false]] as const) {
      const { written, target } = stream(isTTY);
      let t = 0;
      const progress = progressLine({ stderr: target, enabled, now: () => t }, undefined);
      for (t = 0; t < 2000; t += 50) progress.advance(10);
      progress.end();
      const working = workingLine({ stderr: target, enabled }, 'big.txt: summarizing 9.0 M characters');
      working();
      expect(written).toEqual([]);
    }
  });

  it('keeps a line for one long input while it is summarized', () => {
    const { written, target } = stream(true);
    const done = workingLine({ stderr: target, enabled: true }, 'big.txt: summarizing 9.0 M characters');
    expect(written).toEqual(['\rsummarize: big.txt: summarizing 9.0 M characters\x1b[K']);
    done();
    expect(written).toEqual(['\rsummarize: big.txt: summarizing 9.0 M characters\x1b[K', '\r\x1b[K']);
  });
});

// As a person sees it: the CLI in a terminal of tmux, the screen read while it runs.
const dir = mkdtempSync(join(tmpdir(), 'summarize-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const article = readFileSync(join(root, 'fixtures/cli/article.txt'), 'utf8');
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(corpus, Array.from({ length: 6000 }, (_, id) => `${JSON.stringify({ id, text: article })}\n`).join(''));

const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', 'summarize-progress-test', ...args], { encoding: 'utf8' });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Every screen of a command run in tmux, read every 100 ms until it prints DONE. */
async function screens(command: string): Promise<string[]> {
  const session = `p${process.pid}${Math.floor(Math.random() * 1e6)}`;
  tmux('new-session', '-d', '-s', session, '-x', '150', '-y', '8', `cd ${quote(root)} && ${command}; echo DONE=$?; sleep 60`);
  const seen: string[] = [];
  try {
    for (let i = 0; i < 600; i++) {
      const screen = tmux('capture-pane', '-p', '-t', session);
      seen.push(screen);
      if (/DONE=\d/u.test(screen)) break;
      await sleep(100);
    }
  } finally {
    tmux('kill-session', '-t', session);
  }
  return seen;
}

describe('progress on a terminal (tmux)', () => {
  it('shows lines done, rate and time left during a long --jsonl run, and leaves nothing behind', async () => {
    const seen = await screens(`node bin/summarize.js --jsonl --jobs 1 ${quote(corpus)} > ${quote(join(dir, 'out.jsonl'))}`);
    const last = seen.at(-1) ?? '';
    expect(last.trim()).toBe('DONE=0');
    const progress = seen.map((s) => s.split('\n')[0] ?? '').filter((line) => line.startsWith('summarize: '));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatch(/^summarize: [\d,]+ lines, [\d,]+ lines\/s, \d+%, \d+:\d\d left\s*$/u);
  }, 120_000);

  it('shows nothing with --no-progress', async () => {
    const seen = await screens(`node bin/summarize.js --no-progress --jsonl --jobs 1 ${quote(corpus)} > /dev/null`);
    expect(seen.at(-1)?.trim()).toBe('DONE=0');
    expect(seen.some((s) => s.includes('summarize:'))).toBe(false);
  }, 120_000);

  it('writes not a byte to stderr when it is a pipe', async () => {
    const result = await summarize(['--jsonl', '--jobs', '1', corpus, '-o', join(dir, 'piped.jsonl')]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  }, 120_000);
});
