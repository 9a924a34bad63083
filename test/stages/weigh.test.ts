import { describe, expect, it } from 'vitest';
import { rarity } from '../../src/data/background-rarity.js';
import { keywords, weigh } from '../../src/stages/weigh.js';

describe('rarity (background English frequencies)', () => {
  it.each([
    ['a function word', 'the', 0, 5],
    ['an everyday word', 'peopl', 5, 9],
    ['a topical word', 'kite', 11, 14],
    ['a stem English never uses', 'xyzzyq', 17, 18],
  ])('puts %s (%s) in its range', (_what, stem, low, high) => {
    expect(rarity(stem)).toBeGreaterThan(low);
    expect(rarity(stem)).toBeLessThan(high);
  });

  it('ranks rarer words higher', () => {
    expect(rarity('kite')).toBeGreaterThan(rarity('weather'));
    expect(rarity('weather')).toBeGreaterThan(rarity('peopl'));
  });
});

describe('weigh', () => {
  it('weighs a term by how often the document uses it', () => {
    const w = weigh([['kite', 'festiv'], ['kite'], ['kite', 'festiv']], []);
    expect(w.get('kite')).toBeCloseTo(3 * rarity('kite'));
    expect(w.get('festiv')).toBeCloseTo(2 * rarity('festiv'));
  });

  it('weighs a rare word above a common one used as often', () => {
    const w = weigh([['kite', 'peopl'], ['kite', 'peopl']], []);
    expect(w.get('kite')).toBeGreaterThan(1.5 * (w.get('peopl') ?? Infinity));
  });

  it('raises terms of the title, and only those', () => {
    const terms = [['secur', 'allianc'], ['secur', 'dialogu']];
    const plain = weigh(terms, []);
    const titled = weigh(terms, ['dialogu']);
    expect(titled.get('dialogu')).toBeCloseTo(1.5 * (plain.get('dialogu') ?? 0));
    expect(titled.get('secur')).toBe(plain.get('secur'));
  });

  it('gives an empty map for no terms', () => {
    expect(weigh([], []).size).toBe(0);
  });
});

describe('keywords', () => {
  it('shows the most frequent surface form, heaviest first', () => {
    const token = (lower: string, stem: string) => ({ text: lower, start: 0, end: 0, lower, stem, stop: false });
    const doc = {
      tokens: [[token('security', 'secur'), token('secure', 'secur')], [token('security', 'secur'), token('alliance', 'allianc')]],
      weights: new Map([
        ['secur', 2],
        ['allianc', 1],
      ]),
    };
    expect(keywords(doc, 10)).toEqual([
      { term: 'security', weight: 2 },
      { term: 'alliance', weight: 1 },
    ]);
    expect(keywords(doc, 1)).toHaveLength(1);
    expect(keywords(doc, 0)).toEqual([]);
  });
});
