import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/input.js';
import { emptySummaryWarning, errorMessage, invalidUtf8, warning } from '../../src/cli/messages.js';
import { SummarizeError, type Budget, type Summary } from '../../src/index.js';

describe('errorMessage', () => {
  it.each<[string, unknown, string | undefined, string]>([
    ['a library error, with its input', new SummarizeError('EMPTY_INPUT', 'the input is empty'), 'a.txt', 'summarize: a.txt: the input is empty'],
    ['an input error', new InputError('no such file or directory'), 'gone.txt', 'summarize: gone.txt: no such file or directory'],
    ["commander's own prefix dropped", new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"), undefined, "summarize: unknown option '--x'"],
    ['a bug says so', new TypeError('boom'), 'a.txt', 'summarize: internal error: a.txt: boom'],
    ['something thrown that is not an Error', 42, undefined, 'summarize: internal error: 42'],
  ])('%s', (_name, error, input, line) => {
    expect(errorMessage(error, input, false)).toBe(line);
  });

  it('adds the stack of a bug only when debugging', () => {
    const bug = new TypeError('boom');
    expect(errorMessage(bug, undefined, true)).toBe(`summarize: internal error: boom\n${bug.stack}`);
    expect(errorMessage(new InputError('x'), undefined, true)).toBe('summarize: x');
  });
});

describe('warnings', () => {
  it('share the prefix', () => {
    expect(warning(invalidUtf8('a.txt'))).toBe('summarize: warning: a.txt is not valid UTF-8; invalid bytes were replaced with U+FFFD');
  });

  const summary = (sentencesOut: number): Summary => ({
    algorithm: 'default',
    language: { code: 'en', source: 'detected' },
    title: null,
    sentences: Array.from({ length: sentencesOut }, (_, i) => ({ index: i, text: 'A.', start: 0, end: 2, score: 1 })),
    keywords: [],
    counts: { sentencesIn: 3, candidates: 3, sentencesOut, wordsIn: 9, wordsOut: sentencesOut },
  });

  it.each<[string, Summary, Budget, string | undefined]>([
    ['words', summary(0), { kind: 'words', value: 5 }, 'no sentence fits in 5 words; the summary is empty'],
    ['chars', summary(0), { kind: 'chars', value: 20 }, 'no sentence fits in 20 characters; the summary is empty'],
    ['a summary with sentences', summary(1), { kind: 'words', value: 5 }, undefined],
    ['a sentence budget never empties a summary', summary(0), { kind: 'sentences', value: 1 }, undefined],
  ])('empty summary: %s', (_name, s, budget, expected) => {
    expect(emptySummaryWarning(s, budget)).toBe(expected);
  });
});
