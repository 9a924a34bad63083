#!/usr/bin/env node
// Trains the adaptive default's router (src/scorers/router-weights.ts): per document, which of a
// few treatments to use, chosen as argmax over classes of w_c · x(features). Trained only on the
// English dev files in ../shared/data, through the per-document cache of bench/dev/genres.mjs
// (each document's features and the R-1 of each treatment on it).
//
// Objective: the mean over sets of each set's mean R-1 (every set counts alike, whatever its
// size; BBC left out as in bench/eval.js). Search: seeded random restarts, then coordinate
// descent over a grid of steps. Reported: leave-one-set-out (train on the others, score the
// held-out set), then the weights trained on every set, which are what ships.
//
//   npm run build && node bench/dev/genres.mjs && node scripts/train-genre.mjs [cache.json]
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/summarize-genres.json', 'utf8'));
export const classes = ['salience', 'salience-noprior', 'klsum'];
const sets = Object.keys(data).filter((k) => k !== 'bbc');

/** The feature vector, the same as vector() in src/scorers/router.ts. */
export function vector(f) {
  return [1, Math.log(1 + f.sentences), f.leadCoverage, f.speakerLines, 10 * f.personal, f.wordsPerSentence / 10];
}
const dims = 6;

const docs = Object.fromEntries(Object.entries(data).map(([k, ds]) => [k, ds.map((d) => ({ x: vector(d.features), y: classes.map((c) => d.scores[c][0]) }))]));

const pick = (w, x) => {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < classes.length; c++) {
    let s = 0;
    for (let j = 0; j < dims; j++) s += w[c * dims + j] * x[j];
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
};
const setScore = (w, k) => docs[k].reduce((s, d) => s + d.y[pick(w, d.x)], 0) / docs[k].length;
const objective = (w, keys) => keys.reduce((s, k) => s + setScore(w, k), 0) / keys.length;

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function train(keys, seed = 1) {
  const random = rng(seed);
  let best = new Array(classes.length * dims).fill(0);
  best[0] = 1; // start at today's default: salience everywhere
  let bestValue = objective(best, keys);
  for (let restart = 0; restart < 40; restart++) {
    let w = restart === 0 ? best.slice() : best.map((v) => v + (random() - 0.5) * 4);
    let value = objective(w, keys);
    for (const step of [2, 1, 0.5, 0.25, 0.1, 0.05]) {
      let improved = true;
      while (improved) {
        improved = false;
        for (let i = 0; i < w.length; i++) {
          for (const delta of [step, -step]) {
            const trial = w.slice();
            trial[i] += delta;
            const v = objective(trial, keys);
            if (v > value + 1e-9) {
              w = trial;
              value = v;
              improved = true;
            }
          }
        }
      }
    }
    if (value > bestValue) {
      best = w;
      bestValue = value;
    }
  }
  return { w: best, value: bestValue };
}

const base = (k) => docs[k].reduce((s, d) => s + d.y[0], 0) / docs[k].length;
console.log('Leave-one-set-out: trained on the other sets, R-1 on the held-out one (today\'s default in brackets)');
let total = 0;
let totalBase = 0;
for (const held of sets) {
  const { w } = train(sets.filter((k) => k !== held));
  const v = setScore(w, held);
  total += v;
  totalBase += base(held);
  const shares = classes.map((c, ci) => `${c} ${docs[held].filter((d) => pick(w, d.x) === ci).length}`).join(', ');
  console.log(`  ${held.padEnd(14)} ${v.toFixed(2)} (${base(held).toFixed(2)})  chose: ${shares}`);
}
console.log(`  mean over sets ${(total / sets.length).toFixed(2)} (${(totalBase / sets.length).toFixed(2)})`);
const all = train(sets);
console.log(`\nTrained on every set: mean R-1 ${all.value.toFixed(2)}`);
for (const k of Object.keys(docs)) console.log(`  ${k.padEnd(14)} ${setScore(all.w, k).toFixed(2)} (${base(k).toFixed(2)})`);
console.log('\nWeights (one row per class; columns: bias, log(1 + sentences), leadCoverage, speakerLines, 10 × personal, wordsPerSentence / 10):');
console.log(JSON.stringify(classes.map((c, ci) => [c, all.w.slice(ci * dims, ci * dims + dims).map((v) => Math.round(v * 1000) / 1000)])));
