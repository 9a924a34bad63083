import { createRequire } from 'node:module';
import type { Matrix } from 'ml-matrix';
import type { Scorer } from './types.js';
import { countOf, oneFactor } from './util/explain.js';
import { countTerms, type SparseVector } from './util/terms.js';


// ml-matrix is the largest module any scorer loads; the registry imports every scorer, so it is
// required on first use rather than at start-up, when most runs never ask for LSA.
const require = createRequire(import.meta.url);
let mlMatrix: typeof import('ml-matrix') | undefined;
function linearAlgebra(): typeof import('ml-matrix') {
  mlMatrix ??= require('ml-matrix') as typeof import('ml-matrix');
  return mlMatrix;
}

/** Steinberger & Ježek keep the dimensions whose singular value exceeds half the largest. */
const keepShare = 0.5;
/** The dense term-by-sentence matrix is decomposed directly while m·n·min(m, n) is below this (tens of milliseconds with ml-matrix). */
const directCost = 3_000_000;
/** Largest side of a Gram matrix decomposed: ml-matrix takes about 0.1 s for 150 × 150. */
const maxGramSide = 150;

/**
 * LSA as in Steinberger & Ježek (2004), "Using Latent Semantic Analysis in Text Summarization
 * and Summary Evaluation", ISIM '04.
 *
 * The term-by-sentence matrix A is binary: a_ts = 1 when content-word stem t occurs in sentence
 * s, else 0. The paper builds on Gong & Liu's matrix and leaves the weighting open; Steinberger et
 * al. (2007, "Two uses of anaphora resolution in summarization", IP&M 43) found binary local
 * weights best, and with tf-idf a sentence of rare words becomes a topic of its own and wins (no
 * global weight is applied). With A = U Σ Vᵀ, a sentence scores its length in the reduced topic
 * space, sqrt(Σ_k σ_k² v_sk²), over the dimensions k with σ_k > ½ σ_1 (the paper's rule).
 *
 * Cost, and how it is bounded (m terms, n sentences, nnz their (sentence, term) entries):
 * - small inputs (m·n·min(m, n) ≤ 3·10⁶, a news article): ml-matrix's SVD of the dense A;
 * - otherwise the Gram matrix of the smaller side, whose SVD gives the same σ² and vectors:
 *   AᵀA when n ≤ 150 (then σ_k v_sk = √λ_k · v_sk); else AAᵀ over the terms, its eigenvectors
 *   u_k giving σ_k v_sk = u_k · a_s. When there are more than 150 terms as well (long
 *   documents) only the 150 terms with the largest Σ_s a_ts² enter it: with binary weights the
 *   terms in most sentences, the rows that carry most of ‖A‖² and so the leading singular
 *   vectors. So the SVD is at most 150 × 150, the Gram matrix costs O(Σ_s min(terms in s, 150)²)
 *   and the projection O(nnz · dimensions kept).
 */
export const lsa: Scorer = {
  name: 'lsa',
  description: 'LSA (Steinberger & Ježek 2004): the sentence\'s weight in the main latent topics of the text',
  score(doc) {
    return topicStrengths(countTerms(doc.terms).rows.map((row) => ({ ids: row.ids, values: row.ids.map(() => 1) })));
  },
  explain: (doc, scores, i) => oneFactor('topics', 'its length in the main latent topics (σ_k > σ_1 / 2)', doc, scores, i, countOf(doc)),
};

/** How each sentence's score is computed; exported so tests can check the paths agree. */
export type LsaMethod = 'direct' | 'sentences' | 'terms';

/**
 * sqrt(Σ_k σ_k² v_sk²) over the dimensions with σ_k > ½ σ_1, for the matrix whose columns are
 * `columns` (each a sentence's sparse term weights). The method is chosen by size unless given.
 */
export function topicStrengths(columns: readonly SparseVector[], method?: LsaMethod): number[] {
  const n = columns.length;
  // Number the terms actually used 0..m-1 (they already are, coming from countTerms).
  let ids = 0;
  for (const column of columns) for (const id of column.ids) ids = Math.max(ids, id + 1);
  const row = new Int32Array(ids).fill(-1);
  let m = 0;
  for (const column of columns) for (const id of column.ids) if (row[id] === -1) row[id] = m++;
  if (m === 0 || n === 0) return new Array<number>(n).fill(0);
  const dense = m === ids ? columns : columns.map((c) => ({ ids: c.ids.map((id) => row[id] ?? 0), values: c.values }));
  const chosen = method ?? (m * n * Math.min(m, n) <= directCost ? 'direct' : n <= m && n <= maxGramSide ? 'sentences' : 'terms');
  switch (chosen) {
    case 'direct':
      return direct(dense, m);
    case 'sentences':
      return sentenceGram(dense, m);
    case 'terms':
      return termGram(dense, m);
  }
}

