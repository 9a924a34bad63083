import { centroid } from './centroid.js';
import { klsum } from './klsum.js';
import { lead } from './lead.js';
import { lexrank } from './lexrank.js';
import { lsa } from './lsa.js';
import { luhn } from './luhn.js';
import { adaptive } from './adaptive.js';
import { sumbasic } from './sumbasic.js';
import { textrank } from './textrank.js';
import type { Scorer } from './types.js';

export type { Fits, Scorer } from './types.js';

/** Every algorithm, in the order `--help` lists them; the first is the default. */
export const scorers: readonly Scorer[] = [adaptive, lead, luhn, lsa, lexrank, textrank, sumbasic, klsum, centroid];

/** The algorithm of that name, or undefined. */
export function findScorer(name: string): Scorer | undefined {
  return scorers.find((s) => s.name === name);
}
