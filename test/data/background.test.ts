import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_COUNTS } from '../../src/data/background-en.js';
import { backgroundCount } from '../../src/data/background-rarity.js';
import { knownStem } from '../../src/data/background-stem.js';
import { BACKGROUND_STEMS } from '../../src/data/background-stems.js';
import { lookUp, tableOf } from '../../src/data/background-table.js';

const porter = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** Every line of a table as [key, value], parsed the plain way. */
function entries(table: string): [string, string][] {
  return table.split('\n').map((line) => {
    const space = line.indexOf(' ');
    return space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
  });
}

describe('lookUp: a hash index over a table of lines', () => {
  it('finds every key of a small table, and nothing else', () => {
    const table = tableOf('b 1\nbb\nc 3 4\nd');
    expect([lookUp(table, 'b'), lookUp(table, 'bb'), lookUp(table, 'c'), lookUp(table, 'd')]).toEqual(['1', '', '3 4', '']);
    for (const missing of ['', 'a', 'ba', 'bbb', 'cc', 'e', 'b 1', 'B', 'b\n', 'é']) expect(lookUp(table, missing)).toBeUndefined();
    expect(lookUp(tableOf(''), 'a')).toBeUndefined();
    expect(lookUp(tableOf(''), '')).toBeUndefined();
    expect(lookUp(tableOf('a'), 'a')).toBe('');
    expect(lookUp(tableOf('a\n'), 'a')).toBe('');
    expect(lookUp(tableOf('\na 1\n\nb 2\n'), 'b')).toBe('2');
  });

  it('finds every key of a table with colliding slots (one key per line, whatever their hashes)', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i.toString(36)}`);
    const table = tableOf(keys.map((key, i) => `${key} ${i}`).join('\n'));
    expect(keys.map((key) => lookUp(table, key))).toEqual(keys.map((_, i) => String(i)));
    expect(keys.map((key) => lookUp(table, `${key}_`)).filter((value) => value !== undefined)).toEqual([]);
  });

  it('an indexed table is used as it is', () => {
    const table = tableOf('a 1');
    expect(tableOf(table)).toBe(table);
  });

  it('the tables are sorted, one key a line', () => {
    for (const table of [BACKGROUND_COUNTS, BACKGROUND_STEMS]) {
      const keys = entries(table).map(([key]) => key);
      expect(keys.every((key, i) => i === 0 || (keys[i - 1] as string) < key)).toBe(true);
    }
  });

  it('gives what parsing the whole background table gives, for every stem in it and next to it', () => {
    const counts = new Map(entries(BACKGROUND_COUNTS));
    for (const [stem, count] of counts) {
      expect(backgroundCount(stem)).toBe(Number(count));
      expect(backgroundCount(`${stem}q`)).toBe(Number(counts.get(`${stem}q`) ?? 0));
      expect(backgroundCount(stem.slice(0, -1))).toBe(Number(counts.get(stem.slice(0, -1)) ?? 0));
    }
  });
});

describe('knownStem: the table of stems made with natural', () => {
  it("gives natural's Porter stem of every word in it", () => {
    for (const [word] of entries(BACKGROUND_STEMS)) expect(knownStem(word)).toBe(porter.stem(word));
  });

  it('knows common words and not names', () => {
    expect(knownStem('running')).toBe('run');
    expect(knownStem('happy')).toBe('happi');
    expect(knownStem('the')).toBe('the');
    expect(knownStem('tokayev')).toBeUndefined();
  });
});
