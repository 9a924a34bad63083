import { BACKGROUND_COUNTS, BACKGROUND_TOTAL } from './background-en.js';
import { memoize } from '../memo.js';
import { lookUp, tableOf, type Table } from './background-table.js';

let counts: Table | undefined;

/** The count of a stem in the background table (see {@link Table}), 0 when it is not there. */
export function backgroundCount(stem: string): number {
  counts ??= tableOf(BACKGROUND_COUNTS);
  const count = lookUp(counts, stem);
  return count === undefined ? 0 : Number(count);
}

/**
 * How unusual a stem is in English at large: log(N / (count + 1)) over the background corpus of
 * N words (SUBTLEX-US, see scripts/build-background.js). A word every text uses scores near 0; a
 * stem the corpus never saw (a name, a technical term) scores highest, log(N) ≈ 17.7. Remembered:
 * a look-up costs next to nothing for one article, but over a corpus (`--jsonl`) the same few
 * thousand stems come back in every article, and looking them up again (then by binary search)
 * was a fifth of the run.
 */
export const rarity: (stem: string) => number = memoize((stem) => Math.max(0, Math.log(BACKGROUND_TOTAL / (backgroundCount(stem) + 1))));
