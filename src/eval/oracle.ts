/**
 * The greedy extractive oracle, the usual upper bound for extractive summarizers (Nallapati et
 * al. 2017, Kedzie et al. 2018): repeatedly add the article sentence that most increases
 * ROUGE-1 F1 + ROUGE-2 F1 against the reference, until no sentence increases it or the budget is
 * reached. It is stemmed by default because every data set here is scored stemmed, so the oracle
 * maximizes the very numbers it is compared on.
 */
import { tokenize } from './rouge.js';

export interface OracleOptions {
  /** Most sentences to pick. */
  readonly maxSentences: number;
  /** Stem as ROUGE-1.5.5's `-m`. @default true */
  readonly stem?: boolean;
}

/** Counts of n-grams; a bigram is keyed as first * vocabulary + second. */
type Bag = Map<number, number>;

function increment(bag: Bag, gram: number, by: number): void {
  bag.set(gram, (bag.get(gram) ?? 0) + by);
}

/** Unrounded F1 = 2PR / (P + R) = 2 hits / (reference size + summary size). */
function f1(hits: number, referenceCount: number, summaryCount: number): number {
  return hits === 0 ? 0 : (2 * hits) / (referenceCount + summaryCount);
}

/**
 * Indices (ascending, i.e. in document order) of the sentences the greedy oracle picks from
 * `sentences` for `reference` (an array of reference sentences). Each candidate is scored as
 * the summary it would make, its sentences in document order, since ROUGE-2 counts the bigrams
 * across sentence ends. Ties go to the earlier sentence.
 */
export function greedyOracle(sentences: readonly string[], reference: readonly string[], options: OracleOptions): number[] {
  const stem = options.stem ?? true;
  const ids = new Map<string, number>();
  const toIds = (text: string): number[] =>
    tokenize(text, stem).map((word) => {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
      }
      return id;
    });
  const referenceWords = reference.flatMap((sentence) => toIds(sentence));
  const candidates = sentences.map(toIds);
  const vocabulary = ids.size;

  const referenceUnigrams: Bag = new Map();
  const referenceBigrams: Bag = new Map();
  referenceWords.forEach((word, i) => {
    increment(referenceUnigrams, word, 1);
    if (i > 0) increment(referenceBigrams, (referenceWords[i - 1] as number) * vocabulary + word, 1);
  });
  const referenceBigramCount = Math.max(0, referenceWords.length - 1);

  // The summary so far, kept as counts and clipped matches so that trying a candidate costs only
  // its own length: scoring every trial summary from scratch was 15 times slower on bbc-dev.
  const chosen: number[] = [];
  const unigrams: Bag = new Map();
  const bigrams: Bag = new Map();
  let unigramHits = 0;
  let bigramHits = 0;
  let words = 0;

  /** Add `by` (+1 or -1) to an n-gram count, returning the change in clipped matches. */
  const count = (summary: Bag, referenceBag: Bag, gram: number, by: number): number => {
    const before = summary.get(gram) ?? 0;
    increment(summary, gram, by);
    const limit = referenceBag.get(gram) ?? 0;
    return Math.min(before + by, limit) - Math.min(before, limit);
  };

  /**
   * Insert sentence `index` into the summary at its place in document order, updating the
   * counts; with `by` = -1, undo that. Returns the change in unigram and bigram matches.
   */
  const insert = (index: number, by: 1 | -1): [number, number] => {
    const added = candidates[index] as number[];
    let previous: number[] | undefined;
    let next: number[] | undefined;
    for (const other of chosen) {
      const otherWords = candidates[other] as number[];
      if (otherWords.length === 0) continue;
      if (other < index) previous = otherWords;
      else if (next === undefined) next = otherWords;
    }
    let unigramChange = 0;
    let bigramChange = 0;
    const bigram = (first: number, second: number, sign: number): void => {
      bigramChange += count(bigrams, referenceBigrams, first * vocabulary + second, sign * by);
    };
    if (added.length === 0) return [0, 0];
    if (previous !== undefined && next !== undefined) bigram(previous.at(-1) as number, next[0] as number, -1);
    if (previous !== undefined) bigram(previous.at(-1) as number, added[0] as number, 1);
    if (next !== undefined) bigram(added.at(-1) as number, next[0] as number, 1);
    added.forEach((word, i) => {
      unigramChange += count(unigrams, referenceUnigrams, word, by);
      if (i > 0) bigram(added[i - 1] as number, word, 1);
    });
    return [unigramChange, bigramChange];
  };

  const objective = (unigramMatches: number, bigramMatches: number, summaryWords: number): number =>
    f1(unigramMatches, referenceWords.length, summaryWords) +
    f1(bigramMatches, referenceBigramCount, Math.max(0, summaryWords - 1));

  let best = 0;
  while (chosen.length < options.maxSentences) {
    let bestIndex = -1;
    for (let index = 0; index < candidates.length; index++) {
      if (chosen.includes(index)) continue;
      const [unigramChange, bigramChange] = insert(index, 1);
      insert(index, -1);
      const score = objective(unigramHits + unigramChange, bigramHits + bigramChange, words + (candidates[index] as number[]).length);
      if (score > best) {
        best = score;
        bestIndex = index;
      }
    }
    if (bestIndex === -1) break;
    const [unigramChange, bigramChange] = insert(bestIndex, 1);
    unigramHits += unigramChange;
    bigramHits += bigramChange;
    words += (candidates[bestIndex] as number[]).length;
    chosen.push(bestIndex);
    chosen.sort((a, b) => a - b);
  }
  return chosen;
}
