import { describe, expect, it } from 'vitest';
import { isLetterCode, isLineBreak, isLowerCode, isSpace, isUpperCode } from '../../src/segment/chars.js';

describe('character classes', () => {
  it('count as white space exactly what String#trim removes', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isSpace(code) !== (char.trim() === '')) expect.fail(`U+${code.toString(16)}`);
    }
  });

  it('break lines at LF, CR, U+2028 and U+2029 only', () => {
    const breaks: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isLineBreak(code)) breaks.push(code);
    expect(breaks).toEqual([0x0a, 0x0d, 0x2028, 0x2029]);
  });

  it('tell letters and their case by code unit, past the end of a string too', () => {
    expect([0x41, 0x61, 0xe9, 0xc9, 0x3b1, 0x31].map(isLetterCode)).toEqual([true, true, true, true, true, false]);
    expect([0x41, 0x61, 0xc9, 0xe9].map(isUpperCode)).toEqual([true, false, true, false]);
    expect([0x41, 0x61, 0xc9, 0xe9].map(isLowerCode)).toEqual([false, true, false, true]);
    expect(isUpperCode(''.charCodeAt(0))).toBe(false);
    expect(isLowerCode(''.charCodeAt(0))).toBe(false);
  });
});
