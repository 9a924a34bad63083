import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphLimits, kthLargest, similarityGraph, type Graph } from '../../src/scorers/util/graph.js';
import { Heap } from '../../src/scorers/util/heap.js';
import { pageRank } from '../../src/scorers/util/pagerank.js';
import { countTerms, sentenceIdf, tfIdfVectors, type SparseVector } from '../../src/scorers/util/terms.js';

function edges(graph: Graph): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < graph.size; i++) {
    for (let e = graph.offsets[i] ?? 0; e < (graph.offsets[i + 1] ?? 0); e++) out.push([i, graph.targets[e] ?? -1, graph.weights[e] ?? NaN]);
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

const row = (ids: number[], values: number[]): SparseVector => ({ ids, values });

describe('countTerms and tf-idf', () => {
  it('counts terms per sentence and in the document', () => {
    const counts = countTerms([['tax', 'vote', 'tax'], [], ['vote']]);
    expect(counts.vocabulary).toEqual(['tax', 'vote']);
    expect(counts.rows).toEqual([row([0, 1], [2, 1]), row([], []), row([1], [1])]);
    expect(counts.lengths).toEqual([3, 0, 1]);
    expect(counts.sentenceFrequency).toEqual([1, 2]);
    expect(counts.frequency).toEqual([2, 2]);
    expect(counts.total).toBe(4);
  });

  it('weighs tf × log(N / n), leaving out terms in every sentence, and can scale to unit length', () => {
    const counts = countTerms([['tax', 'vote', 'tax', 'all'], ['vote', 'all'], ['poll', 'all']]);
    expect(sentenceIdf(counts)).toEqual([Math.log(3), Math.log(3 / 2), 0, Math.log(3)]);
    const [first] = tfIdfVectors(counts, sentenceIdf(counts), false);
    expect(first).toEqual(row([0, 1], [2 * Math.log(3), Math.log(3 / 2)]));
    const [unit] = tfIdfVectors(counts, sentenceIdf(counts), true);
    expect(Math.hypot(...(unit?.values ?? []))).toBeCloseTo(1, 12);
  });
});

describe('similarityGraph', () => {
  it('links exactly the pairs that share a term, weighted by their dot product', () => {
    const rows = [row([0, 1], [1, 2]), row([1], [3]), row([2], [1]), row([0, 2], [4, 5])];
    const graph = similarityGraph(rows, { selfLoops: false, minWeight: 0 });
    expect(edges(graph)).toEqual([
      [0, 1, 6],
      [0, 3, 4],
      [1, 0, 6],
      [2, 3, 5],
      [3, 0, 4],
      [3, 2, 5],
    ]);
  });

  it('averages the two directions of an asymmetric form and keeps self-loops when asked', () => {
    // a = rows, b = other: w(i, j) = ½ (a_i·b_j + b_i·a_j); w(i, i) = a_i·b_i.
    const graph = similarityGraph([row([0], [1]), row([0], [3])], { selfLoops: true, minWeight: 0 }, [[2], [5]]);
    expect(edges(graph)).toEqual([
      [0, 0, 2],
      [0, 1, (1 * 5 + 2 * 3) / 2],
      [1, 0, (1 * 5 + 2 * 3) / 2],
      [1, 1, 15],
    ]);
  });

  it('drops edges under the minimum weight', () => {
    const graph = similarityGraph([row([0], [1]), row([0], [0.5]), row([0], [0.001])], { selfLoops: false, minWeight: 0.01 });
    expect(edges(graph).map(([i, j]) => [i, j])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('pairs only nearby sentences when all pairs would cost more than the work allowed', () => {
    // 60 sentences all sharing one term: 60 · 59 pair visits if complete; allow 600.
    const rows = Array.from({ length: 60 }, () => row([0], [1]));
    const graph = similarityGraph(rows, { selfLoops: false, minWeight: 0, maxWork: 600, maxEdges: 1e6 });
    const all = edges(graph);
    expect(all.length).toBeLessThanOrEqual(600);
    expect(all.length).toBeGreaterThan(300);
    const reach = Math.max(...all.map(([i, j]) => Math.abs(i - j)));
    // Every pair within the window is there: the window is exact, not a sample.
    expect(all.length).toBe(rows.flatMap((_, i) => rows.map((__, j) => (i !== j && Math.abs(i - j) <= reach ? 1 : 0))).reduce<number>((a, b) => a + b, 0));
  });

  it('keeps the heaviest neighbours of each sentence when edges are capped', () => {
    const n = 40;
    const rows = Array.from({ length: n }, (_, i) => row([0], [i + 1]));
    const graph = similarityGraph(rows, { selfLoops: false, minWeight: 0, maxEdges: 1 });
    for (let i = 0; i < n; i++) {
      const mine = edges(graph).filter(([from]) => from === i);
      expect(mine).toHaveLength(graphLimits.minNeighbours);
      // Heaviest: the sentences with the largest values other than itself.
      const expected = Array.from({ length: n }, (_, j) => j).filter((j) => j !== i).slice(-graphLimits.minNeighbours);
      expect(mine.map(([, j]) => j).sort((a, b) => a - b)).toEqual(expected);
    }
  });
  it('among equal weights keeps the nearest sentences, and the diagonal besides', () => {
    const rows = Array.from({ length: 30 }, () => row([0], [1]));
    const graph = similarityGraph(rows, { selfLoops: true, minWeight: 0, maxEdges: 1 });
    const k = graphLimits.minNeighbours;
    for (const i of [0, 15, 29]) {
      const mine = edges(graph).filter(([from]) => from === i).map(([, j]) => j);
      expect(mine).toContain(i);
      const others = Array.from({ length: 30 }, (_, j) => j)
        .filter((j) => j !== i)
        .sort((x, y) => Math.abs(x - i) - Math.abs(y - i) || x - y)
        .slice(0, k);
      expect(mine.filter((j) => j !== i).sort((a, b) => a - b)).toEqual(others.sort((a, b) => a - b));
    }
  });
});

describe('kthLargest', () => {
  it('finds the k-th largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 40 }), fc.nat(), (values, pick) => {
        const k = (pick % values.length) + 1;
        const expected = [...values].sort((a, b) => b - a)[k - 1];
        expect(kthLargest(Float64Array.from(values), values.length, k)).toBe(expected);
      }),
    );
  });
});

