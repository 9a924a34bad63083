// Per-document cache for the adaptive default: for every English dev set (bench/eval.js's
// protocols), each document's features (src/scorers/genre.ts, plus two dev-only ones below) and the R-1 / R-2 / R-L of every
// algorithm on it, written to a JSON file so that routing rules can be tried without re-running
// the scorers (bench/dev/route.mjs and scripts/train-genre.mjs read it).
//
//   npm run build && node bench/dev/genres.mjs [out.json]     (default /tmp/summarize-genres.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { analyse } from '../../dist/summarize.js';
import { rougeMulti } from '../../dist/eval/rouge.js';
import { select } from '../../dist/stages/select.js';
import { displayText } from '../../dist/text.js';
import { scorers } from '../../dist/scorers/index.js';
import { createSalience } from '../../dist/scorers/salience.js';
import * as genre from '../../dist/scorers/genre.js';

/**
 * Dev-only signals, measured and left out of the shipped rule (see docs/quality.md): the weight
 * share of the ten heaviest terms that the first three sentences hold (leadCoverage), and that
 * share over the mean share of up to 16 evenly spaced later windows of three (leadAdvantage).
 */
function opening(doc) {
  const top = [...doc.weights].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const total = top.reduce((sum, [, w]) => sum + w, 0);
  if (total <= 0) return { leadCoverage: 0, leadAdvantage: 1 };
  const coverage = (from) => {
    const terms = new Set(doc.terms.slice(from, from + 3).flat());
    return top.reduce((sum, [t, w]) => sum + (terms.has(t) ? w : 0), 0) / total;
  };
  const lead = coverage(0);
  const n = doc.terms.length;
  if (n < 6) return { leadCoverage: lead, leadAdvantage: 1 };
  const count = Math.min(16, n - 5);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += coverage(3 + Math.floor((k * (n - 6)) / Math.max(1, count - 1)));
  const elsewhere = sum / count;
  return { leadCoverage: lead, leadAdvantage: elsewhere > 0 ? lead / elsewhere : lead > 0 ? 10 : 1 };
}

const lines = (text) => text.split('\n').filter((l) => l.trim() !== '');
const sets = {
  cnndm: { file: 'cnndm-dev.jsonl', n: () => 3 },
  xsum: { file: 'xsum-dev.jsonl', n: () => 1 },
  bbc: { file: 'bbc-dev.jsonl', n: (row) => lines(row.reference).length, limit: 300 },
  scitldr: { file: 'scitldr-dev.jsonl', n: () => 1 },
  scisummnet: { file: 'scisummnet-dev.jsonl', n: (row) => lines(row.reference).length },
  qmsum: { file: 'qmsum-dev.jsonl', n: (row) => lines(row.reference).length },
  squality: { file: 'squality-dev.jsonl', n: (row) => lines(row.reference).length },
  fewsum_amazon: { file: 'fewsum_amazon-dev.jsonl', n: (row) => lines(row.reference).length },
  fewsum_yelp: { file: 'fewsum_yelp-dev.jsonl', n: (row) => lines(row.reference).length },
};
const variants = [
  ...scorers.filter((s) => s.name !== 'default'),
  { ...createSalience(), name: 'salience' },
  { ...createSalience({ steepness: 0 }), name: 'salience-noprior' },
];
const only = process.env.SETS ? process.env.SETS.split(',') : Object.keys(sets);
const out = {};
for (const key of only) {
  const p = sets[key];
  let rows = readFileSync(new URL(`../../../shared/data/${p.file}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (p.limit) rows = rows.slice(0, p.limit);
  out[key] = rows.map((row) => {
    const doc = analyse(row.article);
    const n = p.n(row);
    const refs = (Array.isArray(row.references) && row.references.length > 0 ? row.references : [row.reference]).map((r) => r.split('\n'));
    const scores = {};
    for (const scorer of variants) {
      const s = scorer.score(doc);
      const chosen = select(doc, s, scorer, { kind: 'sentences', value: n }, 'document');
      const r = rougeMulti(chosen.map((i) => displayText(doc.candidates[i].text)), refs, { stem: true });
      scores[scorer.name] = [r.rouge1.f1, r.rouge2.f1, r.rougeL.f1].map((x) => Math.round(x * 1e5) / 1e3);
    }
    return { id: row.id, n, features: { ...genre.features(doc), ...opening(doc) }, scores };
  });
  process.stderr.write(`${key} ${rows.length}\n`);
}
writeFileSync(process.argv[2] ?? '/tmp/summarize-genres.json', JSON.stringify(out));
