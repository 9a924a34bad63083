import { describe, expect, it } from 'vitest';
import { mergeUnspacedStops } from '../../../src/segment/rules/merge-unspaced-stops.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  // A sentence run on to the next without a space ends at its full stop: no opinion, the break stands.
  ['He was born in Glasgow in 1958.His fourth-placed finish was his best.', 'He was born in Glasgow in 1958.His fourth-placed finish was his best.'],
  ['It was a poor season.The club was relegated.', 'It was a poor season.The club was relegated.'],
  ['Trees are being planted across the UK.Its aim is clear.', 'Trees are being planted across the UK.Its aim is clear.'],
  ['Foul by Lee Fowler (Wrexham).Jimmy Phillips wins a free kick.', 'Foul by Lee Fowler (Wrexham).Jimmy Phillips wins a free kick.'],
  ['Conceded by James Marwood.Attempt saved.', 'Conceded by James Marwood.Attempt saved.'],
  // One of several full stops of a dotted name, number or initialism.
  ['Claude Errera, editor of fansite Halo.Bungie.Org, said so.', 'Claude Errera, editor of fansite Halo.+Bungie.+Org, said so.'],
  ['Visit bbc.co.uk.The site is big.', 'Visit bbc.co.uk.+The site is big.'],
  ['Upgrade to version 2.0.It is faster.', 'Upgrade to version 2.0.+It is faster.'],
  ['He moved to the U.S.A.It was 1990.', 'He moved to the U.S.A.+It was 1990.'],
  // An abbreviation's full stop.
  ['They sold cars, vans etc.The rest went to auction.', 'They sold cars, vans etc.+The rest went to auction.'],
  // With a space, or a closing quote after the mark, it is not this rule's to judge.
  ['It was a poor season. The club was relegated.', 'It was a poor season. The club was relegated.'],
  ['He said "we lost."The club was relegated.', 'He said "we lost."The club was relegated.'],
  // Addresses and paths are never split.
  ['Write to Jane.Doe@example.com today.', 'Write to Jane.Doe@example.com today.'],
];

describe('merge-unspaced-stops', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeUnspacedStops, input)).toBe(expected);
  });
});
