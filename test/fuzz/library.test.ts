/**
 * The library on any input and any options: it returns a summary that keeps its promises, or
 * throws one of its documented errors, and nothing else. Case counts and the seed: see fuzz.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { split, summarize } from '../../src/summarize.js';
import { collapseSpace, displayText, wordPattern } from '../../src/text.js';
import { SummarizeError, type Budget, type ErrorCode, type Summary } from '../../src/types.js';
import { anyOptions, anyText, fuzz, goodOptions, htmlText, longRun, markdownText, proseText } from './fuzz.js';

/** A generous timeout: a long run (`npm run fuzz`) has no time limit of its own. */
const timeout = longRun ? 0 : 60_000;

/** Any text the fuzzers make, prose more often, since it gives summaries of several sentences to check. */
const text = fc.oneof({ weight: 3, arbitrary: anyText }, { weight: 3, arbitrary: proseText }, { weight: 1, arbitrary: htmlText }, { weight: 1, arbitrary: markdownText });

/** The library's answer: a summary, or the error it threw. */
function attempt(input: string, options: object): Summary | SummarizeError {
  try {
    return summarize(input, options);
  } catch (error) {
    if (error instanceof SummarizeError) return error;
    // Anything else escaping is the bug this file looks for: rethrown with the input that caused it.
    throw new Error(`summarize threw ${String(error)} for ${JSON.stringify(input)} with ${String(JSON.stringify(options))}`, { cause: error });
  }
}

/** What a good summary of `input` promises whatever the input is. */
function expectKeptPromises(input: string, options: { budget: Budget; order: string; keywords: number; detectTitle: boolean; detectChrome: boolean }, summary: Summary): void {
  const { budget } = options;
  const sentences = split(input, { detectTitle: options.detectTitle, detectChrome: options.detectChrome });
  const byStart = new Map(sentences.map((s) => [s.start, s]));
  const seen = new Set<number>();
  for (const s of summary.sentences) {
    // The sentence as it is in the input, at its offsets: one of the input's sentences.
    expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(s.end).toBeGreaterThan(s.start);
    expect(byStart.get(s.start)?.end).toBe(s.end);
    expect(byStart.get(s.start)?.index).toBe(s.index);
    expect(seen.has(s.index)).toBe(false);
    seen.add(s.index);
    expect(Number.isFinite(s.score)).toBe(true);
  }
  const indices = summary.sentences.map((s) => s.index);
  if (options.order === 'document') expect(indices).toEqual([...indices].sort((a, b) => a - b));
  else expect(summary.sentences.map((s) => s.score)).toEqual(summary.sentences.map((s) => s.score).sort((a, b) => b - a));

  const shown = summary.sentences.map((s) => displayText(s.text));
  switch (budget.kind) {
    case 'sentences':
      expect(shown.length).toBeLessThanOrEqual(budget.value);
      break;
    case 'ratio':
      expect(shown.length).toBeLessThanOrEqual(Math.max(1, Math.round(budget.value * summary.counts.candidates)));
      break;
    case 'words':
      expect(shown.reduce((n, t) => n + [...t.matchAll(wordPattern)].length, 0)).toBeLessThanOrEqual(budget.value);
      expect(summary.counts.wordsOut).toBeLessThanOrEqual(budget.value);
      break;
    case 'chars':
      expect(summary.sentences.map((s) => collapseSpace(s.text)).join('\n').length).toBeLessThanOrEqual(budget.value);
      break;
  }
  expect(summary.counts.sentencesOut).toBe(summary.sentences.length);
  expect(summary.counts.sentencesIn).toBe(sentences.length);
  expect(summary.counts.candidates).toBeLessThanOrEqual(summary.counts.sentencesIn);
  expect(summary.keywords.length).toBeLessThanOrEqual(options.keywords);
  for (const k of summary.keywords) expect(Number.isFinite(k.weight)).toBe(true);
  if (summary.title !== null) expect(input).toContain(summary.title);
  // Under a count budget a non-empty input always gives something.
  if (budget.kind === 'sentences' || budget.kind === 'ratio') expect(summary.sentences.length).toBeGreaterThan(0);
}

describe('the library on any input', () => {
  it(
    'throws nothing but a SummarizeError, whatever the text and the options',
    () => {
      const optionCodes: ErrorCode[] = ['INVALID_OPTION', 'UNKNOWN_ALGORITHM'];
      const inputCodes: ErrorCode[] = ['EMPTY_INPUT', 'BINARY_INPUT'];
      fuzz('library: only SummarizeErrors escape', fc.tuple(text, anyOptions), ([input, options]) => {
        const result = attempt(input, options);
        if (result instanceof SummarizeError) {
          expect([...optionCodes, ...inputCodes]).toContain(result.code);
          expect(result.message).not.toBe('');
          expect(result.message).not.toContain('\n');
        }
      });
    },
    timeout,
  );

  it(
    'with good options: input sentences at their offsets, in order, within the budget, or an input error',
    () => {
      fuzz('library: sentences at their offsets, within budget', fc.tuple(text, goodOptions), ([input, options]) => {
        const result = attempt(input, options);
        if (result instanceof SummarizeError) {
          expect(['EMPTY_INPUT', 'BINARY_INPUT']).toContain(result.code);
          if (result.code === 'EMPTY_INPUT') expect(input.trim()).toBe('');
          return;
        }
        expectKeptPromises(input, options, result);
      });
    },
    timeout,
  );

  it(
    'gives the same summary for the same input, whatever ran before',
    () => {
      fuzz('library: deterministic', fc.tuple(text, text, goodOptions), ([input, other, options]) => {
        const first = attempt(input, options);
        attempt(other, options);
        expect(attempt(input, options)).toEqual(first);
      });
    },
    timeout,
  );

  it(
    'splits any text into ordered, non-overlapping sentences that are slices of it',
    () => {
      fuzz('library: split gives slices in order', fc.tuple(text, fc.boolean(), fc.boolean()), ([input, detectTitle, detectChrome]) => {
        let sentences;
        try {
          sentences = split(input, { detectTitle, detectChrome });
        } catch (error) {
          expect(error).toBeInstanceOf(SummarizeError);
          return;
        }
        let end = 0;
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.start).toBeGreaterThanOrEqual(end);
          expect(s.end).toBeGreaterThan(s.start);
          expect(input.slice(s.start, s.end)).toBe(s.text);
          end = s.end;
        });
        expect(end).toBeLessThanOrEqual(input.length);
      });
    },
    timeout,
  );
});
