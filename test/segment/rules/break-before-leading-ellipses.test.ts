import { describe, expect, it } from 'vitest';
import { breakBeforeLeadingEllipses } from '../../../src/segment/rules/break-before-leading-ellipses.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  [
    'It made self-interpreting compounds. . . . The practice was not abandoned. . . .',
    'It made self-interpreting compounds.| . . . The practice was not abandoned. . . .',
  ],
  ['He stopped. ... Then he went on.', 'He stopped.| ... Then he went on.'],
  // A lower-case word, "I", or nothing after the ellipsis: it trails the sentence, no opinion.
  ['It appears less complex. . . .”', 'It appears less complex. . . .”'],
  ['It stopped. . . . and went on.', 'It stopped. . . . and went on.'],
  ['It stopped. . . . I went on.', 'It stopped. . . . I went on.'],
  // A spaced ellipsis after a word, not after a full stop, is merge-ellipses' to judge.
  ['with a period . . . . Next sentence.', 'with a period . . . . Next sentence.'],
];

describe('break-before-leading-ellipses', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(breakBeforeLeadingEllipses, input)).toBe(expected);
  });
});
