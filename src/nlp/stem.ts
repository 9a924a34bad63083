import { createRequire } from 'node:module';
import { knownStem } from '../data/background-stem.js';
import { memoize } from '../memo.js';

// natural's main entry loads every module it has (over 1.5 s) and prints a dotenv banner on
// stdout, so its files are required by path; it ships CommonJS without an `exports` map.
const require = createRequire(import.meta.url);

interface NaturalStemmer {
  stem(word: string): string;
}

let porter: NaturalStemmer | undefined;

/**
 * Longer words are returned as they are. natural's Porter stemmer is quadratic in a word's length
 * (a 10 MB "word" took minutes); no English word comes near this, and suffix rules have nothing
 * to say about a run of letters that long.
 */
export const MAX_STEMMED_LENGTH = 64;

/**
 * Porter stem of a lower-cased English word (natural's), remembered because news text repeats its
 * words. Most words are looked up in a table made with that stemmer, which gives the same stems
 * without running it: natural's stemmer takes about 30 µs a word, and more on its first words.
 */
export function stem(word: string): string {
  return word.length > MAX_STEMMED_LENGTH ? word : stemOf(word);
}

const stemOf = memoize((word) => knownStem(word) ?? porterStem(word));

function porterStem(word: string): string {
  porter ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as NaturalStemmer;
  return porter.stem(word);
}
