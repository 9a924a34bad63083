import { rarity } from '../data/background-rarity.js';
import type { Doc, Keyword } from '../types.js';

/** How much more a term of the title or a heading weighs: it names what the article is about. */
const contextBoost = 1.5;

/**
 * Salience of each term: how often the document uses it times how unusual it is in English at
 * large (its rarity against a background word-frequency table, a corpus-level idf), raised when
 * the title or a heading uses it. A document's topic words are the ones it repeats although
 * English rarely does (Lin & Hovy's topic signatures, in tf-idf form): "kite" in an article
 * about a kite festival, not "said" or "people". A document's own sentences are too few to give
 * a reliable idf; the background table does not depend on the document's length.
 */
export function weigh(terms: readonly string[][], context: readonly string[], language = 'en'): Map<string, number> {
  // A counter object per term: one Map look-up per use, not a get and a set.
  const tf = new Map<string, { count: number }>();
  for (const sentence of terms) {
    for (const term of sentence) {
      const counter = tf.get(term);
      if (counter === undefined) tf.set(term, { count: 1 });
      else counter.count++;
    }
  }
  const inContext = new Set(context);
  const weights = new Map<string, number>();
  const rarityOf = rarityFor(language);
  for (const [term, { count }] of tf) {
    let weight = count * rarityOf(term);
    if (inContext.has(term)) weight *= contextBoost;
    weights.set(term, weight);
  }
  return weights;
}

/**
 * How unusual a term is, for a language without a background table (no frequency list for one came
 * with a clear licence): the same for every term, so a term weighs what the document repeats it.
 * The document's own inverse sentence frequency, log(1 + S / df), was measured too and did worse:
 * mean R-1 over the four non-English dev sets 36.36 against 36.72 (docs/languages.md).
 */
const flatRarity = (): number => 1;

/** How unusual a term is in the language at large: the English background table, or flat for every other language. */
export function rarityFor(language: string): (term: string) => number {
  return language === 'en' ? rarity : flatRarity;
}

/** The `limit` heaviest terms, each shown by its most frequent lower-case form. */
export function keywords(doc: Pick<Doc, 'tokens' | 'weights'>, limit: number): Keyword[] {
  if (limit <= 0) return [];
  const top = [...doc.weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  // Surface forms are counted for the chosen stems only: counting every token's form cost more than all the scoring on a long text.
  const forms = new Map(top.map(([stem]) => [stem, new Map<string, number>()]));
  for (const tokens of doc.tokens) {
    for (const token of tokens) {
      const counts = forms.get(token.stem);
      if (counts) counts.set(token.lower, (counts.get(token.lower) ?? 0) + 1);
    }
  }
  return top.map(([stem, weight]) => ({ term: mostFrequent(forms.get(stem)) ?? stem, weight: round(weight) }));
}

function mostFrequent(counts: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [form, count] of counts ?? []) {
    if (count > bestCount || (count === bestCount && best !== undefined && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
