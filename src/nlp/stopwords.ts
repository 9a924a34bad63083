import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let words: ReadonlySet<string> | undefined;

/** English function words (natural's list, by path: see stem.ts for why). */
export function isStopword(lower: string): boolean {
  words ??= new Set((require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words);
  return words.has(lower);
}

const lists = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/**
 * The function words of a language: natural's list for English (unchanged, so English summaries are
 * too), stopwords-iso's for the others (58 languages, MIT), read the first time a language other
 * than English is met. A language stopwords-iso lacks has none.
 */
export function stopwordsFor(language: string): ReadonlySet<string> {
  if (language === 'en') {
    isStopword('');
    return words ?? EMPTY;
  }
  let list = lists.get(language);
  if (list === undefined) {
    const all = require('stopwords-iso/stopwords-iso.json') as Record<string, string[] | undefined>;
    list = new Set((all[language] ?? []).map((word) => word.toLowerCase()));
    lists.set(language, list);
  }
  return list;
}

/** The languages stopwords-iso has a list for. */
export function hasStopwords(language: string): boolean {
  return stopwordsFor(language).size > 0;
}
