/**
 * The document's terms as integer ids, counted per sentence: the common input of the
 * vector-space methods (LSA, LexRank, TextRank, SumBasic, KL-Sum, centroid).
 */

/** A sentence as a sparse vector over term ids. */
export interface SparseVector {
  /** Distinct term ids, in order of first use in the sentence. */
  ids: number[];
  /** The value of each id, parallel to `ids`. */
  values: number[];
}

/** How often each term occurs, per sentence and in the whole document. */
export interface TermCounts {
  /** The terms, by id (ids in order of first use in the document). */
  vocabulary: string[];
  /** Per sentence: its distinct term ids and how often each occurs in it. */
  rows: SparseVector[];
  /** Per sentence: its number of terms, repeats included. */
  lengths: number[];
  /** Per term: how many sentences it occurs in. */
  sentenceFrequency: number[];
  /** Per term: how often it occurs in the document. */
  frequency: number[];
  /** Occurrences of all terms in the document. */
  total: number;
}

/** Count the terms of each sentence (`Doc.terms`). Linear in the number of terms. */
export function countTerms(terms: readonly (readonly string[])[]): TermCounts {
  const idOf = new Map<string, number>();
  const vocabulary: string[] = [];
  const sentenceFrequency: number[] = [];
  const frequency: number[] = [];
  // Per term: the last sentence it was seen in, and its place in that sentence's row.
  const lastSentence: number[] = [];
  const slot: number[] = [];
  const rows: SparseVector[] = [];
  const lengths: number[] = [];
  let total = 0;
  terms.forEach((sentence, s) => {
    const row: SparseVector = { ids: [], values: [] };
    for (const term of sentence) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        idOf.set(term, id);
        vocabulary.push(term);
        sentenceFrequency.push(0);
        frequency.push(0);
        lastSentence.push(-1);
        slot.push(0);
      }
      frequency[id] = (frequency[id] ?? 0) + 1;
      if (lastSentence[id] === s) {
        const at = slot[id] ?? 0;
        row.values[at] = (row.values[at] ?? 0) + 1;
      } else {
        lastSentence[id] = s;
        slot[id] = row.ids.length;
        row.ids.push(id);
        row.values.push(1);
        sentenceFrequency[id] = (sentenceFrequency[id] ?? 0) + 1;
      }
    }
    rows.push(row);
    lengths.push(sentence.length);
    total += sentence.length;
  });
  return { vocabulary, rows, lengths, sentenceFrequency, frequency, total };
}

/** Each term's share of the document's term occurrences: its unigram probability. */
export function probabilities(counts: TermCounts): Float64Array {
  return Float64Array.from(counts.frequency, (f) => (counts.total > 0 ? f / counts.total : 0));
}

/**
 * Inverse sentence frequency, the document's sentences taken as the collection:
 * log(N / n_t). A term in every sentence gets 0: it tells no sentence from another.
 */
export function sentenceIdf(counts: TermCounts): number[] {
  const n = counts.rows.length;
  return counts.sentenceFrequency.map((sf) => (sf > 0 ? Math.log(n / sf) : 0));
}

/**
 * tf × idf vectors, entries of weight 0 left out; with `unit`, scaled to length 1
 * (a sentence with no weighted term stays empty).
 */
export function tfIdfVectors(counts: TermCounts, idf: readonly number[], unit: boolean): SparseVector[] {
  return counts.rows.map((row) => {
    const vector: SparseVector = { ids: [], values: [] };
    let norm = 0;
    row.ids.forEach((id, k) => {
      const value = (row.values[k] ?? 0) * (idf[id] ?? 0);
      if (value === 0) return;
      vector.ids.push(id);
      vector.values.push(value);
      norm += value * value;
    });
    if (unit && norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = 0; k < vector.values.length; k++) vector.values[k] = (vector.values[k] ?? 0) * scale;
    }
    return vector;
  });
}
