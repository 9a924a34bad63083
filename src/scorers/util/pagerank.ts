import type { Graph } from './graph.js';

export interface PageRankOptions {
  /** Probability of following an edge rather than jumping to a random sentence. */
  damping: number;
  /** Stop when no score, scaled to average 1 (TextRank's scale), moves by this much or more. */
  tolerance: number;
  /** Stop after this many iterations whatever the change. */
  maxIterations: number;
}

/** Damping 0.85 and tolerance 0.0001 (Mihalcea & Tarau 2004), at most 100 iterations. */
export const pageRankDefaults: Readonly<PageRankOptions> = Object.freeze({ damping: 0.85, tolerance: 1e-4, maxIterations: 100 });

/**
 * The stationary distribution of the random walk that follows an out-edge of the current
 * sentence with probability `damping` (in proportion to the edge weights) and otherwise jumps to
 * any sentence. A sentence with no out-edge hands its mass to all sentences alike, so the walk
 * is a proper Markov chain and the scores sum to 1. Power iteration, O(edges + n) per step,
 * until no sentence's score times n changes by `tolerance` (TextRank's criterion, its scores
 * averaging 1); the error shrinks at least by `damping` each step, so the cap of 100 steps
 * leaves it under 0.85¹⁰⁰ < 1e-7 of where it started.
 */
export function pageRank(graph: Graph, options: Partial<PageRankOptions> = {}): number[] {
  const { damping, tolerance, maxIterations } = { ...pageRankDefaults, ...options };
  const n = graph.size;
  if (n === 0) return [];
  const { offsets, targets, weights } = graph;
  const outWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) sum += weights[e] ?? 0;
    outWeight[i] = sum;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (!((outWeight[i] ?? 0) > 0)) dangling += rank[i] ?? 0;
    next.fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      const out = outWeight[i] ?? 0;
      if (!(out > 0)) continue;
      const share = (damping * (rank[i] ?? 0)) / out;
      for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) {
        const j = targets[e] ?? 0;
        next[j] = (next[j] ?? 0) + share * (weights[e] ?? 0);
      }
    }
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs((next[i] ?? 0) - (rank[i] ?? 0)));
    [rank, next] = [next, rank];
    if (change * n < tolerance) break;
  }
  return Array.from(rank);
}
