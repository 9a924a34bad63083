import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanHtml, type PageShape } from '../../src/input/html-scan.js';

interface Element {
  firstElementChild: Element | null;
  nextElementSibling: Element | null;
}

/** The depth and element count of the tree linkedom builds. */
function linkedomShape(html: string): Omit<PageShape, 'work'> {
  const { document } = parseHTML(html) as unknown as { document: { childNodes: ArrayLike<Element & { nodeType: number }> } };
  const stack: [Element, number][] = Array.from(document.childNodes).filter((node) => node.nodeType === 1).map((node) => [node, 1]);
  let depth = 0;
  let elements = 0;
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, level] = top;
    elements++;
    depth = Math.max(depth, level);
    for (let child = node.firstElementChild; child !== null; child = child.nextElementSibling) stack.push([child, level + 1]);
  }
  return { depth, elements };
}

/** Every element opened and closed, in order, and the text: what the scan says it saw. */
function trace(html: string): string {
  const parts: string[] = [];
  scanHtml(html, {
    open: (name) => parts.push(`<${name}>`),
    close: (name) => parts.push(`</${name}>`),
    text: (text) => parts.push(text),
    rawText: (name, text) => parts.push(`${name}:${text}`),
  });
  return parts.join('');
}

describe('scanHtml', () => {
  // Depths and counts as linkedom's tree has them, which each row checks too.
  it.each<[string, string, Omit<PageShape, 'work'>]>([
    ['nested elements', '<html><body><div><p>a</p></div></body></html>', { depth: 4, elements: 4 }],
    ['an unclosed <p> is closed by the next block, <li> by the next <li>', '<p>a<p>b<div>c<p>d</div></p><ul><li>x<li>y</ul>', { depth: 2, elements: 8 }],
    ['table cells and rows close each other', '<table><tr><td>1<td>2<tr><td>3</table>', { depth: 3, elements: 6 }],
    ['void elements nest nothing; in HTML a slash closes nothing', '<div><br><img src=x/><span/>text</div>', { depth: 2, elements: 4 }],
    ['in SVG a slash closes the element', '<div><svg><path d="x"/><path/><g><circle/></g></svg></div>', { depth: 4, elements: 6 }],
    ['script, style, title and textarea hold no tags', '<div><script>if (a<b) document.write("<div>")</script><style>p>a{}</style><textarea><p></textarea></div>', { depth: 2, elements: 4 }],
    ['a quoted attribute may hold ">"', '<div title="a>b" data-x=\'<p>\'>t</div>', { depth: 1, elements: 1 }],
    ['comments, CDATA, declarations and processing instructions are no elements', '<div><!-- <p> --><![CDATA[<p>]]><!doctype x><?php "<p>" ?></div>', { depth: 1, elements: 1 }],
    ['</br> is a line break, </p> with no <p> an empty paragraph', '<div></div></br></p>', { depth: 1, elements: 3 }],
    ['an end tag with nothing to close is passed over', '</span></div><b>x</b>', { depth: 1, elements: 1 }],
  ])('%s', (_name, html, expected) => {
    const { depth, elements } = scanHtml(html);
    expect({ depth, elements }).toEqual(expected);
    expect(linkedomShape(html)).toEqual(expected);
  });

  it('100,000 nested tags (too many for linkedom, whose parser is quadratic in depth, to check)', () => {
    const { depth, elements } = scanHtml('<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000));
    expect({ depth, elements }).toEqual({ depth: 100_000, elements: 100_000 });
  });

  it.each<[string, string, string]>([
    ['implied ends are reported where they fall', '<p>a<p>b<div>c</div>', '<p>a</p><p>b</p><div>c</div>'],
    ['elements still open at the end are closed', '<ul><li>x<li>y', '<ul><li>x</li><li>y</li></ul>'],
    ['raw text as written, entities and all', '<title>A &amp; B</title><script>x<y</script>', '<title>title:A &amp; B</title><script>script:x<y</script>'],
    ['a "<" that starts no tag is text', 'a < b <3', 'a < b <3'],
    ['an unquoted attribute ends at white space', '<a href=/x/>l</a>', '<a>l</a>'],
  ])('events: %s', (_name, html, expected) => {
    expect(trace(html)).toBe(expected);
  });

  it('counts the work as every character and element once for each element it is in', () => {
    // <div> (1) and <p> (2) are elements at depths 1 and 2; "ab" is inside both, "c" inside <div> only.
    expect(scanHtml('<div><p>ab</p>c</div>').work).toBe(1 + 2 + 2 * 2 + 1);
  });
});
