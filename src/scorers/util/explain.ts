import type { Doc, Explanation, ScoreFactor, TermWeight } from '../../types.js';

/** How many terms an explanation lists. */
export const explainedTerms = 5;

/** How much a term weighs, by its stem. */
export type TermWeightOf = (stem: string) => number;

/** The weigh stage's salience (count in the document × rarity in English): what the default ranks by. */
export const salienceOf = (doc: Doc): TermWeightOf => (stem) => doc.weights.get(stem) ?? 0;

/** How often the document uses each term: what frequency methods (Luhn, SumBasic, KL-Sum) rank by. */
export function countOf(doc: Doc): TermWeightOf {
  const counts = new Map<string, number>();
  for (const terms of doc.terms) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return (stem) => counts.get(stem) ?? 0;
}

/** The sentence's distinct terms, heaviest first, each as the sentence writes it. */
export function topTerms(doc: Doc, i: number, weightOf: TermWeightOf, limit = explainedTerms): TermWeight[] {
  const seen = new Map<string, TermWeight>();
  for (const token of doc.tokens[i] ?? []) {
    if (seen.has(token.stem) || !(doc.terms[i] ?? []).includes(token.stem)) continue;
    seen.set(token.stem, { term: token.text.replace(/['’]s$/u, ''), weight: round(weightOf(token.stem)) });
  }
  return [...seen.values()].filter((t) => t.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, limit);
}

/** A score that is one factor: a centrality, a topic weight, a probability. */
export function oneFactor(name: string, note: string, doc: Doc, scores: readonly number[], i: number, weightOf: TermWeightOf): Explanation {
  return { combine: 'product', factors: [factor(name, scores[i] ?? 0, note)], terms: topTerms(doc, i, weightOf) };
}

export function factor(name: string, value: number, note: string): ScoreFactor {
  return { name, value: round(value), note };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
