/**
 * One pass over HTML source that follows the element stack linkedom's parser (htmlparser2) would
 * build, without building it: how deep the page nests and how many elements it has, told before
 * anything that costs more than linear time sees the page. htmlparser2 keeps its stack with
 * shift/unshift, so parsing alone is quadratic in nesting depth (80,000 nested tags: 7 s,
 * 160,000: 31 s), and Readability is cubic in it; this scan is linear whatever the page.
 */

/** What the scan reports as it goes; every element opened is closed again, void ones at once. */
export interface ScanEvents {
  open?(name: string): void;
  close?(name: string): void;
  /** Text between tags, as written: entities are not decoded. */
  text?(text: string): void;
  /** What is inside script, style, title, textarea and xmp, which hold no tags. */
  rawText?(name: string, text: string): void;
}

/** What a page costs to take apart. */
export interface PageShape {
  /** Elements open at once, at most. */
  depth: number;
  elements: number;
  /**
   * The sum, over every character of text and every element, of how many elements it is in:
   * the size of every subtree added up, which is what Readability reads again and again.
   */
  work: number;
}

// htmlparser2's own tables (Parser.js), so that the depth counted is the depth it builds.
const pTag = new Set(['p']);
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
const openImpliesClose = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, pTag] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, formTags] as const),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (name) => [name, pTag] as const,
  ),
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);

const voidElements = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** In SVG and MathML a tag written `<path/>` closes itself; in HTML the slash means nothing. */
const foreignElements = new Set(['math', 'svg']);
const htmlIntegrationElements = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Elements that hold no tags, and the end tag that ends each (htmlparser2 ends them only at "</name" and white space or ">"). */
const rawTextEnds = new Map(['script', 'style', 'textarea', 'title', 'xmp'].map((name) => [name, new RegExp(`</${name}[\\s>]`, 'giu')]));

const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

/** Where `needle` ends after `from`, or the end of the source when it never comes (as htmlparser2 runs on to the end). */
function after(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at < 0 ? html.length : at + needle.length;
}

/**
 * The shape of a page, calling `events` as the parser would build it. Every step moves forward
 * through the source or pops an element pushed once, so the time is linear in the length.
 */
export function scanHtml(html: string, events: ScanEvents = {}): PageShape {
  const stack: string[] = [];
  const foreign: boolean[] = [];
  // How many of each name are open: an end tag with none open is passed over without a search of the stack.
  const open = new Map<string, number>();
  const shape: PageShape = { depth: 0, elements: 0, work: 0 };

  const push = (name: string, isForeign: boolean): void => {
    stack.push(name);
    foreign.push(isForeign);
    open.set(name, (open.get(name) ?? 0) + 1);
    shape.depth = Math.max(shape.depth, stack.length);
  };
  const pop = (): void => {
    const name = stack.pop() as string;
    foreign.pop();
    open.set(name, (open.get(name) ?? 1) - 1);
    events.close?.(name);
  };
  const text = (from: number, to: number): void => {
    if (to <= from) return;
    shape.work += (to - from) * stack.length;
    events.text?.(html.slice(from, to));
  };

  /** An element that opens; true when it stays open (is pushed). */
  const openElement = (name: string, selfClosing: boolean): boolean => {
    const implied = openImpliesClose.get(name);
    if (implied !== undefined) while (stack.length > 0 && implied.has(stack[stack.length - 1] as string)) pop();
    shape.elements++;
    shape.work += stack.length + 1;
    events.open?.(name);
    const isForeign = foreignElements.has(name) || (!htmlIntegrationElements.has(name) && foreign[foreign.length - 1] === true);
    if (voidElements.has(name) || (selfClosing && isForeign)) {
      shape.depth = Math.max(shape.depth, stack.length + 1);
      events.close?.(name);
      return false;
    }
    push(name, isForeign);
    return true;
  };

  const closeElement = (name: string): void => {
    if (voidElements.has(name)) {
      // </br> is a line break to a browser and to htmlparser2; other void end tags are nothing.
      if (name === 'br') openElement('br', false);
    } else if ((open.get(name) ?? 0) > 0) {
      while (stack[stack.length - 1] !== name) pop();
      pop();
    } else if (name === 'p' && openElement('p', false)) {
      // A </p> with no <p> open is an empty paragraph.
      pop();
    }
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    text(i, end);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (isAsciiLetter(next)) {
      i = openTag(lt);
    } else if (next === 0x2f /* / */) {
      i = endTag(lt);
    } else if (next === 0x21 /* ! */) {
      if (html.startsWith('<!--', lt)) i = after(html, '-->', lt + 4);
      else if (html.startsWith('<![CDATA[', lt)) i = after(html, ']]>', lt + 9);
      else i = after(html, '>', lt + 2);
    } else if (next === 0x3f /* ? */) {
      i = after(html, '>', lt + 2);
    } else {
      // A "<" that starts no tag ("a < b") is text.
      text(lt, lt + 1);
      i = lt + 1;
    }
  }
  while (stack.length > 0) pop();
  return shape;

  /** A start tag at `at`; where the scan goes on. */
  function openTag(at: number): number {
    let j = at + 1;
    while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(at + 1, j).toLowerCase();
    let selfClosing = false;
    for (;;) {
      if (j >= n) return n;
      const c = html[j];
      if (c === '>') break;
      if (c === '/') {
        selfClosing = true;
        j++;
        continue;
      }
      if (!isSpace(html.charCodeAt(j))) selfClosing = false;
      if (c !== '=') {
        j++;
        continue;
      }
      j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        j = after(html, quote, j + 1);
      } else {
        while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>') j++;
      }
    }
    const stays = openElement(name, selfClosing);
    j++;
    // htmlparser2 reads a raw-text element written with a slash (<script/>) as markup.
    const close = rawTextEnds.get(name);
    if (close === undefined || selfClosing || !stays) return j;
    close.lastIndex = j;
    const found = close.exec(html);
    const stop = found === null ? n : found.index;
    if (stop > j) {
      shape.work += (stop - j) * stack.length;
      events.rawText?.(name, html.slice(j, stop));
    }
    return stop;
  }

  /** An end tag at `at`; where the scan goes on. */
  function endTag(at: number): number {
    let j = at + 2;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    if (j >= n) return n;
    if (!isAsciiLetter(html.charCodeAt(j))) return after(html, '>', j);
    const start = j;
    while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>') j++;
    closeElement(html.slice(start, j).toLowerCase());
    return after(html, '>', j);
  }
}
