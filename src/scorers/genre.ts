import { firstPersonWords, personWords } from '../data/person-words.js';
import { isDigit, isLetterCode } from '../segment/chars.js';
import { languageCode } from '../lang/languages.js';
import type { Decision, Doc } from '../types.js';

/**
 * Unsupervised signals of how a text is built, measured on the analysed document for the
 * adaptive default (src/scorers/adaptive.ts). Each is O(tokens) or O(lines): no sentence is
 * compared with another.
 */
export interface GenreFeatures {
  /** Candidate sentences. */
  sentences: number;
  /** Share of the non-empty lines that open with a speaker label ("Grad A: ...", "Mary: ..."): a transcript or a dialogue. */
  speakerLines: number;
  /** Share of the tokens that are first- or second-person pronouns (I, me, my, we, you ...): reviews, dialogue, fiction. */
  personal: number;
  /** Mean words per candidate sentence. */
  wordsPerSentence: number;
  /**
   * Share of the paragraphs (lines holding a candidate sentence) with a sentence that says I, me or
   * my outside quotation marks, when there are at least {@link minParagraphs}: several personal
   * accounts one after another (reviews, letters, testimonials), not one report that quotes people.
   */
  firstPersonParagraphs: number;
}

/** Lines a transcript needs before its speaker labels count. */
const minTurns = 8;
/** Paragraphs a text needs before their voice counts: one or two say nothing of the text's build. */
const minParagraphs = 4;
/** Paragraphs looked at: enough to see the shape, and bounded like the speaker-label scan. */
const maxParagraphs = 2000;

/** A speaker label: a capital, up to 30 letters, digits, dots, apostrophes, spaces or hyphens, then a colon and a space: `/^[A-Z][\p{L}\p{N}.'’ -]{0,30}:\s/u`. */
const labelChar = /[\p{L}\p{N}]/u;
/** The ASCII marks a label may hold: . ' space - */
const labelMarks = new Set([0x2e, 0x27, 0x20, 0x2d]);

/**
 * Whether a line opens with a speaker label, read by hand: the pattern's Unicode classes cost about
 * half a millisecond to compile, on every run of a text with a colon in it; here they are consulted
 * only for a non-ASCII character inside a would-be label.
 */
function opensWithLabel(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 31 || !/\s/u.test(line.charAt(colon + 1))) return false;
  const first = line.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < colon; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80 ? !(isLetterCode(c) || isDigit(c) || labelMarks.has(c)) : c !== 0x2019 && !labelChar.test(line.charAt(i))) return false;
  }
  return true;
}

export function features(doc: Doc): GenreFeatures {
  const sentences = doc.candidates.length;
  let tokens = 0;
  let personal = 0;
  for (const sentence of doc.tokens) {
    tokens += sentence.length;
    for (const token of sentence) if (personWords.has(token.lower)) personal++;
  }
  return {
    sentences,
    speakerLines: speakerLines(doc.input),
    personal: tokens > 0 ? personal / tokens : 0,
    wordsPerSentence: sentences > 0 ? tokens / sentences : 0,
    // The word list is English ("i" is also Italian's plural article).
    firstPersonParagraphs: languageCode(doc) === 'en' ? firstPersonParagraphs(doc) : 0,
  };
}

/**
 * A quotation mark: a double quote, curly or straight, an opening single curly quote or backtick, a
 * straight single quote that opens a word, or a single quote that closes after punctuation (the
 * last sentence of a quote several sentences long). News speaks in the first person inside quotes;
 * a review in its own voice.
 */
