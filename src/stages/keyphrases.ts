import { stem, stemmerFor } from '../nlp/stem.js';
import type { TaggedWord } from '../nlp/wink.js';
import type { Doc, Keyphrase, Sentence, Token } from '../types.js';
import { isContent, tokenize } from './tokenize.js';
import { rarityFor } from './weigh.js';
import { languageCode } from '../lang/languages.js';
import { formalWords, narrativeWords, nominalEndings } from '../data/register-en.js';

/**
 * Where candidate phrases come from.
 * - `statistical`: runs of content words (no function word, no punctuation between them), any
 *   language: the words are Unicode letters and digits as the tokenize stage reads them.
 * - `nouns`: noun phrases by part of speech (adjectives and nouns ending in a noun), from a tagger
 *   (wink-nlp for English, through src/nlp/wink.ts).
 */
export type CandidateSource = 'statistical' | 'nouns';

/**
 * What kind of text the keyphrases are for, which decides where candidates come from and how
 * readily a word is shown as a phrase, by its register and length: a `narrative` (a story, most
 * news: people who did and said things), an `expository` text (an abstract, a report, a formal
 * news release: terms of art and institutions), or a `long` one (a paper) of more than
 * {@link KeyphraseOptions.longWords} words.
 */
export type TextKind = 'narrative' | 'expository' | 'long';

/** Tags the words of a text: the part-of-speech tagger, passed in so that this stage stays pure and light. */
export type Tagger = (text: string) => TaggedWord[];

/** The knobs of the ranking, each with the reason for its value (measured by bench/keyphrases.js on the three dev sets). */
export const keyphraseDefaults: Readonly<KeyphraseOptions> = Object.freeze({
  rank: 'words',
  sources: Object.freeze({ narrative: 'nouns', expository: 'nouns', long: 'statistical' }),
  shares: Object.freeze({ narrative: 0.8, expository: 0.15, long: 0.15 }),
  longWords: 2000,
  narrativeNames: 0.09,
  narrativeRegister: 0.7,
  maxWords: 5,
  frequencyExponent: 1,
  rarityExponent: 1,
  titleBoost: 1.5,
  positionWeight: 1,
  positionScale: 500,
  splitNames: true,
  subphrases: true,
  lengthExponent: 0.7,
  countExponent: 0,
  singles: true,
  nestedShare: 0.1,
  phraseBoost: 1,
  containment: true,
  elsewhere: Object.freeze({ maxWords: 4, shares: Object.freeze({ narrative: 0.6, expository: 0.25, long: 0.25 }) }),
});

/**
 * The knobs of the ranking. The defaults ({@link keyphraseDefaults}) are the best mean F1@10 over the
 * three dev sets that bench/keyphrases.js measured (docs/keyphrases.md has the table).
 */
