// sumy's Reduction, ported for a measurement, not shipped (docs/quality.md): the best peer on XSum
// (19.32 R-1 with sumy's own tokenizer), so is a Reduction-like centrality a better treatment for
// short texts or one-sentence summaries than the default's?
//
// Reduction (sumy/summarizers/reduction.py): every pair of sentences is an edge weighing
// (shared content words, counted with repeats) / (ln |S1| + ln |S2|), over stemmed words without
// stop words; a sentence scores the sum of its edges. All pairs: O(n²), fine for a bench, and the
// shipped default would need a bounded window (the `W` argument).
//
//   npm run build && node bench/dev/reduction.mjs
//
// Prints two tables. First, each set at its protocol: the default; Reduction everywhere; Reduction
// as the whole-text treatment (texts of at most 10 sentences). Second, one-sentence summaries
// of the documents the default reads lead-first, where Reduction replaces or multiplies the
// lead-first score, on XSum and on checks of articles that keep their lede (CNN/DM against all
// highlights and the first one, BBC against its headline, with and without its first sentence).
import { readFileSync } from 'node:fs';
import { analyse, split } from '../../dist/summarize.js';
import { adaptive } from '../../dist/scorers/adaptive.js';
import { createSalience } from '../../dist/scorers/salience.js';
import { rougeMulti } from '../../dist/eval/rouge.js';
import { select } from '../../dist/stages/select.js';
import { displayText } from '../../dist/text.js';

export function reduction(doc, W = Infinity) {
  const n = doc.terms.length;
  const scores = new Array(n).fill(0);
  const counts = doc.terms.map((terms) => {
    const m = new Map();
    for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < Math.min(n, i + 1 + W); j++) {
      const a = doc.terms[i];
      const b = doc.terms[j];
      if (a.length === 0 || b.length === 0) continue;
      let shared = 0;
      for (const t of a) shared += counts[j].get(t) ?? 0;
      if (shared === 0) continue;
      const norm = Math.log(a.length) + Math.log(b.length);
      const edge = norm > 1e-9 ? shared / norm : shared;
      scores[i] += edge;
      scores[j] += edge;
    }
  }
  return scores;
}

const read = (f) => readFileSync(new URL(`../../../shared/data/${f}-dev.jsonl`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const lines = (t) => t.split('\n').filter((l) => l.trim() !== '');
const refsOf = (row) => (Array.isArray(row.references) && row.references.length > 0 ? row.references : [row.reference]).map((r) => r.split('\n'));
const withoutLede = (article) => {
  const first = split(article).find((s) => s.role === 'body');
  return first ? article.slice(first.end) : article;
};
const asScorer = (score) => ({ name: 'variant', score, explain: () => ({}) });
const r1 = (doc, scorer, n, refs) => 100 * rougeMulti(select(doc, scorer.score(doc), scorer, { kind: 'sentences', value: n }, 'document').map((i) => displayText(doc.candidates[i].text)), refs, { stem: true }).rouge1.f1;
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;

const protocols = {
  xsum: () => 1,
  scitldr: () => 1,
  cnndm: () => 3,
  scisummnet: (row) => lines(row.reference).length,
  squality: (row) => lines(row.reference).length,
  fewsum_amazon: (row) => lines(row.reference).length,
  fewsum_yelp: (row) => lines(row.reference).length,
  bbc: (row) => lines(row.reference).length,
};
const red = asScorer((doc) => reduction(doc));
console.log('| set (protocol) | default | Reduction everywhere | Reduction as the whole-text treatment | short texts: whole-text salience / Reduction |');
console.log('| --- | --- | --- | --- | --- |');
for (const [set, n] of Object.entries(protocols)) {
  const rows = set === 'bbc' ? read(set).slice(0, 300) : read(set);
  const cells = { def: [], all: [], whole: [], shortDef: [], shortRed: [] };
  for (const row of rows) {
    const doc = analyse(row.article);
    const def = r1(doc, adaptive, n(row), refsOf(row));
    const r = r1(doc, red, n(row), refsOf(row));
    const whole = adaptive.decide(doc).treatment === 'whole-text';
    cells.def.push(def);
    cells.all.push(r);
    cells.whole.push(whole ? r : def);
    if (whole) {
      cells.shortDef.push(def);
      cells.shortRed.push(r);
    }
  }
  const short = cells.shortDef.length > 0 ? `${mean(cells.shortDef).toFixed(2)} / ${mean(cells.shortRed).toFixed(2)} (${cells.shortDef.length} docs)` : 'none';
  console.log(`| ${set} (${rows.length}) | ${mean(cells.def).toFixed(2)} | ${mean(cells.all).toFixed(2)} | ${mean(cells.whole).toFixed(2)} | ${short} |`);
}

const checks = {
  'XSum': read('xsum').map((row) => ({ text: row.article, refs: refsOf(row) })),
  'CNN/DM vs all highlights': read('cnndm').map((row) => ({ text: row.article, refs: refsOf(row) })),
  'CNN/DM vs first highlight': read('cnndm').map((row) => ({ text: row.article, refs: [lines(row.reference).slice(0, 1)] })),
  'BBC vs headline': read('bbc').slice(0, 400).map((row) => ({ text: row.article, refs: [[row.title]] })),
  'BBC without lede vs headline': read('bbc').slice(0, 400).map((row) => ({ text: withoutLede(row.article), refs: [[row.title]] })),
};
for (const items of Object.values(checks)) for (const item of items) item.doc = analyse(item.text);
const salience = createSalience();
const wideLede = createSalience({ lede: 8 });
const normalised = (xs) => {
  const max = Math.max(...xs, 1e-9);
  return xs.map((x) => x / max);
};
const variants = {
  'default': undefined,
  'Reduction': (doc) => reduction(doc),
  'lead-first × Reduction': (doc) => {
    const r = normalised(reduction(doc));
    return salience.score(doc).map((s, i) => s * r[i]);
  },
  'lead-first × Reduction, window 20': (doc) => {
    const r = normalised(reduction(doc, 20));
    return salience.score(doc).map((s, i) => s * r[i]);
  },
  'lead-first (lede 8) × Reduction': (doc) => {
    const r = normalised(reduction(doc));
    return wideLede.score(doc).map((s, i) => s * r[i]);
  },
};
console.log(`\n| one sentence, lead-first documents | ${Object.keys(checks).join(' | ')} |`);
console.log(`| --- | ${Object.keys(checks).map(() => '---').join(' | ')} |`);
for (const [name, score] of Object.entries(variants)) {
  const cells = Object.values(checks).map((items) =>
    mean(items.map((item) => r1(item.doc, score && adaptive.decide(item.doc).treatment === 'lead-first' ? asScorer(score) : adaptive, 1, item.refs))).toFixed(2),
  );
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
