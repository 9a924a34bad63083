#!/usr/bin/env node
// Languages beyond English: sentence segmentation on the Universal Dependencies dev splits, language
// detection on every set, and summary quality on the non-English summarization sets, each scored
// with the Unicode ROUGE mode (src/eval/rouge.ts `unicodeTokens`: lower case, Unicode letters and
// digits, every CJK character a token, no stemming). `npm run eval` runs it after the English table.
//
//   node bench/eval-languages.js                         everything in ../shared
//   node bench/eval-languages.js --only segmentation     (or detection, summaries)
//   node bench/eval-languages.js --algorithms default,lead --format json
//
// Reads ../shared (benchmarks may; tests may not) and says so plainly when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { splitSentences } = await import(join(root, 'dist/segment/index.js'));
const { evaluateCorpus } = await import(join(root, 'dist/eval/evaluate.js'));
const { greedyOracle } = await import(join(root, 'dist/eval/oracle.js'));
const { scorers } = await import(join(root, 'dist/scorers/index.js'));
const { summarize, split } = await import(join(root, 'dist/summarize.js'));
const { detectLanguage } = await import(join(root, 'dist/stages/detect-language.js'));

const { values } = parseArgs({
  options: {
    shared: { type: 'string' },
    only: { type: 'string' },
    algorithms: { type: 'string' },
    format: { type: 'string', default: 'markdown' },
  },
});
const shared = values.shared ? resolve(values.shared) : resolve(root, '../shared');
if (!existsSync(shared)) {
  console.error(`eval-languages: no evaluation data: ${shared} does not exist (give the folder with --shared)`);
  process.exit(2);
}
const parts = values.only ? values.only.split(',') : ['segmentation', 'detection', 'summaries'];
const names = values.algorithms ? values.algorithms.split(',') : scorers.map((s) => s.name);
const rows = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const results = {};

// ---------------------------------------------------------------------------------------------
// Segmentation: boundary precision, recall and F1 on the UD dev splits (segmentation/ud-dev/README.md).
const treebanks = ['en-ewt', 'de-gsd', 'fr-gsd', 'es-gsd', 'ru-gsd', 'pt-bosque', 'it-isdt'];

/** Offsets where each sentence ends inside the text, the last one (the document's end) left out. */
function goldEnds(text, sentences) {
  const ends = [];
  let pos = 0;
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (trimmed === '') continue;
    const at = text.indexOf(trimmed, pos);
    if (at < 0) continue;
    pos = at + trimmed.length;
    ends.push(pos);
  }
  ends.pop();
  return ends;
}

/** The plain regular-expression splitter the issue's table compares with: a terminator, closers, then white space. */
function regexEnds(text) {
  const ends = [];
  for (const match of text.matchAll(/[.!?…]+["'”’»)\]]*(?=\s+\S)/gu)) ends.push(match.index + match[0].length);
  return ends;
}

function boundaryScores(docs, predict) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const doc of docs) {
    const gold = new Set(goldEnds(doc.text, doc.sentences));
    const predicted = new Set(predict(doc.text));
    for (const end of predicted) if (gold.has(end)) tp++; else fp++;
    for (const end of gold) if (!predicted.has(end)) fn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r) };
}

function spansEnds(spans) {
  return spans.slice(0, -1).map((s) => s.end);
}

