import { describe, expect, it } from 'vitest';
import { clean } from '../../src/stages/clean.js';
import { SummarizeError } from '../../src/types.js';

describe('clean', () => {
  it.each([
    ['one line', 'Hello there.', [[0, 12, false]]],
    ['LF', 'a\nb', [[0, 1, false], [2, 3, false]]],
    ['CRLF', 'a\r\nb', [[0, 1, false], [3, 4, false]]],
    ['lone CR', 'a\rb', [[0, 1, false], [2, 3, false]]],
    ['blank line between', 'a\n  \nb', [[0, 1, false], [2, 4, true], [5, 6, false]]],
    ['trailing newline', 'a\n', [[0, 1, false], [2, 2, true]]],
  ])('indexes lines: %s', (_name, input, expected) => {
    expect(clean(input).lines.map((l) => [l.start, l.end, l.blank])).toEqual(expected);
  });

  it('keeps the input as given', () => {
    const input = '\uFEFFTitle\r\n\r\nBody text.';
    expect(clean(input).input).toBe(input);
  });

  it.each([
    ['empty', '', 'EMPTY_INPUT'],
    ['white space', ' \n\t\r\n ', 'EMPTY_INPUT'],
    ['NUL byte', 'text\u0000more', 'BINARY_INPUT'],
    ['control characters', '\u0001\u0002\u0003\u0004abc\u0005\u0006', 'BINARY_INPUT'],
  ])('rejects %s input', (_name, input, code) => {
    expect(() => clean(input)).toThrow(SummarizeError);
    try {
      clean(input);
    } catch (error) {
      expect((error as SummarizeError).code).toBe(code);
    }
  });

  it('accepts text with an occasional control character', () => {
    expect(() => clean(`A sentence with a form feed.\f${'More words here. '.repeat(5)}\u0007`)).not.toThrow();
  });
});
