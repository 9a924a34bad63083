import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/index.js';
import { keyphraseDefaults, keyphrases, type KeyphraseOptions, type TextKind } from '../../src/stages/keyphrases.js';
import { tagWords } from '../../src/nlp/wink.js';
import { contains, stems } from './phrase-stems.js';

/**
 * Texts of every kind the stage tells apart: names, reported speech, quotation marks and dates
 * (narrative), nominalisations and the scholarly "we" (expository), and enough of them for a long
 * text; with possessives, hyphens, curly quotes, numbers and non-ASCII letters.
 */
const word = fc.constantFrom(
  'the', 'council', 'budget', 'approved', 'on', 'Tuesday', 'Anna', 'Kassym-Jomart', 'Tokayev', 'CSTO’s', 'said', 'she', 'new', 'roads',
  'evaluation', 'performance', 'we', 'propose', 'method', 'results', 'of', 'game', 'theory', '3.5%', 'İstanbul', 'Łódź', 'security', 'alliance',
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '!', '?', '."', '.”', ':'))
  .map(([words, end]) => {
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + end;
  });
const text = fc
  .array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n')), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));
const kinds: TextKind[] = ['narrative', 'expository', 'long'];
/** The defaults, or every kind read as one, so that each kind's path runs on every text. */
const options = fc.constantFrom<KeyphraseOptions>(
  keyphraseDefaults,
  ...kinds.map((kind) => ({ ...keyphraseDefaults, longWords: kind === 'long' ? 0 : Infinity, narrativeRegister: kind === 'narrative' ? Infinity : 0 })),
);
const limit = fc.integer({ min: 0, max: 12 });


const params = { numRuns: Number(process.env.KP_RUNS ?? 200), seed: Number(process.env.KP_SEED ?? 20261208) };

describe('keyphrase invariants', () => {
  it('at most the limit; each phrase as written at its offsets; none contains another; heaviest first; the same twice', () => {
    fc.assert(
      fc.property(text, limit, options, (input, k, o) => {
        const doc = analyse(input);
        const found = keyphrases(doc, k, tagWords, o);
        expect(found.length).toBeLessThanOrEqual(k);
        for (const p of found) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(input.length);
          expect(stems(input.slice(p.start, p.end))).toEqual(stems(p.text));
          expect(p.text.trim()).toBe(p.text);
          expect(p.text).not.toBe('');
        }
        for (let i = 0; i < found.length; i++) {
          for (let j = 0; j < found.length; j++) if (i !== j) expect(contains(stems(found[i]!.text), stems(found[j]!.text))).toBe(false);
        }
        const weights = found.map((p) => p.weight);
        expect([...weights].sort((a, b) => b - a)).toEqual(weights);
        expect(keyphrases(analyse(input), k, tagWords, o)).toEqual(found);
      }),
      params,
    );
  });
});
