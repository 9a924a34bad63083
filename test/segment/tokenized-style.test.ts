import { describe, expect, it } from 'vitest';
import { isTokenizedStyle } from '../../src/segment/index.js';

const table: Array<[string, boolean]> = [
  ['( CNN )  the deal fell through . talks resume monday .', true],
  ['-lrb- cnn -rrb- -- the u.s. military said monday it killed 12 militants , officials said . the strike hit a village .', true],
  ["`` we will win , '' he said . `` we always do . ''", true],
  ['The deal fell through. Talks resume on Monday, officials said.', false],
  ['I wasn’t really ... well, what I mean...see . . . what I\'m saying, the thing is . . . I didn’t mean it.', false],
  ['with a period . . . . Next sentence, he said, and then stopped.', false],
  ['one stray stop . in a sentence, with commas, and more, and more.', false],
  ['', false],
];

describe('isTokenizedStyle', () => {
  it.each(table)('%j → %s', (text, expected) => {
    expect(isTokenizedStyle(text)).toBe(expected);
  });

  it('looks at the given range only', () => {
    const text = 'Plain prose, with commas, and more. Then, again, more. the deal fell through . talks resume monday .';
    const start = text.indexOf('the deal');
    expect(isTokenizedStyle(text)).toBe(false);
    expect(isTokenizedStyle(text, start)).toBe(true);
    expect(isTokenizedStyle(text, 0, start)).toBe(false);
  });
});
