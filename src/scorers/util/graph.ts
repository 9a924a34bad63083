import type { SparseVector } from './terms.js';

/** A weighted directed graph over sentences in compressed rows: the out-edges of node i are `offsets[i]` to `offsets[i + 1]`. */
export interface Graph {
  size: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export interface GraphOptions {
  /** Whether a sentence links to itself (continuous LexRank keeps the diagonal of its cosine matrix). */
  selfLoops: boolean;
  /** Edges lighter than this are left out; edges of weight 0 or less always are. */
  minWeight: number;
  /** Pair visits allowed while accumulating similarities; see {@link similarityGraph}. */
  maxWork?: number;
  /** Edges allowed in all; see {@link similarityGraph}. */
  maxEdges?: number;
}

/** Defaults that keep the graph of a 10 MB input (about 80,000 sentences) to a few tenths of a second. */
export const graphLimits = {
  maxWork: 4_000_000,
  maxEdges: 600_000,
  /** However many sentences, each keeps at least this many neighbours. */
  minNeighbours: 8,
};

/**
 * The similarity graph of the sentences, built through an inverted index over terms, so only
 * pairs that share a term are ever looked at. The weight of the pair (i, j) is the symmetric
 * bilinear form ½ Σ_t (a_i(t)·b_j(t) + b_i(t)·a_j(t)) over their shared terms, where `a` is
 * `rows` and `b` is `other` (parallel to each row's ids; `rows` again when left out): with unit
 * tf-idf vectors that is the cosine; with BM25 it is the mean of the two directions.
 *
 * Cost, and how it is bounded:
 * - The index costs O(nnz), nnz being the number of (sentence, term) entries. Callers leave out
 *   terms of weight 0 (a term in every sentence has idf 0), so those never make pairs.
 * - Accumulating the weights visits, for every entry, the other sentences of that term: Σ_t sf_t²
 *   visits. When that exceeds `maxWork`, a sentence is paired only with sentences at most
 *   `window` positions away, a window whose exact visit count (two pointers over each posting
 *   list, O(nnz) per try, a few tries) is within `maxWork`: a local graph, the document read in
 *   overlapping stretches. Articles (up to several hundred sentences) are never windowed.
 * - Each sentence keeps its `max(minNeighbours, maxEdges / n)` heaviest edges, the nearest first
 *   among equals (all of them up to about 770 sentences), and its diagonal when asked, so the
 *   graph has at most max(maxEdges, minNeighbours · n) + n edges and each power iteration over
 *   it is O(that).
 * Every row is accumulated in full (both directions), so each sentence's strongest neighbours
 * are exact within its window.
 */
export function similarityGraph(rows: readonly SparseVector[], options: GraphOptions, other?: readonly (readonly number[])[]): Graph {
  const n = rows.length;
  const maxWork = options.maxWork ?? graphLimits.maxWork;
  const maxEdges = options.maxEdges ?? graphLimits.maxEdges;
  const index = invertedIndex(rows, other);
  const window = windowFor(index, n, maxWork);
  const cap = Math.max(graphLimits.minNeighbours, Math.floor(maxEdges / Math.max(n, 1)));
  const { start, sentence: post, a: postA, b: postB, where } = index;

  // Scratch space reused by every row, and the output at its largest: a long input holds a large
  // live heap, and each collection that allocation triggers has to walk all of it.
  const acc = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  const kept: number[] = [];
  const scratch = new Float64Array(n);
  const offsets = new Int32Array(n + 1);
  const capacity = n * (Math.min(cap, n - 1) + 1);
  const targets = new Int32Array(capacity);
  const weights = new Float64Array(capacity);
  let edges = 0;
  let entry = 0;
  for (let i = 0; i < n; i++) {
    const ids = rows[i]?.ids ?? [];
    // The row's own values, read in order (in the postings they are scattered: a cache miss each).
    const aValues = rows[i]?.values ?? [];
    const bValues = other?.[i] ?? aValues;
    touched.length = 0;
    let self = 0;
    for (let k = 0; k < ids.length; k++, entry++) {
      const at = where[entry] ?? 0;
      const id = ids[k] ?? 0;
      const ai = aValues[k] ?? 0;
      const bi = bValues[k] ?? 0;
      self += ai * bi;
      // The term's sentences within the window: back from i's own place, then forward.
      let p = at;
      while (p > (start[id] ?? 0) && (post[p - 1] ?? 0) >= i - window) p--;
      for (const to = start[id + 1] ?? 0; p < to && (post[p] ?? 0) <= i + window; p++) {
        if (p === at) continue;
        const j = post[p] ?? 0;
        if (seen[j] !== i) {
          seen[j] = i;
          acc[j] = 0;
          touched.push(j);
        }
        acc[j] = (acc[j] ?? 0) + ai * (postB[p] ?? 0) + bi * (postA[p] ?? 0);
      }
    }
    kept.length = 0;
    const minWeight = options.minWeight;
    for (const j of touched) {
      const w = (acc[j] ?? 0) / 2;
      acc[j] = w;
      if (w > 0 && w >= minWeight) kept.push(j);
    }
    // The diagonal, when kept, is kept whatever the cap.
    if (options.selfLoops && self > 0 && self >= minWeight) {
      targets[edges] = i;
      weights[edges++] = self;
    }
    // The `cap` heaviest: the cap-th largest weight by quickselect (sorting each row is many
    // times slower), then all above it and as many equal to it as there is room for, the nearest
    // sentences first (repeated sentences tie, and the nearest is the natural neighbour).
    let threshold = -Infinity;
    let nearestTied: Set<number> | undefined;
    if (kept.length > cap) {
      kept.forEach((j, k) => (scratch[k] = acc[j] ?? 0));
      threshold = kthLargest(scratch, kept.length, cap);
      let room = cap;
      let tied = 0;
      for (const j of kept) {
        if ((acc[j] ?? 0) > threshold) room--;
        else if (acc[j] === threshold) tied++;
      }
      if (tied > room) {
        const nearest = kept.filter((j) => acc[j] === threshold).sort((x, y) => Math.abs(x - i) - Math.abs(y - i) || x - y);
        nearestTied = new Set(nearest.slice(0, room));
      }
    }
    for (const j of kept) {
      const w = acc[j] ?? 0;
      if (w < threshold || (w === threshold && nearestTied && !nearestTied.has(j))) continue;
      targets[edges] = j;
      weights[edges++] = w;
    }
    offsets[i + 1] = edges;
  }
  return { size: n, offsets, targets: targets.subarray(0, edges), weights: weights.subarray(0, edges) };
}

/** The k-th largest of `values[0 .. length)` (k from 1), by quickselect; reorders them. Linear on average. */
export function kthLargest(values: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const x = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = x;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] ?? 0;
}

