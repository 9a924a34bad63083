#!/usr/bin/env node
// Summary quality benchmark: every algorithm of the registry on every evaluation set, each with
// its standard protocol, run through the CLI's JSONL mode and scored with our ROUGE (stemmed).
//
//   npm run eval                       all sets in ../shared/data, every algorithm
//   npm run eval -- --data DIR         another folder of *-dev.jsonl files
//   npm run eval -- --algorithms default,lead --sets cnndm,xsum --bbc-limit 1124 --format json
//
// Reads ../shared/data (benchmarks may; tests may not). Prints one table to stdout.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { evaluateCorpus } = await import(join(root, 'dist/eval/evaluate.js'));
const { greedyOracle } = await import(join(root, 'dist/eval/oracle.js'));
const { scorers } = await import(join(root, 'dist/scorers/index.js'));
const { split } = await import(join(root, 'dist/summarize.js'));

/** Each set's standard protocol (../shared/data/README.md): how many sentences a summary has. */
const protocols = {
  cnndm: { file: 'cnndm-dev.jsonl', sentences: () => 3, label: 'CNN/DM (3 sent.)' },
  xsum: { file: 'xsum-dev.jsonl', sentences: () => 1, label: 'XSum (1 sent.)' },
  bbc: { file: 'bbc-dev.jsonl', sentences: (row) => row.reference.split('\n').filter((l) => l.trim() !== '').length, label: 'BBC (ref. length)' },
};

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    algorithms: { type: 'string' },
    sets: { type: 'string', default: 'cnndm,xsum,bbc' },
    'bbc-limit': { type: 'string', default: '300' },
    'no-oracle': { type: 'boolean', default: false },
    format: { type: 'string', default: 'markdown' },
  },
});

const dataDir = values.data ? resolve(values.data) : resolve(root, '../shared/data');
if (!existsSync(dataDir)) {
  console.error(`eval: no evaluation data: ${values.data ? dataDir : '../shared/data'} does not exist (give a folder of *-dev.jsonl files with --data)`);
  process.exit(2);
}
const names = values.algorithms ? values.algorithms.split(',') : scorers.map((s) => s.name);
for (const name of names) {
  if (!scorers.some((s) => s.name === name)) {
    console.error(`eval: unknown algorithm '${name}' (choose from ${scorers.map((s) => s.name).join(', ')})`);
    process.exit(2);
  }
}
const bbcLimit = Number(values['bbc-limit']);

/** Run the built CLI in JSONL mode over `lines`; resolves with its output lines and wall seconds. */
function runJsonl(lines, algorithm) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, 'bin/summarize.js'), '--jsonl', '--algorithm', algorithm], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) fail(new Error(`summarize --jsonl -a ${algorithm} exited ${code}`));
      else done({ out: Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l)), seconds });
    });
    child.stdin.end(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  });
}

/**
 * Corpus F1 as ROUGE-1.5.5 prints it (the mean of its 1,000 bootstrap resample means, documents
 * numbered in file order), so the figures compare with the peers' in ../shared/data/README.md.
 */
function score(summaries, rows) {
  const pairs = rows.map((row, i) => ({ id: row.id, summary: summaries[i], reference: row.reference.split('\n') }));
  const report = evaluateCorpus(pairs, { stem: true, resamples: 1000, confidence: 95, seed: 0 });
  return { r1: 100 * report.rouge1.f1.resampledMean, r2: 100 * report.rouge2.f1.resampledMean, rl: 100 * report.rougeL.f1.resampledMean };
}

const results = [];
for (const key of values.sets.split(',')) {
  const protocol = protocols[key];
  if (!protocol) {
    console.error(`eval: unknown set '${key}' (choose from ${Object.keys(protocols).join(', ')})`);
    process.exit(2);
  }
  const path = join(dataDir, protocol.file);
  if (!existsSync(path)) {
    console.error(`eval: ${path} not found; skipping ${key}`);
    continue;
  }
  let rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  if (key === 'bbc') rows = rows.slice(0, bbcLimit);
  const input = rows.map((row) => ({ id: row.id, text: row.article, sentences: protocol.sentences(row) }));

  if (!values['no-oracle']) {
    const started = process.hrtime.bigint();
    const summaries = rows.map((row) => {
      const sentences = split(row.article).map((s) => s.text);
      return greedyOracle(sentences, row.reference.split('\n'), { maxSentences: protocol.sentences(row) }).map((i) => sentences[i]);
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    results.push({ set: key, algorithm: 'oracle (greedy, upper bound)', docs: rows.length, ...score(summaries, rows), docsPerSecond: rows.length / seconds });
  }
  for (const name of names) {
    const { out, seconds } = await runJsonl(input, name);
    const summaries = out.map((o) => o.summary ?? []);
    results.push({ set: key, algorithm: name, docs: rows.length, ...score(summaries, rows), docsPerSecond: rows.length / seconds });
    process.stderr.write(`eval: ${key} ${name} done\n`);
  }
}

if (values.format === 'json') {
  console.log(JSON.stringify(results, null, 2));
} else {
  const sets = [...new Set(results.map((r) => r.set))];
  const algorithms = [...new Set(results.map((r) => r.algorithm))];
  const fmt = (r) => (r ? `${r.r1.toFixed(2)} / ${r.r2.toFixed(2)} / ${r.rl.toFixed(2)}` : '');
  const speed = (r) => (r ? r.docsPerSecond.toFixed(0) : '');
  console.log(`| algorithm | ${sets.map((s) => `${protocols[s].label} R-1 / R-2 / R-L | docs/s`).join(' | ')} |`);
  console.log(`| --- | ${sets.map(() => '--- | ---').join(' | ')} |`);
  for (const a of algorithms) {
    const cells = sets.map((s) => {
      const r = results.find((x) => x.set === s && x.algorithm === a);
      return `${fmt(r)} | ${speed(r)}`;
    });
    console.log(`| ${a} | ${cells.join(' | ')} |`);
  }
  console.log(`\nROUGE F1 x 100, stemmed, as ROUGE-1.5.5 prints it (our exact port: mean of 1,000 bootstrap resamples); docs/s is wall time of one \`summarize --jsonl\` process including start-up, reading and writing. Sets: ${sets.map((s) => `${s} ${results.find((r) => r.set === s)?.docs} articles`).join(', ')}.`);
}