/** The dimensions the paper keeps: singular value above half the largest (σ ≥ 0 sorted descending). */
function kept(sigma: readonly number[]): number {
  const largest = sigma[0] ?? 0;
  if (!(largest > 0)) return 0;
  let k = 0;
  while (k < sigma.length && (sigma[k] ?? 0) > keepShare * largest) k++;
  return k;
}

function direct(columns: readonly SparseVector[], m: number): number[] {
  const { Matrix, SingularValueDecomposition } = linearAlgebra();
  const a = Matrix.zeros(m, columns.length);
  columns.forEach((c, s) => c.ids.forEach((t, k) => a.set(t, s, c.values[k] ?? 0)));
  const svd = new SingularValueDecomposition(a, { autoTranspose: true, computeLeftSingularVectors: false });
  return lengths(svd.diagonal, svd.rightSingularVectors);
}

/** AᵀA = V Σ² Vᵀ: for few sentences (n ≤ 150), built through the terms' posting lists. */
function sentenceGram(columns: readonly SparseVector[], m: number): number[] {
  const n = columns.length;
  const postings: Array<Array<[number, number]>> = Array.from({ length: m }, () => []);
  columns.forEach((c, s) => c.ids.forEach((t, k) => postings[t]?.push([s, c.values[k] ?? 0])));
  const { Matrix, SingularValueDecomposition } = linearAlgebra();
  const gram = Matrix.zeros(n, n);
  for (const list of postings) {
    for (const [i, x] of list) for (const [j, y] of list) gram.set(i, j, gram.get(i, j) + x * y);
  }
  const svd = new SingularValueDecomposition(gram, { computeLeftSingularVectors: false });
  return lengths(svd.diagonal.map((lambda) => Math.sqrt(Math.max(lambda, 0))), svd.rightSingularVectors);
}

/** sqrt(Σ_k σ_k² v_sk²) over the kept dimensions, for each row s of V. */
function lengths(sigma: readonly number[], v: Matrix): number[] {
  const dims = kept(sigma);
  return Array.from({ length: v.rows }, (_, s) => {
    let sum = 0;
    for (let k = 0; k < dims; k++) sum += ((sigma[k] ?? 0) * v.get(s, k)) ** 2;
    return Math.sqrt(sum);
  });
}

/** AAᵀ = U Σ² Uᵀ over at most 150 terms (the heaviest rows); σ_k v_sk = u_k · a_s. */
function termGram(columns: readonly SparseVector[], m: number): number[] {
  const mass = new Float64Array(m);
  for (const c of columns) c.ids.forEach((t, k) => (mass[t] = (mass[t] ?? 0) + (c.values[k] ?? 0) ** 2));
  let terms = Array.from({ length: m }, (_, t) => t);
  if (m > maxGramSide) terms = terms.sort((x, y) => (mass[y] ?? 0) - (mass[x] ?? 0) || x - y).slice(0, maxGramSide);
  const side = new Int32Array(m).fill(-1);
  terms.forEach((t, r) => (side[t] = r));
  const reduced = columns.map((c) => {
    const ids: number[] = [];
    const values: number[] = [];
    c.ids.forEach((t, k) => {
      const r = side[t] ?? -1;
      if (r >= 0) {
        ids.push(r);
        values.push(c.values[k] ?? 0);
      }
    });
    return { ids, values };
  });
  const size = terms.length;
  const gram = new Float64Array(size * size);
  for (const { ids, values } of reduced) {
    for (let p = 0; p < ids.length; p++) {
      const row = (ids[p] ?? 0) * size;
      const x = values[p] ?? 0;
      for (let q = 0; q < ids.length; q++) gram[row + (ids[q] ?? 0)] = (gram[row + (ids[q] ?? 0)] ?? 0) + x * (values[q] ?? 0);
    }
  }
  const rows = Array.from({ length: size }, (_, r) => Array.from(gram.subarray(r * size, (r + 1) * size)));
  const { Matrix, SingularValueDecomposition } = linearAlgebra();
  const svd = new SingularValueDecomposition(new Matrix(rows), { computeLeftSingularVectors: false });
  const sigma = svd.diagonal.map((lambda) => Math.sqrt(Math.max(lambda, 0)));
  const u = svd.rightSingularVectors;
  const dims = kept(sigma);
  const basis = Array.from({ length: dims }, (_, k) => u.getColumn(k));
  return reduced.map(({ ids, values }) => {
    let sum = 0;
    for (const vector of basis) {
      let projection = 0;
      for (let p = 0; p < ids.length; p++) projection += (vector[ids[p] ?? 0] ?? 0) * (values[p] ?? 0);
      sum += projection * projection;
    }
    return Math.sqrt(sum);
  });
}
