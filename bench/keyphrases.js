#!/usr/bin/env node
// Keyphrase quality on the three dev sets of ../shared/data (500N-KPCrowd news, Inspec abstracts,
// SemEval-2010 papers), with the standard protocol of ../shared/data/README.md: lower-case, split on
// anything not a letter or digit, Porter-stem every word (words of 2 letters or fewer unchanged),
// exact match of the stemmed word sequence; predictions that repeat an earlier one after stemming
// are dropped, then cut at k; P, R (over the distinct gold phrases) and F1 per document, mean ×100.
//
//   npm run eval:keyphrases                       the default, then each candidate source forced on
//                                                 every kind of text; F1@5 and F1@10
//   node bench/keyphrases.js --source nouns       one row: default, nouns or statistical
//   node bench/keyphrases.js --limit 50           the first 50 documents of each set
//   node bench/keyphrases.js --halves             also F1@10 on the odd and the even documents apart
//
// Run after `npm run build` (it imports dist/). It reads ../shared/data and says so when absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyse } from '../dist/index.js';
import { keyphrases, keyphraseDefaults } from '../dist/stages/keyphrases.js';
import { tagWords } from '../dist/nlp/wink.js';
import { porterStem } from '../dist/eval/porter.js';
import { bootstrapMeans } from '../dist/eval/bootstrap.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = join(root, '..', 'shared', 'data');
const sets = [
  ['500N-KPCrowd (news)', 'kp-500n-dev.jsonl'],
  ['Inspec (abstracts)', 'kp-inspec-dev.jsonl'],
  ['SemEval-2010 (papers)', 'kp-semeval-dev.jsonl'],
];

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sources = arg('--source') ? [arg('--source')] : ['default', 'statistical', 'nouns'];
const limit = arg('--limit') ? Number(arg('--limit')) : Infinity;
const json = args.includes('--json');
const halves = args.includes('--halves');
// For exploring the ranking's knobs: KP_OPTIONS='{"lengthExponent":0}'.
const options = { ...keyphraseDefaults, ...JSON.parse(process.env.KP_OPTIONS ?? '{}') };

if (!existsSync(data)) {
  console.error(`bench/keyphrases.js: ${data} is absent: the keyphrase dev sets live in ../shared/data beside the repository. Nothing measured.`);
  process.exit(2);
}

/** A phrase as the protocol compares it: lower-cased, split on non-alphanumerics, each word Porter-stemmed. */
function key(phrase) {
  return (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => (w.length <= 2 ? w : porterStem(w))).join(' ');
}

function scoreAt(predicted, gold, k) {
  const seen = new Set();
  const top = [];
  for (const p of predicted) {
    const kk = key(p);
    if (kk === '' || seen.has(kk)) continue;
    seen.add(kk);
    top.push(kk);
  }
  const cut = top.slice(0, k);
  const goldKeys = new Set(gold.map(key).filter((g) => g !== ''));
  const hits = cut.filter((p) => goldKeys.has(p)).length;
  const p = cut.length === 0 ? 0 : hits / cut.length;
  const r = goldKeys.size === 0 ? 0 : hits / goldKeys.size;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const results = [];
for (const source of sources) {
  const row = { source, sets: {} };
  for (const [name, file] of sets) {
    const docs = readFileSync(join(data, file), 'utf8').split('\n').filter(Boolean).slice(0, limit).map((line) => JSON.parse(line));
    let f5 = 0;
    let f10 = 0;
    const perDoc = [];
    const t0 = process.cpuUsage();
    for (const d of docs) {
      const doc = analyse(d.text);
      const forced = source === 'default' ? options : { ...options, sources: { narrative: source, expository: source, long: source } };
      const predicted = keyphrases(doc, 10, tagWords, forced).map((k) => k.text);
      f5 += scoreAt(predicted, d.keyphrases, 5);
      const at10 = scoreAt(predicted, d.keyphrases, 10);
      f10 += at10;
      perDoc.push(100 * at10);
    }
    const cpu = process.cpuUsage(t0);
    const [interval] = bootstrapMeans([perDoc]);
    const meanOf = (values) => values.reduce((n, x) => n + x, 0) / values.length;
    const half = (parity) => meanOf(perDoc.filter((_, i) => i % 2 === parity));
    row.sets[name] = { docs: docs.length, f5: (100 * f5) / docs.length, f10: (100 * f10) / docs.length, f10Interval: [interval.lower, interval.upper], f10Halves: [half(0), half(1)], cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  }
  results.push(row);
}

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`| candidates | ${sets.map(([name]) => name).join(' | ')} | mean |`);
  console.log(`| --- | ${sets.map(() => '---').join(' | ')} | --- |`);
  for (const row of results) {
    const cells = sets.map(([name]) => `${row.sets[name].f5.toFixed(2)} / ${row.sets[name].f10.toFixed(2)}`);
    const mean = sets.reduce((n, [name]) => n + row.sets[name].f10, 0) / sets.length;
    console.log(`| ${row.source} | ${cells.join(' | ')} | ${mean.toFixed(2)} |`);
  }
  console.log('\nF1@5 / F1@10 ×100, mean over documents; mean column: F1@10 over the three sets.');
  console.log(`95% bootstrap interval of F1@10 (1,000 resamples of the documents): ${results.map((r) => `${r.source} ${sets.map(([name]) => r.sets[name].f10Interval.map((x) => x.toFixed(2)).join('–')).join(', ')}`).join('; ')}`);
  if (halves) console.log(`F1@10 on the odd / the even documents (1st, 3rd, ... / 2nd, 4th, ...): ${results.map((r) => `${r.source} ${sets.map(([name]) => r.sets[name].f10Halves.map((x) => x.toFixed(2)).join(' / ')).join(', ')}`).join('; ')}`);
  console.log(`CPU seconds: ${results.map((r) => `${r.source} ${sets.map(([name]) => r.sets[name].cpuSeconds.toFixed(1)).join(' + ')}`).join('; ')}`);
}
