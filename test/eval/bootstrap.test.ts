import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapMeans, createDrand48 } from '../../src/eval/bootstrap.js';

describe('createDrand48, Perl rand() after srand(seed)', () => {
  // perl -e 'srand(0); printf "%.17g %.17g\n", rand(), rand()' and likewise for 42.
  it.each([
    [0, [0.17082803610628972, 0.74990198048496381]],
    [42, [0.74452500006100664, 0.34270147871890799]],
  ])('seed %i', (seed, expected) => {
    const random = createDrand48(seed);
    expect([random(), random()]).toEqual(expected);
  });

  it('draws indices as int(rand(n)) does', () => {
    // perl -e 'srand(7); print join(",", map { int(rand(10)) } 1..10)'
    const random = createDrand48(7);
    expect(Array.from({ length: 10 }, () => Math.floor(random() * 10))).toEqual([2, 6, 2, 1, 4, 2, 1, 7, 0, 0]);
  });
});

describe('bootstrapMeans', () => {
  const values = [0.39344, 0.1, 0.52, 0.33333, 0.9, 0.25, 0.61, 0.05, 0.47, 0.38];

  // Expected: ROUGE-1.5.5's bootstrapResampling and computeAverages code run in Perl on `values`.
  it.each([
    [1000, 95, 0.40085305299999979, 0.25733299999999998, 0.55467700000000009],
    [10, 95, 0.37351250000000003, 0.29769299999999999, 0.42101574999999997],
    [200, 90, 0.40342865499999997, 0.28733299999999995, 0.51868800000000004],
  ])('%i resamples at %i%% give ROUGE-1.5.5 average and bounds', (resamples, confidence, resampledMean, lower, upper) => {
    const [interval] = bootstrapMeans([values], { resamples, confidence });
    expect(interval).toEqual({ mean: values.reduce((a, b) => a + b) / values.length, resampledMean, lower, upper });
  });

  it('is reproducible, and the seed changes it', () => {
    const once = bootstrapMeans([values], { seed: 3 });
    expect(bootstrapMeans([values], { seed: 3 })).toEqual(once);
    expect(bootstrapMeans([values], { seed: 4 })).not.toEqual(once);
  });

  it('resamples every column with the same draws', () => {
    const doubled = values.map((v) => 2 * v);
    const [plain, twice] = bootstrapMeans([values, doubled]);
    expect(twice?.lower).toBeCloseTo(2 * (plain?.lower as number), 12);
    expect(twice?.upper).toBeCloseTo(2 * (plain?.upper as number), 12);
  });

  it('brackets the mean between the bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }), (sample) => {
        const [interval] = bootstrapMeans([sample], { resamples: 50 });
        expect(interval?.lower).toBeLessThanOrEqual(interval?.upper as number);
        expect(interval?.lower).toBeGreaterThanOrEqual(Math.min(...sample));
        expect(interval?.upper).toBeLessThanOrEqual(Math.max(...sample));
      }),
    );
  });

  it('refuses what it cannot resample', () => {
    expect(() => bootstrapMeans([[]])).toThrow(RangeError);
    expect(() => bootstrapMeans([[1, 2], [1]])).toThrow(RangeError);
    expect(() => bootstrapMeans([values], { resamples: 0 })).toThrow(RangeError);
    expect(() => bootstrapMeans([values], { confidence: 100 })).toThrow(RangeError);
    expect(() => bootstrapMeans([values], { seed: -1 })).toThrow(RangeError);
  });
});
