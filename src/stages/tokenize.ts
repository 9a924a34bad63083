import { stem } from '../nlp/stem.js';
import { isStopword } from '../nlp/stopwords.js';
import { referenceMarkRanges, wordPattern } from '../text.js';
import type { Sentence, Token } from '../types.js';

/** Words of a sentence, lower-cased, stemmed and marked as function words; reference marks such as `[1]` are skipped. */
export function tokenize(sentence: Sentence): Token[] {
  const skip = referenceMarkRanges(sentence.text);
  const tokens: Token[] = [];
  for (const match of sentence.text.matchAll(wordPattern)) {
    const at = match.index;
    if (skip.some(([from, to]) => at >= from && at < to)) continue;
    const text = match[0];
    const lower = text.toLowerCase().replace(/['’]s$/u, '').replace(/’/gu, "'");
    tokens.push({
      text,
      start: sentence.start + at,
      end: sentence.start + at + text.length,
      lower,
      stem: /^\p{L}+$/u.test(lower) ? stem(lower) : lower,
      stop: isStopword(lower),
    });
  }
  return tokens;
}

/** A token that can carry salience: not a function word, not a lone character, and not just a number. */
export function isContent(token: Token): boolean {
  return !token.stop && token.lower.length > 1 && /\p{L}/u.test(token.lower);
}

/** The stems of a sentence's content words: what scorers count. */
export function contentTerms(tokens: Token[]): string[] {
  return tokens.filter(isContent).map((t) => t.stem);
}
