/**
 * The vocabulary of the summarizer. Every stage takes and returns these plain data types.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indices into the input string as the
 * library received it (for the CLI: the decoded file, after a byte-order mark is removed),
 * half-open: `input.slice(start, end) === text`. This is what JavaScript's `String#slice`
 * uses; Python users should encode to UTF-16 to map them.
 */

/** What a sentence is, as decided by the classify stage. */
export type Role =
  /** Article text: its sentences can be chosen. */
  | 'body'
  /** The article's title (first line, standing alone): context for salience, never chosen. */
  | 'title'
  /** A heading inside the article: context, never chosen. */
  | 'heading'
  /** Page furniture: navigation, teasers, share buttons, repeated lines. Ignored. */
  | 'chrome';

/** A half-open span of the input. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of the input. */
export interface Sentence {
  /** Position among all sentences of the input, from 0. */
  index: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The role of the region it came from. Only `body` sentences are candidates. */
  role: Role;
}

/** One word of a sentence. */
export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** Lower-cased form. */
  lower: string;
  /** Stemmed lower-cased form: the unit terms are counted in. */
  stem: string;
  /** A function word (the, of, and ...) that carries no salience. */
  stop: boolean;
}

/**
 * How long the summary may be. Exactly one kind at a time.
 * - `sentences`: at most this many sentences.
 * - `ratio`: this fraction (0 < ratio <= 1) of the candidate sentences, rounded, at least one.
 * - `words`: at most this many words in all; never exceeded.
 * - `chars`: at most this many characters (of the sentences as rendered) in all; never exceeded.
 */
export type Budget =
  | { kind: 'sentences'; value: number }
  | { kind: 'ratio'; value: number }
  | { kind: 'words'; value: number }
  | { kind: 'chars'; value: number };

/** The order summary sentences are given in. */
export type Order = 'document' | 'score';

/** A sentence chosen for the summary. */
export interface SummarySentence {
  /** Position among all sentences of the input (the `index` of {@link Sentence}). */
  index: number;
  /** Exactly as in the input: `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The algorithm's score for the sentence; larger is more salient. Comparable within one summary only. */
  score: number;
  /** Why it was chosen: present when the `explain` option is set. */
  explanation?: SentenceExplanation;
}

/** One factor of a sentence's score, as its scorer defines it. */
export interface ScoreFactor {
  /** A short name: `content`, `position`, `length`, `centrality` ... */
  name: string;
  value: number;
  /** What it measures, in a few words. */
  note: string;
}

/** A term of a sentence and how much it weighed there. */
export interface TermWeight {
  /** The word as the sentence writes it. */
  term: string;
  weight: number;
}

/** What a scorer says about one sentence's score ({@link Scorer.explain}). */
export interface Explanation {
  /** How the factors make the score: multiplied together, or added up. */
  combine: 'product' | 'sum';
  factors: ScoreFactor[];
  /** The terms that weighed most in the sentence, heaviest first (at most five). */
  terms: TermWeight[];
}

/** An {@link Explanation} with the sentence's place among all candidates. */
export interface SentenceExplanation extends Explanation {
  /** Its rank by score among the candidates, from 1. */
  rank: number;
  /** How many candidates were ranked. */
  of: number;
}

/** A salient term with its weight. */
export interface Keyword {
  /** The most frequent surface form of the term, lower-cased. */
  term: string;
  /** The term's salience weight. */
  weight: number;
}

/** The language a text was summarized as, and how it was chosen. */
export interface Language {
  /** ISO 639-1 code (docs/languages.md lists the supported ones). */
  code: string;
  /** `option`: given by the caller; `detected`: told from the text; `default`: the text could not tell (see `reason`). */
  source: 'option' | 'detected' | 'default';
  /** Why the default was used: too short, too mixed, or a language not supported. */
  reason?: string;
}

/**
 * A keyphrase: a word or phrase that says what the text is about, as the text writes it
 * ("CSTO", "Kassym-Jomart Tokayev"), with its weight and the offsets of its first occurrence.
 */
