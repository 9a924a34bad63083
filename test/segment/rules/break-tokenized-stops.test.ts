import { describe, expect, it } from 'vitest';
import { breakTokenizedStops } from '../../../src/segment/rules/break-tokenized-stops.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['( CNN )  the deal fell through . talks resume monday .', '( CNN )  the deal fell through .| talks resume monday .'],
  ['what happened ? police said nothing . the end .', 'what happened ?| police said nothing .| the end .'],
  ["he said . '' we will win , '' she said .", "he said . ''| we will win , '' she said ."],
  ["`` are you coming ? '' he asked . `` yes , '' she said .", "`` are you coming ? '' he asked .| `` yes , '' she said ."],
  ['-lrb- cnn -rrb- -- the u.s. military said monday it killed 12 . the strike hit a village .', '-lrb- cnn -rrb- -- the u.s. military said monday it killed 12 .| the strike hit a village .'],
  ['he lives in the u.s. . he is happy . he works .', 'he lives in the u.s. .| he is happy .| he works .'],
  // Attached marks and ellipses are for the other rules, tokenized or not.
  ['wait ... then it rained . it rained a lot .', 'wait ... then it rained .| it rained a lot .'],
  // Ordinary prose is not tokenized: no opinion even on a stray set-apart full stop.
  ['The deal fell through . Talks resume on Monday, he said, and then stop.', 'The deal fell through . Talks resume on Monday, he said, and then stop.'],
];

describe('break-tokenized-stops', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(breakTokenizedStops, input)).toBe(expected);
  });
});
