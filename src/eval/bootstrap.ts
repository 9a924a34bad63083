/**
 * Bootstrap confidence intervals of a mean, the way ROUGE-1.5.5 estimates them: resample r
 * draws n documents with replacement from a generator seeded with r, the resample means are
 * sorted, and the interval is read off at the (100 - confidence) / 2 percentiles. The generator
 * is drand48, Perl's `rand`, so with the default seed 0 and the documents in the same order the
 * intervals are ROUGE's to the last digit, and the same input always gives the same output.
 */

export interface BootstrapOptions {
  /** How many resamples. @default 1000 */
  readonly resamples?: number;
  /** Confidence level in percent, in (0, 100). @default 95 */
  readonly confidence?: number;
  /**
   * Resample r is drawn from drand48 seeded with `seed * resamples + r`, so that no two seeds
   * share a resample; seed 0 is ROUGE's `srand(r)`. @default 0
   */
  readonly seed?: number;
}

export interface ConfidenceInterval {
  /** The mean of the values. */
  readonly mean: number;
  /**
   * The mean of the resample means, which is what ROUGE-1.5.5 prints as its Average_R, _P and
   * _F: it differs from `mean` by resampling noise, up to about 0.1 point on 100 documents.
   */
  readonly resampledMean: number;
  readonly lower: number;
  readonly upper: number;
}

const TWO_24 = 0x1000000;
const TWO_48 = TWO_24 * TWO_24;
const MULTIPLIER_HIGH = 0x5de; // 0x5DEECE66D split at bit 24
const MULTIPLIER_LOW = 0xece66d;
const INCREMENT = 0xb;

/**
 * drand48 seeded as Perl's `srand(seed)` seeds it: the 48-bit linear congruential generator
 * x' = (0x5DEECE66D x + 11) mod 2^48, started at (seed << 16) + 0x330E and returning x' / 2^48.
 * The state is kept as two 24-bit halves so that every product is exact in a double.
 */
export function createDrand48(seed: number): () => number {
  // Perl's srand keeps the low 32 bits of its seed.
  const start = (seed % 2 ** 32) * 0x10000 + 0x330e;
  let high = Math.floor(start / TWO_24);
  let low = start - high * TWO_24;
  return () => {
    const lowProduct = low * MULTIPLIER_LOW + INCREMENT;
    const carry = Math.floor(lowProduct / TWO_24);
    const highProduct = high * MULTIPLIER_LOW + low * MULTIPLIER_HIGH + carry;
    low = lowProduct - carry * TWO_24;
    high = highProduct % TWO_24;
    return (high * TWO_24 + low) / TWO_48;
  };
}

function checkOptions(resamples: number, confidence: number, seed: number): void {
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 100)) throw new RangeError(`confidence must be between 0 and 100, got ${confidence}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
}

/**
 * Confidence intervals of the means of several columns of per-document values (say recall,
 * precision and F1), all resampled with the same draws, as ROUGE resamples them together.
 * Every column must hold one value per document, in the same document order.
 */
export function bootstrapMeans(columns: readonly (readonly number[])[], options: BootstrapOptions = {}): ConfidenceInterval[] {
  const { resamples = 1000, confidence = 95, seed = 0 } = options;
  checkOptions(resamples, confidence, seed);
  const n = columns[0]?.length ?? 0;
  if (n === 0) throw new RangeError('bootstrap needs at least one value');
  if (columns.some((column) => column.length !== n)) throw new RangeError('every column needs one value per document');

  const means = columns.map(() => new Float64Array(resamples));
  const sums = new Float64Array(columns.length);
  for (let r = 0; r < resamples; r++) {
    const random = createDrand48(seed * resamples + r);
    sums.fill(0);
    for (let draw = 0; draw < n; draw++) {
      const index = Math.floor(random() * n);
      for (let c = 0; c < columns.length; c++) sums[c] = (sums[c] as number) + ((columns[c] as readonly number[])[index] as number);
    }
    for (let c = 0; c < columns.length; c++) (means[c] as Float64Array)[r] = (sums[c] as number) / n;
  }

  // ROUGE's percentile with interpolation. It interpolates both bounds with the upper bound's
  // fraction; that fraction is 0 for the default 1000 resamples at 95%.
  const delta = (resamples * ((100 - confidence) / 2)) / 100;
  const upperIndex = Math.trunc(resamples - delta - 1);
  const lowerIndex = Math.trunc(delta);
  const fraction = resamples - delta - 1 - upperIndex;
  const at = (sorted: Float64Array, index: number): number => sorted[Math.min(index, resamples - 1)] as number;
  const interpolate = (sorted: Float64Array, index: number): number =>
    at(sorted, index) + (at(sorted, index + 1) - at(sorted, index)) * fraction;

  const average = (values: ArrayLike<number>): number => {
    let total = 0;
    for (let k = 0; k < values.length; k++) total += values[k] as number;
    return total / values.length;
  };
  return columns.map((column, c) => {
    // Sorted before it is averaged, as ROUGE sums it: the same additions give the same last digit.
    const sorted = (means[c] as Float64Array).sort();
    return { mean: average(column), resampledMean: average(sorted), lower: interpolate(sorted, lowerIndex), upper: interpolate(sorted, upperIndex) };
  });
}
