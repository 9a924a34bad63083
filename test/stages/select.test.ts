import { describe, expect, it } from 'vitest';
import { lead } from '../../src/scorers/lead.js';
import { salience } from '../../src/scorers/salience.js';
import { budgetGate, select, sentencesFor } from '../../src/stages/select.js';
import type { Budget, Doc, Sentence, Token } from '../../src/types.js';

/** A doc whose candidates are the given texts; terms are their lower-cased words. */
function doc(texts: string[]): Doc {
  let offset = 0;
  const candidates: Sentence[] = texts.map((text, index) => {
    const s = { index, text, start: offset, end: offset + text.length, role: 'body' as const };
    offset += text.length + 1;
    return s;
  });
  const tokens: Token[][] = candidates.map((s) =>
    s.text.split(' ').map((w) => ({ text: w, start: 0, end: 0, lower: w.toLowerCase(), stem: w.toLowerCase(), stop: false })),
  );
  return {
    input: texts.join(' '),
    sentences: candidates,
    title: undefined,
    candidates,
    tokens,
    terms: tokens.map((t) => t.map((x) => x.stem)),
    context: [],
    weights: new Map(),
    words: tokens.reduce((n, t) => n + t.length, 0),
  };
}

const texts = ['alpha beta gamma', 'delta epsilon', 'zeta eta theta iota', 'kappa'];
const scores = [0.5, 0.9, 0.7, 0.1];

describe('select', () => {
  it.each<[string, Budget, number[]]>([
    ['two sentences', { kind: 'sentences', value: 2 }, [1, 2]],
    ['more sentences than there are', { kind: 'sentences', value: 9 }, [0, 1, 2, 3]],
    ['half of them', { kind: 'ratio', value: 0.5 }, [1, 2]],
    ['a tiny ratio still gives one', { kind: 'ratio', value: 0.01 }, [1]],
    ['five words: the best that fits, then a shorter one', { kind: 'words', value: 5 }, [0, 1]],
    ['six words', { kind: 'words', value: 6 }, [1, 2]],
    ['one word', { kind: 'words', value: 1 }, [3]],
    ['too few words for any sentence', { kind: 'words', value: 0 }, []],
    ['thirteen characters', { kind: 'chars', value: 13 }, [1]],
    ['characters for two with a line break', { kind: 'chars', value: 13 + 1 + 16 }, [0, 1]],
  ])('%s', (_name, budget, expected) => {
    expect(select(doc(texts), scores, salience, budget, 'document')).toEqual(expected);
  });

  it('orders by score when asked', () => {
    expect(select(doc(texts), scores, salience, { kind: 'sentences', value: 3 }, 'score')).toEqual([1, 2, 0]);
  });

  it('skips a sentence that mostly repeats a chosen one', () => {
    const repeats = doc(['the cat sat on the mat', 'the cat sat on the mat today', 'dogs bark loudly']);
    expect(select(repeats, [0.9, 0.8, 0.1], salience, { kind: 'sentences', value: 2 }, 'document')).toEqual([0, 2]);
  });

  it("lets a scorer's own choice decide, still under the budget", () => {
    expect(select(doc(texts), scores, lead, { kind: 'words', value: 5 }, 'document')).toEqual([0, 1]);
  });
});

describe('budgetGate', () => {
  it('never lets a word budget be exceeded', () => {
    const d = doc(texts);
    const fits = budgetGate(d, { kind: 'words', value: 4 });
    expect(fits([], 2)).toBe(true);
    expect(fits([2], 3)).toBe(false);
    expect(fits([1], 3)).toBe(true);
  });

  it.each<[Budget, number, number]>([
    [{ kind: 'sentences', value: 3 }, 10, 3],
    [{ kind: 'ratio', value: 0.25 }, 10, 3],
    [{ kind: 'ratio', value: 1 }, 7, 7],
  ])('sentencesFor %j of %i', (budget, n, expected) => {
    expect(sentencesFor(budget, n)).toBe(expected);
  });
});
