import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';

/**
 * 256 KB: large enough that a super-linear rule would stand out by far more than the bound, small
 * enough to run in a few seconds on a loaded machine. bench/segment.js times 10 MB inputs.
 */
const SIZE = 1 << 18;

/** `unit` repeated to exactly SIZE code units. */
function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

/**
 * SIZE of ordinary news prose, built here so the test needs no data files: paragraphs of
 * sentences with abbreviations, quotes, numbers and initials, varied so no two paragraphs match.
 */
function article(): string {
  const sentences = [
    'Mr. Smith told reporters on Tuesday that the U.S. economy grew 3.5 percent in the third quarter.',
    '"We are not out of the woods yet," he said, adding that prices rose in Sept. and Oct. for the second year running.',
    'Shares of Acme Inc. fell $1.20, or 4%, to $28.75 in early trading in New York.',
    'The company, founded by J. R. Harris in 1952, employs about 12,000 people in 14 countries.',
    'Analysts at the bank expect rates to stay on hold until at least the spring (see Fig. 2).',
    'Was the decision a mistake? Some investors think so, while others say it is too early to tell.',
    'The report, published by the E.U. Commission, runs to 200 pages and covers trade, energy and migration.',
  ];
  let text = '';
  for (let paragraph = 0; text.length < SIZE; paragraph++) {
    for (let i = 0; i < 5; i++) text += `${sentences[(paragraph + i) % sentences.length]} `;
    text += `It was item No. ${paragraph}.\n\n`;
  }
  return text.slice(0, SIZE);
}

/**
 * The least processor time, in milliseconds, of a few runs. Processor time rather than wall time,
 * and the best run, so that other work on the machine disturbs the ratios as little as possible.
 */
function time(text: string, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    splitSentences(text);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * Inputs built to defeat a segmenter, a class each: no marks, only marks, a boundary candidate
 * every few characters, one huge token, a huge first word every rule looks back to.
 */
const adversarial: Array<[string, string]> = [
  ['no full stop', fill('word ')],
  ['only full stops', '.'.repeat(SIZE)],
  ['spaced dots', fill('. ')],
  ['one huge token', 'x'.repeat(SIZE)],
  ['one-word lines', fill('word\n')],
  ['blank lines', fill('a\r\n\r\n')],
  ['initials', fill('A. ')],
  ['acronyms', fill('U.S. ')],
  ['run-on sentences', fill('a.Bc ')],
  ['one dotted name, run on without end', fill('a.Bc')],
  ['list markers', fill('1. ')],
  ['quotes and closers after stops', fill('a.)] " ')],
  ['spaced ellipses after words', fill('a. . . . ')],
  ['a giant first word, then acronyms', `At ${'x'.repeat(SIZE / 2)}${fill(' U.S. Senate').slice(0, SIZE / 2)}`],
];

/** How much slower than ordinary prose of the same size an input may be segmented. */
const BOUND = 20;

describe('segmentation time', () => {
  it(`stays within ${BOUND} times that of ordinary prose on 256 KB adversarial inputs`, () => {
    const ordinary = article();
    // Warm up first: the first runs of a module are interpreted, and would flatter every ratio after them.
    time(ordinary, 2);
    const baseline = time(ordinary, 5);
    for (const [name, text] of adversarial) {
      expect(text.length, name).toBeGreaterThanOrEqual(SIZE);
      let ratio = time(text, 2) / baseline;
      // A slow run may be the machine's doing: only the best of a few more counts against the input.
      if (ratio >= BOUND) ratio = time(text, 5) / baseline;
      expect(ratio, `${name}: ${ratio.toFixed(1)} times ordinary prose`).toBeLessThan(BOUND);
    }
  }, 60_000);
});
