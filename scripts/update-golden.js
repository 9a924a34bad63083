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

// One article of our own per supported language (test/languages.test.ts), summarized as that language.
const languagesDir = new URL('../fixtures/languages/', import.meta.url).pathname;
for (const name of readdirSync(languagesDir).filter((f) => f.endsWith('.txt'))) {
  const code = name.replace(/\.txt$/u, '');
  const output = execFileSync(process.execPath, ['bin/summarize.js', ...goldenArgs, '--language', code, join(languagesDir, name)], { encoding: 'utf8' });
  writeFileSync(join(languagesDir, `${code}.expected`), output);
  console.log(`wrote languages/${code}.expected`);
}
