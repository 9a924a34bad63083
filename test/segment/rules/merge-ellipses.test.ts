import { describe, expect, it } from 'vitest';
import { mergeEllipses } from '../../../src/segment/rules/merge-ellipses.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['I was thinking... maybe we should go.', 'I was thinking...+ maybe we should go.'],
  ['It went on and on… and on.', 'It went on and on…+ and on.'],
  ['It was somewhat weakened . . . was that of it.', 'It was somewhat weakened . . .+ was that of it.'],
  ['Apple.. a triumph of fashion.', 'Apple..+ a triumph of fashion.'],
  ['It was... 5 minutes later.', 'It was...+ 5 minutes later.'],
  ['The thing is . . . I didn’t mean it.', 'The thing is . . .+ I didn’t mean it.'],
  ['"Bohr [...] used the analogy [...]" (Smith 55).', '"Bohr [...]+ used the analogy [...]"+ (Smith 55).'],
  // The ellipsis after "compounds." opens the next sentence, which break-before-leading-ellipses starts.
  ['It made compounds. . . . The practice went on.', 'It made compounds. . . .+ The practice went on.'],
  // Before a capital the ellipsis ends the sentence: no opinion.
  ['Wait for it... The answer is 42.', 'Wait for it... The answer is 42.'],
  ['I never meant that.... She left the store.', 'I never meant that.... She left the store.'],
  ['with a period . . . . Next sentence.', 'with a period . . . . Next sentence.'],
];

describe('merge-ellipses', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeEllipses, input)).toBe(expected);
  });
});
