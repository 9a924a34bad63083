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
  const { markdown: source, asText } = tamed(withoutFrontMatter(markdown));
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const writer = new LineWriter();
  writeBlock(tree, writer, true, asText);
  return writer.text();
}

/**
 * `paragraphs`: blocks are set apart by blank lines; inside a list item they only start a line.
 * `asText`: paragraphs given to micromark as a placeholder, and the text they stand for.
 */
function writeBlock(node: Nodes, writer: LineWriter, paragraphs: boolean, asText: ReadonlyMap<string, string>): void {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      for (const child of node.children) writeBlock(child, writer, paragraphs, asText);
      return;
    case 'heading':
    case 'paragraph': {
      writer.endLine(paragraphs);
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const text = only?.type === 'text' ? asText.get(only.value) : undefined;
      if (text !== undefined) writer.write(text);
      else for (const child of node.children) writeInline(child, writer);
      writer.endLine(paragraphs);
      return;
    }
    case 'list':
      writer.endLine(paragraphs);
      for (const item of node.children) writeBlock(item, writer, false, asText);
      writer.endLine(paragraphs);
      return;
    case 'listItem':
      for (const child of node.children) writeBlock(child, writer, false, asText);
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

/**
 * Past these, Markdown is rewritten before micromark sees it, since micromark and
 * mdast-util-from-markdown are not linear in them: 100,000 nested block quotes overflow the call
 * stack, lists nested by indentation take time cubic in depth (1,000 levels: 61 s), and the
 * brackets and emphasis marks of a paragraph quadratic in their number (100,000 unclosed
 * brackets: minutes; 20,000 lone `*` or `~`: 8 s). No written
 * document comes near: markdown-it stops nesting at 100 levels.
 */
export const markdownLimits = {
  /** Block-quote and list markers at the start of a line: those past it go, the text stays. */
  markers: 32,
  /** Columns of white space in a row before or between those markers: more are cut to this. */
  indent: 64,
  /**
   * Brackets and emphasis marks (`[`, `]`, `*`, `_`, `~`, unless escaped) in a paragraph: past it,
   * the paragraph is read as text, marks and all.
   */
  marks: 1_000,
} as const;

/** A line's block-quote and list markers, with the white space around them, as micromark is to see them. */
interface Prefix {
  kept: string;
  /** Where the line's text starts, after the markers. */
  end: number;
  changed: boolean;
  /** The line starts a list item: always, with a bullet or `1.`; with another number, only in an ordered list. */
  item: 'always' | 'ordered' | undefined;
  /** Where the first numbered marker starts: in a paragraph, "2005." is text. */
  numbered: number;
}

const orderedMarker = /[0-9]{1,9}[.)](?=[ \t])/uy;

/** The length of the block-quote or list marker at `i`, or 0. */
function markerAt(line: string, i: number): number {
  const c = line[i];
  if (c === '>') return 1;
  if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) return 1;
  orderedMarker.lastIndex = i;
  return orderedMarker.test(line) ? orderedMarker.lastIndex - i : 0;
}

function prefixOf(line: string): Prefix {
  let kept = '';
  let changed = false;
  let dropped = false;
  let markers = 0;
  let item: Prefix['item'];
  let numbered = -1;
  for (let i = 0; ; ) {
    const start = i;
    let columns = 0;
    while (line[i] === ' ' || line[i] === '\t') columns += line[i++] === '\t' ? 4 : 1;
    const space = columns > markdownLimits.indent ? ' '.repeat(markdownLimits.indent) : line.slice(start, i);
    if (columns > markdownLimits.indent) changed = true;
    const marker = markerAt(line, i);
    if (marker > 0 && markers >= markdownLimits.markers) {
      item ??= line[i] === '>' ? undefined : 'always';
      changed = dropped = true;
      i += marker;
      continue;
    }
    // After markers that went, one space: the white space between them would add up to an indented code block.
    kept += dropped ? ' ' : space;
    if (marker === 0) return { kept, end: i, changed, item, numbered };
    const mark = line.slice(i, i + marker);
    if (mark.length > 1 && numbered < 0) numbered = i;
    if (mark !== '>') item = item === 'always' || mark.length === 1 || Number(mark.slice(0, -1)) === 1 ? 'always' : 'ordered';
    kept += mark;
    markers++;
    i += marker;
  }
}

/** A mark of {@link markdownLimits}, or a backslash and what it escapes. */
const markOrEscape = /\\[^]|[[\]*_~]/gu;

const markCount = (text: string): number => {
  let count = 0;
  for (const [match] of text.matchAll(markOrEscape)) if (match.length === 1) count++;
  return count;
};

/** Markdown for micromark, and the text of the paragraphs it has a placeholder for. */
interface Tamed {
  markdown: string;
  asText: Map<string, string>;
}

/**
 * The Markdown with what is past {@link markdownLimits} made harmless; the same string when
 * nothing is, as for any document written by hand. A paragraph of too many marks is read as
 * text, markup and all: micromark is given a placeholder in its place, since even escaped, that
 * many marks cost it seconds. One pass over the lines.
 */
function tamed(markdown: string): Tamed {
  const lines = markdown.split(/\r\n|\r|\n/u);
  const prefixes = lines.map(prefixOf);
  let changed = prefixes.some((prefix) => prefix.changed);
  // The first line of each paragraph read as text, and the line after its last. A paragraph ends
  // at a blank line and before a list item, so that a list of many links is not taken for one.
  const paragraphs = new Map<number, number>();
  let first = 0;
  let marks = 0;
  const end = (k: number): void => {
    if (marks > markdownLimits.marks) {
      paragraphs.set(first, k);
      changed = true;
    }
    first = k;
    marks = 0;
  };
  for (let k = 0; k < lines.length; k++) {
    const { end: start, item } = prefixes[k] as Prefix;
    const text = (lines[k] as string).slice(start);
    if (text.trim() === '') {
      end(k);
      first = k + 1;
      continue;
    }
    // `2.` starts an item only in an ordered list; in a paragraph it is text ("in\n2005. it").
    if (k > first && (item === 'always' || (item === 'ordered' && prefixes[first]?.item !== undefined))) end(k);
    marks += markCount(text);
  }
  end(lines.length);
  const asText = new Map<string, string>();
  if (!changed) return { markdown, asText };
  const mark = placeholderMark(markdown);
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const { kept, end } = prefixes[k] as Prefix;
    const last = paragraphs.get(k);
    if (last === undefined) {
      out.push(kept + (lines[k] as string).slice(end));
      continue;
    }
    const placeholder = `${mark}${asText.size}${mark}`;
    const text = lines.slice(k, last).map((line, i) => {
      const { end: start, item, numbered } = prefixes[k + i] as Prefix;
      // A line after the first that starts with a number did not start an item: its number is text.
      return line.slice(i > 0 && item === 'ordered' ? numbered : start);
    });
    asText.set(placeholder, text.join('\n'));
    out.push(kept + placeholder);
    k = last - 1;
  }
  return { markdown: out.join('\n'), asText };
}

/** A private-use character the document does not have, to mark placeholders with. */
function placeholderMark(markdown: string): string {
  const used = new Set(markdown.match(/[\ue000-\uf8ff]/gu));
  let code = 0xe000;
  while (used.has(String.fromCharCode(code))) code++;
  return String.fromCharCode(code);
}