const quotes = /["\u201c\u201d\u2018`]|(?:^|[\s(])'[A-Za-z]|[.,!?]['\u2019]/;

/**
 * The share of paragraphs with a first-person-singular word outside a quotation: a sentence that
 * quotes someone does not count. A paragraph is a line of the input:
 * a candidate opens a new one when a line break lies between it and the previous candidate. One
 * pass: the next line break is looked up only once the candidates have passed the previous one.
 */
function firstPersonParagraphs(doc: Doc): number {
  const input = doc.input;
  let paragraphs = 0;
  let personal = 0;
  let counted = false;
  let nextBreak = -1;
  for (let k = 0; k < doc.candidates.length; k++) {
    const start = doc.candidates[k]?.start ?? 0;
    if (k === 0 || start > nextBreak) {
      if (paragraphs === maxParagraphs) break;
      paragraphs++;
      counted = false;
      nextBreak = input.indexOf('\n', start);
      if (nextBreak === -1) nextBreak = input.length;
    }
    if (!counted && (doc.tokens[k] ?? []).some((token) => firstPersonWords.has(token.lower)) && !quotes.test(doc.candidates[k]?.text ?? '')) {
      personal++;
      counted = true;
    }
  }
  return paragraphs >= minParagraphs ? personal / paragraphs : 0;
}

function speakerLines(input: string): number {
  let lines = 0;
  let labelled = 0;
  let start = 0;
  // Only the first 2,000 lines: enough to see the shape, and bounded on a large input.
  while (start <= input.length && lines < 2000) {
    let end = input.indexOf('\n', start);
    if (end === -1) end = input.length;
    const line = input.slice(start, Math.min(end, start + 40)).trimStart();
    if (line !== '') {
      lines++;
      if (opensWithLabel(line)) labelled++;
    }
    start = end + 1;
  }
  // A single line that happens to open with "Name:" is no transcript: it takes several turns.
  return lines >= minTurns ? labelled / lines : 0;
}

/**
 * The routing table, fitted by scripts/train-genre.mjs on the English dev sets (every set counts
 * alike; no set may lose more than 0.3 R-1 against the previous default; leave-one-set-out
 * figures in docs/quality.md). A decision list: the first rule that holds decides.
 */
export const routing = Object.freeze({
  /** A transcript: at least this share of the lines open with a speaker label. */
  speakerLines: 0.5,
  /** Conversation, reviews, fiction: sentences this short on average, or ... */
  wordsPerSentence: 16,
  /** ... more than this share of first/second-person pronouns. */
  personal: 0.08,
  /** A text of at most this many sentences (an abstract, a note) is read whole, without the position prior: the second rule. */
  shortSentences: 10,
  /**
   * Several personal accounts: at least this share of the paragraphs say I, me or my. The fit
   * prefers 0.5 by one Yelp document (+0.03 R-1 on that set, nothing elsewhere); 0.75 keeps the
   * margin on news laid out in paragraphs: with CNN/DM and XSum split into paragraphs of 1 to 4
   * sentences it fires on none of 245 articles (0.5 fires on up to 13).
   */
  firstPersonParagraphs: 0.75,
});

const percent = (x: number): string => `${Math.round(100 * x)}%`;

/**
 * The treatment for a document's signals, with the rule that chose it. The table was fitted on
 * English. In another language a short text is read opening-first, not whole: on the four
 * non-English dev sets (docs/languages.md) reading short texts whole lost to LEAD on Chinese Weibo
 * posts and Vietnamese news; the coverage rules for longer texts held.
 */
export function decide(signals: GenreFeatures, language = 'en'): Decision {
  const rounded = {
    sentences: signals.sentences,
    speakerLines: round(signals.speakerLines),
    personal: round(signals.personal),
    wordsPerSentence: round(signals.wordsPerSentence),
    firstPersonParagraphs: round(signals.firstPersonParagraphs),
  };
  const decision = (treatment: Decision['treatment'], because: string): Decision => ({ treatment, because, signals: rounded });
  if (signals.speakerLines >= routing.speakerLines) return decision('coverage', `speaker labels on ${percent(signals.speakerLines)} of lines: a transcript`);
  if (signals.sentences <= routing.shortSentences && language !== 'en') return decision('lead-first', `a short text (${signals.sentences} sentences) in a language other than English: the opening sentence first`);
  if (signals.sentences <= routing.shortSentences) return decision('whole-text', `a short text (${signals.sentences} sentences), read whole`);
  if (signals.wordsPerSentence < routing.wordsPerSentence) return decision('coverage', `short sentences (${signals.wordsPerSentence.toFixed(1)} words on average): conversation, reviews or a story`);
  if (signals.personal > routing.personal) return decision('coverage', `${percent(signals.personal)} of words are I, we or you: reviews or conversation`);
  if (signals.firstPersonParagraphs >= routing.firstPersonParagraphs) return decision('coverage', `${percent(signals.firstPersonParagraphs)} of paragraphs say I, me or my: several reviews or personal accounts`);
  if (language !== 'en') return decision('lead-first', `prose in a language other than English (${signals.wordsPerSentence.toFixed(1)} words a sentence): the opening sentence first`);
  return decision('lead-first', `written prose (${signals.wordsPerSentence.toFixed(1)} words a sentence, ${percent(signals.personal)} I/we/you): opening sentences first`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