/** Posting lists in compressed form: the entries of term t are `start[t]` to `start[t + 1]`, in sentence order. */
interface InvertedIndex {
  start: Int32Array;
  sentence: Int32Array;
  a: Float64Array;
  b: Float64Array;
  /** For each row entry, rows flattened in order: where it sits in the postings. */
  where: Int32Array;
}

function invertedIndex(rows: readonly SparseVector[], other: readonly (readonly number[])[] | undefined): InvertedIndex {
  let terms = 0;
  let nnz = 0;
  for (const row of rows) {
    for (const id of row.ids) if (id >= terms) terms = id + 1;
    nnz += row.ids.length;
  }
  const start = new Int32Array(terms + 1);
  for (const row of rows) for (const id of row.ids) start[id + 1] = (start[id + 1] ?? 0) + 1;
  for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] ?? 0) + (start[t] ?? 0);
  const next = start.slice(0, terms);
  const sentence = new Int32Array(nnz);
  const a = new Float64Array(nnz);
  const b = new Float64Array(nnz);
  const where = new Int32Array(nnz);
  let entry = 0;
  rows.forEach((row, i) => {
    const bValues = other?.[i] ?? row.values;
    row.ids.forEach((id, k) => {
      const at = next[id] ?? 0;
      next[id] = at + 1;
      sentence[at] = i;
      a[at] = row.values[k] ?? 0;
      b[at] = bValues[k] ?? 0;
      where[entry++] = at;
    });
  });
  return { start, sentence, a, b, where };
}

/**
 * A pairing window (in sentence positions) whose pair visits stay within `maxWork`: n when all
 * pairs fit; otherwise the window that would fit were each term spread evenly over the text
 * (visits ≈ 2W/n · Σ sf²), shrunk by a fifth until the exact count fits, as bursty terms make more.
 */
function windowFor(index: InvertedIndex, n: number, maxWork: number): number {
  const all = pairVisits(index, n, Infinity);
  if (all <= maxWork) return n;
  let window = Math.max(1, Math.floor((n * maxWork) / (2 * all)));
  while (window > 1 && pairVisits(index, window, maxWork) > maxWork) window = Math.floor(window * 0.8);
  return window;
}

/** Exactly how many (entry, partner) visits the row pass makes with this window: two pointers over each posting list. Stops counting past `limit`. */
function pairVisits(index: InvertedIndex, window: number, limit: number): number {
  const { start, sentence } = index;
  let visits = 0;
  for (let t = 0; t + 1 < start.length; t++) {
    const from = start[t] ?? 0;
    const to = start[t + 1] ?? 0;
    let lo = from;
    let hi = from;
    for (let p = from; p < to; p++) {
      const s = sentence[p] ?? 0;
      while ((sentence[lo] ?? 0) < s - window) lo++;
      while (hi + 1 < to && (sentence[hi + 1] ?? 0) <= s + window) hi++;
      visits += hi - lo;
    }
    if (visits > limit) return visits;
  }
  return visits;
}
