import { splitSentences } from '../segment/index.js';
import type { Sentence } from '../types.js';
import type { CleanText } from './clean.js';

/** Every sentence of the input with its offsets; all start as `body` until the classify stage says otherwise. */
export function segment(clean: CleanText, language = 'en'): Sentence[] {
  return splitSentences(clean.input, 0, clean.input.length, language).map((span, index) => ({
    index,
    text: clean.input.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    role: 'body' as const,
  }));
}
