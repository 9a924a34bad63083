import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { LineWriter } from './line-writer.js';

/** A web page as text for the summarizer. */
export interface PageText {
  /** The page's title, without the site's name when the page says what that is; null when it has none. */
  title: string | null;
  /** The title, a blank line, then the article: a paragraph, heading or list item a line. */
  text: string;
}

/** What is read of a node. The project has no DOM types (its lib is ES2023 alone); linkedom's nodes have these. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** What is done with linkedom's document, for the same reason. */
interface PageDocument {
  childNodes: ArrayLike<DomNode>;
  querySelector(selector: string): DomNode | null;
  createElement(name: string): DomNode & { append(...nodes: DomNode[]): void; appendChild(node: DomNode): void };
  appendChild(node: DomNode): void;
}

const elementNode = 1;
const textNode = 3;

/** Elements that stand apart from what is around them by a blank line, as they do on screen. */
const paragraphElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'ul',
]);

/** Elements a browser puts in the head when a page leaves <head> out. */
const metadataElements = new Set(['base', 'link', 'meta', 'style', 'title']);

/** Elements on a line of their own, with no blank line between neighbours: a list is one block. */
const lineElements = new Set(['br', 'caption', 'dd', 'dt', 'li', 'td', 'th', 'tr']);

/**
 * Elements whose text is no prose to summarize. A figure's caption describes a picture the
 * summary cannot show, as Markdown's images go; code (pre) goes as Markdown's code blocks do.
 * Readability has removed most of the rest already, but not from every page.
 */
const skippedElements = new Set([
  'audio', 'button', 'canvas', 'embed', 'figure', 'iframe', 'math', 'noscript', 'object', 'pre', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'video',
]);

/** What is left of "Article | Site", "Site – Article" when the site's name goes: a separator, with space on the side of the article. */
const titleSeparator = /^\s*[|\-–—·:/»]\s+|\s+[|\-–—·:/»]\s*$/gu;

/**
 * The main article of a web page as text: Firefox's Reader View (Readability) finds it and drops
 * navigation, sidebars and footers; this turns what it keeps into lines. The title comes first,
 * standing alone, which is what the classify stage takes for a title.
 */
export function htmlToText(html: string): PageText {
  const article = new Readability<DomNode>(pageOf(html), { serializer: (node: DomNode) => node }).parse();
  const title = pageTitle(article?.title, article?.siteName);
  const writer = new LineWriter();
  if (title !== null) {
    writer.write(title);
    writer.endLine(true);
  }
  if (article?.content) walk(article.content, writer);
  return { title, text: writer.text() };
}

/**
 * The page as a document with a head and a body, as a browser builds it: Readability looks for
 * the article in the body and for the title in the head. linkedom builds the tree as written, so
 * a page that leaves out <body> (HTML allows it), or a fragment given with --html, is rebuilt.
 */
function pageOf(html: string): PageDocument {
  const { document } = parseHTML(html) as { document: PageDocument };
  if (document.querySelector('html > body') !== null) return document;
  const head = document.createElement('head');
  const body = document.createElement('body');
  for (const node of Array.from(document.childNodes).flatMap(contentOf)) {
    if (node.nodeType === elementNode || node.nodeType === textNode) (metadataElements.has(node.nodeName.toLowerCase()) ? head : body).appendChild(node);
  }
  // What is left of the old tree: an emptied <html>, or the doctype, which can stay.
  for (const node of Array.from(document.childNodes)) if (node.nodeType === elementNode) (node as DomNode & { remove(): void }).remove();
  const root = document.createElement('html');
  root.append(head, body);
  document.appendChild(root);
  return document;
}

/** The nodes inside <html> and <head>, which the rebuilt page has its own of. */
function contentOf(node: DomNode): DomNode[] {
  const name = node.nodeName.toLowerCase();
  return name === 'html' || name === 'head' ? Array.from(node.childNodes).flatMap(contentOf) : [node];
}

function walk(node: DomNode, writer: LineWriter): void {
  if (node.nodeType === textNode) {
    writer.write(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== elementNode) return;
  const name = node.nodeName.toLowerCase();
  if (skippedElements.has(name)) return;
  const paragraph = paragraphElements.has(name);
  const block = paragraph || lineElements.has(name);
  if (block) writer.endLine(paragraph);
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child !== undefined) walk(child, writer);
  }
  if (block) writer.endLine(paragraph);
}

/** The title without the site's name, which says nothing about the article and would count as a term of it. */
function pageTitle(title: string | null | undefined, siteName: string | null | undefined): string | null {
  let text = (title ?? '').replace(/\s+/gu, ' ').trim();
  const site = siteName?.trim();
  if (site) {
    const at = text.startsWith(site) ? 0 : text.endsWith(site) ? text.length - site.length : -1;
    const rest = at < 0 ? '' : text.slice(0, at) + text.slice(at + site.length);
    const withoutSite = rest.replace(titleSeparator, '');
    // Only a title that had a separator there loses it: "Gazette Readers Pick a Mayor" stays whole.
    if (withoutSite !== rest && withoutSite.trim() !== '') text = withoutSite.trim();
  }
  return text === '' ? null : text;
}