if (parts.includes('segmentation')) {
  const dir = join(shared, 'segmentation/ud-dev');
  results.segmentation = [];
  for (const treebank of treebanks) {
    const path = join(dir, `${treebank}.jsonl`);
    if (!existsSync(path)) {
      console.error(`eval-languages: ${path} not found; skipping ${treebank}`);
      continue;
    }
    const docs = rows(path);
    const language = treebank.slice(0, 2);
    results.segmentation.push({
      treebank,
      documents: docs.length,
      ours: boundaryScores(docs, (text) => spansEnds(splitSentences(text, 0, text.length, language))),
      englishRules: boundaryScores(docs, (text) => spansEnds(splitSentences(text))),
      regex: boundaryScores(docs, regexEnds),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Summaries and detection on the non-English sets (data/README.md): the reference's lines give the
// summary's length, LCSTS is one sentence.
const sets = [
  { key: 'temario', file: 'temario-dev.jsonl', language: 'pt', label: 'TeMário (pt)' },
  { key: 'vietnews', file: 'vietnews-dev.jsonl', language: 'vi', label: 'VietNews (vi)' },
  { key: 'lcsts', file: 'lcsts-dev.jsonl', language: 'zh', label: 'LCSTS (zh, 1 sent.)', sentences: () => 1 },
  { key: 'ko_scinews', file: 'ko_scinews-dev.jsonl', language: 'ko', label: 'sci-news-sum-kr (ko)' },
];
const referencesOf = (row) => (Array.isArray(row.references) ? row.references : [row.reference]).map((r) => r.split('\n').filter((l) => l.trim() !== ''));
const lengthOf = (row) => referencesOf(row)[0].length;

function score(summaries, data) {
  const pairs = data.map((row, i) => ({ id: row.id, summary: summaries[i], reference: referencesOf(row)[0] }));
  const report = evaluateCorpus(pairs, { stem: false, unicode: true, resamples: 1000, confidence: 95, seed: 0 });
  return { r1: 100 * report.rouge1.f1.resampledMean, r2: 100 * report.rouge2.f1.resampledMean, rl: 100 * report.rougeL.f1.resampledMean };
}

if (parts.includes('summaries')) {
  results.summaries = [];
  for (const set of sets) {
    const path = join(shared, 'data', set.file);
    if (!existsSync(path)) {
      console.error(`eval-languages: ${path} not found; skipping ${set.key}`);
      continue;
    }
    const data = rows(path);
    const n = (row) => (set.sentences ? set.sentences(row) : lengthOf(row));
    const sentencesOf = data.map((row) => split(row.article).map((s) => s.text));
    const oracle = data.map((row, i) => greedyOracle(sentencesOf[i], referencesOf(row)[0], { maxSentences: n(row) }).map((k) => sentencesOf[i][k]));
    results.summaries.push({ set: set.key, algorithm: 'oracle (greedy, upper bound)', docs: data.length, ...score(oracle, data) });
    for (const name of names) {
      const started = process.cpuUsage();
      const summaries = data.map((row) => summarize(row.article, { algorithm: name, budget: { kind: 'sentences', value: n(row) } }).sentences.map((s) => s.text));
      const cpu = process.cpuUsage(started);
      results.summaries.push({ set: set.key, algorithm: name, docs: data.length, ...score(summaries, data), cpuSeconds: (cpu.user + cpu.system) / 1e6 });
    }
    process.stderr.write(`eval-languages: ${set.key} done\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// Detection: the share of documents of 200 characters or more told right, per set (the target is
// 99% over all), and of shorter ones (LCSTS's posts are all shorter) for information.
if (parts.includes('detection')) {
  results.detection = [];
  const english = ['cnndm', 'xsum', 'bbc', 'scitldr', 'scisummnet', 'qmsum', 'squality', 'fewsum_amazon', 'fewsum_yelp'];
  const all = [
    ...sets.map((s) => ({ name: s.key, path: join(shared, 'data', s.file), language: s.language, field: 'article' })),
    ...english.map((name) => ({ name, path: join(shared, 'data', `${name}-dev.jsonl`), language: 'en', field: 'article' })),
    ...treebanks.map((t) => ({ name: `ud ${t}`, path: join(shared, 'segmentation/ud-dev', `${t}.jsonl`), language: t.slice(0, 2), field: 'text' })),
  ];
  for (const source of all) {
    if (!existsSync(source.path)) continue;
    const texts = rows(source.path).map((row) => row[source.field]);
    const tally = (list) => {
      const wrong = {};
      let right = 0;
      for (const text of list) {
        const { code } = detectLanguage(text);
        if (code === source.language) right++;
        else wrong[code] = (wrong[code] ?? 0) + 1;
      }
      return { documents: list.length, right, wrong };
    };
    results.detection.push({
      set: source.name,
      language: source.language,
      long: tally(texts.filter((t) => t.length >= 200)),
      short: tally(texts.filter((t) => t.length < 200)),
    });
  }
}

// ---------------------------------------------------------------------------------------------
if (values.format === 'json') {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f3 = (x) => x.toFixed(3);
  if (results.segmentation) {
    console.log('\n## Sentence segmentation beyond English (UD dev splits, boundary P / R / F1)\n');
    console.log('| treebank | docs | ours, language rules | ours, English rules only | plain regex |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const r of results.segmentation) {
      const cell = (s) => `${f3(s.precision)} / ${f3(s.recall)} / **${f3(s.f1)}**`;
      console.log(`| ${r.treebank} | ${r.documents} | ${cell(r.ours)} | ${cell(r.englishRules)} | ${cell(r.regex)} |`);
    }
    console.log('\nThe language is given (the treebank\'s); en-ewt runs the English rules either way. pySBD and Punkt are not run here (Python); the issue\'s held-out figures for them are in docs/languages.md.');
  }
  if (results.summaries) {
    console.log('\n## Summaries beyond English (dev halves, Unicode ROUGE F1 x 100: R-1 / R-2 / R-L, language detected)\n');
    const setKeys = [...new Set(results.summaries.map((r) => r.set))];
    const algorithms = [...new Set(results.summaries.map((r) => r.algorithm))];
    console.log(`| algorithm | ${setKeys.map((k) => sets.find((s) => s.key === k).label).join(' | ')} |`);
    console.log(`| --- | ${setKeys.map(() => '---').join(' | ')} |`);
    for (const a of algorithms) {
      const cells = setKeys.map((k) => {
        const r = results.summaries.find((x) => x.set === k && x.algorithm === a);
        return r ? `${r.r1.toFixed(2)} / ${r.r2.toFixed(2)} / ${r.rl.toFixed(2)}` : '';
      });
      console.log(`| ${a} | ${cells.join(' | ')} |`);
    }
    console.log(`\nSets: ${setKeys.map((k) => `${k} ${results.summaries.find((r) => r.set === k).docs}`).join(', ')} documents. Mean of 1,000 bootstrap resamples of the per-document F1.`);
  }
  if (results.detection) {
    console.log('\n## Language detection (documents of 200 characters or more; shorter ones apart)\n');
    console.log('| set | language | right, >= 200 chars | wrong as | right, shorter |');
    console.log('| --- | --- | --- | --- | --- |');
    let right = 0;
    let total = 0;
    for (const r of results.detection) {
      right += r.long.right;
      total += r.long.documents;
      const pct = (t) => (t.documents === 0 ? '-' : `${((100 * t.right) / t.documents).toFixed(1)}% of ${t.documents}`);
      console.log(`| ${r.set} | ${r.language} | ${pct(r.long)} | ${JSON.stringify(r.long.wrong)} | ${pct(r.short)} |`);
    }
    console.log(`\nAll documents of 200 characters or more: ${((100 * right) / total).toFixed(2)}% right (${right} of ${total}).`);
  }
}
