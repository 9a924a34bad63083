#!/usr/bin/env node
/**
 * `npm run fuzz`: the property tests of test/fuzz/ with many more cases than CI runs (100,000
 * per property by default), then a table of the cases each property passed.
 *
 *   npm run fuzz                      100,000 cases per property, the fixed seed
 *   npm run fuzz -- --runs 20000      fewer
 *   npm run fuzz -- --seed 7          another seed (a failure prints the seed and path to replay it)
 *
 * The adversarial timing tests do not depend on the number of cases and are left to `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const runs = option('--runs', process.env.FUZZ_RUNS ?? '100000');
const seed = option('--seed', process.env.FUZZ_SEED ?? '20261127');

const dir = mkdtempSync(join(tmpdir(), 'summarize-fuzz-'));
const report = join(dir, 'report.jsonl');
const started = Date.now();
const vitest = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/fuzz/library.test.ts', 'test/fuzz/cli.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, FUZZ_REPORT: report },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

let rows = [];
try {
  rows = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
} catch {
  // No property finished: vitest has said why.
}
rmSync(dir, { recursive: true, force: true });

const width = Math.max(8, ...rows.map((r) => r.property.length));
console.log(`\nFuzz: seed ${seed}, ${Number(runs).toLocaleString('en')} cases per property asked, ${minutes} min`);
console.log(`${'property'.padEnd(width)}  cases`);
for (const r of rows) console.log(`${r.property.padEnd(width)}  ${r.cases.toLocaleString('en').padStart(9)}`);
console.log(`${'total'.padEnd(width)}  ${rows.reduce((n, r) => n + r.cases, 0).toLocaleString('en').padStart(9)}`);
process.exitCode = vitest.status ?? 1;
