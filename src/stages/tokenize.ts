import { stem } from '../nlp/stem.js';
import { isStopword } from '../nlp/stopwords.js';
import { referenceMarkRanges, wordEnd, wordStart } from '../text.js';
import type { Sentence, Token } from '../types.js';

/** What a word as written always gives, worked out once per distinct form: text repeats its words. */
interface Form {
  /** The form as written, shared by all its tokens: a long text keeps one copy of each word, not one per use. */
  text: string;
  lower: string;
  stem: string;
  stop: boolean;
}

const forms = new Map<string, Form>();
/** Past this many forms the table starts afresh, so a huge vocabulary cannot grow it without bound. */
const maxForms = 200_000;

/** Words of a sentence, lower-cased, stemmed and marked as function words; reference marks such as `[1]` are skipped. */
export function tokenize(sentence: Sentence): Token[] {
  const { text } = sentence;
  const skip = referenceMarkRanges(text);
  const tokens: Token[] = [];
  // Ranges and words both come in text order, so one pointer walks the ranges: asking every range
  // about every word was quadratic on a text of a million "[1]" marks.
  let next = 0;
  for (let at = wordStart(text, 0); at !== -1; ) {
    const end = wordEnd(text, at);
    while (next < skip.length && skip[next]![1] <= at) next++;
    const range = skip[next];
    if (range === undefined || at < range[0]) {
      const word = text.slice(at, end);
      const form = formOf(word);
      tokens.push({ text: form.text, start: sentence.start + at, end: sentence.start + end, lower: form.lower, stem: form.stem, stop: form.stop });
    }
    at = wordStart(text, end);
  }
  return tokens;
}

function formOf(word: string): Form {
  const known = forms.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase().replace(/['’]s$/u, '').replace(/’/gu, "'");
  const form = { text: word, lower, stem: /^\p{L}+$/u.test(lower) ? stem(lower) : lower, stop: isStopword(lower) };
  if (forms.size >= maxForms) forms.clear();
  forms.set(word, form);
  return form;
}

/** A token that can carry salience: not a function word, not a lone character, and not just a number. */
export function isContent(token: Token): boolean {
  return !token.stop && token.lower.length > 1 && hasLetter(token.lower);
}

/** `/\p{L}/u.test(word)`, answered without the pattern when the word starts with an ASCII letter (most do). */
function hasLetter(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20;
  return (c >= 0x61 && c <= 0x7a) || /\p{L}/u.test(word);
}

/** The stems of a sentence's content words: what scorers count. */
export function contentTerms(tokens: Token[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) if (isContent(token)) terms.push(token.stem);
  return terms;
}
