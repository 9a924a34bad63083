import { collapseSpace } from '../text.js';
import type { Summary } from '../types.js';
import { plainStyle, type FormatOptions } from './types.js';
import { visible } from './escape.js';
import { explainLine } from './explain.js';
import { block, withTrailer } from './lines.js';
import { keywordLine, text } from './text.js';

/**
 * For scripts: one sentence a line and nothing else. Only white space is collapsed (reference
 * marks stay), so each line is the input's own words and can be found in it again; control
 * characters, which would act on a terminal, are shown as symbols. Explained, each sentence is
 * followed by its explanation on a line that starts with two spaces. With `highlight`, the whole
 * text with the chosen sentences in `[[` … `]]`, as the text format prints it without colour.
 */
export function plain(summary: Summary, options: FormatOptions): string {
  if (options.highlight === true) return text(summary, { ...options, style: plainStyle, header: false });
  const lines = summary.sentences.flatMap((s) => [visible(collapseSpace(s.text)), ...(s.explanation === undefined ? [] : [`  ${explainLine(s.explanation)}`])]);
  return block(withTrailer(lines, options.keywords ? keywordLine(summary, plainStyle) : undefined));
}
