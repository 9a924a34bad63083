#!/usr/bin/env node
// Regenerate the golden summaries under fixtures/golden/ from the built CLI. Run on purpose
// (`npm run golden`) after a change to the method, then review the diff like code.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../fixtures/golden/', import.meta.url).pathname;
// The options golden summaries are made with, shared with test/golden.test.ts.
const goldenArgs = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8'));
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const output = execFileSync(process.execPath, ['bin/summarize.js', ...goldenArgs, join(dir, name)], { encoding: 'utf8' });
  writeFileSync(join(dir, name.replace(/\.txt$/u, '.expected')), output);
  console.log(`wrote ${name.replace(/\.txt$/u, '.expected')}`);
}
