import { chromeWords } from '../data/chrome-words.js';
import { isSpace } from '../segment/chars.js';
import { countWords, displayText, wordEnd, wordStart } from '../text.js';
import type { Role, Sentence } from '../types.js';
import { lineAtOffset, type CleanText } from './clean.js';
import { markChromeBlocks } from './page-chrome.js';

/** Whether to look for a title and for page chrome. */
export interface ClassifyOptions {
  detectTitle: boolean;
  detectChrome: boolean;
}

/** What classify needs to know of one sentence. */
interface Shape {
  /** The sentence is a line (or lines) of its own: nothing else on its first and last line. */
  ownLine: boolean;
  /** Ends with sentence-final punctuation; a line ending in a colon introduces a list, like a heading. */
  punctuated: boolean;
  /** A list item: starts with a bullet, or a number or letter and a dot or bracket. */
  listItem: boolean;
  words: number;
  /** Lower-cased display text, to find lines the page repeats; only lines short enough to count as repeated have one. */
  key: string | undefined;
  /** Share of its words that are navigation vocabulary; counted only for lines of at most `shortWords` words, the only ones it can make chrome. */
  chromeShare: number;
}

/** Sentence-final punctuation, and what may close a sentence after it: `[.!?…;]["'”’»)\]]*$`, read from the end. */
const terminals = '.!?…;';
const closers = `"'”’»)]`;
const listMarker = /^(?:[-*•–—▪►·]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s/u;

/** Longest line that counts as a heading, title or chrome; longer unpunctuated lines are prose missing its full stop. */
const maxHeadingWords = 25;
/** A repeated line longer than this is a repeated sentence, not page furniture. */
const maxRepeatedWords = 12;
/** A short line is one a menu, a button or a teaser could be. */
const shortWords = 6;

/**
 * Decide which sentences are article text. Headings and the title stay as context for salience;
 * page chrome (menus, "Previous Article", share buttons, lines the page repeats, the teasers
 * after the article) is set aside. The rules look at the shape of lines, never at particular strings.
 * `words`, when given, holds each sentence's count of words as displayed (`countWords(displayText(text))`),
 * which a caller that has tokenized the sentences already knows: counting them again cost a long text
 * as much as a tenth of its summary.
 */
export function classify(clean: CleanText, sentences: Sentence[], options: ClassifyOptions, words?: readonly number[]): Sentence[] {
  const shapes = sentences.map((s, i) => shapeOf(clean, s, words?.[i]));
  const roles: Role[] = shapes.map((shape) => (isHeadingLike(shape) ? 'heading' : 'body'));

  if (options.detectChrome) {
    const seen = new Map<string, number>();
    for (const { key } of shapes) if (key !== undefined) seen.set(key, (seen.get(key) ?? 0) + 1);
    shapes.forEach((shape, i) => {
      const repeated = shape.key !== undefined && (seen.get(shape.key) ?? 0) > 1;
      const navigation = shape.ownLine && shape.words <= shortWords && shape.chromeShare >= 0.5;
      if (repeated || navigation) roles[i] = 'chrome';
    });
    markChromeBlocks(clean, sentences, shapes, roles);
    markTrailingChrome(roles);
    spreadChrome(shapes, roles);
  }

  if (options.detectTitle) {
    const first = roles.findIndex((role) => role !== 'chrome');
    if (first >= 0 && (roles[first] === 'heading' || isHeadline(clean, sentences[first], shapes[first]))) roles[first] = 'title';
  }

  return sentences.map((s, i) => ({ index: s.index, text: s.text, start: s.start, end: s.end, role: roles[i] ?? 'body' }));
}

function isHeadingLike(shape: Shape): boolean {
  if (!shape.ownLine || shape.punctuated || shape.words > maxHeadingWords) return false;
  // A list item of a few words is a point being made, not a heading.
  return !(shape.listItem && shape.words >= 4);
}

/**
 * A question or an exclamation on a line of its own with a blank line under it, at the top, is a
 * headline ("Why do tide mills stop at high tide?"), as the title of a web page comes first.
 */
function isHeadline(clean: CleanText, sentence: Sentence | undefined, shape: Shape | undefined): boolean {
  if (sentence === undefined || shape === undefined || !shape.ownLine || shape.words > maxHeadingWords) return false;
  if (!/[?!]["'”’»)\]]*$/u.test(sentence.text)) return false;
  const line = lineAtOffset(clean.lines, sentence.end - 1);
  const next = line === undefined ? undefined : clean.lines[clean.lines.indexOf(line) + 1];
  return next === undefined || next.blank;
}

/** Headings after the article's last sentence head nothing: they are teasers for other pages. */
function markTrailingChrome(roles: Role[]): void {
  for (let i = roles.length - 1; i >= 0 && roles[i] !== 'body'; i--) roles[i] = 'chrome';
}

/** A short line standing between two chrome lines belongs to the same block of furniture. */
function spreadChrome(shapes: Shape[], roles: Role[]): void {
  for (let i = 1; i + 1 < roles.length; i++) {
    const shape = shapes[i];
    if (roles[i] === 'chrome' || !shape?.ownLine || shape.words > shortWords) continue;
    if (roles[i - 1] === 'chrome' && roles[i + 1] === 'chrome') roles[i] = 'chrome';
  }
}

function shapeOf(clean: CleanText, sentence: Sentence, knownWords: number | undefined): Shape {
  // Collapsing white space changes no word and neither end of a trimmed sentence, so only a
  // sentence with a reference mark (or untrimmed) needs its display text for the tests below; the
  // others need it only for a key. Rebuilding every sentence of a long text cost more than its rules.
  const plain = isPlain(sentence.text);
  const text = plain ? sentence.text : displayText(sentence.text);
  const first = lineAtOffset(clean.lines, sentence.start);
  const last = lineAtOffset(clean.lines, sentence.end - 1);
  const ownLine =
    first !== undefined &&
    last !== undefined &&
    onlySpace(clean.input, first.start, sentence.start) &&
    onlySpace(clean.input, sentence.end, last.end);
  const words = knownWords ?? countWords(text);
  return {
    ownLine,
    punctuated: endsPunctuated(text),
    listItem: listMarker.test(text),
    words,
    // Keys of longer sentences would never be asked for: building them costs a copy of the whole text.
    key: words <= maxRepeatedWords ? (plain ? displayText(text) : text).toLowerCase() : undefined,
    chromeShare: words === 0 ? 1 : words <= shortWords ? chromeWordsIn(text) / words : 0,
  };
}

/** No reference mark, and no white space at either end: the display text differs only inside, in its white space. */
function isPlain(text: string): boolean {
  return text.length > 0 && !text.includes('[') && !isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1));
}

function chromeWordsIn(text: string): number {
  let chrome = 0;
  for (let at = wordStart(text, 0); at !== -1; ) {
    const end = wordEnd(text, at);
    if (chromeWords.has(text.slice(at, end).toLowerCase())) chrome++;
    at = wordStart(text, end);
  }
  return chrome;
}

function endsPunctuated(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && closers.includes(text.charAt(i))) i--;
  return i >= 0 && terminals.includes(text.charAt(i));
}

/** Whether input[from, to) is white space; scans from the sentence outwards and stops at the first letter, so a long line costs nothing. */
function onlySpace(input: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    if (!/\s/u.test(input.charAt(i))) return false;
  }
  return true;
}
