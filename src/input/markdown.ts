import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { LineWriter } from './line-writer.js';

/**
 * The prose of a Markdown document as plain text: a paragraph, heading or list item a line,
 * paragraphs and headings set apart by blank lines, so that the classify stage sees headings as
 * headings. Sentences lose their markup (emphasis, link targets, images, code marks); what is not
 * prose (code blocks, tables, HTML blocks, front matter, link definitions, footnotes) goes.
 */
export function markdownToText(markdown: string): string {
  // GFM, as GitHub renders it: its tables would otherwise read as paragraphs of pipes.
  const tree = fromMarkdown(withoutFrontMatter(markdown), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const writer = new LineWriter();
  writeBlock(tree, writer, true);
  return writer.text();
}

/** `paragraphs`: blocks are set apart by blank lines; inside a list item they only start a line. */
function writeBlock(node: Nodes, writer: LineWriter, paragraphs: boolean): void {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      for (const child of node.children) writeBlock(child, writer, paragraphs);
      return;
    case 'heading':
    case 'paragraph':
      writer.endLine(paragraphs);
      for (const child of node.children) writeInline(child, writer);
      writer.endLine(paragraphs);
      return;
    case 'list':
      writer.endLine(paragraphs);
      for (const item of node.children) writeBlock(item, writer, false);
      writer.endLine(paragraphs);
      return;
    case 'listItem':
      for (const child of node.children) writeBlock(child, writer, false);
      return;
    default:
      // Code, tables, HTML, thematic breaks, definitions, footnotes: nothing a summary could quote.
      return;
  }
}

function writeInline(node: Nodes, writer: LineWriter): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      writer.write(node.value);
      return;
    case 'break':
      writer.endLine(false);
      return;
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
    case 'linkReference':
      for (const child of node.children) writeInline(child, writer);
      return;
    default:
      // Images, footnote marks and inline HTML tags are no words of the sentence.
      return;
  }
}

/**
 * Without YAML (`---`) or TOML (`+++`) front matter: a fence alone on the first line, up to the
 * same fence (or YAML's `...`) alone on a later line. CommonMark has no front matter; without
 * this its fields would read as a heading.
 */
function withoutFrontMatter(markdown: string): string {
  const lines = markdown.split(/\r\n|\r|\n/u);
  const fence = lines[0]?.replace(/^\ufeff/u, '').trimEnd();
  if (fence !== '---' && fence !== '+++') return markdown;
  const end = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === fence || (fence === '---' && line.trimEnd() === '...')));
  return end < 0 ? markdown : lines.slice(end + 1).join('\n');
}
