import { describe, expect, it } from 'vitest';
import { formats, plainStyle, type FormatName, type Style } from '../../src/format/index.js';
import { escapeHtml, visible } from '../../src/format/escape.js';
import { summarize } from '../../src/index.js';

// An article that tries to run a script in the HTML page and to repaint a terminal: clear the
// screen, move the cursor, set the window title (OSC), colour text, and reorder a line (RLO).
const hostile = [
  'Hostile <script>alert("pwned")</script> page title',
  '',
  'The council met on Monday <img src=x onerror=alert(1)> to discuss the budget for the new bridge across the river.',
  'Members said \u001b[2J\u001b[H the bridge \u001b]0;owned\u0007 would cost more than \u001b[31mexpected\u001b[0m this year.',
  'A spokesman added that the \u202eevil\u202c work would start in the spring & finish by \u009b31m autumn.',
  'The mayor welcomed the plan and said the bridge would carry more than ten thousand cars a day.',
].join('\n');

const chalkLike: Style = {
  header: (t) => `\u001b[1m${t}\u001b[22m`,
  sentence: (t) => `\u001b[36m${t}\u001b[39m`,
  keyword: (t) => `\u001b[33m${t}\u001b[39m`,
  note: (t) => `\u001b[2m${t}\u001b[22m`,
  mark: (t) => `\u001b[1m${t}\u001b[22m`,
};

/** Every ESC in the output is one of the style's own (SGR 1, 2, 22, 36, 39, 33): none comes from the input. */
function escapesOnlyFromStyle(out: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is checked
  return out.replace(/\u001b\[(?:1|2|22|33|36|39)m/gu, '').search(/[\u001b\u0007\u009b\u202e]/u) === -1;
}

describe('visible', () => {
  it.each([
    ['a\u001b[2Jb', 'a\u241b[2Jb'],
    ['bell\u0007', 'bell\u2407'],
    ['del\u007f', 'del\u2421'],
    ['csi\u009b', 'csi\ufffd'],
    ['\u202eevil', '\ufffdevil'],
    ['tab\tand\nline', 'tab\tand\nline'],
    ['plain text', 'plain text'],
  ])('%j becomes %j', (input, expected) => {
    expect(visible(input)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('turns markup into entities', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
});

describe('hostile input in every format', () => {
  const summary = summarize(hostile, { budget: { kind: 'sentences', value: 3 }, explain: true, keyphrases: 5 });
  it('chose a sentence that carries the escape sequences (else this test would prove nothing)', () => {
    expect(summary.sentences.some((s) => s.text.includes('\u001b'))).toBe(true);
  });

  it.each<[FormatName, boolean]>([
    ['text', false],
    ['text', true],
    ['plain', false],
    ['plain', true],
    ['markdown', false],
    ['markdown', true],
    ['html', false],
    ['html', true],
  ])('%s (highlight %s) lets no control character through', (format, highlight) => {
    const style = format === 'text' ? chalkLike : plainStyle;
    const out = formats[format](summary, { style, header: true, keywords: true, file: undefined, input: hostile, highlight });
    expect(escapesOnlyFromStyle(out)).toBe(true);
    expect(out).toMatch(/\u241b\\?\[2J/u);
  });

  it('html has no tag from the input, only its text', () => {
    const out = formats.html(summary, { style: plainStyle, header: true, keywords: true, file: undefined, input: hostile });
    expect(out).not.toMatch(/<script|<img/iu);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    // The page forbids scripts even if an escape were missed.
    expect(out).toContain("default-src 'none'");
  });

  it('markdown escapes the tags so they render as text', () => {
    const out = formats.markdown(summary, { style: plainStyle, header: true, keywords: true, file: undefined, input: hostile, highlight: true });
    expect(out).not.toMatch(/(?<!\\)<(?:img|script)/iu);
    expect(out).toContain('\\<img');
  });
});
