import { porterStem } from './porter.js';

/** Porter stem of a lower-cased English word (natural's variant: see porter.ts), cached because text repeats its words. */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stemmed = porterStem(word);
  // Unbounded growth on a huge vocabulary would defeat the memory bound; start afresh instead.
  if (cache.size > 200_000) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}

const cache = new Map<string, string>();
