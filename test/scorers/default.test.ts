import { describe, expect, it } from 'vitest';
import { createSalience, positionPrior, salience } from '../../src/scorers/salience.js';
import { scorers } from '../../src/scorers/index.js';
import { select } from '../../src/stages/select.js';
import { summarize } from '../../src/summarize.js';
import { argmax, docOf, docOfTerms } from './helpers.js';

const filler = ['The weather was mild on the coast.', 'Traffic moved slowly through the town centre.', 'Shops opened late after the holiday.'];

describe('the default scorer', () => {
  it('is the lead-first treatment of the registry default, with a one-line description', () => {
    expect(scorers[0]?.name).toBe('default');
    expect(salience.name).toBe('default');
    expect(salience.description).toMatch(/^\S.*\S$/u);
  });

  it.each([
    ['no candidates', []],
    ['one candidate', ['The cabinet approved the budget on Tuesday.']],
    ['candidates without terms', ['Yes.', 'No, not at all.', 'And then?']],
    ['identical sentences', ['Markets fell sharply.', 'Markets fell sharply.']],
  ])('gives one finite, non-negative score per candidate: %s', (_what, texts) => {
    const doc = docOf(texts);
    const scores = salience.score(doc);
    expect(scores).toHaveLength(texts.length);
    for (const x of scores) {
      expect(Number.isFinite(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
    }
    expect(salience.score(doc)).toEqual(scores);
  });
});

describe('the position prior', () => {
  it.each([
    [0, 1, 1],
    [2, 0.9, 0.95],
    [4, 0.5, 0.5],
    [8, 0.05, 0.06],
    [40, 0, 0.001],
  ])('at sentence %i is between %f and %f', (index, low, high) => {
    expect(positionPrior(index)).toBeGreaterThanOrEqual(low);
    expect(positionPrior(index)).toBeLessThanOrEqual(high);
  });

  it('falls with every sentence, and is flat when switched off', () => {
    for (let i = 1; i < 50; i++) expect(positionPrior(i)).toBeLessThan(positionPrior(i - 1));
    expect(positionPrior(30, { lede: 4, steepness: 0 })).toBe(1);
  });

  it('ranks the earlier of two sentences with the same words higher', () => {
    const doc = docOf(['Kite flyers gathered at the festival.', ...filler, 'Kite flyers gathered at the festival.']);
    const scores = salience.score(doc);
    expect(scores[0]).toBeGreaterThan(scores[4] ?? Infinity);
  });

  it('lets content decide inside the lede', () => {
    const doc = docOf([
      'It was an ordinary morning in the town.',
      'A kite measuring 6,000 metres flew at the Chongqing kite festival, the longest kite ever flown.',
      'Organisers said the kite festival drew large crowds.',
      'The Chongqing kite needed three flyers.',
    ]);
    expect(argmax(salience.score(doc))).toBe(1);
  });

  it('keeps a late sentence out unless its content is far heavier', () => {
    const late = 'The Chongqing dragon kite broke the festival record for the longest kite in Chongqing.';
    const doc = docOf(['Organisers prepared the kite festival.', ...filler, ...filler, late]);
    const scores = salience.score(doc);
    expect(argmax(scores)).toBeLessThan(4);
    expect(argmax(createSalience({ steepness: 0 }).score(doc))).toBe(doc.candidates.length - 1);
  });
});

describe('long sentences', () => {
  it('are scored at 0.7 of what their words earn', () => {
    const long = `The festival ${'kite '.repeat(20)}and ${'flyer '.repeat(20)}gathered.`;
    const doc = docOf([long, 'Kite flyers gathered.']);
    const on = createSalience().score(doc);
    const off = createSalience({ long: 1 }).score(doc);
    expect(on[0]).toBeCloseTo(0.7 * (off[0] ?? 0));
    expect(on[1]).toBeCloseTo(off[1] ?? 0);
  });
});

describe('length normalisation', () => {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
  const flat = createSalience({ steepness: 0 });

  it('divides by the number of terms to the power 0.75', () => {
    // Same distinct terms, twice the length: (16 / 8)^0.75 times lower.
    const scores = flat.score(docOfTerms([words, [...words, ...words]]));
    expect((scores[0] ?? 0) / (scores[1] ?? Infinity)).toBeCloseTo(Math.pow(2, 0.75));
  });

  it('normalises a fragment as if it had 8 terms', () => {
    const scores = flat.score(docOfTerms([words.slice(0, 2), words.slice(0, 2).concat(words.slice(0, 2))]));
    expect(scores[0]).toBeCloseTo(scores[1] ?? Infinity);
  });
});

describe('redundancy', () => {
  it('does not choose a sentence that repeats one already chosen', () => {
    const doc = docOf([
      'A Chinese team flew a 6,000 metre kite at the Chongqing festival.',
      'A Chinese team flew a 6,000 metre kite at the Chongqing festival.',
      'Air traffic control stopped half of the kite from flying.',
    ]);
    const chosen = select(doc, salience.score(doc), salience, { kind: 'sentences', value: 2 }, 'document');
    expect(chosen).toEqual([0, 2]);
  });
});

describe('end to end', () => {
  it('summarises a news story from its opening, skipping a long caption', () => {
    const text = [
      'A Chinese team took a kite measuring 6,000 metres to a kite festival, aiming to break the world record.',
      'But the kite was so big that it posed a danger to passing aircraft.',
      'Flying high: half of the 6,000-metre dragon kite took to the sky in Chongqing on Saturday The kite, which weighs 200 kilograms, has 2,000 pieces and needs three experienced kite flyers and eight hours of work to get the whole length of the kite into the air.',
      'Air traffic control allowed only half of the kite to fly.',
      'The weather at the festival was poor, with heavy mist.',
      'Organisers said they would try again next year.',
    ].join(' ');
    const summary = summarize(text, { budget: { kind: 'sentences', value: 3 } });
    expect(summary.algorithm).toBe('default');
    expect(summary.sentences.map((s) => s.index)).toEqual([0, 1, 3]);
    expect(summary.keywords[0]?.term).toBe('kite');
  });
});
