import { collapseSpace } from '../text.js';
import type { Summary } from '../types.js';
import { plainStyle, type FormatOptions } from './types.js';
import { block, withTrailer } from './lines.js';
import { keywordLine } from './text.js';

/**
 * For scripts: one sentence a line and nothing else. Only white space is collapsed (reference
 * marks stay), so each line is the input's own words and can be found in it again.
 */
export function plain(summary: Summary, options: FormatOptions): string {
  const lines = summary.sentences.map((s) => collapseSpace(s.text));
  return block(withTrailer(lines, options.keywords ? keywordLine(summary, plainStyle) : undefined));
}
