import { displayText } from '../text.js';
import type { Summary } from '../types.js';
import type { FormatOptions } from './types.js';
import { block, withTrailer } from './lines.js';

/** A heading, a bullet list of the sentences, and the keywords in bold. */
export function markdown(summary: Summary, options: FormatOptions): string {
  const lines = summary.sentences.map((s) => `- ${escapeMarkdown(displayText(s.text))}`);
  if (options.header) {
    const heading = summary.title === null ? 'Summary' : `Summary: ${escapeMarkdown(displayText(summary.title))}`;
    lines.unshift(`# ${heading}`, '');
  }
  const keywords = summary.keywords.map((k) => escapeMarkdown(k.term)).join(', ');
  return block(withTrailer(lines, options.keywords && keywords !== '' ? `**Keywords:** ${keywords}` : undefined));
}

/** Characters that would open emphasis, code, a link or HTML anywhere in a line. */
const inlineMarkup = /[\\`*_[\]<>]/gu;
/** At the start of a list item these would open a heading, a quote, a nested list or an ordered list. */
const blockMarkup = /^(?:[#>+-]|\d{1,9}(?=[.)]))/u;

/** Text that renders as itself, not as markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(inlineMarkup, '\\$&')
    .replace(blockMarkup, (marker) => (/^\d/u.test(marker) ? `${marker}\\` : `\\${marker}`));
}