export interface Keyphrase {
  /** The phrase as the text most often writes it (white space collapsed). */
  text: string;
  /** Its weight; larger is more salient. Comparable within one document only. */
  weight: number;
  /** Offsets of its first occurrence, by stem: `input.slice(start, end)` is that occurrence as written, which may be another form than `text` ("members" for "member"). */
  start: number;
  end: number;
}

/**
 * Why the adaptive default treated a document as it did: the signals it measured
 * (src/scorers/genre.ts) and the treatment they chose. Small on purpose: five numbers and two strings.
 * - `lead-first`: news and other writing that puts its point first: salient terms, opening sentences preferred;
 * - `whole-text`: a short text (an abstract): salient terms wherever they are;
 * - `coverage`: a conversation, a transcript, reviews or a story (speaker labels, short sentences,
 *   first and second person, paragraph after paragraph in the first person): KL-Sum, the sentences
 *   whose words together cover the whole text's.
 */
export interface Decision {
  treatment: 'lead-first' | 'whole-text' | 'coverage';
  /** The rule that fired, in words, e.g. "speaker labels on 92% of lines". */
  because: string;
  signals: {
    sentences: number;
    speakerLines: number;
    personal: number;
    wordsPerSentence: number;
    firstPersonParagraphs: number;
  };
}

/** What {@link summarize} returns; the same data `--format json` prints. */
export interface Summary {
  /** The scorer's name, from the registry. */
  algorithm: string;
  /** The language the text was read as. */
  language: Language;
  /** The title the classify stage found, or null. */
  title: string | null;
  /** Only with the adaptive default: the signals it measured and the treatment they chose for this document. */
  decision?: Decision;
  /** The chosen sentences, in the requested order. */
  sentences: SummarySentence[];
  /** The most salient terms, most salient first. */
  keywords: Keyword[];
  /** The keyphrases, most salient first: present when the `keyphrases` option asks for some. */
  keyphrases?: Keyphrase[];
  counts: {
    /** Sentences in the input (all roles). */
    sentencesIn: number;
    /** Sentences that could be chosen (body sentences). */
    candidates: number;
    sentencesOut: number;
    wordsIn: number;
    wordsOut: number;
  };
}

/** Error codes of the library. The CLI maps each to an exit code; nothing else does. */
export type ErrorCode =
  /** The input has no text (empty, or only white space). */
  | 'EMPTY_INPUT'
  /** The input is not text (NUL bytes, or mostly control characters). */
  | 'BINARY_INPUT'
  /** The input is larger than the allowed maximum. */
  | 'INPUT_TOO_LARGE'
  /** An option has a value it cannot take. */
  | 'INVALID_OPTION'
  /** No algorithm of that name in the registry. */
  | 'UNKNOWN_ALGORITHM';

/** The one error type the library throws on purpose. */
export class SummarizeError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'SummarizeError';
    this.code = code;
  }
}

/**
 * The analysed document every scorer works on: what the stages before scoring produced.
 * Arrays indexed by candidate position run parallel to `candidates`.
 */
export interface Doc {
  /** The input as given. */
  input: string;
  /** Every sentence, with its role. */
  sentences: Sentence[];
  /** The title, when the first line stands alone. */
  title: Sentence | undefined;
  /** The sentences that may be chosen, in document order. */
  candidates: Sentence[];
  /** Tokens of each candidate. */
  tokens: Token[][];
  /** Content-word stems of each candidate (stop words and numbers dropped). */
  terms: string[][];
  /** Content-word stems of the title and headings: context for salience. */
  context: string[];
  /** Salience of each term (stem), from the weigh stage. */
  weights: ReadonlyMap<string, number>;
  /** Words of the whole text as displayed, every sentence's (the summary's `counts.wordsIn`). */
  words: number;
  /** The language the text was read as: its segmentation rules, tokens, stop words and stems (English when absent). */
  language?: Language;
}