export interface KeyphraseOptions {
  /**
   * `words`: words ranked by weight, each shown as the phrase that names it (see {@link byWords}); the default.
   * `phrases`: every candidate phrase ranked by its own weight (SingleRank-like sums), kept for comparison.
   */
  rank: 'words' | 'phrases';
  /**
   * Where each kind of text takes its candidates (`nouns` needs a tagger; without one, `statistical`).
   * Measured on the three dev sets (docs/keyphrases.md): tagged noun phrases win on abstracts
   * (Inspec, +6 F1@10) and read better in stories, where runs of content words would gain 0.3 on
   * 500N (its readers also pick verbs, "married") but show "Reserve left interest rates unchanged";
   * runs of content words win on full papers (SemEval, +1.8) and spare them the tagger's load.
   */
  sources: Readonly<Record<TextKind, CandidateSource>>;
  /**
   * `words`: the share of a word's uses that a phrase must carry to stand for it, per kind of text.
   * Lower gives more phrases, higher more single words. A narrative's is high: its readers name its
   * people, places and things in single words (500N-KPCrowd's crowd gold is 73% single words; for
   * the Ashton Kutcher story it lists "Ashton" and "Kutcher", not "Ashton Kutcher"). An abstract or
   * a paper is indexed by its terms of art, which are phrases ("game theory" for "theory").
   */
  shares: Readonly<Record<TextKind, number>>;
  /** A text of more words is `long`: a paper, not an abstract or a news story (SemEval's papers have 4,000 to 12,000, 500N's stories at most 1,100). */
  longWords: number;
  /**
   * In English, a text is a narrative when its formal marks (nominalisations, "we", "method",
   * "results") are fewer than this many times its narrative marks (names, he/she/they, said, dates,
   * quotation marks): 500N-KPCrowd's news has a median of .03 formal against .24 narrative, Inspec's
   * abstracts .11 against .03. 0.5 to 0.8 trade news against abstracts; 0.7 has the best mean F1@10 over the dev sets. See {@link register}.
   */
  narrativeRegister: number;
  /**
   * In a language without register lists, a text is a narrative when at least this share of its
   * words (not first in a sentence) are capitalised like names: news names people and places all
   * along (500N-KPCrowd's median .11), abstracts hardly do (Inspec's .02).
   */
  narrativeNames: number;
  /** Longest phrase, in words: gold keyphrases of all three sets are almost all of 1 to 4 words; 5 lets an abstract's longest terms through (Inspec +0.25 over 4). */
  maxWords: number;
  /** A word's weight: its count to this power × its rarity in English to the power {@link rarityExponent}. */
  frequencyExponent: number;
  rarityExponent: number;
  /** A word or phrase of the title or a heading weighs this much more: the title names the topic. */
  titleBoost: number;
  /** An early first occurrence: weight / (1 + words before it / positionScale)^positionWeight. Matters in long papers, whose keyphrases are in the abstract; little in a news story. */
  positionWeight: number;
  positionScale: number;
  /** Tagged runs break where a capitalised name follows lower-case words ("actress Emily Deschanel"). */
  splitNames: boolean;
  /** Candidates are every phrase inside a run that ends in a noun (true), or only whole runs (false). */
  subphrases: boolean;
  /** `phrases`: the summed word weights are divided by (words)^lengthExponent. */
  lengthExponent: number;
  /** `phrases`: a word weighs its count to this power (0: its rarity only; the phrase's own count counts instead). */
  countExponent: number;
  /** `phrases` with whole runs: each word of a run is a candidate too, counting {@link nestedShare} of a use inside a longer run. */
  singles: boolean;
  nestedShare: number;
  /** `phrases`: a candidate of several words weighs this much more. */
  phraseBoost: number;
  /** Leave out a phrase that contains a chosen one or is contained in one (the issue asks for no duplicates by containment). */
  containment: boolean;
  /**
   * {@link maxWords} and {@link shares} for a language other than English, whose candidates are runs
   * of content words (no tagger): the values from before the English ones were fitted per kind of
   * text. There is no keyphrase set in another language to measure a change against, and the English
   * values make long runs of another language's words into phrases (a Vietnamese syllable is a word).
   */
  elsewhere: Readonly<Pick<KeyphraseOptions, 'maxWords' | 'shares'>>;
}

/** One word of a candidate, in the input. */
interface Word {
  start: number;
  end: number;
  /** Stems of its parts (letters and digits), lower-cased: "Kassym-Jomart" gives two. */
  stems: string[];
  /** May start a phrase. */
  first: boolean;
  /** May end a phrase. */
  last: boolean;
}

interface Candidate {
  key: string;
  stems: string[];
  count: number;
  /** Offsets of the first occurrence. */
  start: number;
  end: number;
  /** Words of the candidate runs before the first occurrence. */
  position: number;
  inTitle: boolean;
  forms: Map<string, number>;
}

/**
 * The `limit` keyphrases of the document, most salient first, each as the article writes it
 * (its most frequent surface form), with its weight and the offsets of its first occurrence.
 * No two share a stem sequence, and none contains another.
 *
 * A candidate's weight is the sum of its words' weights (count in the document × rarity in English,
 * as the weigh stage), over a power of its length, times a sub-linear power of how often the
 * phrase itself occurs, times a prior for appearing early and in the title.
 */
