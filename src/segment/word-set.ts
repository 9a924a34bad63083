/**
 * A list of lower-case words that answers for a word in any case without lower-casing it. The
 * rules look up a word or two at every candidate boundary, most of them ASCII: comparing their
 * characters folded to lower case costs less than making a lower-case copy to look up (ten times
 * less in a text stored two bytes a character, as any text with a curly quote is).
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** The longest word: lower-casing never shortens a word, so no longer one is listed. */
  private readonly longest: number;
  /** The ASCII words by length and first character: the few a word can be equal to. */
  private readonly buckets: Array<readonly string[] | undefined>;

  constructor(words: ReadonlySet<string>) {
    this.words = words;
    let longest = 0;
    for (const word of words) longest = Math.max(longest, word.length);
    this.longest = longest;
    // Every slot filled, so that the array stays a dense one, read by index.
    const buckets = new Array<string[] | undefined>(bucketOf(longest + 1, 0)).fill(undefined);
    for (const word of words) {
      if (!isAscii(word, 0, word.length) || word === '') continue;
      const slot = bucketOf(word.length, word.charCodeAt(0));
      // Pushed, not copied: the sets are built at start-up, and copying a bucket per word cost a millisecond.
      (buckets[slot] ??= []).push(word);
    }
    this.buckets = buckets;
  }

  /** The word, lower-cased, is listed: `words.has(word.toLowerCase())`. */
  has(word: string): boolean {
    return this.hasRange(word, 0, word.length);
  }

  /** `text.slice(from, to)`, lower-cased, is listed; reads the text in place. */
  hasRange(text: string, from: number, to: number): boolean {
    const length = to - from;
    if (length > this.longest) return false;
    // Beyond ASCII, case rules of other scripts apply ("K", the kelvin sign, lower-cases to "k").
    if (length <= 0 || !isAscii(text, from, to)) return this.words.has(text.slice(from, to).toLowerCase());
    const candidates = this.buckets[bucketOf(length, lowerAscii(text.charCodeAt(from)))];
    if (candidates === undefined) return false;
    for (let i = 0; i < candidates.length; i++) if (equalsFolded(text, from, candidates[i] ?? '')) return true;
    return false;
  }

  /** The letters the word starts with, lower-cased, are listed: `words.has(leadingLetters(word).toLowerCase())`. */
  hasLeadingLetters(word: string): boolean {
    return this.hasLeadingLettersIn(word, 0, word.length);
  }

  /** `hasLeadingLetters(text.slice(from, to))`, reading the text in place. */
  hasLeadingLettersIn(text: string, from: number, to: number): boolean {
    let end = from;
    while (end < to && isAsciiLetter(text.charCodeAt(end))) end++;
    // A letter of another script may go on the run: the regular expression of `leadingLetters` knows them.
    if (end < to && text.charCodeAt(end) >= 0x80) {
      return this.words.has((/^\p{L}*/u.exec(text.slice(from, to))?.[0] ?? '').toLowerCase());
    }
    return this.hasRange(text, from, end);
  }
}

function bucketOf(length: number, first: number): number {
  return length * 128 + first;
}

function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** `text` from `from` on, ASCII, equals `word` (lower-case, of the same length) once folded to lower case. */
function equalsFolded(text: string, from: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lowerAscii(text.charCodeAt(from + i)) !== word.charCodeAt(i)) return false;
  return true;
}
