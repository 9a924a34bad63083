#!/usr/bin/env node
// Ablation of the default (src/scorers/salience.ts): each idea switched off (shipped ones) or on
// (tried and left out), on every set with its protocol. In-process, from the built library
// (npx tsc -p tsconfig.build.json first); figures are mean per-document ROUGE F1 x 100, stemmed,
// without the bootstrap (within about 0.1 of what bench/eval.js prints).
//
//   npx tsc -p tsconfig.build.json && node bench/dev/ablate.mjs
//
// Prints two tables (about two minutes on one core): the protocols (cnndm at 3 sentences, xsum at
// 1, the first 300 of bbc at reference length), then the checks of other budgets that decided the
// budget-dependent prior (see bench/dev/harness.mjs for each set).
import { createSalience } from '../../dist/scorers/salience.js';
import { scorers } from '../../dist/scorers/index.js';
import { loadSets, table } from './harness.mjs';
import { coverageScorer, facility, laterNovel, makeScorer, pacsum } from './proto.mjs';

const sets = loadSets(['cnndm', 'xsum', 'bbc']);

/** The weigh stage before this change: tf-isf over the document's own sentences. */
function inDocumentWeights(doc) {
  const tf = new Map();
  const sf = new Map();
  for (const s of doc.terms) {
    for (const t of s) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of new Set(s)) sf.set(t, (sf.get(t) ?? 0) + 1);
  }
  const n = Math.max(doc.terms.length, 1);
  const context = new Set(doc.context);
  const w = new Map();
  for (const [t, c] of tf) {
    const spread = sf.get(t) ?? 1;
    w.set(t, (1 + Math.log(c)) * Math.log(1 + n / spread) * Math.log(1 + spread) * (context.has(t) ? 1.5 : 1));
  }
  return w;
}
const withWeights = (scorer, weights) => ({ ...scorer, score: (doc) => scorer.score({ ...doc, weights: weights(doc) }) });

// The prototype (bench/dev/proto.mjs) reproduces the default exactly with these options; the ideas
// that were tried and left out are options of it.
const proto = { weights: 'doc', lenExp: 0.75, minLen: 8, pos: 'window', posScale: 4, posStrength: 4, longPenalty: 0.7, longWords: 40 };

/**
 * The position prior's role by budget (tried, left out): with one sentence there is no later
 * sentence for the lede to protect against, so the prior might reach further and the sentence that
 * best covers the document win; with many, the lede cannot hold the whole summary. k is the count
 * budget (a words or chars budget would give k = budget / the document's mean sentence length).
 */
const oneSentence = (options) => (k) => (k === 1 ? options : {});
const budgetVariants = {
  'k = 1: lede 16 instead of 4 (the prior reaches 4× further)': makeScorer({ ...proto, byBudget: oneSentence({ posScale: 16 }) }),
  'k = 1: lede 16, steepness 2, length exponent 0.5': makeScorer({ ...proto, byBudget: oneSentence({ posScale: 16, posStrength: 2, lenExp: 0.5 }) }),
  'k = 1: centrality (cosine with the document vector), lede 12, steepness 2': makeScorer({ ...proto, byBudget: oneSentence({ content: 'centroid', posScale: 12, posStrength: 2 }) }),
  'k = 1: + glued-caption (run-on) penalty ×0.5': makeScorer({ ...proto, byBudget: oneSentence({ runon: 0.5 }) }),
  'the lede grows with the budget: max(4, 4k/3) sentences': makeScorer({ ...proto, byBudget: (k) => ({ posScale: Math.max(4, (4 * k) / 3) }) }),
};

const variants = {
  'default (all shipped ideas)': createSalience(),
  '− background rarity (tf-isf over the sentences, the old weigh)': withWeights(createSalience(), inDocumentWeights),
  '− position prior': createSalience({ steepness: 0 }),
  'position prior: the old gentle linear one (1 + 0.35 (1 − i/n))': makeScorer({ ...proto, pos: 'linear', posStrength: 0.35 }),
  'position prior: the old linear one, old length exponent 0.5': makeScorer({ ...proto, pos: 'linear', posStrength: 0.35, lenExp: 0.5 }),
  'lede 3 instead of 4': createSalience({ lede: 3 }),
  'lede 5 instead of 4': createSalience({ lede: 5 }),
  'length exponent 0.5 instead of 0.75': createSalience({ lengthExponent: 0.5 }),
  'length exponent 1': createSalience({ lengthExponent: 1 }),
  '+ run-on penalty (×0.5: a capitalised function word after a lower-case word, a lost sentence boundary)': makeScorer({ ...proto, runon: 0.5 }),
  '− long-sentence penalty': createSalience({ long: 1 }),
  '+ dangling pronoun/connective penalty (×0.8)': makeScorer({ ...proto, dangling: 0.8 }),
  '+ quote penalty (×0.7)': makeScorer({ ...proto, quote: 0.7 }),
  '+ question penalty (×0.5)': makeScorer({ ...proto, question: 0.5 }),
  '+ short-sentence penalty (<10 words ×0.7)': makeScorer({ ...proto, shortPenalty: 0.7, shortWords: 10 }),
  '+ LLR topic signatures instead of tf × rarity': makeScorer({ ...proto, weights: 'llr' }),
  '+ coverage selection (each term counted once)': coverageScorer({ ...proto, reuse: 0 }),
  '+ MMR-style redundancy after the first pick': laterNovel({ ...proto, simWeights: 'bg', gamma: 2 }),
  'PacSum directed centrality (tf-idf, λ1 = −2, λ2 = 1) instead': pacsum({ idfOnly: true, beta: 0, bw: -2 }),
  'facility location, position-weighted (Lin & Bilmes) instead': facility({ idfOnly: true, pi: 'exp', tau: 6, self: 0.5 }),
  ...budgetVariants,
};
console.log('| variant | CNN/DM R-1 / R-2 / R-L | XSum R-1 / R-2 / R-L | BBC (first 300) R-1 / R-2 / R-L |');
console.log('| --- | --- | --- | --- |');
table(sets, variants);

// The second table: the same budget-dependent variants on checks of other budgets, against the
// same human text. A one-sentence summary of an article that keeps its lede (CNN/DM, BBC) is scored
// against a one-sentence reference (the first highlight, the headline) as well as against all the
// highlights, which reward a long sentence; bbcnolede removes the lede as XSum does.
const checks = loadSets(['cnndm1', 'cnndm1first', 'bbchead', 'bbcnolede', 'cnndm5']);
const registry = (name) => scorers.find((s) => s.name === name);
console.log();
console.log('| variant | CNN/DM 1 sent. vs highlights | CNN/DM 1 sent. vs first highlight | BBC (all 1,124) 1 sent. vs headline | BBC without its lede, 1 sent. vs headline | CNN/DM 5 sent. vs highlights |');
console.log('| --- | --- | --- | --- | --- | --- |');
table(checks, { lead: registry('lead'), textrank: registry('textrank'), default: createSalience(), ...budgetVariants });
