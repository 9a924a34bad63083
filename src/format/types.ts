import type { Summary } from '../types.js';

/**
 * How the text format dresses its parts. The CLI passes chalk styles on a terminal and
 * {@link plainStyle} elsewhere, so that no format knows about colour.
 */
export interface Style {
  header(text: string): string;
  sentence(text: string): string;
  keyword(text: string): string;
}

const same = (text: string): string => text;

/** No styling: what piped output and tests use. */
export const plainStyle: Style = { header: same, sentence: same, keyword: same };

export interface FormatOptions {
  style: Style;
  /** The header line (text) or heading (markdown). */
  header: boolean;
  /** List the keywords after the summary (json always has them). */
  keywords: boolean;
  /** The input's name, when there are several: json puts it in a `file` field. */
  file: string | undefined;
}

/** A rendering of a summary: the whole output for one input, ending in a line break unless empty. */
export type Format = (summary: Summary, options: FormatOptions) => string;
