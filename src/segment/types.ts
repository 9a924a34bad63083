import type { SegmentLanguage } from './data/languages/index.js';
import type { Lines } from './lines.js';

/** The range being segmented, and what is known of it as a whole. */
export interface SegmentDocument {
  readonly text: string;
  /** First code unit of the range. */
  readonly start: number;
  /** Just after the last code unit of the range. */
  readonly end: number;
  /** Punctuation is set off by spaces, as in research datasets (see `isTokenizedStyle`). */
  readonly tokenized: boolean;
  /** Lower-case letters and no capital (see `isUncased`): case is no sign of a sentence's start. */
  readonly uncased: boolean;
  readonly lines: Lines;
  /** What the segmenter knows of the text's language (data/languages/); English has only the segmenter's own rules. */
  readonly language: SegmentLanguage;
}

/**
 * What ends a sentence candidate: a full stop, an ellipsis (two dots or more, "…", ". . ."), or
 * a mark with ? or ! in it.
 */
export type MarkKind = 'stop' | 'ellipsis' | 'strong';

/**
 * A place where one sentence may end and the next begin: a stretch of white space after a
 * sentence-final mark, containing a line break, or before a list item. Plain data: the scanner
 * fills it in, the rules read it.
 */
export interface Boundary {
  /** Just after the last non-white-space character before the white space. */
  end: number;
  /** The first non-white-space character after it. */
  next: number;
  /**
   * Where the sentence that would end here starts: the `next` of the last boundary that broke.
   * The caller running the rules sets it; the scanner cannot know it.
   */
  sentenceStart: number;
  /** The mark before the white space, if any; `markStart` to `markEnd` holds the mark alone. */
  mark: MarkKind | undefined;
  markStart: number;
  markEnd: number;
  /** The mark stands apart from any word: " . " in tokenized text, a spaced ". . .". */
  detached: boolean;
  /** A closing quote or bracket follows the mark: `go."`, `tired.)`. */
  closed: boolean;
  /** The mark is inside square brackets: the editorial omission "[...]". */
  bracketed: boolean;
  /** The word the mark is attached to, openers removed: "Mr", "U.S", "e.g", "$4.99"; empty when detached or longer than a word can be. */
  before: string;
  /** The next word, openers removed (a lone opening quote is looked past): "Smith", "iPhones", "3.5". */
  after: string;
  /** Line breaks in the white space: 0, 1, or 2 for a blank line or more. */
  lineBreaks: number;
  /** Index (in `SegmentDocument.lines`) of the line the sentence before ends on. */
  line: number;
  /** The mark is the full stop of a list marker ("1.", "a.", "2.)"), not a sentence end. */
  afterListMarker: boolean;
  /** The next word is a list marker: a bullet, a marker at a line start, or the next number of an inline list. */
  beforeListItem: boolean;
}

/** A rule's answer for one boundary: end the sentence, keep it going, or no opinion. */
export type Verdict = 'break' | 'join' | undefined;

/**
 * One sentence-boundary rule. Rules run in the order of `RULES`; the last one with an opinion
 * decides, so later rules are the exceptions to earlier ones. A rule reads only the boundary,
 * the document and a bounded neighbourhood of text, which keeps the whole pass linear.
 */
export type Rule = (boundary: Boundary, doc: SegmentDocument) => Verdict;
