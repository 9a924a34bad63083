#!/usr/bin/env node
// The speed benchmark: `npm run bench` (which builds first), or `node bench/speed.js [options]`.
//
// Every figure is the median of several runs of the built CLI as a child process, each run next
// to a baseline run in the same loop, so that a busy machine slows both alike:
//   start-up     `summarize` on the example article (3.6 KB) and on a 5 KB one  vs  `node -e ''`
//   large input  `summarize -n 10` on 100 KB, 1 MB and 10 MB of text  vs  `wc -w` on the same file
//                (the floor for reading a text once)
//   corpus       `summarize --jsonl` on 10,000 and 100,000 articles, three ways in each round:
//                (a) `--jobs 1`; (b) `--jobs 2` (a pool of 2 worker threads); (c) two `--jobs 1`
//                processes, one on each half of the corpus, started together: what two cores
//                give two independent processes here, the machine's own ceiling. The pool's
//                efficiency is (c)'s wall time over (b)'s, round by round: 1 means the pool is as
//                fast as two separate processes.
// CPU is user + system time of the child (bash's `times`, to the millisecond), wall is the
// elapsed time, memory the child's peak resident set (GNU time's %M, when /usr/bin/time exists).
// It prints figures and never fails on them: CI runs only `--quick` (test/bench.test.ts).
//
// Options:
//   --quick          small inputs (100 KB, 200 articles), one run: a smoke test
//   --no-100k        the corpus case without 100,000 articles (their runs take about 10 minutes)
//   --runs N         runs per figure (default 5; 1 with --quick)
//   --algorithms     also time every algorithm (-a NAME) on 1 MB and 10 MB, for their growth
//   --only LIST      some of: startup,large,jsonl,algorithms (comma-separated)
// Inputs are built by scripts/build-bench-corpus.js under .bench-data/ (git-ignored).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as buildCorpus } from '../scripts/build-bench-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/summarize.js');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(valueOf('--runs') ?? (quick ? 1 : 5));
const only = valueOf('--only')?.split(',');
const sections = only ?? ['startup', 'large', 'jsonl', ...(args.includes('--algorithms') ? ['algorithms'] : [])];

function valueOf(flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('bench/speed.js runs the built CLI: run `npm run build` first (npm run bench does)');
  process.exit(2);
}

const loadStart = loadavg().map((l) => l.toFixed(2)).join(' ');
const scratch = mkdtempSync(join(tmpdir(), 'summarize-bench-'));
const data = join(root, '.bench-data');
const large = !quick && !args.includes('--no-100k') && sections.includes('jsonl');
buildCorpus(quick ? ['--quick', '--out', data] : ['--out', data, ...(large ? ['--100k'] : [])]);
const article = join(root, 'fixtures/csto-tokayev.txt');
const texts = quick ? ['text-100k.txt'] : ['text-100k.txt', 'text-1m.txt', 'text-10m.txt'];
const corpora = quick ? ['articles-200.jsonl'] : ['articles-10k.jsonl', ...(large ? ['articles-100k.jsonl'] : [])];
const jobs = availableParallelism();

/**
 * One run of a command: CPU seconds of the child, wall seconds, peak memory in MB (undefined
 * without GNU time), and a digest of its standard output when `keep` asks for one.
 */
function runOnce(command, { keep = false, tag = '' } = {}) {
  const out = join(scratch, `stdout${tag}`);
  const rss = join(scratch, `rss${tag}`);
  rmSync(rss, { force: true });
  const timed = gnuTime === undefined ? '"$@"' : `${gnuTime} -f %M -o "$RSS" "$@"`;
  // `times` prints the shell's own CPU, then its children's: the second line is the command's.
  const script = `${timed} > "$OUT" 2> "$OUT.err"; code=$?; times; exit $code`;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('bash', ['-c', script, 'bench', ...command], { cwd: root, env: { ...process.env, OUT: out, RSS: rss, NO_COLOR: '1' } });
    let times = '';
    child.stdout.on('data', (chunk) => (times += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && !(code === 1 && command.includes('--jsonl'))) {
        reject(new Error(`${command.join(' ')} exited ${code}: ${readFileSync(`${out}.err`, 'utf8').slice(0, 500)}`));
        return;
      }
      const children = times.trim().split('\n').at(-1) ?? '';
      const [user, sys] = [...children.matchAll(/(\d+)m([\d.]+)s/gu)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      const peak = existsSync(rss) ? Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1)) / 1024 : undefined;
      const digest = keep ? createHash('sha256').update(readFileSync(out)).digest('hex') : undefined;
      resolve({ cpu: (user ?? NaN) + (sys ?? NaN), wall, peak, digest, out });
    });
  });
}

