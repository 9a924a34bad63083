import { describe, expect, it } from 'vitest';
import { breakUnpunctuatedLines } from '../../../src/segment/rules/break-unpunctuated-lines.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['Breaking News\nThe mayor resigned today.', 'Breaking News|\nThe mayor resigned today.'],
  ['By Jane Doe\nUpdated 5 minutes ago\nThe storm hit.', 'By Jane Doe|\nUpdated 5 minutes ago|\nThe storm hit.'],
  ['No time to read?\nGet a summary\nPrevious Article', 'No time to read?\nGet a summary|\nPrevious Article'],
  ['Summary:\nThe drug works.', 'Summary:|\nThe drug works.'],
  ['It was a cold \nnight in the city.', 'It was a cold| \nnight in the city.'],
  ['Markets Rally\r\n\r\nStocks rose.', 'Markets Rally|\r\n\r\nStocks rose.'],
  ['Old Mac line\rNext line', 'Old Mac line|\rNext line'],
  // A line that ends on a mark is break-at-terminal's to judge; so is white space within a line.
  ['He left.\nShe stayed and waited', 'He left.\nShe stayed and waited'],
];

describe('break-unpunctuated-lines', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(breakUnpunctuatedLines, input)).toBe(expected);
  });
});
