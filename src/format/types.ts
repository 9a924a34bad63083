import type { Summary } from '../types.js';

/**
 * How the text format dresses its parts. The CLI passes chalk styles on a terminal and
 * {@link plainStyle} elsewhere, so that no format knows about colour.
 */
export interface Style {
  header(text: string): string;
  sentence(text: string): string;
  keyword(text: string): string;
  /** A line of `--explain` under a sentence: dimmed on a terminal. */
  note(text: string): string;
  /** A chosen sentence in the document (`--highlight`): bold and coloured on a terminal, `[[` … `]]` without colour. */
  mark(text: string): string;
}

const same = (text: string): string => text;

/** The plain marking of a chosen sentence in `--highlight` output without colour (documented in docs/explain.md). */
export const plainMark = { open: '[[', close: ']]' } as const;

/** No styling: what piped output and tests use. */
export const plainStyle: Style = { header: same, sentence: same, keyword: same, note: same, mark: (text) => `${plainMark.open}${text}${plainMark.close}` };

export interface FormatOptions {
  style: Style;
  /** The header line (text) or heading (markdown). */
  header: boolean;
  /** List the keywords (or the keyphrases, when the summary has them) after the summary (json always has them). */
  keywords: boolean;
  /** The input's name, when there are several: json puts it in a `file` field. */
  file: string | undefined;
  /** The text that was summarized (the offsets point into it): `--highlight` and the html format show it whole. */
  input?: string | undefined;
  /** Show the whole text with the chosen sentences marked, instead of the summary alone. */
  highlight?: boolean | undefined;
}

/** A rendering of a summary: the whole output for one input, ending in a line break unless empty. */
export type Format = (summary: Summary, options: FormatOptions) => string;
