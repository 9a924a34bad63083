import { describe, expect, it } from 'vitest';
import { breakAtTerminal } from '../../../src/segment/rules/break-at-terminal.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['Hello World. My name is Jonas.', 'Hello World.| My name is Jonas.'],
  ['What is your name? My name is Jonas.', 'What is your name?| My name is Jonas.'],
  ['There it is! I found it.', 'There it is!| I found it.'],
  ['Really?! That is amazing!', 'Really?!| That is amazing!'],
  ['Wait for it… The answer is 42.', 'Wait for it…| The answer is 42.'],
  ['He said "go." Then he left.', 'He said "go."| Then he left.'],
  ['The team scored 3 goals. 12,000 fans watched.', 'The team scored 3 goals.| 12,000 fans watched.'],
  ['It was born in 1950.[3] It grew.', 'It was born in 1950.[3]| It grew.'],
  // Inside a token a full stop is part of a number, an address or an abbreviation.
  ['It rose 3.5 percent at example.com/a.b today', 'It rose 3.5 percent at example.com/a.b today'],
  // Every full stop is a candidate here; the merge rules after this one take the wrong ones back.
  ['Mr. Smith left.', 'Mr.| Smith left.'],
  // No sentence opens with a stray full stop: the tokenized "u.s. ." keeps its stop.
  ['he lives in the u.s. . he is happy .', 'he lives in the u.s.+ .| he is happy .'],
  ['Hello world.Today is Tuesday.', 'Hello world.|Today is Tuesday.'],
  ['Line one has no mark\nLine two', 'Line one has no mark\nLine two'],
];

describe('break-at-terminal', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(breakAtTerminal, input)).toBe(expected);
  });
});