export function keyphrases(doc: Pick<Doc, 'input' | 'sentences' | 'language' | 'words'>, limit: number, tagger?: Tagger, given: KeyphraseOptions = keyphraseDefaults): Keyphrase[] {
  if (limit <= 0) return [];
  const language = languageCode(doc);
  const options = language === 'en' ? given : { ...given, ...given.elsewhere };
  const rarity = rarityFor(language);
  const stemsOf = stemsIn(language);
  const sentences = doc.sentences.filter((s) => s.role !== 'chrome');
  const kind = textKind(doc, language, options);
  const source = options.sources[kind];
  const runs = source === 'nouns' && tagger !== undefined ? taggedRuns(sentences, tagger, options, stemsOf) : statisticalRuns(doc.input, sentences, language, stemsOf);
  const titleEnd = sentences.filter((s) => s.role === 'title' || s.role === 'heading').map((s) => [s.start, s.end] as const);
  const candidates = new Map<string, Candidate>();
  const termCount = new Map<string, number>();
  // Words of the runs before the current one: where a candidate first occurs.
  let seen = 0;
  for (const run of runs) {
    for (const word of run) for (const s of word.stems) termCount.set(s, (termCount.get(s) ?? 0) + 1);
    const add = (i: number, j: number, share = 1): void => addCandidate(candidates, doc.input, run.slice(i, j + 1), seen + i, titleEnd, share);
    if (options.subphrases) {
      for (let i = 0; i < run.length; i++) {
        if (!(run[i] as Word).first) continue;
        for (let j = i; j < run.length && j - i < options.maxWords; j++) if ((run[j] as Word).last) add(i, j);
      }
    } else {
      // The whole run up to its last noun, at most maxWords long: its head and the words before it.
      let j = run.length - 1;
      while (j >= 0 && !(run[j] as Word).last) j--;
      if (j >= 0) add(Math.max(0, j - options.maxWords + 1), j);
      if (options.singles) {
        for (let i = 0; i < run.length; i++) if (i !== j || j > 0) add(i, i, options.nestedShare);
      }
    }
    seen += run.length;
  }
  const share = options.shares[kind];
  if (options.rank === 'words') return byWords(candidates, termCount, limit, options, rarity, share);
  const weightOf = (s: string): number => Math.pow(termCount.get(s) ?? 0, options.countExponent) * Math.pow(rarity(s), options.rarityExponent);
  const scored = [...candidates.values()].map((c) => {
    const sum = c.stems.reduce((n, s) => n + weightOf(s), 0);
    const weight = (sum / Math.pow(c.stems.length, options.lengthExponent)) * Math.pow(c.count, options.frequencyExponent) / Math.pow(1 + c.position / options.positionScale, options.positionWeight) * (c.inTitle ? options.titleBoost : 1) * (c.stems.length > 1 ? options.phraseBoost : 1);
    return { c, weight };
  });
  scored.sort((a, b) => b.weight - a.weight || a.c.start - b.c.start);
  const chosen: { c: Candidate; weight: number }[] = [];
  for (const entry of scored) {
    if (chosen.length >= limit) break;
    if (chosen.some((k) => (options.containment ? overlaps(k.c.stems, entry.c.stems) : k.c.key === entry.c.key))) continue;
    chosen.push(entry);
  }
  return chosen.map(({ c, weight }) => ({ text: surface(c), weight: round(weight), start: c.start, end: c.end }));
}

/** The kind of text, by its length and its register. */
export function textKind(doc: Pick<Doc, 'input' | 'words'>, language: string, options: KeyphraseOptions = keyphraseDefaults): TextKind {
  if (doc.words > options.longWords) return 'long';
  return isNarrative(doc.input, language, options) ? 'narrative' : 'expository';
}

/**
 * Whether the text tells of people and events (a story, most news) rather than explains (an
 * abstract, a paper, a formal release).
 * In English, by its register: the marks of narration (names, third persons, reported speech,
 * quotation marks, dates) against those of scholarly prose (nominalisations, the authors' "we",
 * "method", "results"). Elsewhere, where there are no such lists, by its share of names alone.
 */
function isNarrative(input: string, language: string, options: KeyphraseOptions): boolean {
  const r = register(input, language === 'en');
  if (language !== 'en') return r.names >= options.narrativeNames;
  return r.formal < options.narrativeRegister * (r.names + r.narrative + r.quotes);
}

