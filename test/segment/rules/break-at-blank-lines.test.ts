import { describe, expect, it } from 'vitest';
import { breakAtBlankLines } from '../../../src/segment/rules/break-at-blank-lines.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['This paragraph ends without a period\n\nThis one ends.', 'This paragraph ends without a period|\n\nThis one ends.'],
  ['Written by the\n\ncommittee itself.', 'Written by the|\n\ncommittee itself.'],
  ['He met Mr.\n\nSmith.', 'He met Mr.|\n\nSmith.'],
  ['One\r\n\r\nTwo', 'One|\r\n\r\nTwo'],
  ['One\r\rTwo', 'One|\r\rTwo'],
  ['One\n \t \nTwo', 'One|\n \t \nTwo'],
  ['One\u2029\u2029Two', 'One|\u2029\u2029Two'],
  // A single line break is not a blank line.
  ['One\nTwo', 'One\nTwo'],
  ['One\r\nTwo', 'One\r\nTwo'],
];

describe('break-at-blank-lines', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(breakAtBlankLines, input)).toBe(expected);
  });
});
