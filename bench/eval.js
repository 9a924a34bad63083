#!/usr/bin/env node
// Summary quality benchmark: every algorithm of the registry on every English dev set, each with
// its standard protocol (../shared/data/README.md), run through the CLI's JSONL mode and scored
// with our ROUGE-1.5.5 port (stemmed; several references scored together as ROUGE's -f A does).
//
//   npm run eval                       all sets in ../shared/data, every algorithm (then the
//                                      other languages and the keyphrases: package.json)
//   node bench/eval.js --data DIR      another folder of *-dev.jsonl files (after npm run build)
//   node bench/eval.js --algorithms default,lead --sets cnndm,xsum --bbc-limit 1124 --format json
//
// Prints one table (R-1 / R-2 / R-L of the oracle, every algorithm), the paired bootstrap 95%
// interval of default − lead and default − the best other algorithm on each set, and the mean
// over sets. BBC News Summary is shown but left out of the mean: its references are sentences
// picked from the article by an undocumented method (a check of centrality methods, see the
// data README), not summaries written by people.
//
// Reads ../shared/data (benchmarks may; tests may not).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { rougeMulti } = await import(join(root, 'dist/eval/rouge.js'));
const { bootstrapMeans } = await import(join(root, 'dist/eval/bootstrap.js'));
const { greedyOracle } = await import(join(root, 'dist/eval/oracle.js'));
const { scorers } = await import(join(root, 'dist/scorers/index.js'));
const { split } = await import(join(root, 'dist/summarize.js'));

const lines = (text) => text.split('\n').filter((l) => l.trim() !== '');
const referenceLines = (row) => lines(row.reference).length;

/**
 * Each set's standard protocol (../shared/data/README.md): how many sentences a summary has, and
 * its genre for the per-genre table. `mean: false` keeps a set out of the mean over sets.
 */
export const protocols = {
  cnndm: { file: 'cnndm-dev.jsonl', sentences: () => 3, label: 'CNN/DM', genre: 'news' },
  xsum: { file: 'xsum-dev.jsonl', sentences: () => 1, label: 'XSum', genre: 'news, one-line lede' },
  bbc: { file: 'bbc-dev.jsonl', sentences: referenceLines, label: 'BBC (extractive refs)', genre: 'news (check only)', mean: false },
  scitldr: { file: 'scitldr-dev.jsonl', sentences: () => 1, label: 'SciTLDR', genre: 'paper abstracts' },
  scisummnet: { file: 'scisummnet-dev.jsonl', sentences: referenceLines, label: 'ScisummNet', genre: 'papers (no abstract)' },
  qmsum: { file: 'qmsum-dev.jsonl', sentences: referenceLines, label: 'QMSum', genre: 'meeting transcripts' },
  squality: { file: 'squality-dev.jsonl', sentences: referenceLines, label: 'SQuALITY', genre: 'stories' },
  fewsum_amazon: { file: 'fewsum_amazon-dev.jsonl', sentences: referenceLines, label: 'FewSum Amazon', genre: 'product reviews' },
  fewsum_yelp: { file: 'fewsum_yelp-dev.jsonl', sentences: referenceLines, label: 'FewSum Yelp', genre: 'business reviews' },
};

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    algorithms: { type: 'string' },
    sets: { type: 'string', default: Object.keys(protocols).join(',') },
    'bbc-limit': { type: 'string', default: '300' },
    'no-oracle': { type: 'boolean', default: false },
    jobs: { type: 'string', default: '2' },
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
const jobs = Math.max(1, Number(values.jobs) || 1);

/** Run the built CLI in JSONL mode over `input`; resolves with its output lines and wall seconds. */
function runJsonl(input, algorithm) {
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
    child.stdin.end(input.map((l) => JSON.stringify(l)).join('\n') + '\n');
  });
}

/** Every reference of a row, each as its sentences: `references` where a set has several. */
const referencesOf = (row) => (Array.isArray(row.references) && row.references.length > 0 ? row.references : [row.reference]).map((r) => r.split('\n'));

/** Per-document R-1, R-2, R-L F1 (x 100) of the summaries. */
function perDocument(summaries, rows) {
  const columns = [[], [], []];
  rows.forEach((row, i) => {
    const r = rougeMulti(summaries[i], referencesOf(row), { stem: true });
    columns[0].push(100 * r.rouge1.f1);
    columns[1].push(100 * r.rouge2.f1);
    columns[2].push(100 * r.rougeL.f1);
  });
  return columns;
}

/**
 * Corpus F1 as ROUGE-1.5.5 prints it: the mean of its 1,000 bootstrap resample means (documents
 * in file order), so the figures compare with the peers' in ../shared/data/README.md.
 */
function corpus(columns) {
  const [r1, r2, rl] = bootstrapMeans(columns, { resamples: 1000, confidence: 95, seed: 0 });
  return { r1: r1.resampledMean, r2: r2.resampledMean, rl: rl.resampledMean };
}

/** The paired bootstrap 95% interval of the mean per-document difference a − b, per metric. */
function paired(a, b) {
  const diff = a.map((column, m) => column.map((x, i) => x - b[m][i]));
  return bootstrapMeans(diff, { resamples: 1000, confidence: 95, seed: 0 }).map((ci) => ({ mean: ci.mean, lower: ci.lower, upper: ci.upper }));
}

