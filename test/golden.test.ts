import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = new URL('../fixtures/golden/', import.meta.url).pathname;
const inputs = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const goldenArgs = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as string[];

describe('golden summaries (regenerate with `npm run golden`, review the diff)', () => {
  it('has the articles it promises', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(inputs)('%s', async (name) => {
    const { stdout } = await run(process.execPath, ['bin/summarize.js', ...goldenArgs, join(dir, name)]);
    expect(stdout).toBe(readFileSync(join(dir, name.replace(/\.txt$/u, '.expected')), 'utf8'));
  });
});
