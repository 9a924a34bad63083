import { describe, expect, it } from 'vitest';
import { mergeStrayMarks } from '../../../src/segment/rules/merge-stray-marks.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  // Text extracted from a page, an italic title dropped: the full stop is the sentence's before it.
  ['A boost for the supernatural comedy\n\n. And the success of it.', 'A boost for the supernatural comedy+\n\n. And the success of it.'],
  ['McCreadie told the\n\nNews Letter\n\n. "We want an explanation."', 'McCreadie told the\n\nNews Letter+\n\n. "We want an explanation."'],
  ['It will be screened at the event. \'\n\nDay-Lewis has competed.', "It will be screened at the event.+ '\n\nDay-Lewis has competed."],
  ['It was late\n. and then', 'It was late+\n. and then'],
  ['Done.\n\n?\n\nNext.', 'Done.+\n\n?\n\nNext.'],
  ['It ended.\n\n”\n\nNext.', 'It ended.+\n\n”\n\nNext.'],
  // A word, an ellipsis opening the next sentence, an opening quote before words: no opinion.
  ['It ended.\n\n. . . The practice went on.', 'It ended.\n\n. . . The practice went on.'],
  ['It ended.\n\n... The practice went on.', 'It ended.\n\n... The practice went on.'],
  ["He said.\n\n' Hello,' she said.", "He said.\n\n' Hello,' she said."],
  ['He said.\n\n.5 percent of it.', 'He said.\n\n.5 percent of it.'],
  ['First. Second.', 'First. Second.'],
];

describe('merge-stray-marks', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeStrayMarks, input)).toBe(expected);
  });
});
