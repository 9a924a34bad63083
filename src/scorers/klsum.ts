import type { Fits, Scorer } from './types.js';
import { countOf, oneFactor } from './util/explain.js';
import { Heap } from './util/heap.js';
import { countTerms, probabilities, type TermCounts } from './util/terms.js';

/** Add-one (Laplace) smoothing of the summary's word distribution over the document's vocabulary. */
export const alpha = 1;
/** Gains brought up to date in one step at most; see the cost note below. */
const maxRefreshes = 256;

/**
 * KL-Sum, Haghighi & Vanderwende (2009), "Exploring Content Models for Multi-Document
 * Summarization", NAACL-HLT: greedily add the sentence after which KL(P_D ‖ P_S) is least,
 * P_D the document's unigram distribution over content-word stems and P_S the summary's,
 * smoothed as P_S(w) = (c_S(w) + α) / (|S| + α·V) with α = 1 (add-one) and V the document's
 * vocabulary: unsmoothed, any word the summary lacks would make the divergence infinite. The
 * paper does not give its smoothing; add-one is the textbook default, and of α = 0.01 to 1 it
 * scored best on the CNN/DM and BBC dev sets (a smaller α rewards new words more and penalises
 * length more).
 *
 * Since KL(P_D ‖ P_S) = Σ P_D log P_D − Σ_w P_D(w) log(c_S(w) + α) + log(|S| + αV), adding
 * sentence s (L_s words, counts c_s) lowers it by
 *   gain(s) = Σ_{w∈s} P_D(w)·[log(c_S(w) + c_s(w) + α) − log(c_S(w) + α)] − [log(|S| + L_s + αV) − log(|S| + αV)],
 * which costs O(L_s) to evaluate instead of O(V). The greedy goes on while the budget allows,
 * as in the paper, even when the best gain is negative. `score` is −KL(P_D ‖ P_{s}) of each
 * sentence alone.
 *
 * Cost: lazy greedy. The word part of a gain only falls as the summary grows (log is concave),
 * and the length part depends only on L_s, so sentences wait in one heap per length, keyed by a
 * word part computed earlier: an upper bound. The best bound is brought up to date until the top
 * is up to date, which is then the true best. Frequent words lower many gains at once, so on
 * long inputs a step can bring hundreds of sentences up to date; a step stops at 256 and takes
 * the best of those (exact whenever fewer suffice, as on articles). A step thus costs
 * O(256 · (L + log n) + lengths), and the whole O(nnz + n log n + k · that) for k sentences
 * chosen. Sentences without content words carry nothing KL-Sum can weigh; they come last, in
 * document order. A sentence the budget refuses is dropped for good (budgets only tighten).
 * Ties go to the earlier sentence.
 */
export const klsum: Scorer = {
  name: 'klsum',
  description: 'KL-Sum (Haghighi & Vanderwende 2009): the summary whose word distribution is closest to the document\'s',
  score(doc) {
    const counts = countTerms(doc.terms);
    if (counts.total === 0) return counts.rows.map(() => 0);
    const p = probabilities(counts);
    const v = counts.vocabulary.length;
    let plogp = 0;
    for (const x of p) if (x > 0) plogp += x * Math.log(x);
    // −KL(P_D ‖ P_{s}) = −Σ P log P + Σ_w P(w) log(c_s(w) + α) − log(L_s + αV), with Σ_w P(w) log α taken out of the sum.
    return counts.rows.map((row, s) => {
      let words = Math.log(alpha);
      row.ids.forEach((id, k) => (words += (p[id] ?? 0) * (Math.log((row.values[k] ?? 0) + alpha) - Math.log(alpha))));
      return -plogp + words - Math.log((counts.lengths[s] ?? 0) + alpha * v);
    });
  },
  explain: (doc, scores, i) => oneFactor('divergence', '−KL(document ‖ sentence) of word distributions, before any pick; the summary is then grown to stay closest to the document', doc, scores, i, countOf(doc)),
  choose(doc, _scores, fits) {
    return klSum(countTerms(doc.terms), fits);
  },
};

/** A sentence waiting in its length's heap. */
interface Entry {
  s: number;
  /** The word part of the gain, as of `step`: an upper bound on it now. */
  words: number;
  step: number;
}

