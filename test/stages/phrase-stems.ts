import { stem } from '../../src/nlp/stem.js';

/** A phrase as keyphrases compare it: lower case, letters and digits, each word stemmed. */
export const stems = (phrase: string): string[] => (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);

/** Whether the stem sequence `short` occurs inside `long`. */
export function contains(long: readonly string[], short: readonly string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((s, j) => long[i + j] === s)) return true;
  return false;
}
