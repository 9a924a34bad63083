import type { Decision, Doc } from '../types.js';

/**
 * Unsupervised signals of how a text is built, measured on the analysed document for the
 * adaptive default (src/scorers/salience.ts). Each is O(tokens) or O(lines): no sentence is
 * compared with another.
 */
export interface GenreFeatures {
  /** Candidate sentences. */
  sentences: number;
  /**
   * How well the opening covers the document: of the weight of the document's ten most salient
   * terms, the share that occurs in its first three candidate sentences. News (the inverted
   * pyramid) opens with its main terms; a meeting, a story or a list of reviews does not.
   */
  leadCoverage: number;
  /** Share of the non-empty lines that open with a speaker label ("Grad A: ...", "Mary: ..."): a transcript or a dialogue. */
  speakerLines: number;
  /** Share of the tokens that are first- or second-person pronouns (I, me, my, we, you ...): reviews, dialogue, fiction. */
  personal: number;
  /** Mean words per candidate sentence. */
  wordsPerSentence: number;
}

/** Terms whose coverage by the opening is measured. */
const topTerms = 10;
/** Sentences that count as the opening. */
const openingSentences = 3;
/** Lines a transcript needs before its speaker labels count. */
const minTurns = 8;
const speakerLabel = /^[A-Z][\p{L}\p{N}.'’ -]{0,30}:\s/u;
const pronouns = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', "i'm", "i've", "we're", "you're"]);

export function features(doc: Doc): GenreFeatures {
  const sentences = doc.candidates.length;
  let tokens = 0;
  let personal = 0;
  for (const sentence of doc.tokens) {
    tokens += sentence.length;
    for (const token of sentence) if (pronouns.has(token.lower)) personal++;
  }
  return {
    sentences,
    leadCoverage: leadCoverage(doc),
    speakerLines: speakerLines(doc.input),
    personal: tokens > 0 ? personal / tokens : 0,
    wordsPerSentence: sentences > 0 ? tokens / sentences : 0,
  };
}

/** The weight share of the top terms that the opening sentences hold. O(vocabulary · topTerms). */
function leadCoverage(doc: Doc): number {
  const top: [string, number][] = [];
  for (const entry of doc.weights) {
    if (top.length < topTerms) {
      top.push(entry);
      top.sort((a, b) => b[1] - a[1]);
    } else if (entry[1] > (top[topTerms - 1] as [string, number])[1]) {
      top[topTerms - 1] = entry;
      top.sort((a, b) => b[1] - a[1]);
    }
  }
  const total = top.reduce((sum, [, weight]) => sum + weight, 0);
  if (total <= 0) return 0;
  const opening = new Set(doc.terms.slice(0, openingSentences).flat());
  return top.reduce((sum, [term, weight]) => sum + (opening.has(term) ? weight : 0), 0) / total;
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
      if (speakerLabel.test(line)) labelled++;
    }
    start = end + 1;
  }
  // A single line that happens to open with "Name:" is no transcript: it takes several turns.
  return lines >= minTurns ? labelled / lines : 0;
}

/**
 * The routing table, trained by scripts/train-genre.mjs on the English dev sets (every set counts
 * alike, no set may lose more than 0.3 R-1 against the previous default; leave-one-set-out
 * figures in docs/quality.md). A decision list: the first rule that holds decides.
 */
export const routing = Object.freeze({
  /** A transcript: at least this share of the lines open with a speaker label. */
  speakerLines: 0.5,
  /** Conversational or narrative: sentences this short on average, or ... */
  wordsPerSentence: 16,
  /** ... this share of first/second-person pronouns, and in either case ... */
  personal: 0.05,
  /** ... an opening that holds less than this share of the main terms' weight. */
  leadCoverage: 0.5,
  /** A text of at most this many sentences (an abstract) is read whole, without the position prior. */
  shortSentences: 10,
});

const percent = (x: number): string => `${Math.round(100 * x)}%`;

/** The treatment for a document's signals, with the rule that chose it. */
export function decide(signals: GenreFeatures): Decision {
  const rounded = {
    sentences: signals.sentences,
    leadCoverage: round(signals.leadCoverage),
    speakerLines: round(signals.speakerLines),
    personal: round(signals.personal),
    wordsPerSentence: round(signals.wordsPerSentence),
  };
  const decision = (treatment: Decision['treatment'], because: string): Decision => ({ treatment, because, signals: rounded });
  if (signals.speakerLines >= routing.speakerLines) return decision('coverage', `speaker labels on ${percent(signals.speakerLines)} of lines: a transcript`);
  if (signals.leadCoverage < routing.leadCoverage) {
    if (signals.wordsPerSentence < routing.wordsPerSentence) {
      return decision('coverage', `short sentences (${signals.wordsPerSentence.toFixed(1)} words) and an opening with ${percent(signals.leadCoverage)} of the main terms`);
    }
    if (signals.personal > routing.personal) {
      return decision('coverage', `first/second person (${percent(signals.personal)} of words) and an opening with ${percent(signals.leadCoverage)} of the main terms`);
    }
  }
  if (signals.sentences <= routing.shortSentences) return decision('whole-text', `a short text (${signals.sentences} sentences), read whole`);
  return decision('lead-first', `an opening with ${percent(signals.leadCoverage)} of the main terms`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
