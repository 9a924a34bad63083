import { describe, expect, it } from 'vitest';
import { htmlToText, readabilityLimits, type PageText } from '../../src/input/html.js';

/** A whole page, with the menu and footer every page has around its article. */
const page = (head: string, article: string): string =>
  `<!doctype html><html><head>${head}</head><body>` +
  '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>' +
  `<article>${article}</article>` +
  '<footer><p>© 2024 The Gazette. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer></body></html>';

const prose = 'The council approved the budget after a long debate that ran late into Tuesday night.';

describe('htmlToText', () => {
  it.each<[string, string, PageText]>([
    [
      'the title first, then paragraphs a blank line apart; menus and footers go',
      page('<title>Council approves budget</title>', `<p>${prose}</p><p>Members said the plan would cut waiting times.</p>`),
      { title: 'Council approves budget', text: `Council approves budget\n\n${prose}\n\nMembers said the plan would cut waiting times.` },
    ],
    [
      'headings on lines of their own, list items one a line',
      page('<title>Budget</title>', `<p>${prose}</p><h2>What changes</h2><ul><li>Clinics open later.</li><li>Buses run on Sundays.</li></ul><ol><li>First.</li><li>Second.</li></ol>`),
      { title: 'Budget', text: `Budget\n\n${prose}\n\nWhat changes\n\nClinics open later.\nBuses run on Sundays.\n\nFirst.\nSecond.` },
    ],
    [
      'inline markup and white space as a browser shows them; entities decoded; <br> breaks the line',
      page('<title>Budget</title>', `<p>The  council <em>approved</em>\n the <a href="/b">budget</a> &amp; the <code>plan</code>.<br>A second line.</p><p>${prose}</p>`),
      { title: 'Budget', text: `Budget\n\nThe council approved the budget & the plan.\nA second line.\n\n${prose}` },
    ],
    [
      'scripts, styles, buttons, figures and code blocks are no text',
      page(
        '<title>Budget</title><style>p { color: red }</style>',
        `<p>${prose}</p><script>track("view")</script><figure><img src="c.jpg" alt="The chamber"><figcaption>The council chamber on Tuesday.</figcaption></figure><pre>const x = 1;</pre><p>It passed.<button>Share</button></p>`,
      ),
      { title: 'Budget', text: `Budget\n\n${prose}\n\nIt passed.` },
    ],
    [
      "the site's name after a separator leaves the title",
      page('<title>Council approves budget | The Gazette</title><meta property="og:site_name" content="The Gazette">', `<p>${prose}</p>`),
      { title: 'Council approves budget', text: `Council approves budget\n\n${prose}` },
    ],
    [
      "the site's name before a separator too",
      page('<title>The Gazette – Council approves budget for next year</title><meta property="og:site_name" content="The Gazette">', `<p>${prose}</p>`),
      { title: 'Council approves budget for next year', text: `Council approves budget for next year\n\n${prose}` },
    ],
    [
      "a title that only starts with the site's name keeps it",
      page('<title>Gazette Readers Pick a New Mayor</title><meta property="og:site_name" content="Gazette">', `<p>${prose}</p>`),
      { title: 'Gazette Readers Pick a New Mayor', text: `Gazette Readers Pick a New Mayor\n\n${prose}` },
    ],
    ['no title: the text starts with the article', page('', `<p>${prose}</p>`), { title: null, text: prose }],
    ['a fragment, as --html may be given one', `<p>${prose}</p><p>It passed.</p>`, { title: null, text: `${prose}\n\nIt passed.` }],
    [
      'a page that leaves out <head> and <body>',
      `<!doctype html><html lang="en"><title>Budget</title><p>${prose}</p></html>`,
      { title: 'Budget', text: `Budget\n\n${prose}` },
    ],
    ['plain text given as HTML', 'Just a line of text.', { title: null, text: 'Just a line of text.' }],
    ['an empty page', '', { title: null, text: '' }],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toEqual(expected);
  });
});