/** Run `tasks` (functions returning promises) at most `limit` at a time, results in order. */
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const k = next++;
      results[k] = await tasks[k]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const results = [];
const comparisons = [];
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
  const columnsOf = {};

  if (!values['no-oracle']) {
    const started = process.hrtime.bigint();
    // The oracle is built against the first reference (the one `reference` holds).
    const summaries = rows.map((row) => {
      const sentences = split(row.article).map((s) => s.text);
      return greedyOracle(sentences, row.reference.split('\n'), { maxSentences: protocol.sentences(row) }).map((i) => sentences[i]);
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const columns = perDocument(summaries, rows);
    results.push({ set: key, algorithm: 'oracle', docs: rows.length, ...corpus(columns), docsPerSecond: rows.length / seconds });
  }
  const runs = await pool(names.map((name) => () => runJsonl(input, name)), jobs);
  names.forEach((name, k) => {
    const { out, seconds } = runs[k];
    const columns = perDocument(out.map((o) => o.summary ?? []), rows);
    columnsOf[name] = columns;
    results.push({ set: key, algorithm: name, docs: rows.length, ...corpus(columns), docsPerSecond: rows.length / seconds });
  });
  process.stderr.write(`eval: ${key} done\n`);
  if (columnsOf.default) {
    const mean = (name) => columnsOf[name][0].reduce((s, x) => s + x, 0) / rows.length;
    const others = names.filter((n) => n !== 'default');
    const best = others.reduce((a, b) => (a === undefined || mean(b) > mean(a) ? b : a), undefined);
    const row = { set: key, docs: rows.length };
    if (columnsOf.lead) row.lead = paired(columnsOf.default, columnsOf.lead);
    if (best) row.best = { algorithm: best, ...Object.fromEntries(paired(columnsOf.default, columnsOf[best]).map((ci, m) => [['r1', 'r2', 'rl'][m], ci])) };
    comparisons.push(row);
  }
}

const sets = [...new Set(results.map((r) => r.set))];
const algorithms = [...new Set(results.map((r) => r.algorithm))];
const inMean = sets.filter((s) => protocols[s].mean !== false);
const means = Object.fromEntries(
  algorithms.map((a) => {
    const rs = inMean.map((s) => results.find((x) => x.set === s && x.algorithm === a)).filter(Boolean);
    const avg = (f) => rs.reduce((sum, r) => sum + r[f], 0) / rs.length;
    return [a, rs.length === inMean.length && rs.length > 0 ? { r1: avg('r1'), r2: avg('r2'), rl: avg('rl') } : undefined];
  }),
);

if (values.format === 'json') {
  console.log(JSON.stringify({ results, comparisons, means }, null, 2));
} else {
  const fmt = (r) => (r ? `${r.r1.toFixed(2)} / ${r.r2.toFixed(2)} / ${r.rl.toFixed(2)}` : '');
  console.log(`| algorithm | ${sets.map((s) => protocols[s].label).join(' | ')} | mean over sets${inMean.length < sets.length ? ` (without ${sets.filter((s) => !inMean.includes(s)).join(', ')})` : ''} |`);
  console.log(`| --- | ${sets.map(() => '---').join(' | ')} | --- |`);
  for (const a of algorithms) {
    const cells = sets.map((s) => fmt(results.find((x) => x.set === s && x.algorithm === a)));
    console.log(`| ${a} | ${cells.join(' | ')} | ${fmt(means[a])} |`);
  }
  console.log(`| docs | ${sets.map((s) => results.find((r) => r.set === s)?.docs).join(' | ')} | |`);
  console.log('\nR-1 / R-2 / R-L F1 x 100, stemmed, as ROUGE-1.5.5 prints it (our exact port: mean of 1,000 bootstrap resamples; several references pooled as -f A).');
  if (comparisons.length > 0) {
    const ci = (c) => `${c.mean >= 0 ? '+' : ''}${c.mean.toFixed(2)} [${c.lower.toFixed(2)}, ${c.upper.toFixed(2)}]`;
    console.log('\nPaired bootstrap, 95% interval of the mean per-document difference (1,000 resamples), R-1 / R-2 / R-L:\n');
    console.log('| set | default − lead | best other algorithm | default − best |');
    console.log('| --- | --- | --- | --- |');
    for (const c of comparisons) {
      const lead = c.lead ? c.lead.map(ci).join(' / ') : '';
      const best = c.best ? [c.best.r1, c.best.r2, c.best.rl].map(ci).join(' / ') : '';
      console.log(`| ${protocols[c.set].label} | ${lead} | ${c.best?.algorithm ?? ''} | ${best} |`);
    }
  }
  const speeds = sets.map((s) => `${s} ${results.filter((r) => r.set === s && r.algorithm !== 'oracle').map((r) => `${r.algorithm} ${r.docsPerSecond.toFixed(0)}`).join(', ')}`);
  console.log(`\nDocs/s (wall time of one \`summarize --jsonl\` process, start-up included, ${jobs} at a time): ${speeds.join('; ')}.`);
}
