/**
 * ROUGE-1, ROUGE-2 and ROUGE-L as ROUGE-1.5.5 computes them for one summary against one
 * reference: `-n 2` with its defaults (stopwords kept, alpha 0.5), and `-m` when stemming.
 * Every figure is what ROUGE-1.5.5 prints: recall and precision rounded to 5 decimals and F1
 * computed from those rounded values.
 */
import { WORDNET_EXCEPTIONS } from './data/wordnet-exceptions.js';
import { porterStem } from './porter.js';

export interface RougeOptions {
  /** Stem as ROUGE-1.5.5's `-m`: WordNet irregular forms, then Porter. */
  readonly stem: boolean;
  /**
   * Tokenize for any language ({@link unicodeTokens}) instead of as ROUGE-1.5.5, which keeps
   * [a-z0-9] only. Never stems: ROUGE's stemmer is English.
   */
  readonly unicode?: boolean;
}

/** Recall, precision and F1 (alpha 0.5), each in [0, 1]. */
export interface RougeScore {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
}

export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeL: RougeScore;
}

const exceptions = new Map(Object.entries(WORDNET_EXCEPTIONS));
// Stemming is the costliest step per token, and a corpus has a bounded vocabulary.
const stemCache = new Map<string, string>();

/**
 * ROUGE's `MorphStem` as applied by `-m`: tokens of up to 3 characters are kept as they are,
 * longer ones are looked up among WordNet's irregular forms ("went" -> "go") and otherwise Porter
 * stemmed.
 */
export function rougeStem(token: string): string {
  if (token.length <= 3) return token;
  let stem = stemCache.get(token);
  if (stem === undefined) {
    stem = exceptions.get(token) ?? porterStem(token);
    stemCache.set(token, stem);
  }
  return stem;
}

/**
 * ROUGE-1.5.5's tokens for one sentence. It lower-cases A-Z only (`tr/A-Z/a-z/`), reads bytes, so
 * every other character (accented letters, each byte of UTF-8 included) becomes a space, spaces
 * out hyphens into tokens of their own and then drops every token that does not start with
 * [a-z0-9$], hyphens among them. What is left are the runs of [a-z0-9].
 */
export function tokenize(sentence: string, stem: boolean): string[] {
  const tokens = sentence.replace(/[A-Z]/g, (letter) => letter.toLowerCase()).split(/[^a-z0-9]+/);
  const words: string[] = [];
  for (const token of tokens) {
    if (token !== '') words.push(stem ? rougeStem(token) : token);
  }
  return words;
}

/** A run of letters, combining marks and digits, or one character of a script written without spaces. */
const UNICODE_TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+/gu;

/**
 * Tokens for text in any language, where ROUGE-1.5.5 would delete every letter outside [A-Za-z]:
 * the text in NFC and lower case, then each run of Unicode letters and digits (with their
 * combining marks: Vietnamese, Hindi) a token, except that every Chinese character and kana is a
 * token of its own (the usual LCSTS protocol; Chinese and Japanese put no spaces between words).
 * No stemming, and nothing else is dropped: "Việt Nam 2024" gives "việt", "nam", "2024".
 */
export function unicodeTokens(sentence: string): string[] {
  return Array.from(sentence.normalize('NFC').toLowerCase().matchAll(UNICODE_TOKEN), (match) => match[0]);
}

/**
 * Perl's `sprintf("%7.5f", x)` read back as a number. `toFixed` rounds the exact binary value
 * as C does, except on an exact tie, where C rounds half to even and `toFixed` rounds up. A
 * double in [0, 1] is exactly halfway between two 5-decimal numbers only if it is an odd
 * multiple of 1/64.
 */
export function roundLikeRouge(x: number): number {
  const sixtyFourths = x * 64;
  if (Number.isInteger(sixtyFourths) && sixtyFourths % 2 === 1) {
    const below = (sixtyFourths * 3125 - 1) / 2; // x * 1e5 = below + 0.5
    return (below % 2 === 0 ? below : below + 1) / 1e5;
  }
  return Number(x.toFixed(5));
}

