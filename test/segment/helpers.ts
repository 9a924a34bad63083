import { splitSentences } from '../../src/segment/index.js';

/** Each run of white space as one space: how expected sentences are compared. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The sentences of `text` as strings, white space collapsed. */
export function sentences(text: string): string[] {
  return splitSentences(text).map((span) => collapse(text.slice(span.start, span.end)));
}
