import { displayText } from '../text.js';
import type { Summary } from '../types.js';
import type { FormatOptions, Style } from './types.js';
import { visible } from './escape.js';
import { explainLegend, explainLine } from './explain.js';
import { pieces } from './highlight.js';
import { block, withTrailer } from './lines.js';

/** The line the text format opens with. */
export const header = 'No time to read? Get a summary';

/**
 * For a reader: a header, then one sentence a line as displayed (reference marks dropped, a
 * hard-wrapped sentence on one line), each followed by the line of why it won when explained.
 * With `highlight`, the whole text instead, its chosen sentences marked. Everything from the
 * input goes through {@link visible}: it cannot colour or move the terminal.
 */
export function text(summary: Summary, options: FormatOptions): string {
  const { style } = options;
  const lines = options.highlight === true && options.input !== undefined ? highlightedLines(summary, options.input, style) : summaryLines(summary, style);
  if (options.header) lines.unshift(style.header(header));
  return block(withTrailer(lines, options.keywords ? keywordLine(summary, style) : undefined));
}

function summaryLines(summary: Summary, style: Style): string[] {
  const lines: string[] = [];
  for (const s of summary.sentences) {
    lines.push(style.sentence(visible(displayText(s.text))));
    if (s.explanation !== undefined) lines.push(style.note(`  ${explainLine(s.explanation)}`));
  }
  const legend = explainLegend(summary);
  if (legend !== undefined) lines.push('', style.note(legend));
  return lines;
}

/** The whole text as written, each chosen sentence marked, line by line so that a mark never spans a line break. */
function highlightedLines(summary: Summary, input: string, style: Style): string[] {
  const out = pieces(input, summary)
    .map((p) => (p.chosen ? visible(p.text).split('\n').map((line) => (line === '' ? line : style.mark(line))).join('\n') : visible(p.text)))
    .join('');
  return out.replace(/\s+$/u, '').split('\n');
}

/** `Keyphrases: a, b, c` when the summary has keyphrases, else `Keywords: a, b, c`, or undefined when there are none to show. */
export function keywordLine(summary: Summary, style: Style): string | undefined {
  if (summary.keyphrases !== undefined) {
    return summary.keyphrases.length === 0 ? undefined : `Keyphrases: ${summary.keyphrases.map((k) => style.keyword(visible(k.text))).join(', ')}`;
  }
  if (summary.keywords.length === 0) return undefined;
  return `Keywords: ${summary.keywords.map((k) => style.keyword(visible(k.term))).join(', ')}`;
}
