import { lead } from './lead.js';
import { salience } from './salience.js';
import type { Scorer } from './types.js';

export type { Fits, Scorer } from './types.js';

/** Every algorithm, in the order `--help` lists them; the first is the default. */
export const scorers: readonly Scorer[] = [salience, lead];

/** The algorithm of that name, or undefined. */
export function findScorer(name: string): Scorer | undefined {
  return scorers.find((s) => s.name === name);
}
