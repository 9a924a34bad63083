import { describe, expect, it } from 'vitest';
import { mergePrepositionalFragments } from '../../../src/segment/rules/merge-prepositional-fragments.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['At 5 a.m. Mr. Smith went to the bank.', 'At 5 a.m.+ Mr.+ Smith went to the bank.'],
  ['By 6 p.m. Friday the polls had closed.', 'By 6 p.m.+ Friday the polls had closed.'],
  ['In the U.S. Congress nobody objected.', 'In the U.S.+ Congress nobody objected.'],
  // Not a fronted phrase: a sentence of its own, or a full stop that is no abbreviation's.
  ['He left the bank at 6 P.M. Mr. Smith then went home.', 'He left the bank at 6 P.M. Mr. Smith then went home.'],
  ['When? At noon. Then we left.', 'When? At noon. Then we left.'],
  ['At the end of the long day in the U.S. Nobody cared.', 'At the end of the long day in the U.S. Nobody cared.'],
  ['At 9 a.m. tomorrow we start.', 'At 9 a.m. tomorrow we start.'],
  // A word that starts sentences, other than a title, follows: the phrase was a sentence after all.
  ['In the U.S. The economy grew.', 'In the U.S. The economy grew.'],
  ['At 5 p.m. It was dark already.', 'At 5 p.m. It was dark already.'],
  ['At 5 a.m. Dr. Smith went to the bank.', 'At 5 a.m.+ Dr.+ Smith went to the bank.'],
];

describe('merge-prepositional-fragments', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergePrepositionalFragments, input)).toBe(expected);
  });
});