describe('pageRank', () => {
  it('solves a two-node chain: 0 → 1, node 1 without out-edges spreading its share', () => {
    const graph: Graph = { size: 2, offsets: Int32Array.from([0, 1, 1]), targets: Int32Array.from([1]), weights: Float64Array.from([1]) };
    // p0 = 0.15/2 + 0.85 · p1/2 and p0 + p1 = 1: p0 = 0.5 / 1.425.
    const [p0, p1] = pageRank(graph, { tolerance: 1e-12, maxIterations: 1000 });
    expect(p0).toBeCloseTo(0.5 / 1.425, 9);
    expect(p1).toBeCloseTo(1 - 0.5 / 1.425, 9);
  });

  it('follows edges in proportion to their weights', () => {
    // 0 → 1 (weight 3) and 0 → 2 (weight 1); 1 and 2 lead back to 0.
    const graph: Graph = { size: 3, offsets: Int32Array.from([0, 2, 3, 4]), targets: Int32Array.from([1, 2, 0, 0]), weights: Float64Array.from([3, 1, 1, 1]) };
    const [p0, p1, p2] = pageRank(graph, { tolerance: 1e-12, maxIterations: 1000 });
    // p1 = 0.05 + 0.85 · 0.75 · p0, p2 = 0.05 + 0.85 · 0.25 · p0, p0 = 0.05 + 0.85 (p1 + p2).
    const q0 = (0.05 + 0.85 * 0.1) / (1 - 0.85 * 0.85);
    expect(p0).toBeCloseTo(q0, 9);
    expect(p1).toBeCloseTo(0.05 + 0.85 * 0.75 * q0, 9);
    expect(p2).toBeCloseTo(0.05 + 0.85 * 0.25 * q0, 9);
  });

  it('stops at the iteration cap and gives nothing for no nodes', () => {
    const graph: Graph = { size: 2, offsets: Int32Array.from([0, 1, 1]), targets: Int32Array.from([1]), weights: Float64Array.from([1]) };
    expect(pageRank(graph, { maxIterations: 0 })).toEqual([0.5, 0.5]);
    expect(pageRank({ size: 0, offsets: Int32Array.from([0]), targets: new Int32Array(), weights: new Float64Array() })).toEqual([]);
  });
});

describe('Heap', () => {
  it('gives items back in order, built by pushes or all at once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const pushed = new Heap<number>((a, b) => a < b);
        for (const v of values) pushed.push(v);
        const built = Heap.from(values, (a, b) => a < b);
        for (const heap of [pushed, built]) {
          const out: number[] = [];
          while (heap.size > 0) out.push(heap.pop() as number);
          expect(out).toEqual(sorted);
        }
      }),
    );
  });
});
