import { describe, expect, it } from 'vitest';
import { analyzeLines, hasTerminalBelow, isWrappedLine } from '../../src/segment/lines.js';

function lineTexts(text: string): string[] {
  const lines = analyzeLines(text, 0, text.length);
  return Array.from({ length: lines.count }, (_, i) => text.slice(lines.contentStart[i], lines.contentEnd[i]));
}

describe('analyzeLines', () => {
  it('breaks lines at LF, CR, CRLF, U+2028 and U+2029, trimming each', () => {
    expect(lineTexts(' a \nb\r\nc\rd\u2028e\u2029 f ')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(lineTexts('a\n\n\r\n')).toEqual(['a', '', '', '']);
    expect(lineTexts('')).toEqual(['']);
  });

  it('knows which lines can still reach a sentence end within their paragraph', () => {
    const text = 'features\ncontact manager\n\nIt was a cold\nnight in the city.\nAnd then';
    const lines = analyzeLines(text, 0, text.length);
    expect([0, 1, 2, 3, 4, 5].map((i) => hasTerminalBelow(lines, i))).toEqual([false, false, false, true, false, false]);
  });

  it('finds the full-width lines of a hard-wrapped paragraph and nothing else', () => {
    const wrapped = [
      'The proposal was examined by the committee at length and then',
      'Ministers agreed to put it to a vote later in the same week and',
      'Thursday was chosen as the day for it.',
    ].join('\n');
    const lines = analyzeLines(wrapped, 0, wrapped.length);
    expect([0, 1, 2].map((i) => isWrappedLine(lines, i))).toEqual([true, true, false]);

    const headlines = 'Markets Rally on Rate Cut Hopes\nStocks rose sharply on Monday, led by banks and energy firms.';
    const short = 'No time to read?\nGet a summary\nPrevious Article';
    for (const text of [headlines, short]) {
      const other = analyzeLines(text, 0, text.length);
      expect(Array.from({ length: other.count }, (_, i) => isWrappedLine(other, i))).not.toContain(true);
    }
  });
});
