import { describe, expect, it } from 'vitest';
import { mergeQuotedSentences } from '../../../src/segment/rules/merge-quoted-sentences.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ["She turned to him, 'This is great.' she said.", "She turned to him, 'This is great.'+ she said."],
  ['She turned to him, "This is great." she said.', 'She turned to him, "This is great."+ she said.'],
  ['He wrote “We won.” on the wall.', 'He wrote “We won.”+ on the wall.'],
  [
    'He teaches science (He worked for 5 years as an engineer.) at the local University.',
    'He teaches science (He worked for 5 years as an engineer.)+ at the local University.',
  ],
  // Before a capital the quoted sentence ends the larger one.
  ['She wrote: “We won.” Then she logged off.', 'She wrote: “We won.” Then she logged off.'],
  ['He left. (He was tired.) We stayed.', 'He left. (He was tired.) We stayed.'],
  // Text without a capital starts every sentence in lower case: the rule has nothing to say.
  ["he turned to her and said it again, slowly. 'this is great.' she smiled.", "he turned to her and said it again, slowly. 'this is great.' she smiled."],
  // Without a closing quote or bracket the rule has nothing to say.
  ['I bought a phone. then I left.', 'I bought a phone. then I left.'],
];

describe('merge-quoted-sentences', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeQuotedSentences, input)).toBe(expected);
  });
});
