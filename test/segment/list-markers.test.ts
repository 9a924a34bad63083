import { describe, expect, it } from 'vitest';
import { parseListMarker, type ListMarker } from '../../src/segment/list-markers.js';

type Expected = Pick<ListMarker, 'kind' | 'value' | 'style' | 'lineStartOnly'> & { text: string };

const table: Array<[string, Expected | undefined]> = [
  ['1. Open', { text: '1.', kind: 'number', value: 1, style: '.', lineStartOnly: false }],
  ['12) Twelve', { text: '12)', kind: 'number', value: 12, style: ')', lineStartOnly: false }],
  ['2.) Two', { text: '2.)', kind: 'number', value: 2, style: '.)', lineStartOnly: false }],
  ['(3) three', { text: '(3)', kind: 'number', value: 3, style: '()', lineStartOnly: true }],
  ['b. The', { text: 'b.', kind: 'letter', value: 2, style: '.', lineStartOnly: false }],
  ['B) The', { text: 'B)', kind: 'letter', value: 2, style: ')', lineStartOnly: true }],
  ['iv. Four', { text: 'iv.', kind: 'roman', value: 0, style: '.', lineStartOnly: true }],
  ['XII. Twelve', { text: 'XII.', kind: 'roman', value: 0, style: '.', lineStartOnly: true }],
  ['• Item', { text: '•', kind: 'bullet', value: 0, style: '', lineStartOnly: false }],
  ['⁃9. Item', { text: '⁃9.', kind: 'bullet', value: 0, style: '', lineStartOnly: false }],
  ['•Item', { text: '•', kind: 'bullet', value: 0, style: '', lineStartOnly: false }],
  ['- Item', { text: '-', kind: 'bullet', value: 0, style: '', lineStartOnly: true }],
  ['* Item', { text: '*', kind: 'bullet', value: 0, style: '', lineStartOnly: true }],
  // Not markers: initials, years, decimals, words, signs, markup.
  ['J. Smith', undefined],
  ['2010. The', undefined],
  ['3.5 percent', undefined],
  ['word. The', undefined],
  ['in. The', undefined],
  ['-5 degrees', undefined],
  ['*bold*', undefined],
  ['1.Open', undefined],
];

describe('parseListMarker', () => {
  it.each(table)('%j', (text, expected) => {
    const marker = parseListMarker(text, 0, text.length);
    if (!expected) {
      expect(marker).toBeUndefined();
      return;
    }
    const { text: markerText, ...rest } = expected;
    expect(marker).toMatchObject(rest);
    expect(text.slice(0, marker?.end)).toBe(markerText);
  });

  it('reads no further than the end it is given', () => {
    expect(parseListMarker('1.Open', 0, 2)).toMatchObject({ kind: 'number', end: 2 });
  });
});
