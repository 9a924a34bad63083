import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordSet } from '../../src/segment/word-set.js';
import { leadingLetters } from '../../src/segment/words.js';

const listed = new Set(['u.s', 'mr', 'the', 'n°', 'k', 'st', 'ph.d', 'i̇stanbul', '']);
const words = new WordSet(listed);

/** Words near the listed ones: other cases, other scripts, characters that lower-case to ASCII (the kelvin sign, "İ"). */
const word = fc.string({
  unit: fc.constantFrom('u', 'U', '.', 's', 'S', 'm', 'M', 'r', 'R', 't', 'T', 'h', 'H', 'e', 'E', 'n', 'N', '°', 'k', 'K', '\u212a', 'İ', 'p', 'P', 'd', 'D', 'σ', 'Σ', '-', ',', '𝐀'),
  maxLength: 6,
});

describe('WordSet', () => {
  it('answers as a set of lower-cased words does', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(words.has(w)).toBe(listed.has(w.toLowerCase()));
        expect(words.hasLeadingLetters(w)).toBe(listed.has(leadingLetters(w).toLowerCase()));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a stretch of a text in place', () => {
    const text = 'He met Mr. Smith in the U.S. today';
    expect(words.hasRange(text, 7, 9)).toBe(true);
    expect(words.hasRange(text, 20, 23)).toBe(true);
    expect(words.hasRange(text, 24, 27)).toBe(true);
    expect(words.hasRange(text, 11, 16)).toBe(false);
  });
});
