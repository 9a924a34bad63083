import { collapseSpace, displayText } from '../text.js';
import type { Budget, Doc, Order } from '../types.js';
import type { Fits, Scorer } from '../scorers/types.js';

/** A sentence that shares this much of its (smaller) vocabulary with a chosen one mostly repeats it. */
const maxOverlap = 0.7;

/**
 * Choose candidates under the budget: the scorer's own choice when selection is part of its
 * method, otherwise the best scores that fit, skipping sentences that mostly repeat one
 * already chosen. Returns candidate positions in the requested order.
 */
export function select(doc: Doc, scores: readonly number[], scorer: Scorer, budget: Budget, order: Order): number[] {
  const fits = budgetGate(doc, budget);
  const byCount = budget.kind === 'sentences' || budget.kind === 'ratio';
  const chosen = scorer.choose ? scorer.choose(doc, scores, fits) : greedy(doc, scores, fits, byCount);
  return order === 'document'
    ? [...chosen].sort((a, b) => a - b)
    : [...chosen].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
}

/** Candidates by falling score; each taken if it fits and is not a near-repeat. */
function greedy(doc: Doc, scores: readonly number[], fits: Fits, byCount: boolean): number[] {
  const ranked = doc.candidates.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const chosen: number[] = [];
  const chosenTerms: Set<string>[] = [];
  const chosenTexts = new Set<string>();
  for (const i of ranked) {
    if (!fits(chosen, i)) {
      // When the count is reached nothing later fits either; under a length budget a shorter sentence may.
      if (byCount) break;
      continue;
    }
    const text = displayText(doc.candidates[i]?.text ?? '').toLowerCase();
    const terms = new Set(doc.terms[i]);
    if (chosenTexts.has(text) || chosenTerms.some((other) => overlap(terms, other) >= maxOverlap)) continue;
    chosen.push(i);
    chosenTerms.push(terms);
    chosenTexts.add(text);
  }
  return chosen;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared / small.size;
}

/** Sentences a ratio budget allows: the share of the candidates, rounded, at least one. */
export function sentencesFor(budget: Budget, candidates: number): number {
  if (budget.kind === 'sentences') return budget.value;
  if (budget.kind === 'ratio') return Math.max(1, Math.round(budget.value * candidates));
  return candidates;
}

/** The budget as a question: does one more candidate still fit? */
export function budgetGate(doc: Doc, budget: Budget): Fits {
  switch (budget.kind) {
    case 'sentences':
    case 'ratio': {
      const limit = sentencesFor(budget, doc.candidates.length);
      return (chosen) => chosen.length < limit;
    }
    case 'words': {
      const words = doc.tokens.map((t) => t.length);
      return (chosen, next) => sum(chosen, words) + (words[next] ?? 0) <= budget.value;
    }
    case 'chars': {
      // Characters as the longest rendering prints them (plain keeps reference marks), one per line break between sentences.
      const chars = doc.candidates.map((s) => collapseSpace(s.text).length);
      return (chosen, next) => sum(chosen, chars) + chosen.length + (chars[next] ?? 0) <= budget.value;
    }
  }
}

function sum(indices: readonly number[], values: readonly number[]): number {
  let total = 0;
  for (const i of indices) total += values[i] ?? 0;
  return total;
}
