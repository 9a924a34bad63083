import { displayText } from '../text.js';
import type { Summary } from '../types.js';
import type { FormatOptions } from './types.js';
import { visible } from './escape.js';
import { explainLine } from './explain.js';
import { pieces } from './highlight.js';
import { block, withTrailer } from './lines.js';

/**
 * A heading, a bullet list of the sentences (each with its explanation in italics when explained),
 * and the keywords or keyphrases in bold. With `highlight`, the whole text as paragraphs, the
 * chosen sentences in bold.
 */
export function markdown(summary: Summary, options: FormatOptions): string {
  const lines =
    options.highlight === true && options.input !== undefined
      ? highlighted(summary, options.input)
      : summary.sentences.flatMap((s) => [`- ${escapeMarkdown(displayText(s.text))}`, ...(s.explanation === undefined ? [] : [`  *${escapeMarkdown(explainLine(s.explanation))}*`])]);
  if (options.header) {
    const heading = summary.title === null ? 'Summary' : `Summary: ${escapeMarkdown(displayText(summary.title))}`;
    lines.unshift(`# ${heading}`, '');
  }
  const terms = summary.keyphrases !== undefined ? summary.keyphrases.map((k) => k.text) : summary.keywords.map((k) => k.term);
  const label = summary.keyphrases !== undefined ? 'Keyphrases' : 'Keywords';
  const list = terms.map(escapeMarkdown).join(', ');
  return block(withTrailer(lines, options.keywords && list !== '' ? `**${label}:** ${list}` : undefined));
}

/**
 * The text line by line, each line escaped; a chosen sentence in `**` … `**` on each of its lines
 * (emphasis cannot span a line break). Blank lines stay, so paragraphs stay paragraphs.
 */
function highlighted(summary: Summary, input: string): string[] {
  const text = pieces(input, summary)
    .map((p) =>
      p.text
        .split('\n')
        .map((part) => (!p.chosen ? escapeMarkdown(part) : part.trim() === '' ? '' : `**${escapeMarkdown(part.trim())}**`))
        .join('\n'),
    )
    .join('');
  return text.replace(/\s+$/u, '').split('\n').map((line) => line.replace(/[ \t]+$/u, ''));
}

/** Characters that would open emphasis, code, a link or HTML anywhere in a line. */
const inlineMarkup = /[\\`*_[\]<>]/gu;
/** At the start of a list item these would open a heading, a quote, a nested list or an ordered list. */
const blockMarkup = /^(?:[#>+-]|\d{1,9}(?=[.)]))/u;

/** Text that renders as itself, not as markup (and shows control characters as symbols). */
export function escapeMarkdown(text: string): string {
  return visible(text)
    .replace(inlineMarkup, '\\$&')
    .replace(blockMarkup, (marker) => (/^\d/u.test(marker) ? `${marker}\\` : `\\${marker}`));
}
