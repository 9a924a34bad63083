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

const stemmers = new Map<string, ((word: string) => string) | undefined>();

/**
 * The stemmer of a language other than English (natural's Snowball-style stemmers), or undefined
 * where natural has none that stems: the language then runs unstemmed. Each is loaded the first
 * time its language is met, by a literal path (the packaged build bundles these files), and its
 * stems are remembered per language.
 */
export function stemmerFor(language: string): ((word: string) => string) | undefined {
  if (!stemmers.has(language)) {
    const stemmer = loadStemmer(language);
    stemmers.set(language, stemmer && memoize((word) => (word.length > MAX_STEMMED_LENGTH ? word : stemmer.stem(word))));
  }
  return stemmers.get(language);
}

/** The languages {@link stemmerFor} stems: natural's stemmers, less Polish's, which returns every word unchanged. */
export const STEMMED_LANGUAGES: readonly string[] = ['en', 'de', 'es', 'fa', 'fr', 'id', 'it', 'nl', 'no', 'pt', 'ru', 'sv', 'uk'];

function loadStemmer(language: string): NaturalStemmer | undefined {
  switch (language) {
    case 'en':
      return { stem };
    case 'de':
      return require('natural/lib/natural/stemmers/porter_stemmer_de.js') as NaturalStemmer;
    case 'es':
      return require('natural/lib/natural/stemmers/porter_stemmer_es.js') as NaturalStemmer;
    case 'fa':
      return require('natural/lib/natural/stemmers/porter_stemmer_fa.js') as NaturalStemmer;
    case 'fr':
      return require('natural/lib/natural/stemmers/porter_stemmer_fr.js') as NaturalStemmer;
    case 'id':
      return require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as NaturalStemmer;
    case 'it':
      return require('natural/lib/natural/stemmers/porter_stemmer_it.js') as NaturalStemmer;
    case 'nl':
      return require('natural/lib/natural/stemmers/porter_stemmer_nl.js') as NaturalStemmer;
    case 'no':
      return require('natural/lib/natural/stemmers/porter_stemmer_no.js') as NaturalStemmer;
    case 'pt':
      return require('natural/lib/natural/stemmers/porter_stemmer_pt.js') as NaturalStemmer;
    case 'ru':
      return require('natural/lib/natural/stemmers/porter_stemmer_ru.js') as NaturalStemmer;
    case 'sv':
      return require('natural/lib/natural/stemmers/porter_stemmer_sv.js') as NaturalStemmer;
    case 'uk':
      return require('natural/lib/natural/stemmers/porter_stemmer_uk.js') as NaturalStemmer;
    default:
      return undefined;
  }
}
