import { describe, expect, it } from 'vitest';
import { contentTerms, tokenize } from '../../src/stages/tokenize.js';
import type { Sentence } from '../../src/types.js';

function sentence(text: string, start = 0): Sentence {
  return { index: 0, text, start, end: start + text.length, role: 'body' };
}

describe('tokenize', () => {
  it.each([
    ['plain words', 'The cats ran home.', ['The', 'cats', 'ran', 'home']],
    ['inner apostrophes and hyphens', "Don't re-enter Tokayev's office", ["Don't", 're-enter', "Tokayev's", 'office']],
    ['dotted acronym', 'The U.S. economy', ['The', 'U.S', 'economy']],
    ['numbers', 'It cost $1,200 in 2024.', ['It', 'cost', '1,200', 'in', '2024']],
    ['reference marks skipped', 'Prices rose [1] sharply [citation needed].', ['Prices', 'rose', 'sharply']],
    ['non-Latin letters', 'Привет мир', ['Привет', 'мир']],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(sentence(text)).map((t) => t.text)).toEqual(expected);
  });

  it('gives offsets into the input', () => {
    const input = 'xx The region';
    const tokens = tokenize(sentence('The region', 3));
    for (const token of tokens) expect(input.slice(token.start, token.end)).toBe(token.text);
  });

  it('lower-cases, drops the possessive and stems', () => {
    const [token] = tokenize(sentence("Tokayev's"));
    expect(token).toMatchObject({ lower: 'tokayev', stem: 'tokayev', stop: false });
    expect(tokenize(sentence('running'))[0]?.stem).toBe('run');
  });

  it.each([
    ['ASCII word', 'Members', 'members', 'member'],
    ['straight possessive', "Tokayev's", 'tokayev', 'tokayev'],
    ['curly possessive', 'Tokayev’s', 'tokayev', 'tokayev'],
    ['curly apostrophe inside', 'Don’t', "don't", "don't"],
    ['accented letters are stemmed', 'Cafés', 'cafés', 'café'],
    ['non-Latin letters are stemmed as they are', 'Привет', 'привет', 'привет'],
    ['digits are not stemmed', 'B52s', 'b52s', 'b52s'],
    ['a hyphenated word is not stemmed', 'Re-entering', 're-entering', 're-entering'],
  ])('forms: %s', (_name, word, lower, stem) => {
    expect(tokenize(sentence(word))[0]).toMatchObject({ text: word, lower, stem });
  });

  it('keeps only content words as terms', () => {
    expect(contentTerms(tokenize(sentence('The 3 members of the alliance are united.')))).toEqual(['member', 'allianc', 'unit']);
  });

  it('skips every mark of a text dense with them, and keeps the words between', () => {
    const text = 'word [1] '.repeat(50_000);
    const tokens = tokenize(sentence(text));
    expect(tokens).toHaveLength(50_000);
    expect(tokens.every((t) => t.text === 'word')).toBe(true);
    expect(tokenize(sentence('a [1] b [2][3] c [edit] d')).map((t) => t.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves a word longer than any English word unstemmed', () => {
    const long = 'ing'.repeat(30);
    expect(tokenize(sentence(long))[0]?.stem).toBe(long);
    expect(tokenize(sentence('meetings'))[0]?.stem).toBe('meet');
  });
});
