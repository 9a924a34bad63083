// Try routing rules for the adaptive default on the per-document cache of bench/dev/genres.mjs:
// each rule picks, per document, one of the cached algorithms from the document's features.
// Prints R-1 per set, the mean over sets (BBC left out, as in bench/eval.js) and the change
// against the shipped default (`salience` in the cache).
//
//   node bench/dev/route.mjs [/tmp/summarize-genres.json]
import { readFileSync } from 'node:fs';

export const data = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/summarize-genres.json', 'utf8'));
export const inMean = Object.keys(data).filter((k) => k !== 'bbc');
const mean = (a) => a.reduce((s, x) => s + x, 0) / a.length;

/** R-1 / R-2 / R-L per set and the mean over sets of a rule (doc -> algorithm name). */
export function run(rule) {
  const perSet = {};
  for (const [k, docs] of Object.entries(data)) {
    perSet[k] = [0, 1, 2].map((m) => mean(docs.map((d) => d.scores[rule(d.features, k)][m])));
  }
  const avg = [0, 1, 2].map((m) => mean(inMean.map((k) => perSet[k][m])));
  return { perSet, avg };
}

export function show(name, rule) {
  const base = run(() => 'salience');
  const r = run(rule);
  const cells = Object.keys(data).map((k) => `${k} ${r.perSet[k][0].toFixed(2)} (${(r.perSet[k][0] - base.perSet[k][0] >= 0 ? '+' : '') + (r.perSet[k][0] - base.perSet[k][0]).toFixed(2)})`);
  console.log(`${name.padEnd(28)} mean ${r.avg.map((x) => x.toFixed(2)).join(' / ')} | ${cells.join(' | ')}`);
  return r;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  show('salience (today)', () => 'salience');
  for (const a of ['klsum', 'textrank', 'salience-noprior', 'luhn', 'centroid']) show(a, () => a);
  show('best per set (ceiling)', (f, k) => ({ cnndm: 'salience', xsum: 'salience', scitldr: 'salience-noprior', scisummnet: 'salience', qmsum: 'klsum', squality: 'klsum', fewsum_amazon: 'klsum', fewsum_yelp: 'lexrank', bbc: 'salience-noprior' })[k]);
  show('personal/speaker -> klsum', (f) => (f.personal > 0.035 || f.speakerLines > 0.3 ? 'klsum' : 'salience'));
  show('+ short -> noprior', (f) => (f.personal > 0.035 || f.speakerLines > 0.3 ? 'klsum' : f.sentences <= 10 ? 'salience-noprior' : 'salience'));
  show('coverage<0.3 -> klsum', (f) => (f.leadCoverage < 0.3 ? 'klsum' : 'salience'));
}
