import { describe, expect, it } from 'vitest';
import { mergeInterjections } from '../../../src/segment/rules/merge-interjections.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['She works at Yahoo! in the accounting department.', 'She works at Yahoo!+ in the accounting department.'],
  ['"Are you coming?" he asked.', '"Are you coming?"+ he asked.'],
  ['"Run!" she screamed.', '"Run!"+ she screamed.'],
  ['Really?! no way.', 'Really?!+ no way.'],
  // Before a capital, a name or a digit, ? and ! end the sentence as usual.
  ['Really?! That is amazing!', 'Really?! That is amazing!'],
  ['Who knew? iPhones did.', 'Who knew? iPhones did.'],
  ['Is it? 5 people said yes.', 'Is it? 5 people said yes.'],
  // After a lower-case word, ? and ! end the sentence whatever follows (English Web Treebank).
  ['what happened to you? i had a blast.', 'what happened to you? i had a blast.'],
  ['are you kidding? why would you.', 'are you kidding? why would you.'],
  // A full stop is not an interjection.
  ['I bought a phone. then I left.', 'I bought a phone. then I left.'],
];

describe('merge-interjections', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeInterjections, input)).toBe(expected);
  });
});