/** KL-Sum's greedy choice under the budget (exported for the adaptive default). */
export function klSum(counts: TermCounts, fits: Fits): number[] {
  const { rows, lengths } = counts;
  const p = probabilities(counts);
  const smoothing = alpha * counts.vocabulary.length;
  const inSummary = new Float64Array(counts.vocabulary.length);
  let summaryLength = 0;
  const wordGain = (s: number) => {
    const row = rows[s];
    let gain = 0;
    row?.ids.forEach((id, k) => {
      const c = inSummary[id] ?? 0;
      gain += (p[id] ?? 0) * (Math.log(c + (row.values[k] ?? 0) + alpha) - Math.log(c + alpha));
    });
    return gain;
  };

  // One heap of sentences per length, the best (stale) word gain on top; and, each step, a heap
  // of those heaps by the bound of their top: its stale word gain less the length's current cost.
  const byLength = new Map<number, Entry[]>();
  rows.forEach((_, s) => {
    const length = lengths[s] ?? 0;
    if (length === 0) return;
    const entries = byLength.get(length) ?? [];
    entries.push({ s, words: wordGain(s), step: 0 });
    byLength.set(length, entries);
  });
  const entryFirst = (x: Entry, y: Entry) => x.words > y.words || (x.words === y.words && x.s < y.s);
  const buckets: Bucket[] = [...byLength].map(([length, entries]) => ({ length, cost: 0, bound: 0, first: 0, heap: Heap.from(entries, entryFirst) }));
  const rank = (b: Bucket) => {
    const top = b.heap.peek();
    b.bound = top ? top.words - b.cost : -Infinity;
    b.first = top?.s ?? 0;
    return b;
  };
  const bucketFirst = (x: Bucket, y: Bucket) => x.bound > y.bound || (x.bound === y.bound && x.first < y.first);

  const chosen: number[] = [];
  const taken = new Uint8Array(rows.length);
  for (let step = 0; ; step++) {
    // The length part of every gain moved with the summary's length: re-rank the buckets.
    for (const bucket of buckets) bucket.cost = Math.log(summaryLength + bucket.length + smoothing) - Math.log(summaryLength + smoothing);
    const ranked = Heap.from(buckets.filter((b) => b.heap.size > 0).map(rank), bucketFirst);
    let pick: number | undefined;
    let bestFresh: { s: number; gain: number } | undefined;
    let refreshed = 0;
    for (let best = ranked.peek(); best && pick === undefined; best = ranked.peek()) {
      const entry = best.heap.peek() as Entry;
      if (taken[entry.s] === 1 || !fits(chosen, entry.s)) {
        // Taken already (see below), or refused by the budget, which only tightens: gone for good.
        best.heap.pop();
      } else if (entry.step === step) {
        // Up to date and still on top: the true best.
        pick = entry.s;
        best.heap.pop();
      } else if (refreshed === maxRefreshes && bestFresh) {
        // Out of refreshes for this step: the best of those brought up to date (it stays in
        // its heap, marked taken).
        pick = bestFresh.s;
      } else {
        const words = wordGain(entry.s);
        best.heap.replaceTop({ s: entry.s, words, step });
        refreshed++;
        const gain = words - best.cost;
        if (!bestFresh || gain > bestFresh.gain || (gain === bestFresh.gain && entry.s < bestFresh.s)) bestFresh = { s: entry.s, gain };
      }
      if (best.heap.size > 0) ranked.replaceTop(rank(best));
      else ranked.pop();
    }
    if (pick === undefined) break;
    chosen.push(pick);
    taken[pick] = 1;
    const row = rows[pick];
    row?.ids.forEach((id, k) => (inSummary[id] = (inSummary[id] ?? 0) + (row.values[k] ?? 0)));
    summaryLength += lengths[pick] ?? 0;
  }
  rows.forEach((_, s) => {
    if ((lengths[s] ?? 0) === 0 && fits(chosen, s)) chosen.push(s);
  });
  return chosen;
}

/** The sentences of one length (in words), which share the length part of their gain. */
interface Bucket {
  length: number;
  /** log(|S| + length + αV) − log(|S| + αV), for the summary so far. */
  cost: number;
  /** The top sentence's stale word gain less `cost`: an upper bound on any gain in the bucket. */
  bound: number;
  /** The top sentence, for ties. */
  first: number;
  heap: Heap<Entry>;
}
