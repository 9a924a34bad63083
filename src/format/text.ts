import { displayText } from '../text.js';
import type { Summary } from '../types.js';
import type { FormatOptions, Style } from './types.js';
import { block, withTrailer } from './lines.js';

/** The line the text format opens with. */
export const header = 'No time to read? Get a summary';

/** For a reader: a header, then one sentence a line as displayed (reference marks dropped, a hard-wrapped sentence on one line). */
export function text(summary: Summary, options: FormatOptions): string {
  const { style } = options;
  const lines = summary.sentences.map((s) => style.sentence(displayText(s.text)));
  if (options.header) lines.unshift(style.header(header));
  return block(withTrailer(lines, options.keywords ? keywordLine(summary, style) : undefined));
}

/** `Keywords: a, b, c`, or undefined when there are none to show. */
export function keywordLine(summary: Summary, style: Style): string | undefined {
  if (summary.keywords.length === 0) return undefined;
  return `Keywords: ${summary.keywords.map((k) => style.keyword(k.term)).join(', ')}`;
}