/** Shares of a text's words: names (capitalised, past the first of a sentence), narrative and formal marks; quotation marks per word. */
export function register(input: string, english: boolean): { names: number; narrative: number; formal: number; quotes: number } {
  let words = 0;
  let names = 0;
  let narrative = 0;
  let formal = 0;
  let quotes = 0;
  let sentenceStart = true;
  for (const match of input.matchAll(/\S+/gu)) {
    const token = match[0];
    if (!sentenceStart && /^\p{Lu}\p{Ll}/u.test(token)) names++;
    sentenceStart = /[.!?:]["”’)]?$/u.test(token);
    quotes += token.match(/["“”]/gu)?.length ?? 0;
    if (!english) {
      if (/^\p{L}/u.test(token)) words++;
      continue;
    }
    for (const w of token.matchAll(/\p{L}+/gu)) {
      const word = w[0].toLowerCase();
      words++;
      if (narrativeWords.has(word)) narrative++;
      if (formalWords.has(word) || nominalEndings.some((e) => word.endsWith(e))) formal++;
    }
  }
  if (words === 0) return { names: 0, narrative: 0, formal: 0, quotes: 0 };
  return { names: names / words, narrative: narrative / words, formal: formal / words, quotes: quotes / words };
}

/**
 * Words first, then how the text names them: the words are ranked by weight (count × rarity, more
 * in the title), and each is shown as the longest phrase around it that carries at least
 * `share` of its uses ("game theory" for "theory" in an abstract that says "game theory"
 * each time), or alone when no phrase does ("Kutcher" in a story that mostly says "Kutcher").
 */
function byWords(candidates: ReadonlyMap<string, Candidate>, termCount: ReadonlyMap<string, number>, limit: number, options: KeyphraseOptions, rarity: (stem: string) => number, share: number): Keyphrase[] {
  const containing = new Map<string, Candidate[]>();
  const titleStems = new Set<string>();
  const firstSeen = new Map<string, number>();
  for (const c of candidates.values()) {
    for (const s of new Set(c.stems)) {
      firstSeen.set(s, Math.min(firstSeen.get(s) ?? Infinity, c.position));
      const list = containing.get(s);
      if (list) list.push(c);
      else containing.set(s, [c]);
      if (c.inTitle) titleStems.add(s);
    }
  }
  const words = [...termCount].map(([s, n]) => ({ s, weight: Math.pow(n, options.frequencyExponent) * Math.pow(rarity(s), options.rarityExponent) * (titleStems.has(s) ? options.titleBoost : 1) / Math.pow(1 + (firstSeen.get(s) ?? 0) / options.positionScale, options.positionWeight) }));
  words.sort((a, b) => b.weight - a.weight || (a.s < b.s ? -1 : 1));
  const chosen: Candidate[] = [];
  const out: Keyphrase[] = [];
  for (const { s, weight } of words) {
    if (out.length >= limit) break;
    const uses = termCount.get(s) ?? 0;
    let best: Candidate | undefined;
    for (const c of containing.get(s) ?? []) {
      if (c.count < share * uses && c.stems.length > 1) continue;
      if (best === undefined || c.stems.length > best.stems.length || (c.stems.length === best.stems.length && c.count > best.count)) best = c;
    }
    if (best === undefined || chosen.some((k) => (options.containment ? overlaps(k.stems, (best as Candidate).stems) : k.key === (best as Candidate).key))) continue;
    chosen.push(best);
    out.push({ text: surface(best), weight: round(weight), start: best.start, end: best.end });
  }
  return out;
}

/** One phrase contains the other (or they are the same), as sequences of stems. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((s, j) => long[i + j] === s)) return true;
  }
  return false;
}

function addCandidate(candidates: Map<string, Candidate>, input: string, words: Word[], position: number, titles: ReadonlyArray<readonly [number, number]>, share: number): void {
  const stems = words.flatMap((w) => w.stems);
  const key = stems.join(' ');
  const start = (words[0] as Word).start;
  const end = (words[words.length - 1] as Word).end;
  const form = input.slice(start, end).replace(/\s+/gu, ' ');
  const inTitle = titles.some(([s, e]) => start >= s && end <= e);
  let c = candidates.get(key);
  if (c === undefined) {
    c = { key, stems, count: 0, start, end, position, inTitle, forms: new Map() };
    candidates.set(key, c);
  }
  c.count += share;
  c.inTitle ||= inTitle;
  // A form at the start of a sentence or in a title is capitalised by position, not by the word: it counts less.
  c.forms.set(form, (c.forms.get(form) ?? 0) + (inTitle || startsSentence(input, start) ? 0.5 : 1));
}

/** Whether only white space or opening punctuation stands between the word and the end of the previous sentence. */
function startsSentence(input: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = input[i] as string;
    if (/[\s"'“‘(]/u.test(ch)) continue;
    return /[.!?:]/u.test(ch);
  }
  return true;
}

/** The most frequent way the article writes the phrase; the first one on a tie. */
function surface(c: Candidate): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of c.forms) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Stems of a word's parts, in the text's language (unstemmed where it has no stemmer): the scoring
 * unit, so that "Kassym-Jomart" and "Kassym Jomart" are one phrase.
 */
function stemsIn(language: string): (text: string) => string[] {
  const stemOf = language === 'en' ? stem : (stemmerFor(language) ?? ((word: string) => word));
  return (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((part) => stemOf(part));
}

/** Whether only white space (and at most one line break) stands between two words: nothing that ends a phrase. */
function joined(input: string, from: number, to: number): boolean {
  if (from === to) return true;
  const gap = input.slice(from, to);
  return /^[ \t]*\n?[ \t]*$/u.test(gap);
}

/** Runs of content words (not function words, not numbers) with nothing but space between them. */
function statisticalRuns(input: string, sentences: readonly Sentence[], language: string, stemsOf: (text: string) => string[]): Word[][] {
  const runs: Word[][] = [];
  for (const sentence of sentences) {
    let run: Word[] = [];
    let prev: Token | undefined;
    for (const token of tokenize(sentence, language)) {
      const content = isContent(token);
      if (!content || (prev !== undefined && !joined(input, prev.end, token.start))) {
        if (run.length > 0) runs.push(run);
        run = [];
      }
      if (content) {
        // A possessive is not part of the name: "CSTO’s" is "CSTO".
        const end = /['’]s$/u.test(token.text) ? token.end - 2 : token.end;
        run.push({ start: token.start, end, stems: stemsOf(input.slice(token.start, end)), first: true, last: true });
      }
      prev = token;
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

const nounTags = new Set(['NOUN', 'PROPN']);
const modifierTags = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * Runs of adjectives and nouns, by the tagger: a phrase may start at any of them and must end in a
 * noun. Words joined by a hyphen ("Kassym-Jomart", "end-to-end") are one word, tagged by their last part.
 */
function taggedRuns(sentences: readonly Sentence[], tagger: Tagger, options: KeyphraseOptions, stemsOf: (text: string) => string[]): Word[][] {
  const runs: Word[][] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    const tagged = mergeHyphens(text, tagger(text));
    let run: Word[] = [];
    let prevEnd = -1;
    let prevLower = false;
    for (const w of tagged) {
      const word = text.slice(w.start, w.end);
      const ok = modifierTags.has(w.pos) && /\p{L}/u.test(word) && word.length > 1 && !isFunctionWord(word);
      // A name after lower-case words starts a phrase of its own: "actress Emily Deschanel" gives "actress" and "Emily Deschanel".
      const name = w.pos === 'PROPN' && /^\p{Lu}/u.test(word);
      if (!ok || (prevEnd >= 0 && !joined(text, prevEnd, w.start)) || (options.splitNames && run.length > 0 && name && prevLower)) {
        if (run.length > 0) runs.push(run);
        run = [];
      }
      if (ok) run.push({ start: sentence.start + w.start, end: sentence.start + w.end, stems: stemsOf(word), first: true, last: nounTags.has(w.pos) });
      prevEnd = w.end;
      prevLower = /^\p{Ll}/u.test(word);
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

function isFunctionWord(word: string): boolean {
  return tokenize({ index: 0, text: word, start: 0, end: word.length, role: 'body' }).every((t) => !isContent(t));
}

/** Tagged words with a hyphen between them and no space made one, tagged by the last. */
function mergeHyphens(text: string, words: TaggedWord[]): TaggedWord[] {
  const merged: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as TaggedWord;
    const last = merged[merged.length - 1];
    const prev = words[i - 1];
    if (last !== undefined && prev !== undefined && text.slice(prev.end, w.start) === '' && (text.slice(prev.start, prev.end) === '-' || text.slice(w.start, w.end) === '-')) {
      last.end = w.end;
      if (text.slice(w.start, w.end) !== '-') last.pos = w.pos;
      continue;
    }
    merged.push({ ...w });
  }
  return merged;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
