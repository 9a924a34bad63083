import { createRequire } from 'node:module';

// wink-nlp and its English model ship CommonJS. They are required synchronously, so that the
// library's summarize() stays synchronous, and only when keyphrases or --explain ask for them:
// loading the model costs about 0.15 s of CPU, which a plain run must not pay. The specifiers are
// string literals so that a bundler can see them.
const require = createRequire(import.meta.url);

/** A part-of-speech tag of the Universal Dependencies set, as wink-nlp gives it. */
export type PosTag = string;

/** One word as wink-nlp read it, with its place in the text it was given. */
export interface TaggedWord {
  start: number;
  end: number;
  pos: PosTag;
}

interface WinkItems {
  out(f?: unknown): string[];
}
interface WinkDoc {
  tokens(): WinkItems;
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; type: unknown };
}

let wink: Wink | undefined;

function load(): Wink {
  if (wink === undefined) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    const model = require('wink-eng-lite-web-model') as unknown;
    // Sentence boundaries and part-of-speech tags only: named entities, negation and sentiment are not read.
    wink = winkNLP(model, ['sbd', 'pos']);
  }
  return wink;
}

/** Whether wink-nlp has been loaded in this process (tests check that a plain run never loads it). */
export function winkLoaded(): boolean {
  return wink !== undefined;
}

/** A letter, a combining mark or a digit: a character inside a word. */
const wordChar = /[\p{L}\p{M}\p{N}]/u;

/**
 * The words of `text` with their part-of-speech tags and offsets. wink-nlp gives tokens without
 * offsets; each is found again in the text after the previous one, which holds because wink-nlp
 * keeps every character of a token as written.
 */
export function tagWords(text: string): TaggedWord[] {
  const nlp = load();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value);
  const tags = tokens.out(nlp.its.pos);
  const words: TaggedWord[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    const pos = tags[i] as string;
    if (pos === 'SPACE' || value.trim() === '') continue;
    const start = text.indexOf(value, at);
    if (start < 0) continue;
    at = start + value.length;
    // wink-nlp cuts a word at a letter its tokenizer does not know ("İ|stanbul", "Ł|ÓD|Ź",
    // "ﬁ|nance", "Ω|mega"): pieces that touch, letters on both sides, are one word, tagged as its last piece.
    const last = words[words.length - 1];
    if (last !== undefined && last.end === start && wordChar.test(text.charAt(start - 1)) && wordChar.test(text.charAt(start))) {
      last.end = at;
      last.pos = pos;
      continue;
    }
    // wink-nlp adds every word it has not seen to its lexicon as it reads, and reads a known word
    // whole: "Nairac's" is "Nairac" and "'s" the first time, one token after, so the tags of a text
    // would depend on the texts read before it in the process (the library, --jsonl). A possessive
    // is always cut off here, as wink-nlp cuts it from a word it does not know.
    const clitic = possessive.exec(value);
    if (clitic !== null && clitic.index > 0) {
      words.push({ start, end: start + clitic.index, pos }, { start: start + clitic.index, end: at, pos: 'PART' });
      continue;
    }
    words.push({ start, end: at, pos });
  }
  return words;
}

/** A possessive ending: 's or ’s, in either case. */
const possessive = /['’][sS]$/u;
