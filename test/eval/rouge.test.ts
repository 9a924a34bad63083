import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { porterStem } from '../../src/eval/porter.js';
import { rouge, rougeMulti, rougeStem, roundLikeRouge, scoreFromCounts, tokenize, type RougeScores } from '../../src/eval/rouge.js';

describe('tokenize, as ROUGE-1.5.5 reads text', () => {
  it.each([
    ['The Cat sat.', ['the', 'cat', 'sat']],
    // Hyphens become tokens of their own, which ROUGE then drops.
    ['well-known e-mail -- 9-11', ['well', 'known', 'e', 'mail', '9', '11']],
    ["Ms. O'Neill's 3.5% rise, $40", ['ms', 'o', 'neill', 's', '3', '5', 'rise', '40']],
    // ROUGE reads bytes and lower-cases A-Z only: any other letter is a separator.
    ['café ÉCOLE naïve', ['caf', 'cole', 'na', 've']],
    // toLowerCase would turn these into "i" + a combining dot, and "k".
    ['İstanbul \u212Aelvin', ['stanbul', 'elvin']],
    ['  \t ', []],
  ])('%j', (sentence, expected) => {
    expect(tokenize(sentence, false)).toEqual(expected);
  });

  it('stems only when asked', () => {
    expect(tokenize('The children went running', true)).toEqual(['the', 'child', 'go', 'run']);
    expect(tokenize('The children went running', false)).toEqual(['the', 'children', 'went', 'running']);
  });
});

describe('rougeStem (-m)', () => {
  it.each([
    // WordNet irregular forms come first, and map to the first base form listed.
    ['went', 'go'],
    ['children', 'child'],
    ['mice', 'mouse'],
    ['data', 'datum'],
    ['axes', 'ax'],
    // A form in both adj.exc and adv.exc: ROUGE-1.5.5's DB has the adverb's base.
    ['best', 'well'],
    // Tokens of 3 characters or fewer are never stemmed, even when WordNet lists them.
    ['was', 'was'],
    ['ran', 'ran'],
    ['men', 'men'],
    ['cats', 'cat'],
    ['running', 'run'],
  ])('%s -> %s', (word, stem) => {
    expect(rougeStem(word)).toBe(stem);
  });
});