/** ROUGE's scores from counts: hits over reference and summary sizes, rounded as ROUGE prints them. */
export function scoreFromCounts(hits: number, referenceCount: number, summaryCount: number): RougeScore {
  const recall = referenceCount === 0 ? 0 : roundLikeRouge(hits / referenceCount);
  const precision = summaryCount === 0 ? 0 : roundLikeRouge(hits / summaryCount);
  const alpha = 0.5;
  const denominator = (1 - alpha) * precision + alpha * recall;
  const f1 = denominator > 0 ? roundLikeRouge((precision * recall) / denominator) : 0;
  return { recall, precision, f1 };
}

/** A text as word ids, sentence by sentence; equal words share an id. */
interface Interned {
  readonly sentences: readonly Int32Array[];
  /** How many times each id occurs in the whole text. */
  readonly counts: Int32Array;
  readonly length: number;
}

/** Clipped unigram matches: each word counts as often as it occurs in both texts. */
function unigramMatches(reference: Interned, summary: Interned): number {
  let hits = 0;
  for (let id = 0; id < reference.counts.length; id++) hits += Math.min(reference.counts[id] as number, summary.counts[id] as number);
  return hits;
}

/** Bigram counts keyed first * vocabulary + second, running across sentence ends since ROUGE joins the sentences. */
function bigrams(text: Interned, vocabulary: number): Map<number, number> {
  const counts = new Map<number, number>();
  let previous = -1;
  for (const sentence of text.sentences) {
    for (const id of sentence) {
      if (previous !== -1) {
        const key = previous * vocabulary + id;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      previous = id;
    }
  }
  return counts;
}

/** Clipped bigram matches. */
function bigramMatches(reference: Interned, summary: Interned, vocabulary: number): number {
  const summaryBigrams = bigrams(summary, vocabulary);
  let hits = 0;
  for (const [key, count] of bigrams(reference, vocabulary)) hits += Math.min(count, summaryBigrams.get(key) ?? 0);
  return hits;
}

/**
 * Marks, in `hitMask`, the reference positions on the one LCS path ROUGE's `lcs_inner` and
 * `markLCS` trace back: a match goes diagonally, otherwise it moves up (along the reference)
 * when that keeps the LCS length, else left. Which path is taken decides which words count.
 */
function markLcs(reference: Int32Array, summary: Int32Array, hitMask: Uint8Array, table: Int32Array): void {
  const m = reference.length;
  const n = summary.length;
  const width = n + 1;
  for (let j = 0; j <= n; j++) table[j] = 0;
  for (let i = 1; i <= m; i++) {
    const row = i * width;
    const previousRow = row - width;
    const word = reference[i - 1];
    let diagonal = 0;
    let left = 0;
    table[row] = 0;
    for (let j = 1; j <= n; j++) {
      const up = table[previousRow + j] as number;
      const length = word === summary[j - 1] ? diagonal + 1 : up >= left ? up : left;
      table[row + j] = length;
      diagonal = up;
      left = length;
    }
  }
  let i = m;
  let j = n;
  while (i !== 0 && j !== 0) {
    if (reference[i - 1] === summary[j - 1]) {
      i--;
      j--;
      hitMask[i] = 1;
    } else if ((table[(i - 1) * width + j] as number) >= (table[i * width + j - 1] as number)) {
      i--;
    } else {
      j--;
    }
  }
}

/**
 * Summary-level ROUGE-L (ROUGE's `lcs`): for each reference sentence, the union of its LCS with
 * every summary sentence. A word in that union is a hit only while both its reference and summary
 * unigram counts last, each hit using one of each, so ROUGE-L never exceeds ROUGE-1.
 */
function lcsMatches(reference: Interned, summary: Interned): number {
  // Each hit uses up one of the word's occurrences on both sides.
  const referenceLeft = reference.counts.slice();
  const summaryLeft = summary.counts.slice();
  const longest = (text: Interned): number => text.sentences.reduce((most, sentence) => Math.max(most, sentence.length), 0);
  const table = new Int32Array((longest(reference) + 1) * (longest(summary) + 1));

  let hits = 0;
  for (const sentence of reference.sentences) {
    if (sentence.length === 0) continue;
    const hitMask = new Uint8Array(sentence.length);
    for (const other of summary.sentences) markLcs(sentence, other, hitMask, table);
    for (let k = 0; k < sentence.length; k++) {
      const id = sentence[k] as number;
      if (hitMask[k] === 1 && (referenceLeft[id] as number) > 0 && (summaryLeft[id] as number) > 0) {
        hits++;
        referenceLeft[id] = (referenceLeft[id] as number) - 1;
        summaryLeft[id] = (summaryLeft[id] as number) - 1;
      }
    }
  }
  return hits;
}

/** Matches and sizes of one metric: hits, reference n-grams, summary n-grams. */
export interface RougeCounts {
  readonly hits: number;
  readonly reference: number;
  readonly summary: number;
}

/** The counts behind ROUGE-1, ROUGE-2 and ROUGE-L. */
export interface RougeCountsByMetric {
  readonly rouge1: RougeCounts;
  readonly rouge2: RougeCounts;
  readonly rougeL: RougeCounts;
}

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L of one summary against one reference, both given
 * as sentences (the sentence split only matters to ROUGE-L). A sentence holding a newline is
 * two sentences, as it would be in the one-sentence-per-line files ROUGE reads.
 */
export function rouge(summary: readonly string[], reference: readonly string[], options: RougeOptions): RougeScores {
  return scoresFromCounts([rougeCounts(summary, reference, options)]);
}

/**
 * ROUGE-1.5.5 against several references with its default scoring formula `-f A` ("model
 * average"): it adds up the hits, the reference sizes and the summary size over the references
 * (the summary's size counted once per reference), and computes recall and precision from those
 * totals (`computeNGramScore` and `computeLCSScore`: $totalGramHit, $totalGramCount,
 * $totalGramCountP). With one reference this is {@link rouge}.
 */
export function rougeMulti(summary: readonly string[], references: readonly (readonly string[])[], options: RougeOptions): RougeScores {
  return scoresFromCounts(references.map((reference) => rougeCounts(summary, reference, options)));
}

function scoresFromCounts(list: readonly RougeCountsByMetric[]): RougeScores {
  const pooled = (metric: keyof RougeCountsByMetric): RougeScore => {
    let hits = 0;
    let reference = 0;
    let summary = 0;
    for (const counts of list) {
      hits += counts[metric].hits;
      reference += counts[metric].reference;
      summary += counts[metric].summary;
    }
    return scoreFromCounts(hits, reference, summary);
  };
  return { rouge1: pooled('rouge1'), rouge2: pooled('rouge2'), rougeL: pooled('rougeL') };
}

/** The hits and sizes of ROUGE-1, ROUGE-2 and ROUGE-L of one summary against one reference. */
export function rougeCounts(summary: readonly string[], reference: readonly string[], options: RougeOptions): RougeCountsByMetric {
  const ids = new Map<string, number>();
  const toIds = (sentence: string): Int32Array => {
    const words = options.unicode === true ? unicodeTokens(sentence) : tokenize(sentence, options.stem);
    // Filled by hand: Int32Array.from with a map function is several times slower.
    const sentenceIds = new Int32Array(words.length);
    words.forEach((word, k) => {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
      }
      sentenceIds[k] = id;
    });
    return sentenceIds;
  };
  const sentencesOf = (text: readonly string[]): Int32Array[] => text.flatMap((sentence) => sentence.split('\n')).map(toIds);
  const summarySentences = sentencesOf(summary);
  const referenceSentences = sentencesOf(reference);
  const vocabulary = ids.size;
  const intern = (sentences: Int32Array[]): Interned => {
    const counts = new Int32Array(vocabulary);
    let length = 0;
    for (const sentence of sentences) {
      length += sentence.length;
      for (const id of sentence) counts[id] = (counts[id] as number) + 1;
    }
    return { sentences, counts, length };
  };
  const ours = intern(summarySentences);
  const theirs = intern(referenceSentences);
  return {
    rouge1: { hits: unigramMatches(theirs, ours), reference: theirs.length, summary: ours.length },
    rouge2: { hits: bigramMatches(theirs, ours, vocabulary), reference: Math.max(0, theirs.length - 1), summary: Math.max(0, ours.length - 1) },
    rougeL: { hits: lcsMatches(theirs, ours), reference: theirs.length, summary: ours.length },
  };
}
