import type { Fits, Scorer } from './types.js';
import { countOf, oneFactor } from './util/explain.js';
import { Heap } from './util/heap.js';
import { countTerms, probabilities, type TermCounts } from './util/terms.js';

/**
 * SumBasic, Nenkova & Vanderwende (2005), "The impact of frequency on summarization",
 * Microsoft Research MSR-TR-2005-101 (steps as in Nenkova, Vanderwende & McKeown, SIGIR 2006):
 * 1. p(w) = n_w / N over the document's content-word stems;
 * 2. a sentence weighs the average p of its distinct words, Σ_{w∈S} p(w) / |{w ∈ S}|;
 * 3. take the best-weighted sentence among those that contain the most probable word;
 * 4. square p(w) of every word of that sentence (what is said once need not be said again);
 * 5. repeat from 2 while the budget allows.
 * `score` is the weight of step 2 before any pick; `choose` runs the loop.
 *
 * Ties go to the earlier sentence, and between words to the one used first. A sentence the
 * budget refuses is dropped for good (budgets only tighten as the summary grows). Once every
 * remaining word has probability 0 (squared below the smallest double, after about ten picks)
 * or no remaining sentence has a word, SumBasic cannot tell sentences apart and takes them in
 * document order.
 *
 * Cost: weights are kept as running sums, updated through each squared word's posting list;
 * a word's p reaches 0 after at most about 11 squarings and a word is the most probable at most
 * that often before its sentences are used up, so all updates and scans together are O(nnz)
 * (nnz: (sentence, word) entries), plus O(log) per heap operation: O(nnz + n log n) in all,
 * whatever the budget.
 */
export const sumbasic: Scorer = {
  name: 'sumbasic',
  description: 'SumBasic (Nenkova & Vanderwende 2005): frequent words, each counting less once said',
  score(doc) {
    const counts = countTerms(doc.terms);
    const p = probabilities(counts);
    return counts.rows.map((row) => average(row.ids, p));
  },
  explain: (doc, scores, i) => oneFactor('probability', 'average document probability of its words, before any pick; each pick then squares the probabilities of its words', doc, scores, i, countOf(doc)),
  choose(doc, _scores, fits) {
    return sumBasic(countTerms(doc.terms), fits);
  },
};

function average(ids: readonly number[], p: Float64Array): number {
  if (ids.length === 0) return 0;
  let sum = 0;
  for (const id of ids) sum += p[id] ?? 0;
  return sum / ids.length;
}

/** A word in the heap of step 3, with its probability when pushed (stale once the word is squared again). */
interface Word {
  id: number;
  p: number;
}

function sumBasic(counts: TermCounts, fits: Fits): number[] {
  const { rows } = counts;
  const n = rows.length;
  const p = probabilities(counts);
  // Step 2's weights as running sums, kept up to date as probabilities are squared.
  const sums = rows.map((row) => row.ids.reduce((sum, id) => sum + (p[id] ?? 0), 0));
  const weight = (s: number) => (sums[s] ?? 0) / Math.max(rows[s]?.ids.length ?? 0, 1);
  const postings: number[][] = counts.vocabulary.map(() => []);
  rows.forEach((row, s) => row.ids.forEach((id) => postings[id]?.push(s)));
  const available = new Uint8Array(n).fill(1);
  // Per word: how many available sentences still hold it.
  const remaining = Int32Array.from(counts.sentenceFrequency);
  const drop = (s: number) => {
    available[s] = 0;
    for (const id of rows[s]?.ids ?? []) remaining[id] = (remaining[id] ?? 0) - 1;
  };

  const words = Heap.from(
    Array.from(p, (value, id): Word => ({ id, p: value })),
    (x, y) => x.p > y.p || (x.p === y.p && x.id < y.id),
  );
  const chosen: number[] = [];
  for (let top = words.peek(); top; top = words.peek()) {
    if (top.p !== p[top.id] || remaining[top.id] === 0) {
      words.pop();
      continue;
    }
    if (top.p === 0) break;
    // Its sentences, best first: a heap, as usually the first fits and only a full budget refuses them all.
    const containing = Heap.from(
      (postings[top.id] ?? []).filter((s) => available[s] === 1).map((s) => ({ s, weight: weight(s) })),
      (x, y) => x.weight > y.weight || (x.weight === y.weight && x.s < y.s),
    );
    let pick: number | undefined;
    for (let next = containing.pop(); next; next = containing.pop()) {
      if (fits(chosen, next.s)) {
        pick = next.s;
        break;
      }
      drop(next.s);
    }
    // None fits: the word has no sentence left, and its heap entry goes next round.
    if (pick === undefined) continue;
    chosen.push(pick);
    drop(pick);
    for (const id of rows[pick]?.ids ?? []) {
      const before = p[id] ?? 0;
      const after = before * before;
      if (after === before) continue;
      p[id] = after;
      for (const s of postings[id] ?? []) sums[s] = (sums[s] ?? 0) - (before - after);
      words.push({ id, p: after });
    }
  }
  for (let s = 0; s < n; s++) if (available[s] === 1 && fits(chosen, s)) chosen.push(s);
  return chosen;
}
