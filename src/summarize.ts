import { resolveOptions, type SummarizeOptions } from './options.js';
import { findScorer, scorers } from './scorers/index.js';
import { classify } from './stages/classify.js';
import { clean, maxSentences, maxWords, tooLong, type CleanText } from './stages/clean.js';
import { detectLanguage } from './stages/detect-language.js';
import { segment } from './stages/segment.js';
import { select } from './stages/select.js';
import { contentTerms, tokenize } from './stages/tokenize.js';
import { keywords, weigh } from './stages/weigh.js';
import { show, validateOptions } from './validate.js';
import { countWords, displayText } from './text.js';
import { keyphrases } from './stages/keyphrases.js';
import { tagWords } from './nlp/wink.js';
import { languageCode } from './lang/languages.js';
import { SummarizeError, type Doc, type Keyphrase, type Language, type Sentence, type Summary, type SummarySentence, type Token } from './types.js';

/**
 * Summarize a text: the most salient sentences, chosen under the budget.
 * @throws {SummarizeError} for empty or binary input, an unknown algorithm or a bad option.
 * @example
 * const summary = summarize(article, { budget: { kind: 'sentences', value: 2 } });
 * for (const s of summary.sentences) console.log(s.text);
 */
export function summarize(input: string, options: Partial<SummarizeOptions> = {}): Summary {
  const opts = checkedOptions(options);
  const scorer = findScorer(opts.algorithm);
  if (!scorer) {
    throw new SummarizeError('UNKNOWN_ALGORITHM', `unknown algorithm '${opts.algorithm}' (choose from ${scorers.map((s) => s.name).join(', ')})`);
  }
  const doc = analyse(input, opts);
  const scores = scorer.score(doc);
  const chosen = select(doc, scores, scorer, opts.budget, opts.order);
  const ranks = opts.explain ? ranksOf(scores) : undefined;
  const sentences = chosen.map((i): SummarySentence => {
    const s = doc.candidates[i] as Sentence;
    const sentence: SummarySentence = { index: s.index, text: s.text, start: s.start, end: s.end, score: round(scores[i] ?? 0) };
    if (ranks !== undefined) sentence.explanation = { rank: (ranks[i] ?? 0) + 1, of: scores.length, ...scorer.explain(doc, scores, i) };
    return sentence;
  });
  const phrases = opts.keyphrases > 0 ? keyphrasesOf(doc, opts.keyphrases) : undefined;
  return {
    algorithm: scorer.name,
    language: doc.language ?? { code: 'en', source: 'default' },
    title: doc.title?.text ?? null,
    ...(scorer.decide ? { decision: scorer.decide(doc) } : {}),
    sentences,
    keywords: keywords(doc, opts.keywords),
    ...(phrases === undefined ? {} : { keyphrases: phrases }),
    counts: {
      sentencesIn: doc.sentences.length,
      candidates: doc.candidates.length,
      sentencesOut: sentences.length,
      wordsIn: doc.words,
      wordsOut: chosen.reduce((n, i) => n + (doc.tokens[i]?.length ?? 0), 0),
    },
  };
}

/** Every sentence of the input with its offsets and role: what `--split` prints. */
export function split(input: string, options: Partial<Pick<SummarizeOptions, 'detectTitle' | 'detectChrome' | 'language'>> = {}): Sentence[] {
  const opts = checkedOptions(options);
  const text = clean(input);
  return classify(text, segmented(text, languageOf(text, opts).code), opts);
}

/** The language the caller named, or the one the text is written in. */
function languageOf(text: CleanText, opts: SummarizeOptions): Language {
  return opts.language === 'auto' ? detectLanguage(text.input) : { code: opts.language, source: 'option' };
}

/**
 * The stages before scoring, in the order data flows through them:
 * clean → segment → tokenize → classify → weigh. Classify takes its word counts from the tokens.
 */
export function analyse(input: string, options: Partial<SummarizeOptions> = {}): Doc {
  const opts = resolveOptions(options);
  const text = clean(input);
  const language = languageOf(text, opts);
  const segments = segmented(text, language.code);
  // Every sentence is tokenized once, before classify, which needs their word counts.
  const tokens = tokenized(segments, language.code);
  const words = segments.map((s, i) => wordsOf(s.text, tokens[i] as Token[]));
  const sentences = classify(text, segments, opts, words);
  const candidates = candidatesOf(sentences);
  const candidateTokens = candidates.map((s) => tokens[s.index] as Token[]);
  const terms = candidateTokens.map(contentTerms);
  const context = sentences.filter((s) => s.role === 'title' || s.role === 'heading').flatMap((s) => contentTerms(tokens[s.index] as Token[]));
  const title = sentences.find((s) => s.role === 'title');
  const wordCount = words.reduce((n, w) => n + w, 0);
  const weights = weigh(terms, context, language.code);
  return { input, sentences, title, candidates, tokens: candidateTokens, terms, context, weights, words: wordCount, language };
}

/**
 * Body sentences; a text with none (a single headline, a list of short lines) gives its
 * headings, and a page of nothing but chrome gives that: non-empty input always has a summary.
 */
function candidatesOf(sentences: Sentence[]): Sentence[] {
  for (const roles of [['body'], ['title', 'heading'], ['chrome']]) {
    const found = sentences.filter((s) => roles.includes(s.role));
    if (found.length > 0) return found;
  }
  return [];
}

/** Options filled from the defaults and checked: anything but an object of good values is a typed error. */
function checkedOptions(options: unknown): SummarizeOptions {
  if (typeof options !== 'object' || options === null) throw new SummarizeError('INVALID_OPTION', `options must be an object, not ${show(options)}`);
  const opts = resolveOptions(options);
  validateOptions(opts);
  return opts;
}

/** The sentences of the text, refused past {@link maxSentences}: the stages after segmenting hold several objects per sentence. */
function segmented(text: CleanText, language: string): Sentence[] {
  const sentences = segment(text, language);
  if (sentences.length > maxSentences) throw tooLong('sentences');
  return sentences;
}

/**
 * Words of a sentence as displayed: `countWords(displayText(text))`. Collapsing white space changes
 * no word, and a sentence without a reference mark (which has a `[`) has as many words as tokens.
 */
function wordsOf(text: string, tokens: readonly Token[]): number {
  return text.includes('[') ? countWords(displayText(text)) : tokens.length;
}

/** Tokens of each sentence, refused past {@link maxWords} before they fill the memory. */
function tokenized(sentences: Sentence[], language: string): Token[][] {
  let words = 0;
  return sentences.map((s) => {
    const tokens = tokenize(s, language);
    words += tokens.length;
    if (words > maxWords) throw tooLong('words');
    return tokens;
  });
}

/** Each candidate's rank by score, from 0; ties go to the earlier sentence. */
function ranksOf(scores: readonly number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const ranks: number[] = [];
  order.forEach((i, rank) => (ranks[i] = rank));
  return ranks;
}

/**
 * Keyphrases: English from wink-nlp's noun phrases (measured better on all three dev sets, see
 * docs/keyphrases.md), other languages from runs of content words. A Doc without a language is English.
 */
function keyphrasesOf(doc: Doc, limit: number): Keyphrase[] {
  return keyphrases(doc, limit, languageCode(doc) === 'en' ? tagWords : undefined);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
