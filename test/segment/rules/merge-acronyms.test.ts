import { describe, expect, it } from 'vitest';
import { mergeAcronyms } from '../../../src/segment/rules/merge-acronyms.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['The U.S. economy grew.', 'The U.S.+ economy grew.'],
  ['I visited the U.S.A. last year.', 'I visited the U.S.A.+ last year.'],
  ['I have lived in the U.S. for 20 years.', 'I have lived in the U.S.+ for 20 years.'],
  ['The U.S. 10-year yield rose.', 'The U.S.+ 10-year yield rose.'],
  ['I work for the U.S. Government in Virginia.', 'I work for the U.S.+ Government in Virginia.'],
  ['The U.N. Security Council met.', 'The U.N.+ Security Council met.'],
  ['The U.S. Rep. John Lewis spoke.', 'The U.S.+ Rep. John Lewis spoke.'],
  ['Call me a.s.a.p. please.', 'Call me a.s.a.p.+ please.'],
  // Before a capital that is not part of a name with it, the acronym ends the sentence: no opinion.
  ['He moved to the U.S. Then he found a job.', 'He moved to the U.S. Then he found a job.'],
  ['Prices fell in the U.K. Exports, however, rose.', 'Prices fell in the U.K. Exports, however, rose.'],
  ['I live in the E.U. How about you?', 'I live in the E.U. How about you?'],
  // Listed abbreviations and initials have rules of their own.
  ['We meet at 9 a.m. tomorrow.', 'We meet at 9 a.m. tomorrow.'],
  ['J.K. Rowling wrote it.', 'J.K. Rowling wrote it.'],
];

describe('merge-acronyms', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeAcronyms, input)).toBe(expected);
  });
});
