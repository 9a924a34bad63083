import { BACKGROUND_COUNTS, BACKGROUND_TOTAL } from './background-en.js';

let counts: ReadonlyMap<string, number> | undefined;

/** The background table as a map, parsed once on first use (about 31,000 stems, a few milliseconds). */
function table(): ReadonlyMap<string, number> {
  if (counts) return counts;
  const parsed = new Map<string, number>();
  for (const line of BACKGROUND_COUNTS.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) parsed.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  counts = parsed;
  return parsed;
}

/**
 * How unusual a stem is in English at large: log(N / (count + 1)) over the background corpus of
 * N words (SUBTLEX-US, see scripts/build-background.js). A word every text uses scores near 0; a
 * stem the corpus never saw (a name, a technical term) scores highest, log(N) ≈ 17.7.
 */
export function rarity(stem: string): number {
  return Math.max(0, Math.log(BACKGROUND_TOTAL / ((table().get(stem) ?? 0) + 1)));
}
