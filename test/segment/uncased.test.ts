import { describe, expect, it } from 'vitest';
import { isUncased } from '../../src/segment/uncased.js';
import { splitSentences } from '../../src/segment/index.js';

const table: Array<[string, boolean]> = [
  ['the deal fell through on friday. talks resume on monday, officials said.', true],
  ['The deal fell through on friday. talks resume on monday, officials said.', false],
  ['the deal fell through on friday. talks resume on monday in münchen.', true],
  ['the deal fell through on friday. talks resume on monday in Ünye.', false],
  ['the deal fell through on friday. ǅ is a titlecase letter.', false],
  // Too few letters to say: a short note.
  ['ok. see you.', false],
  // A script without case has no lower-case letters either.
  ['今天天气很好。我们去公园散步吧。明天也许会下雨。后天再说。', false],
  ['москва принимает саммит. саммит в москве обсудит безопасность.', true],
  ['', false],
];

describe('isUncased', () => {
  it.each(table)('%j → %s', (text, expected) => {
    expect(isUncased(text)).toBe(expected);
  });

  it('looks at the given range only', () => {
    const text = 'A Capital first. then the rest of it all in lower case, long enough to count.';
    const start = text.indexOf('then');
    expect(isUncased(text)).toBe(false);
    expect(isUncased(text, start)).toBe(true);
  });

  it('splits lower-cased news as it splits the cased text', () => {
    const cased = "He said: 'We love it.' Then he left. Mr. Smith stayed behind.";
    const spans = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans(cased)).toEqual(["He said: 'We love it.'", 'Then he left.', 'Mr. Smith stayed behind.']);
    expect(spans(cased.toLowerCase())).toEqual(spans(cased).map((s) => s.toLowerCase()));
  });
});
