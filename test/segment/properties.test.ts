import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';
import type { Span } from '../../src/types.js';

/** Pieces that meet the rules: words, abbreviations, marks, quotes, brackets, list markers, every kind of white space. */
const pieces = [
  'The', 'he', 'said', 'Mr', 'Dr', 'U.S', 'e.g', 'a.m', 'Inc', 'J', 'I', 'co', 'No', 'p', 'iPhone', '3.5', '$4.99', '12',
  'example.com/a.b', 'x.y@z.org', 'world.Today', '.', '. ', '?', '!', '?!', '...', '…', '. . .', ',', ';', ':', '"', "'",
  '“', '”', '‘', '’', '(', ')', '[', ']', '[1]', '[...]', '1.', '2.)', 'a.', 'b)', '•', '- ', '* ', '#', ' ', ' ', '  ',
  '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '\u200b', '😀', '-lrb-', "''", '`',
];

const texts = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', 'A', '.', ' ', '\n', '"', ')', '1', '?', '…'), maxLength: 80 }),
);

/** A text and a range of it, sometimes the whole text. */
const ranges = texts.chain((text) =>
  fc.oneof(
    fc.constant({ text, start: undefined as number | undefined, end: undefined as number | undefined }),
    fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
  ),
);

function checkInvariants(text: string, spans: Span[], start: number, end: number): void {
  let previousEnd = start;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(end);
    const sentence = text.slice(span.start, span.end);
    expect(sentence.trim()).toBe(sentence);
    previousEnd = span.end;
  }
  // Every non-white-space character of the range is in exactly one span, and nothing else is.
  const covered = new Uint8Array(text.length);
  for (const span of spans) for (let i = span.start; i < span.end; i++) covered[i] = (covered[i] ?? 0) + 1;
  for (let i = 0; i < text.length; i++) {
    const inRange = i >= start && i < end;
    const visible = !/\s/u.test(text[i] ?? '');
    if (inRange && visible) expect(covered[i], `character ${i} of ${JSON.stringify(text)}`).toBe(1);
    if (!inRange) expect(covered[i]).toBe(0);
  }
}

describe('splitSentences properties', () => {
  it('spans are in order, trimmed, non-empty, inside the range and cover every non-white-space character once', () => {
    fc.assert(
      fc.property(ranges, ({ text, start, end }) => {
        const spans = splitSentences(text, start, end);
        checkInvariants(text, spans, start ?? 0, end ?? text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(ranges, ({ text, start, end }) => {
        expect(splitSentences(text, start, end)).toEqual(splitSentences(text, start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('segments a range of a text as it segments that range alone', () => {
    fc.assert(
      fc.property(texts, texts, texts, (before, middle, after) => {
        const text = `${before}\n\n${middle}\n\n${after}`;
        const start = before.length + 2;
        const shifted = splitSentences(text, start, start + middle.length).map((s) => ({ start: s.start - start, end: s.end - start }));
        expect(shifted).toEqual(splitSentences(middle));
      }),
      { numRuns: 500 },
    );
  });

  it('gives nothing for empty or blank ranges and clamps offsets to the text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\r\n ')).toEqual([]);
    expect(splitSentences('Hello there.', 5, 5)).toEqual([]);
    expect(splitSentences('Hello there.', 9, 2)).toEqual([]);
    expect(splitSentences('Hi. Yo.', -5, 100)).toEqual([{ start: 0, end: 3 }, { start: 4, end: 7 }]);
  });
});
