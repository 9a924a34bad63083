// Is the default's lead over LEAD on news robust, or fitted to cnndm-dev's 130 articles? The
// held-out news sets differ from it in ways this checks on dev: REALSumm is lower-cased, Newsroom
// asks for 2 sentences, and any tuned rule may hold on one half of the documents and not the other.
// For CNN/DM cased and lower-cased, at 3 and 2 sentences: default and LEAD through the built CLI
// (`--jsonl`, as bench/eval.js runs them), R-1 / R-2 / R-L F1 stemmed, the paired bootstrap 95%
// interval of default − LEAD (ROUGE's generator, seed 0), and the same difference on the odd and
// the even documents separately (a rule tuned on one half should hold on the other).
//
//   npm run build && node bench/dev/news-check.mjs [--algorithm default]
//
// Reads ../shared/data (benchmarks may; tests may not).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { rougeMulti } = await import(join(root, 'dist/eval/rouge.js'));
const { bootstrapMeans } = await import(join(root, 'dist/eval/bootstrap.js'));
const { values } = parseArgs({ options: { algorithm: { type: 'string', default: 'default' } } });

const rows = readFileSync(join(root, '../shared/data/cnndm-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

function summaries(algorithm, lower, sentences) {
  const input = rows.map((row) => JSON.stringify({ id: row.id, text: lower ? row.article.toLowerCase() : row.article, sentences })).join('\n') + '\n';
  const run = spawnSync(process.execPath, [join(root, 'bin/summarize.js'), '--jsonl', '--algorithm', algorithm], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`summarize --jsonl -a ${algorithm} exited ${run.status}: ${run.stderr}`);
  return run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).summary ?? []);
}

/** Per-document R-1, R-2, R-L F1 × 100. */
function columns(out) {
  const c = [[], [], []];
  rows.forEach((row, i) => {
    const r = rougeMulti(out[i], [row.reference.split('\n')], { stem: true });
    c[0].push(100 * r.rouge1.f1);
    c[1].push(100 * r.rouge2.f1);
    c[2].push(100 * r.rougeL.f1);
  });
  return c;
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const signed = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

console.log(`| CNN/DM dev (130) | ${values.algorithm} R-1 / R-2 / R-L | LEAD | ${values.algorithm} − LEAD, 95% interval, R-1 / R-2 / R-L | R-1 difference, odd docs | even docs |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const lower of [false, true]) {
  for (const sentences of [3, 2]) {
    const a = columns(summaries(values.algorithm, lower, sentences));
    const b = columns(summaries('lead', lower, sentences));
    const diff = a.map((col, m) => col.map((x, i) => x - b[m][i]));
    const ci = bootstrapMeans(diff, { resamples: 1000, confidence: 95, seed: 0 });
    const half = (parity) => mean(diff[0].filter((_, i) => i % 2 === parity));
    const fmt = (c) => c.map((col) => mean(col).toFixed(2)).join(' / ');
    console.log(`| ${lower ? 'lower-cased' : 'cased'}, ${sentences} sentences | ${fmt(a)} | ${fmt(b)} | ${ci.map((x) => `${signed(x.mean)} [${x.lower.toFixed(2)}, ${x.upper.toFixed(2)}]`).join(' / ')} | ${signed(half(1))} | ${signed(half(0))} |`);
  }
}
