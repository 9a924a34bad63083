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
  const chosen = scorer.choose?.(doc, scores, fits) ?? greedy(doc, scores, fits, byCount);
  return order === 'document'
    ? [...chosen].sort((a, b) => a - b)
    : [...chosen].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
}

/**
 * Near-repeats are looked for among the first this many chosen sentences (the best scored): a
 * longer summary gains little from more, and comparing every candidate with every chosen
 * sentence would make a whole-document budget (`--ratio 1`) quadratic in the input.
 */
const maxCompared = 256;

/** Candidates by falling score; each taken if it fits and is not a near-repeat. */
function greedy(doc: Doc, scores: readonly number[], fits: Fits, byCount: boolean): number[] {
  const ranked = doc.candidates.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const chosen: number[] = [];
  const chosenTexts = new Set<string>();
  const repeats = nearRepeats();
  for (const i of ranked) {
    if (!fits(chosen, i)) {
      // When the count is reached nothing later fits either; under a length budget a shorter sentence may.
      if (byCount) break;
      continue;
    }
    const text = displayText(doc.candidates[i]?.text ?? '').toLowerCase();
    const terms = new Set(doc.terms[i]);
    if (chosenTexts.has(text) || repeats.repeats(terms)) continue;
    chosen.push(i);
    chosenTexts.add(text);
    if (chosen.length <= maxCompared) repeats.add(terms);
  }
  return chosen;
}

/**
 * The term sets of chosen sentences, indexed by term, to ask whether a candidate shares at least
 * {@link maxOverlap} of the smaller vocabulary with any of them: only sentences sharing a term
 * are looked at, not every one chosen.
 */
function nearRepeats(): { add(terms: ReadonlySet<string>): void; repeats(terms: ReadonlySet<string>): boolean } {
  const sizes: number[] = [];
  const holding = new Map<string, number[]>();
  return {
    add(terms) {
      const id = sizes.length;
      sizes.push(terms.size);
      for (const term of terms) {
        const ids = holding.get(term);
        if (ids) ids.push(id);
        else holding.set(term, [id]);
      }
    },
    repeats(terms) {
      if (terms.size === 0) return false;
      const shared = new Map<number, number>();
      for (const term of terms) {
        for (const id of holding.get(term) ?? []) {
          const n = (shared.get(id) ?? 0) + 1;
          shared.set(id, n);
          if (n / Math.min(terms.size, sizes[id] ?? 0) >= maxOverlap) return true;
        }
      }
      return false;
    },
  };
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
      const total = runningSum(doc.tokens.map((t) => t.length));
      return (chosen, next) => total(chosen) + total.of(next) <= budget.value;
    }
    case 'chars': {
      // Characters as the longest rendering prints them (plain keeps reference marks), one per line break between sentences.
      const total = runningSum(doc.candidates.map((s) => collapseSpace(s.text).length));
      return (chosen, next) => total(chosen) + chosen.length + total.of(next) <= budget.value;
    }
  }
}

/**
 * The sum of `values` over a chosen list, kept as a running total: choosers only append to their
 * list, so each call adds what is new rather than summing it all again, which made a large budget
 * quadratic. Any other list (a new one, a shorter one, a changed last element) is summed afresh.
 */
function runningSum(values: readonly number[]): ((chosen: readonly number[]) => number) & { of(i: number): number } {
  let seen: readonly number[] | undefined;
  let counted = 0;
  let last: number | undefined;
  let total = 0;
  const of = (i: number): number => values[i] ?? 0;
  const sum = (chosen: readonly number[]): number => {
    if (chosen !== seen || chosen.length < counted || (counted > 0 && chosen[counted - 1] !== last)) {
      seen = chosen;
      counted = 0;
      total = 0;
    }
    for (; counted < chosen.length; counted++) total += of(chosen[counted] ?? -1);
    last = chosen[counted - 1];
    return total;
  };
  return Object.assign(sum, { of });
}
