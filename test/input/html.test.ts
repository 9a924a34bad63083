import { describe, expect, it } from 'vitest';
import { htmlToText, type PageText } from '../../src/input/html.js';

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