/** `html` inside `levels` nested <div>s, in a page of its own: <html> and <body> are two levels more. */
const nested = (levels: number, html: string, title = 'Deep'): string =>
  `<!doctype html><html><head><title>${title}</title></head><body>${'<div>'.repeat(levels)}${html}${'</div>'.repeat(levels)}</body></html>`;

const menu = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>';
const deepArticle = `${menu}<article>${`<p>${prose}</p>`.repeat(6)}</article><footer><p>© 2024 The Gazette.</p></footer>`;
const paragraphs = Array.from({ length: 6 }, () => prose).join('\n\n');

describe('htmlToText past the limits of Readability', () => {
  it.each<[string, string, PageText]>([
    // The menu's links are 6 levels down: <html>, <body>, then <nav><ul><li><a> inside the <div>s.
    [
      'as deep as the limit: Readability drops the menu',
      nested(readabilityLimits.depth - 6, deepArticle),
      { title: 'Deep', text: `Deep\n\n${paragraphs}` },
    ],
    [
      'a level deeper: all the text is kept, menu and all, a paragraph or list item a line',
      nested(readabilityLimits.depth - 5, deepArticle),
      { title: 'Deep', text: `Deep\n\nHome\nNews\n\n${paragraphs}\n\n© 2024 The Gazette.`, flat: `it nests ${readabilityLimits.depth + 1} elements deep (at most ${readabilityLimits.depth})` },
    ],
    [
      '100,000 nested tags',
      nested(100_000, '<p>The council approved the budget.</p><p>Farmers moved their cattle.</p>', 'Council news | The Gazette'),
      {
        title: 'Council news | The Gazette',
        text: 'Council news | The Gazette\n\nThe council approved the budget.\n\nFarmers moved their cattle.',
        flat: 'it nests 100003 elements deep (at most 64)',
      },
    ],
    [
      'entities decoded, inline markup joined, a "<" in the text kept as text',
      nested(100, '<p>Fish &amp; chips <em>cost</em> less than &pound;5 if 2 < 3.</p>'),
      { title: 'Deep', text: 'Deep\n\nFish & chips cost less than £5 if 2 < 3.', flat: 'it nests 104 elements deep (at most 64)' },
    ],
    [
      'scripts, styles, figures and buttons are still no text; <br> still breaks the line',
      nested(100, `<style>p{}</style><p>First line.<br>Second line.<button>Share</button></p><script>if (a<b) x()</script><figure><figcaption>A caption.</figcaption></figure><noscript><p>Enable scripts.</p></noscript><p>${prose}</p>`),
      { title: 'Deep', text: `Deep\n\nFirst line.\nSecond line.\n\n${prose}`, flat: 'it nests 104 elements deep (at most 64)' },
    ],
    [
      'no title',
      `${'<div>'.repeat(100)}<p>${prose}</p>`,
      { title: null, text: prose, flat: 'it nests 101 elements deep (at most 64)' },
    ],
    [
      'more elements than the limit',
      `<!doctype html><html><head><title>Long</title></head><body>${'<p>A <b>b</b>.</p>'.repeat(readabilityLimits.elements / 2)}</body></html>`,
      {
        title: 'Long',
        text: `Long\n\n${Array.from({ length: readabilityLimits.elements / 2 }, () => 'A b.').join('\n\n')}`,
        flat: 'it has 50004 elements (at most 50000)',
      },
    ],
    [
      'more work than the limit: 50 levels around 400,000 characters of text',
      nested(50, `<p>${'word '.repeat(80_000)}</p>`),
      {
        title: 'Deep',
        text: `Deep\n\n${'word '.repeat(80_000).trim()}`,
        flat: 'it has too much text too deep: 21201448 characters and elements times their depth (at most 16000000)',
      },
    ],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toEqual(expected);
  });
});
