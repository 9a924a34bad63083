import type { Doc, Explanation } from '../types.js';
import type { Scorer } from './types.js';
import { factor, salienceOf, topTerms } from './util/explain.js';

/**
 * The knobs of the default, each with the reason for its value. Exported so that the ablation
 * bench (bench/dev/ablate.mjs) can switch one idea off at a time; the registry uses {@link defaults}.
 */
export interface SalienceOptions {
  /**
   * The lede: how many opening sentences the position prior treats as the article's opening
   * paragraph. News states its point in the first three or four sentences (the inverted pyramid);
   * inside them the order matters little, after them the prior falls away steeply.
   */
  lede: number;
  /** How steeply the prior falls after the lede (the exponent of the log-logistic curve); 0 switches the prior off. */
  steepness: number;
  /**
   * Length normalisation: content is divided by (content words)^lengthExponent. 1 would rank by
   * average term weight (short sentences win), 0 by total weight (long sentences win); between the
   * two, a sentence has to earn its extra words.
   */
  lengthExponent: number;
  /** Sentences shorter than this many content words are normalised as if they had this many, so a fragment does not win on a single heavy word. */
  minTerms: number;
  /** Factor for a sentence of more than {@link longWords} words: a summary sentence states one thing. */
  long: number;
  longWords: number;
}

export const defaults: Readonly<SalienceOptions> = Object.freeze({
  lede: 4,
  steepness: 4,
  lengthExponent: 0.75,
  minTerms: 8,
  long: 0.7,
  longWords: 40,
});

/**
 * The position prior: 1 / (1 + (i / lede)^steepness). About 1 for the first sentences, 1/2 at
 * the `lede`-th, then falling like i^-steepness: a later sentence needs far more salient content
 * to displace an opening one. O(1) per sentence.
 */
export function positionPrior(index: number, options: Pick<SalienceOptions, 'lede' | 'steepness'> = defaults): number {
  if (options.steepness <= 0) return 1;
  return 1 / (1 + Math.pow(index / options.lede, options.steepness));
}

/**
 * Term salience, the heart of the default (src/scorers/adaptive.ts): with its position prior it is
 * the default's `lead-first` treatment, for news and other writing that puts its point first;
 * without it (`steepness: 0`), the `whole-text` treatment of short texts. A sentence's score is
 * the product of
 * - its content: the summed weight of its distinct terms (the weigh stage: frequency in the
 *   document × rarity in English, title-aware), over a sub-linear power of its length;
 * - a position prior that keeps the opening sentences ahead unless a later one is far more salient;
 * - a penalty for very long sentences, which state several things (often a photo caption glued
 *   to the text) and cost a short summary its precision.
 * The select stage then takes the best scores, skipping near-repeats. Linear in the number of
 * terms: no sentence is compared with another.
 */
export function createSalience(overrides: Partial<SalienceOptions> = {}): Scorer {
  const options: SalienceOptions = { ...defaults, ...overrides };
  return {
    name: 'default',
    description: 'salient terms (document frequency × rarity in English, title-aware) in the opening sentences first',
    score: (doc) => scoreAll(doc, options),
    explain: (doc, _scores, i) => explainOne(doc, i, options),
  };
}

/** The factors of one sentence's score, as {@link scoreAll} multiplies them (for --explain). */
function explainOne(doc: Doc, i: number, options: SalienceOptions): Explanation {
  const terms = doc.terms[i] ?? [];
  const content = [...new Set(terms)].reduce((n, t) => n + (doc.weights.get(t) ?? 0), 0);
  const length = 1 / Math.pow(Math.max(terms.length, options.minTerms), options.lengthExponent);
  const quality = (doc.tokens[i]?.length ?? 0) > options.longWords ? options.long : 1;
  return {
    combine: 'product',
    factors: [
      factor('content', content, 'summed salience of its distinct terms'),
      factor('length', length, `1 / (content words, at least ${options.minTerms})^${options.lengthExponent}`),
      factor('position', positionPrior(i, options), `sentence ${i + 1}: the opening sentences weigh most`),
      factor('long', quality, `${options.long} past ${options.longWords} words, else 1`),
    ],
    terms: topTerms(doc, i, salienceOf(doc)),
  };
}

/** A term's weight, and the last sentence it was counted in. */
interface Seen {
  weight: number;
  sentence: number;
}

function scoreAll(doc: Doc, options: SalienceOptions): number[] {
  // Each distinct term of a sentence counts once: a term is skipped when it was last seen in this
  // sentence. One look-up per term finds both its weight and where it was seen: three Map
  // operations per term were most of the scoring time on a long text.
  const seen = new Map<string, Seen>();
  return doc.terms.map((terms, i) => {
    let content = 0;
    for (const term of terms) {
      let entry = seen.get(term);
      if (entry === undefined) {
        entry = { weight: doc.weights.get(term) ?? 0, sentence: -1 };
        seen.set(term, entry);
      }
      if (entry.sentence === i) continue;
      entry.sentence = i;
      content += entry.weight;
    }
    content /= Math.pow(Math.max(terms.length, options.minTerms), options.lengthExponent);
    const quality = (doc.tokens[i]?.length ?? 0) > options.longWords ? options.long : 1;
    return content * positionPrior(i, options) * quality;
  });
}

export const salience: Scorer = createSalience();
