import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, sh } from './run.js';

/*
 * `--jsonl` keeps no state between lines, so a corpus can be cut into chunks, each summarized
 * on its own (a Hadoop Streaming mapper, a Spark partition, a GNU parallel job: docs/scale.md),
 * and the outputs put back together in chunk order. That holds only if a chunked run gives
 * byte for byte what one run over the whole file gives, with worker threads or without.
 */

const tmp = mkdtempSync(join(tmpdir(), 'summarize-chunks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** News-sized records cut from the fixtures' articles: enough lines that --jobs 2 starts its workers. */
function corpus(): string {
  const texts = ['fixtures/csto-tokayev.txt', 'fixtures/cli/article.txt', 'fixtures/cli/second.txt', 'fixtures/golden/long-factbook-europe.txt', 'fixtures/golden/news-bbc.txt'];
  const paragraphs = texts.flatMap((path) => readFileSync(join(root, path), 'utf8').split(/\n\s*\n/u)).filter((p) => p.split(/[.!?]\s/u).length >= 2);
  const lines: string[] = [];
  for (let id = 0; lines.length < 150; id++) {
    // Two or three paragraphs each, in varying combinations; every tenth with its own length.
    const text = [0, 1, 2].slice(0, 2 + (id % 2)).map((k) => paragraphs[(id * 7 + k * 3) % paragraphs.length]).join('\n\n');
    lines.push(JSON.stringify(id % 10 === 0 ? { id, text, sentences: 1 } : { id, text }));
  }
  return `${lines.join('\n')}\n`;
}

const whole = join(tmp, 'corpus.jsonl');
writeFileSync(whole, corpus());

/** Cut a file into pieces of `size` lines, as split(1) does; their paths in order. */
function chunks(size: number): string[] {
  const dir = mkdtempSync(join(tmp, 'chunks-'));
  const lines = readFileSync(whole, 'utf8').trimEnd().split('\n');
  const paths: string[] = [];
  for (let i = 0; i * size < lines.length; i++) {
    const path = join(dir, `part-${String(i).padStart(4, '0')}.jsonl`);
    writeFileSync(path, `${lines.slice(i * size, (i + 1) * size).join('\n')}\n`);
    paths.push(path);
  }
  expect(readdirSync(dir)).toHaveLength(paths.length);
  return paths;
}

describe('--jsonl over chunks equals one run over the whole', () => {
  it.each([
    // 40 lines: more than --jsonl summarizes in-process before it starts workers.
    ['--jobs 1', 40],
    ['--jobs 2', 40],
    ['--jobs 2', 25],
  ])('%s, chunks of %i lines', { timeout: 120_000 }, async (jobs, size) => {
    const single = await sh(`node bin/summarize.js --jsonl ${jobs} ${whole}`);
    expect(single.code).toBe(0);
    expect(single.stdout.split('\n')).toHaveLength(151);
    const parts = [];
    for (const chunk of chunks(size)) parts.push(await sh(`node bin/summarize.js --jsonl ${jobs} < ${chunk}`));
    expect(parts.map((p) => p.code)).toEqual(parts.map(() => 0));
    expect(parts.map((p) => p.stdout).join('')).toBe(single.stdout);
  });

  it('--jobs 2 on the whole file gives what --jobs 1 gives', async () => {
    const [one, two] = await Promise.all([sh(`node bin/summarize.js --jsonl --jobs 1 ${whole}`), sh(`node bin/summarize.js --jsonl --jobs 2 ${whole}`)]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });
});
