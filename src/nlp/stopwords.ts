import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let words: ReadonlySet<string> | undefined;

/** English function words (natural's list, by path: see stem.ts for why). */
export function isStopword(lower: string): boolean {
  words ??= new Set((require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words);
  return words.has(lower);
}