function median(values) {
  const sorted = values.filter((v) => v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Commands run together, started at the same time: one sample whose wall time is the last one's
 * end, CPU time the sum, peak memory the largest, and digest that of their outputs one after the other.
 */
async function runTogether(commands, options) {
  const started = process.hrtime.bigint();
  const all = await Promise.all(commands.map((command, i) => runOnce(command, { ...options, keep: false, tag: `.${i}` })));
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const digest = options?.keep ? all.reduce((hash, s) => hash.update(readFileSync(s.out)), createHash('sha256')).digest('hex') : undefined;
  return { cpu: all.reduce((n, s) => n + s.cpu, 0), wall, peak: all.some((s) => s.peak === undefined) ? undefined : Math.max(...all.map((s) => s.peak)), digest };
}

/**
 * Median figures of each command, the commands of one case run one after the other in each round
 * (a command that is `{ together: [...] }` runs its commands at once). `samples` keeps every round's.
 */
async function measure(commands, options) {
  const samples = commands.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const [i, command] of commands.entries()) samples[i].push(await (command.together === undefined ? runOnce(command, options) : runTogether(command.together, options)));
  }
  return samples.map((list) => ({
    cpu: median(list.map((s) => s.cpu)),
    wall: median(list.map((s) => s.wall)),
    peak: median(list.map((s) => s.peak)),
    digests: new Set(list.map((s) => s.digest)),
    samples: list,
  }));
}

const rows = [];
const notes = [];
/** A row of the table: `vs baseline` is CPU time over the baseline's, or with `speedup` how many times faster the wall clock is. */
function row(section, what, command, figures, { bytes, baseline, speedup = false } = {}) {
  const rate = bytes === undefined || figures.cpu === undefined ? '' : (bytes / 1e6 / figures.cpu).toFixed(2);
  let ratio = '';
  if (baseline !== undefined) ratio = speedup ? `${(baseline.wall / figures.wall).toFixed(2)}x faster (wall)` : `${(figures.cpu / baseline.cpu).toFixed(2)}x CPU`;
  rows.push([section, what, `\`${command}\``, fixed(figures.cpu, 3), fixed(figures.wall, 3), fixed(figures.peak, 0), rate, ratio]);
}
function fixed(value, digits) {
  return value === undefined ? 'n/a' : value.toFixed(digits);
}
const node = process.execPath;
const summarize = (...rest) => [node, bin, ...rest];
const relative = (path) => path.replace(root, '');

if (sections.includes('startup')) {
  const article5k = join(data, 'article-5k.txt');
  const [base, run, run5k, version] = await measure([[node, '-e', ''], summarize(article), summarize(article5k), summarize('--version')]);
  row('start-up', 'baseline', "node -e ''", base);
  row('start-up', 'article (3.6 KB)', `summarize ${relative(article)}`, run, { baseline: base });
  row('start-up', `article (${(statSync(article5k).size / 1000).toFixed(1)} KB)`, `summarize ${relative(article5k)}`, run5k, { baseline: base });
  row('start-up', 'options only', 'summarize --version', version, { baseline: base });
}

if (sections.includes('large')) {
  const perMb = [];
  for (const name of texts) {
    const file = join(data, name);
    const bytes = statSync(file).size;
    const [base, run] = await measure([['wc', '-w', file], summarize('-n', '10', file)]);
    row('large input', `${name} baseline`, `wc -w ${name}`, base, { bytes });
    row('large input', name, `summarize -n 10 ${name}`, run, { bytes, baseline: base });
    perMb.push({ name, bytes, cpu: run.cpu });
  }
  const [small, large] = [perMb.find((p) => p.name === 'text-1m.txt'), perMb.find((p) => p.name === 'text-10m.txt')];
  if (small !== undefined && large !== undefined) {
    notes.push(`1 MB -> 10 MB: ${(large.bytes / small.bytes).toFixed(1)}x the input, ${(large.cpu / small.cpu).toFixed(1)}x the CPU time (target: at most 12x)`);
  }
}

