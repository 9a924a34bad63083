import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { scanHtml, type PageShape } from './html-scan.js';
import { LineWriter } from './line-writer.js';

/** A web page as text for the summarizer. */
export interface PageText {
  /** The page's title, without the site's name when the page says what that is; null when it has none. */
  title: string | null;
  /** The title, a blank line, then the article: a paragraph, heading or list item a line. */
  text: string;
  /** Why the page was read without Readability, so with its menus and footers; absent when it was not. */
  flat?: string;
}

/** What is read of a node. The project has no DOM types (its lib is ES2023 alone); linkedom's nodes have these. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  textContent?: string | null;
  getAttribute?(name: string): string | null;
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

/** Headings: a page's headline (<h1>, kept in the article when it differs from the <title>) and its section headings. */
const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The class or id of a subheadline (a "dek", "standfirst", "strapline"), which news sites put under
 * the headline: a sentence or two that states the story, so that a summarizer would choose it for
 * the words it shares with the article, when it is the page's own summary and not the article's.
 */
const subheadlineName = /(?:^|[\s_-])(?:dek|deck|sub-?head(?:line|ing)?|standfirst|strapline|sub-?title|summary|article-summary|lede-?summary)(?:$|[\s_-])/iu;

/** Most words a subheadline has: a block named so that holds more is a summary box or the article itself, read as such. */
const maxSubheadlineWords = 60;

/** A short block whose class or id names it a subheadline; only looked at before the article's first paragraph. */
function isSubheadline(node: DomNode): boolean {
  if (node.nodeType !== elementNode || node.getAttribute === undefined) return false;
  if (!subheadlineName.test(node.getAttribute('class') ?? '') && !subheadlineName.test(node.getAttribute('id') ?? '')) return false;
  return (node.textContent ?? '').split(/\s+/u).filter(Boolean).length <= maxSubheadlineWords;
}

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
  const tooMuch = pastLimits(scanHtml(html));
  if (tooMuch !== undefined) return { ...flatText(html), flat: tooMuch };
  // keepClasses: the classes say which paragraph is a subheadline (see isSubheadline); Readability only removes them at the end.
  const article = new Readability<DomNode>(pageOf(html), { serializer: (node: DomNode) => node, keepClasses: true }).parse();
  return pageText(pageTitle(article?.title, article?.siteName), article?.content ?? null);
}

/**
 * The most a page may have for Readability to be given it. Readability (on linkedom) reads each
 * element's subtree again for each of its ancestors, and more: a chain of 400 nested <div>s takes
 * it 7 s, 2,000 take 211 s; 50 nested around 1 MB of paragraphs, 21 s. Real pages stay far
 * inside these (Lighthouse flags a page deeper than 32 or with more than 1,400 elements); a page
 * past them gets {@link flatText}, linear in its length, which keeps the text and loses only
 * Readability's choice of what is article and what is menu.
 */
export const readabilityLimits = {
  /** Elements open at once. */
  depth: 64,
  elements: 50_000,
  /** {@link PageShape.work}: every character and element counted once for each element it is in. */
  work: 16_000_000,
} as const;

/** Which of {@link readabilityLimits} the page is past, in words; undefined when none. */
function pastLimits({ depth, elements, work }: PageShape): string | undefined {
  if (depth > readabilityLimits.depth) return `it nests ${depth} elements deep (at most ${readabilityLimits.depth})`;
  if (elements > readabilityLimits.elements) return `it has ${elements} elements (at most ${readabilityLimits.elements})`;
  if (work > readabilityLimits.work) return `it has too much text too deep: ${work} characters and elements times their depth (at most ${readabilityLimits.work})`;
  return undefined;
}

function pageText(title: string | null, content: DomNode | null): PageText {
  const writer = new LineWriter();
  if (title !== null) {
    writer.write(title);
    writer.endLine(true);
  }
  if (content !== null) walk(content, writer);
  return { title, text: writer.text() };
}

/**
 * The text of a page too large or too deep for Readability: all of it but what {@link walk}
 * skips, with its paragraphs and lines. The scan rewrites the page without its nesting (a <p> or
 * <br> where a block starts and ends), which linkedom parses in linear time and which decodes
 * the entities as the page would have; the title is the page's <title>.
 */
function flatText(html: string): PageText {
  const body: string[] = [];
  let title: string | undefined;
  // Open elements whose text is skipped: nothing is written while there is one.
  let skipped = 0;
  // The break owed before the next text: one for a run of block tags, which a deep page has thousands of in a row.
  let owed: '' | '<br>' | '<p>' = '';
  const boundary = (name: string): void => {
    if (skipped > 0) return;
    if (paragraphElements.has(name)) owed = '<p>';
    else if (lineElements.has(name) && owed === '') owed = '<br>';
  };
  scanHtml(html, {
    open(name) {
      boundary(name);
      if (skippedElements.has(name)) skipped++;
    },
    close(name) {
      if (skippedElements.has(name)) skipped--;
      boundary(name);
    },
    text(text) {
      // White space next to a break is no text: the break trims it.
      if (skipped > 0 || (owed !== '' && text.trim() === '')) return;
      body.push(owed);
      owed = '';
      // Text the scan found holds no tag; a "<" in it must not start one when it is parsed again.
      body.push(text.replaceAll('<', '&lt;'));
    },
    rawText(name, text) {
      if (name === 'title' && title === undefined) title = text;
    },
  });
  const { document } = parseHTML(`<!doctype html><html><head><title>${title ?? ''}</title></head><body>${body.join('')}</body></html>`) as {
    document: PageDocument & { title: string; body: DomNode };
  };
  return pageText(pageTitle(document.title, null), document.body);
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

/**
 * The text of a node into lines. A stack of its own rather than recursion, so that depth costs no
 * call stack; children by firstChild and nextSibling, since linkedom builds childNodes afresh on
 * each read, which made a loop over childNodes[i] quadratic in the number of children.
 */
function walk(root: DomNode, writer: LineWriter): void {
  // A node still to write, or the end of a block: whether it was a paragraph.
  const stack: (DomNode | boolean)[] = [root];
  // Whether a paragraph of the article has begun: a subheadline comes before.
  let inArticle = false;
  while (stack.length > 0) {
    const node = stack.pop() as DomNode | boolean;
    if (typeof node === 'boolean') {
      writer.endLine(node);
      continue;
    }
    if (node.nodeType === textNode) {
      writer.write(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== elementNode) continue;
    const name = node.nodeName.toLowerCase();
    if (skippedElements.has(name)) continue;
    // A headline, a section heading, or a subheadline before the article's first paragraph: context, never a sentence of the summary.
    if (headingElements.has(name) || (!inArticle && isSubheadline(node))) {
      writer.heading(node.textContent ?? '');
      continue;
    }
    if (name === 'p') inArticle = true;
    const paragraph = paragraphElements.has(name);
    const block = paragraph || lineElements.has(name);
    if (block) {
      writer.endLine(paragraph);
      stack.push(paragraph);
    }
    const children: DomNode[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
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