describe('porterStem, the Perl Porter stemmer inside ROUGE-1.5.5', () => {
  // Expected stems are the output of ROUGE-1.5.5.pl's own `stem` subroutine.
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['hopping', 'hop'],
    ['hoped', 'hope'],
    ['yelling', 'yell'],
    ['yield', 'yield'],
    ['sky', 'sky'],
    ['generalizations', 'gener'],
    ['relational', 'relat'],
    // Chin-Yew Lin's step 4: -ement, -ment and -ent are tried one after the other.
    ['agreement', 'agreem'],
    ['argument', 'argum'],
    ['accidental', 'accid'],
    ['1990s', '1990'],
  ])('%s -> %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

describe('counting', () => {
  it('clips each n-gram to the smaller of its counts', () => {
    // "the" matches once of three, "cat" once: 2 hits of 3 reference and 4 summary words.
    expect(rouge(['the the the cat'], ['the cat sat'], { stem: false }).rouge1).toEqual({ recall: 0.66667, precision: 0.5, f1: 0.57143 });
    // "a b" twice in the summary, once in the reference.
    expect(rouge(['a b a b'], ['a b c'], { stem: false }).rouge2).toEqual({ recall: 0.5, precision: 0.33333, f1: 0.4 });
  });

  it('counts bigrams across sentence ends, as ROUGE joins the sentences', () => {
    expect(rouge(['a b', 'c d'], ['b c'], { stem: false }).rouge2).toEqual({ recall: 1, precision: 0.33333, f1: 0.5 });
  });
});

describe('roundLikeRouge, sprintf("%7.5f") read back', () => {
  it.each([
    [2 / 3, 0.66667],
    [0.5, 0.5],
    // Exact ties round half to even, as C's printf does (toFixed would round 1/64 up).
    [1 / 64, 0.01562],
    [3 / 64, 0.04688],
    [5 / 64, 0.07812],
    // 0.123455 is stored a little below the tie.
    [0.123455, 0.12345],
  ])('%d -> %d', (x, rounded) => {
    expect(roundLikeRouge(x)).toBe(rounded);
  });

  it('computes F1 from the rounded recall and precision', () => {
    // 6/17 and 6/43 give F1 = 0.2 exactly; ROUGE prints 0.19999.
    expect(scoreFromCounts(6, 17, 43)).toEqual({ recall: 0.35294, precision: 0.13953, f1: 0.19999 });
    expect(scoreFromCounts(0, 10, 10)).toEqual({ recall: 0, precision: 0, f1: 0 });
    expect(scoreFromCounts(0, 0, 0)).toEqual({ recall: 0, precision: 0, f1: 0 });
  });
});

describe('summary-level ROUGE-L (union LCS)', () => {
  it('takes the union of the LCS with every summary sentence (Lin 2004, section 3.2)', () => {
    // Reference w1..w5; LCS with the first summary sentence is w1 w2, with the second w1 w3 w5:
    // the union w1 w2 w3 w5 is 4 hits of 5 reference and 10 summary words.
    const score = rouge(['w1 w2 w6 w7 w8', 'w1 w3 w8 w9 w5'], ['w1 w2 w3 w4 w5'], { stem: false }).rougeL;
    expect(score).toEqual({ recall: 0.8, precision: 0.4, f1: 0.53333 });
  });

  it('clips hits to the unigram counts, so ROUGE-L never exceeds ROUGE-1', () => {
    // Both reference sentences contain "a", but the summary has one "a" to give.
    const scores = rouge(['a b c'], ['a b', 'a c'], { stem: false });
    expect(scores.rougeL).toEqual({ recall: 0.75, precision: 1, f1: 0.85714 });
    expect(scores.rougeL.recall).toBeLessThanOrEqual(scores.rouge1.recall);
  });

  it('counts the words on the LCS path ROUGE traces back', () => {
    // "a b" against "b a": both "a" and "b" are an LCS. ROUGE's trace marks "a", which leaves
    // the summary's one "b" for the second reference sentence: 2 hits. Marking "b" would give 1.
    expect(rouge(['b a'], ['a b', 'b'], { stem: false }).rougeL).toEqual({ recall: 0.66667, precision: 1, f1: 0.8 });
  });

  it('is zero for an empty summary or reference', () => {
    const zero = { recall: 0, precision: 0, f1: 0 };
    expect(rouge([], ['a b'], { stem: false })).toEqual({ rouge1: zero, rouge2: zero, rougeL: zero });
    expect(rouge(['a b'], ['', '--'], { stem: false })).toEqual({ rouge1: zero, rouge2: zero, rougeL: zero });
  });

  it('treats a newline inside a sentence as a sentence end', () => {
    expect(rouge(['w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5'], ['w1 w2 w3 w4 w5'], { stem: false }).rougeL.recall).toBe(0.8);
  });
});

interface Figures {
  R: number;
  P: number;
  F: number;
}
type Published = Record<'ROUGE-1' | 'ROUGE-2' | 'ROUGE-L', Figures>;
interface Vector {
  dataset: string;
  system: string;
  id: string;
  summary: string;
  reference: string;
  stemmed: Published;
  unstemmed: Published;
}

const vectors = readFileSync(new URL('../fixtures/rouge-vectors.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Vector);
const metrics = [
  ['ROUGE-1', 'rouge1'],
  ['ROUGE-2', 'rouge2'],
  ['ROUGE-L', 'rougeL'],
] as const;
const measures = [
  ['R', 'recall'],
  ['P', 'precision'],
  ['F', 'f1'],
] as const;

/** The largest difference between our 9 figures and ROUGE-1.5.5's for one pair. */
function largestDifference(ours: RougeScores, theirs: Published): number {
  let largest = 0;
  for (const [name, metric] of metrics) {
    for (const [short, measure] of measures) largest = Math.max(largest, Math.abs(ours[metric][measure] - theirs[name][short]));
  }
  return largest;
}

describe.each([
  ['stemmed', true],
  ['unstemmed', false],
] as const)('agreement with ROUGE-1.5.5 on test/fixtures/rouge-vectors.jsonl, %s', (mode, stem) => {
  const scored = vectors.map((vector) => ({
    vector,
    ours: rouge(vector.summary.split('\n'), vector.reference.split('\n'), { stem }),
  }));

  it('has the pairs of the three data sets and three systems', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(vectors.map((v) => `${v.dataset}/${v.system}`)).size).toBe(9);
  });

  it('gets every figure within 0.0005 for at least 99% of the pairs', () => {
    const close = scored.filter(({ vector, ours }) => largestDifference(ours, vector[mode]) <= 0.0005);
    expect(close.length / scored.length).toBeGreaterThanOrEqual(0.99);
  });

  it('prints the same 5 decimals as ROUGE-1.5.5 for at least 99% of the pairs', () => {
    const identical = scored.filter(({ vector, ours }) => largestDifference(ours, vector[mode]) < 1e-9);
    expect(identical.length / scored.length).toBeGreaterThanOrEqual(0.99);
  });

  it('gets the mean F1 of each data set and system within 0.0005', () => {
    const groups = new Map<string, typeof scored>();
    for (const pair of scored) {
      const group = `${pair.vector.dataset}/${pair.vector.system}`;
      groups.set(group, [...(groups.get(group) ?? []), pair]);
    }
    expect(groups.size).toBe(9);
    for (const [group, members] of groups) {
      for (const [name, metric] of metrics) {
        const mean = (f: (m: (typeof members)[number]) => number): number => members.reduce((sum, m) => sum + f(m), 0) / members.length;
        const ours = mean((m) => m.ours[metric].f1);
        const theirs = mean((m) => m.vector[mode][name].F);
        expect(Math.abs(ours - theirs), `${group} ${name}`).toBeLessThanOrEqual(0.0005);
      }
    }
  });
});

describe('rougeMulti, ROUGE-1.5.5 -f A over several references', () => {
  it('pools hits and sizes over the references, counting the summary once per reference', () => {
    // Reference 1: "the cat sat" (3 unigrams, 2 hits: the, cat); reference 2: "a dog ran far" (4, 0 hits).
    const scores = rougeMulti(['the cat'], [['the cat sat'], ['a dog ran far']], { stem: false });
    // Recall 2 / (3 + 4); precision 2 / (2 + 2).
    expect(scores.rouge1.recall).toBe(roundLikeRouge(2 / 7));
    expect(scores.rouge1.precision).toBe(0.5);
    // Bigrams: "the cat" hits once in reference 1; sizes 2 + 3, summary 1 + 1.
    expect(scores.rouge2.recall).toBe(0.2);
    expect(scores.rouge2.precision).toBe(0.5);
  });

  it('is rouge() with one reference', () => {
    const summary = ['The cats sat on the mat.', 'Dogs ran.'];
    const reference = ['A cat sat on a mat.', 'The dog ran away.'];
    expect(rougeMulti(summary, [reference], { stem: true })).toEqual(rouge(summary, reference, { stem: true }));
  });

  it('is not the mean of the per-reference F1s when the references differ in length', () => {
    const summary = ['alpha beta'];
    const references = [['alpha'], ['beta gamma delta epsilon zeta eta theta iota']];
    const pooled = rougeMulti(summary, references, { stem: false }).rouge1.f1;
    const mean = (rouge(summary, references[0] as string[], { stem: false }).rouge1.f1 + rouge(summary, references[1] as string[], { stem: false }).rouge1.f1) / 2;
    expect(pooled).not.toBeCloseTo(mean, 3);
    expect(pooled).toBe(scoreFromCounts(2, 9, 4).f1);
  });
});
