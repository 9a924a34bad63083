import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyOracle } from '../../src/eval/oracle.js';
import { tokenize } from '../../src/eval/rouge.js';

function ngrams(words: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const gram = words.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function clippedMatches(reference: Map<string, number>, summary: Map<string, number>): number {
  let hits = 0;
  for (const [gram, count] of reference) hits += Math.min(count, summary.get(gram) ?? 0);
  return hits;
}

/** The oracle's definition, scoring every trial summary from scratch. */
function naiveOracle(sentences: readonly string[], reference: readonly string[], maxSentences: number): number[] {
  const referenceWords = reference.flatMap((s) => tokenize(s, true));
  const f1 = (hits: number, a: number, b: number): number => (hits === 0 ? 0 : (2 * hits) / (a + b));
  const objective = (chosen: readonly number[]): number => {
    const words = chosen.flatMap((i) => tokenize(sentences[i] as string, true));
    let total = 0;
    for (const n of [1, 2]) {
      const hits = clippedMatches(ngrams(referenceWords, n), ngrams(words, n));
      total += f1(hits, Math.max(0, referenceWords.length - n + 1), Math.max(0, words.length - n + 1));
    }
    return total;
  };
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < maxSentences) {
    let pick = -1;
    sentences.forEach((_, i) => {
      if (chosen.includes(i)) return;
      const score = objective([...chosen, i].sort((a, b) => a - b));
      if (score > best) {
        best = score;
        pick = i;
      }
    });
    if (pick === -1) break;
    chosen.push(pick);
    chosen.sort((a, b) => a - b);
  }
  return chosen;
}

describe('greedyOracle', () => {
  const article = ['Dogs bark loudly.', 'The cat sat.', 'On the mat.', 'Unrelated words here.'];
  const reference = ['The cat sat on the mat.'];

  it('adds the sentences that raise ROUGE-1 + ROUGE-2 F1 and stops when none does', () => {
    expect(greedyOracle(article, reference, { maxSentences: 4 })).toEqual([1, 2]);
  });

  it('stops at the budget, breaking ties for the earlier sentence', () => {
    // "The cat sat." and "On the mat." score the same alone.
    expect(greedyOracle(article, reference, { maxSentences: 1 })).toEqual([1]);
  });

  it('stems by default, and can be told not to', () => {
    const sentences = ['The dogs were running.', 'A dog runs.'];
    expect(greedyOracle(sentences, ['dog run'], { maxSentences: 1 })).toEqual([1]);
    expect(greedyOracle(sentences, ['dogs running'], { maxSentences: 1, stem: false })).toEqual([0]);
  });

  it('picks nothing when nothing matches', () => {
    expect(greedyOracle(article, [], { maxSentences: 3 })).toEqual([]);
    expect(greedyOracle(article, ['zebra'], { maxSentences: 3 })).toEqual([]);
  });

  it('picks what scoring every trial summary from scratch picks', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'running', 'runs', '');
    const sentence = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), fc.array(sentence, { maxLength: 4 }), fc.integer({ min: 0, max: 8 }), (sentences, ref, max) => {
        expect(greedyOracle(sentences, ref, { maxSentences: max })).toEqual(naiveOracle(sentences, ref, max));
      }),
      { numRuns: 300 },
    );
  });
});
