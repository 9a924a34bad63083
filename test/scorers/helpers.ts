import type { Fits } from '../../src/scorers/types.js';
import { contentTerms, tokenize } from '../../src/stages/tokenize.js';
import { weigh } from '../../src/stages/weigh.js';
import type { Doc, Sentence, Token } from '../../src/types.js';

function candidatesOf(texts: readonly string[]): Sentence[] {
  let offset = 0;
  return texts.map((text, index) => {
    const s = { index, text, start: offset, end: offset + text.length, role: 'body' as const };
    offset += text.length + 1;
    return s;
  });
}

function docFrom(candidates: Sentence[], tokens: Token[][], terms: string[][]): Doc {
  return {
    input: candidates.map((s) => s.text).join(' '),
    sentences: candidates,
    title: undefined,
    candidates,
    tokens,
    terms,
    context: [],
    weights: weigh(terms, []),
    words: tokens.reduce((n, t) => n + t.length, 0),
  };
}

/** A doc whose candidates are these sentences, tokenized and stemmed by the real tokenize stage. */
export function docOf(texts: readonly string[]): Doc {
  const candidates = candidatesOf(texts);
  const tokens = candidates.map((sentence) => tokenize(sentence));
  return docFrom(candidates, tokens, tokens.map(contentTerms));
}

/** A doc whose candidates have exactly these terms (each a content word, its own stem). */
export function docOfTerms(terms: readonly (readonly string[])[]): Doc {
  const candidates = candidatesOf(terms.map((t) => t.join(' ')));
  const tokens = candidates.map((s, i) => {
    let at = s.start;
    return (terms[i] ?? []).map((word) => {
      const token = { text: word, start: at, end: at + word.length, lower: word, stem: word, stop: false };
      at += word.length + 1;
      return token;
    });
  });
  return docFrom(candidates, tokens, terms.map((t) => [...t]));
}

/** A budget of at most `limit` sentences, as the select stage builds it. */
export const upTo =
  (limit: number): Fits =>
  (chosen) =>
    chosen.length < limit;

/** The index of the largest value (the first of equals). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? -Infinity)) best = i;
  });
  return best;
}
