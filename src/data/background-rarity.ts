import { BACKGROUND_COUNTS, BACKGROUND_TOTAL } from './background-en.js';

/**
 * The count of a stem in the background table, 0 when it is not there. The table is searched as
 * it is, by binary search over its lines (sorted by stem): a summary looks up a few hundred stems,
 * far cheaper than parsing its 31,000 lines into a map at start-up.
 */
export function backgroundCount(stem: string, table: string = BACKGROUND_COUNTS): number {
  // [lo, hi) is a run of whole lines: lo starts one, hi starts one or is the end.
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The line around mid; it starts at lo at the earliest, since a line break comes before lo.
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    const space = table.indexOf(' ', start);
    const newline = table.indexOf('\n', space);
    const end = newline < 0 ? table.length : newline;
    const key = table.slice(start, space);
    if (key === stem) return Number(table.slice(space + 1, end));
    if (key < stem) lo = end + 1;
    else hi = start;
  }
  return 0;
}

/**
 * How unusual a stem is in English at large: log(N / (count + 1)) over the background corpus of
 * N words (SUBTLEX-US, see scripts/build-background.js). A word every text uses scores near 0; a
 * stem the corpus never saw (a name, a technical term) scores highest, log(N) ≈ 17.7.
 */
export function rarity(stem: string): number {
  return Math.max(0, Math.log(BACKGROUND_TOTAL / (backgroundCount(stem) + 1)));
}
