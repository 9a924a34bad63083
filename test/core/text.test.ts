import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace, countWords, displayText, letterRunEnd, referenceMarkRanges, wordEnd, wordPattern, wordStart } from '../../src/text.js';

/** The words as the scanner finds them, as [start, end) pairs. */
function scanned(text: string): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  for (let at = wordStart(text, 0); at !== -1; at = wordStart(text, words[words.length - 1]?.[1] ?? 0)) words.push([at, wordEnd(text, at)]);
  return words;
}

/** The words as the pattern finds them. */
function matched(text: string): Array<[number, number]> {
  return [...text.matchAll(wordPattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** Characters that stress the scanner: joiners, marks, letters of other scripts, astral letters and digits, lone surrogates, space. */
const tricky = fc.constantFrom(
  'a', 'Z', '7', 'é', 'ß', 'İ', 'ж', '中', 'ٔ', '\u0301', '\u0903', '٣', '²', '\u{1D400}', '\u{1F600}', '\u{10400}', '\u{1D7CE}',
  '\uD800', '\uDC00', "'", '’', '.', ',', '-', '&', '_', ' ', '\n', '\u00a0', '[', ']', '1', 'x',
);
const text = fc.oneof(fc.array(tricky, { maxLength: 40 }).map((chars) => chars.join('')), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 60 }));
const params = { numRuns: 3000, seed: 20261127 };

describe('word scanner', () => {
  it.each([
    ['The U.S. economy grew 1,200 jobs in e-mail AT&T’s don’t.', ['The', 'U.S', 'economy', 'grew', '1,200', 'jobs', 'in', 'e-mail', 'AT&T’s', 'don’t']],
    ['café naïve x\u0301y', ['café', 'naïve', 'x\u0301y']],
    ["--a--b-- 'c' ..d.. a-b", ['a', 'b', 'c', 'd', 'a-b']],
    ['\u{1D400}\u{1D401} and \u{1F600}', ['\u{1D400}\u{1D401}', 'and']],
    ['', []],
  ])('%j', (input, words) => {
    expect(scanned(input).map(([s, e]) => input.slice(s, e))).toEqual(words);
  });

  it('finds exactly the runs of letters and digits /[\\p{L}\\p{N}]+/u matches, with letterRunEnd', () => {
    const runs = (input: string): Array<[number, number]> => {
      const found: Array<[number, number]> = [];
      for (let at = wordStart(input, 0); at !== -1; at = wordStart(input, found[found.length - 1]?.[1] ?? 0)) found.push([at, letterRunEnd(input, at)]);
      return found;
    };
    expect(runs('sign-up e-mail x\u0301y AT&T').map(([s, e]) => 'sign-up e-mail x\u0301y AT&T'.slice(s, e))).toEqual(['sign', 'up', 'e', 'mail', 'x', 'y', 'AT', 'T']);
    fc.assert(
      fc.property(text, (input) => {
        expect(runs(input)).toEqual([...input.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]));
      }),
      params,
    );
  });

  it('classifies every code point below U+10000 as the Unicode properties do (some ranges are answered without them)', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      // A word starts at a letter or digit, and goes on through letters, digits and marks.
      const starts = /[\p{L}\p{N}]/u.test(char);
      const continues = starts || /\p{M}/u.test(char);
      if ((wordStart(char, 0) === 0) !== starts || (wordEnd(`a${char}`, 0) === 2) !== continues) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('finds exactly the words wordPattern matches', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(scanned(input)).toEqual(matched(input));
        expect(countWords(input)).toBe(matched(input).length);
      }),
      params,
    );
  });
});

describe('fast paths give what the plain replacements give', () => {
  const spacey = fc.array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '[1]', '[edit]', ' [citation needed]', '[', ']'), { maxLength: 30 }).map((parts) => parts.join(''));
  it('collapseSpace', () => {
    fc.assert(
      fc.property(fc.oneof(spacey, fc.string()), (input) => {
        expect(collapseSpace(input)).toBe(input.replace(/\s+/gu, ' ').trim());
      }),
      params,
    );
  });
  it('collapsing white space changes no word (summarize counts words without it)', () => {
    fc.assert(
      fc.property(fc.oneof(spacey, text), (input) => {
        expect(countWords(collapseSpace(input))).toBe(countWords(input));
      }),
      params,
    );
  });
  it('displayText and referenceMarkRanges', () => {
    fc.assert(
      fc.property(spacey, (input) => {
        const marks = /\s*\[(?:\d{1,4}|citation[^\]\n]{0,200}|cite[^\]\n]{0,200}|edit|source[^\]\n]{0,200}|note \d{1,3}|[a-z]|update[^\]\n]{0,200})\]/giu;
        expect(displayText(input)).toBe(input.replace(marks, '').replace(/\s+/gu, ' ').trim());
        expect(referenceMarkRanges(input)).toEqual([...input.matchAll(marks)].map((m) => [m.index, m.index + m[0].length]));
      }),
      params,
    );
  });
});