if (sections.includes('jsonl')) {
  for (const corpus of corpora) {
    const articles = join(data, corpus);
    const name = relative(articles);
    const lines = readFileSync(articles, 'utf8').split('\n').filter((l) => l !== '').length;
    const bytes = statSync(articles).size;
    const halves = halvesOf(articles, corpus);
    const [one, two, apart] = await measure(
      [summarize('--jsonl', '--jobs', '1', articles), summarize('--jsonl', '--jobs', '2', articles), { together: halves.map((half) => summarize('--jsonl', '--jobs', '1', half)) }],
      { keep: true },
    );
    row('corpus', `${lines} articles, (a) 1 process, --jobs 1`, `summarize --jsonl --jobs 1 ${name}`, one, { bytes });
    row('corpus', `${lines} articles, (b) 1 process, --jobs 2`, `summarize --jsonl --jobs 2 ${name}`, two, { bytes, baseline: one, speedup: true });
    row('corpus', `${lines} articles, (c) 2 processes, --jobs 1 on each half`, `summarize --jsonl --jobs 1 HALF (x2, together)`, apart, { bytes, baseline: one, speedup: true });
    // The pool against the ceiling, within each round: the rounds' load differs, a round's two runs less.
    const efficiency = two.samples.map((b, i) => apart.samples[i].wall / b.wall);
    // The same in CPU time: the work each way costs, which a loaded machine disturbs less than the wall clock.
    const work = two.samples.map((b, i) => apart.samples[i].cpu / b.cpu);
    const range = (values) => `${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)}`;
    notes.push(
      `${lines} articles: (b) --jobs 2 ${(one.wall / two.wall).toFixed(2)}x (a), (c) two processes ${(one.wall / apart.wall).toFixed(2)}x (a); ` +
        `pool efficiency b/c ${median(efficiency).toFixed(2)} (rounds: ${range(efficiency)}; target >= 0.9); ` +
        `CPU time of (c) over (b) ${median(work).toFixed(2)} (rounds: ${range(work)}); ` +
        `peak RSS (a) ${fixed(one.peak, 0)} MB, (b) ${fixed(two.peak, 0)} MB, (c) ${fixed(apart.peak, 0)} MB per process`,
    );
    const digests = new Set([...one.digests, ...two.digests, ...apart.digests]);
    notes.push(digests.size === 1 ? `${lines} articles: --jobs 2 output, and the halves' output one after the other: the output is byte-identical to --jobs 1` : `WARNING: ${lines} articles: outputs differ from --jobs 1`);
  }
}

/** The two halves of a corpus: built with it for 100,000 articles, cut here otherwise. */
function halvesOf(articles, corpus) {
  const built = [1, 2].map((n) => join(data, corpus.replace(/\.jsonl$/u, `.${n}.jsonl`)));
  if (built.every((path) => existsSync(path))) return built;
  const text = readFileSync(articles, 'utf8');
  const count = text.split('\n').length - 1;
  let cut = 0;
  for (let n = 0; n < count >> 1; n++) cut = text.indexOf('\n', cut) + 1;
  const cutHere = [join(scratch, 'half.1.jsonl'), join(scratch, 'half.2.jsonl')];
  writeFileSync(cutHere[0], text.slice(0, cut));
  writeFileSync(cutHere[1], text.slice(cut));
  return cutHere;
}

if (sections.includes('algorithms')) {
  const { scorers } = await import('../dist/index.js');
  for (const { name } of scorers) {
    const figures = [];
    for (const text of texts.filter((t) => t !== 'text-100k.txt')) {
      const file = join(data, text);
      const [run] = await measure([summarize('-a', name, '-n', '10', file)]);
      row('algorithm', `${name} on ${text}`, `summarize -a ${name} -n 10 ${text}`, run, { bytes: statSync(file).size });
      figures.push(run.cpu);
    }
    if (figures.length === 2) notes.push(`-a ${name}: 1 MB -> 10 MB costs ${(figures[1] / figures[0]).toFixed(1)}x the CPU time`);
  }
}

rmSync(scratch, { recursive: true, force: true });

const header = ['case', 'what', 'command', 'CPU s', 'wall s', 'max RSS MB', 'MB/CPU s', 'vs baseline'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`summarize speed: Node ${process.version}, ${jobs} cores, median of ${runs} run${runs === 1 ? '' : 's'}${quick ? ' (--quick)' : ''}; load average ${loadStart} at the start, ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
console.log('');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
if (notes.length > 0) console.log('');
for (const note of notes) console.log(`- ${note}`);
if (gnuTime === undefined) console.log('- max RSS: n/a (no /usr/bin/time)');
