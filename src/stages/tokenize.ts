import { hashOf } from '../hash.js';
import { languageInfo } from '../lang/languages.js';
import { stem, stemmerFor } from '../nlp/stem.js';
import { isStopword, stopwordsFor } from '../nlp/stopwords.js';
import { isLetterCode } from '../segment/chars.js';
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

/**
 * The forms met so far, found by a hash of the word's code units read in place. A long text has
 * millions of words but a few thousand forms: cutting each word out as a string to look it up in
 * a Map made a string per word, and hashing it in the engine cost more than the rest of tokenizing.
 */
class FormTable {
  constructor(private readonly formOf: (word: string) => Form) {}

  /** Open addressing, linear probing: each slot holds a form's position plus one, 0 when empty. */
  private slots = new Int32Array(4096);
  private forms: Form[] = [];
  /** The hash of each form, kept to grow the table without reading the forms again. */
  private hashes = new Int32Array(2048);

  /** The form of `text.slice(start, end)`, made when it is new. */
  get(text: string, start: number, end: number): Form {
    const hash = hashOf(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = this.slots[slot]! - 1;
      if (found < 0) return this.add(text.slice(start, end), hash);
      const form = this.forms[found]!;
      if (this.hashes[found] === hash && sameWord(form.text, text, start, end)) return form;
    }
  }

  private add(word: string, hash: number): Form {
    // Past maxForms the table starts afresh, so that a huge vocabulary cannot grow it without bound.
    if (this.forms.length >= maxForms) {
      this.slots.fill(0);
      this.forms = [];
    }
    const form = this.formOf(word);
    const index = this.forms.length;
    this.forms.push(form);
    // At most half full, so that a probe meets an empty slot within a few steps.
    if (index === this.hashes.length) {
      const hashes = new Int32Array(index * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      this.slots = new Int32Array(this.slots.length * 2);
      for (let i = 0; i < index; i++) this.place(this.hashes[i]!, i);
    }
    this.hashes[index] = hash;
    this.place(hash, index);
    return form;
  }

  private place(hash: number, index: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Most forms the table holds. */
const maxForms = 200_000;
const forms = new FormTable(formOf);
/** The form tables of the other languages, made when a language is first met. */
const languageForms = new Map<string, FormTable>();

/**
 * Words of a sentence, lower-cased, stemmed and marked as function words, in the language given
 * (ISO 639-1; its stemmer and stop words, see src/nlp/); reference marks such as `[1]` are skipped.
 */
export function tokenize(sentence: Sentence, language = 'en'): Token[] {
  const { text } = sentence;
  const tokens: Token[] = [];
  const table = language === 'en' ? forms : formsOf(language);
  const add = languageInfo(language)?.words === 'segmenter' ? addSegmentedWords : addWords;
  // The marks cut the sentence into stretches, each read once. No word runs into or out of a mark
  // (it starts with white space or "[" and ends with "]"), so these are the words outside the marks.
  let from = 0;
  for (const [start, end] of referenceMarkRanges(text)) {
    add(tokens, sentence, from, start, table, language);
    from = end;
  }
  add(tokens, sentence, from, text.length, table, language);
  return tokens;
}

function formsOf(language: string): FormTable {
  let table = languageForms.get(language);
  if (table === undefined) {
    const stemmer = stemmerFor(language);
    const stopwords = stopwordsFor(language);
    // Japanese writes its content words in kanji and katakana; a word all in hiragana is a particle,
    // an ending or an auxiliary ("した", "ことが"), which stopwords-iso's 134 words do not all cover.
    const functionWord = language === 'ja' ? (lower: string) => HIRAGANA.test(lower) : () => false;
    table = new FormTable((word) => {
      const lower = word.toLowerCase().replaceAll('’', "'");
      const stop = stopwords.has(lower) || functionWord(lower);
      return { text: word, lower, stem: stemmer !== undefined && isLetters(lower) ? stemmer(lower) : lower, stop };
    });
    languageForms.set(language, table);
  }
  return table;
}

const HIRAGANA = /^\p{Script=Hiragana}+$/u;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Chinese, Japanese and Thai put no space between words: `Intl.Segmenter` (ICU's dictionaries,
 * built into Node) finds them. Its word-like segments are the tokens; punctuation is not.
 */
function addSegmentedWords(tokens: Token[], sentence: Sentence, from: number, to: number, table: FormTable, language: string): void {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  const { text, start } = sentence;
  for (const piece of segmenter.segment(text.slice(from, to))) {
    if (piece.isWordLike !== true) continue;
    const at = from + piece.index;
    const form = table.get(text, at, at + piece.segment.length);
    tokens.push({ text: form.text, start: start + at, end: start + at + piece.segment.length, lower: form.lower, stem: form.stem, stop: form.stop });
  }
}

/** The tokens of the words of the sentence that start between `from` and `to`. */
function addWords(tokens: Token[], sentence: Sentence, from: number, to: number, table: FormTable = forms, _language = 'en'): void {
  const { text, start } = sentence;
  for (let at = wordStart(text, from); at !== -1 && at < to; ) {
    const end = wordEnd(text, at);
    const form = table.get(text, at, end);
    tokens.push({ text: form.text, start: start + at, end: start + end, lower: form.lower, stem: form.stem, stop: form.stop });
    at = wordStart(text, end);
  }
}

function formOf(word: string): Form {
  let lower = word.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
  if (lower.includes('’')) lower = lower.replaceAll('’', "'");
  return { text: word, lower, stem: isLetters(lower) ? stem(lower) : lower, stop: isStopword(lower) };
}

/**
 * `/^\p{L}+$/u.test(word)`, answered without the pattern while the word is ASCII: a summary of one
 * article asks it of a few hundred new words, and compiling the pattern cost more than answering.
 */
function isLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return /^\p{L}+$/u.test(word);
    if (!isLetterCode(c)) return false;
  }
  return true;
}

/**
 * A token that can carry salience: not a function word, not a lone character (but a Chinese or
 * Japanese word may be one character), and not just a number.
 */
export function isContent(token: Token): boolean {
  return !token.stop && (token.lower.length > 1 || token.lower.charCodeAt(0) >= 0x2e80) && hasLetter(token.lower);
}

/**
 * `/\p{L}/u.test(word)`, answered without the pattern while the word is ASCII: a number ("1962",
 * "100,000") is read to its end, and testing each one with the pattern cost as much as the rest
 * of picking out the terms.
 */
function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return /\p{L}/u.test(word);
    const folded = c | 0x20;
    if (folded >= 0x61 && folded <= 0x7a) return true;
  }
  return false;
}

/** The stems of a sentence's content words: what scorers count. */
export function contentTerms(tokens: Token[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) if (isContent(token)) terms.push(token.stem);
  return terms;
}
