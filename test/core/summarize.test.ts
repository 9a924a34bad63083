import { describe, expect, it } from 'vitest';
import { summarize, split } from '../../src/summarize.js';
import { SummarizeError } from '../../src/types.js';

const article = [
  'Budget Vote Ends Months of Talks',
  '',
  'The city council approved the new budget on Tuesday after months of talks.',
  'The budget adds money for roads and schools in every district.',
  'Council members said the vote ended a long dispute over school funding.',
  'Opponents of the budget argued that road repairs should wait.',
  'The mayor will sign the budget next week.',
].join('\n');

describe('summarize', () => {
  it('returns one to three input sentences as they are', () => {
    for (const input of ['Just one sentence here.', 'First one here. Second one there.', 'A b c. D e f. G h i.']) {
      const summary = summarize(input);
      expect(summary.sentences.map((s) => s.text).join(' ')).toBe(input);
    }
  });

  it('gives a headline back rather than nothing', () => {
    expect(summarize('Budget Vote Ends Months of Talks').sentences.map((s) => s.text)).toEqual(['Budget Vote Ends Months of Talks']);
  });

  it('never chooses the title, and reports it', () => {
    const summary = summarize(article, { budget: { kind: 'sentences', value: 5 } });
    expect(summary.title).toBe('Budget Vote Ends Months of Talks');
    expect(summary.sentences.map((s) => s.text)).not.toContain('Budget Vote Ends Months of Talks');
    expect(summary.counts).toMatchObject({ sentencesIn: 6, candidates: 5, sentencesOut: 5 });
  });

  it('counts words in and out', () => {
    const summary = summarize(article, { budget: { kind: 'sentences', value: 1 } });
    expect(summary.counts.wordsIn).toBe(60);
    expect(summary.counts.wordsOut).toBeGreaterThan(0);
    expect(summary.counts.wordsOut).toBeLessThan(summary.counts.wordsIn);
  });

  it('finds keywords from the article', () => {
    const summary = summarize(article, { keywords: 3 });
    expect(summary.keywords).toHaveLength(3);
    expect(summary.keywords[0]?.term).toBe('budget');
  });

  it('uses the algorithm asked for', () => {
    const summary = summarize(article, { algorithm: 'lead', budget: { kind: 'sentences', value: 2 } });
    expect(summary.algorithm).toBe('lead');
    expect(summary.sentences.map((s) => s.index)).toEqual([1, 2]);
  });

  it.each([
    ['empty input', '', {}, 'EMPTY_INPUT'],
    ['unknown algorithm', article, { algorithm: 'nope' }, 'UNKNOWN_ALGORITHM'],
    ['zero sentences', article, { budget: { kind: 'sentences', value: 0 } }, 'INVALID_OPTION'],
    ['fractional sentences', article, { budget: { kind: 'sentences', value: 1.5 } }, 'INVALID_OPTION'],
    ['ratio above one', article, { budget: { kind: 'ratio', value: 2 } }, 'INVALID_OPTION'],
    ['NaN ratio', article, { budget: { kind: 'ratio', value: Number.NaN } }, 'INVALID_OPTION'],
    ['negative words', article, { budget: { kind: 'words', value: -1 } }, 'INVALID_OPTION'],
    ['bad order', article, { order: 'random' }, 'INVALID_OPTION'],
  ] as const)('rejects %s with a typed error', (_name, input, options, code) => {
    let thrown: unknown;
    try {
      summarize(input, options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SummarizeError);
    expect((thrown as SummarizeError).code).toBe(code);
  });
});

describe('split', () => {
  it('gives every sentence with its offsets and role', () => {
    const sentences = split(article);
    expect(sentences).toHaveLength(6);
    expect(sentences[0]?.role).toBe('title');
    for (const s of sentences) expect(article.slice(s.start, s.end)).toBe(s.text);
  });
});
