import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/input/markdown.js';

describe('markdownToText', () => {
  it.each<[string, string, string]>([
    ['ATX and setext headings on lines of their own', '# Title\n\nFirst.\n\nSection\n-------\n\nSecond.', 'Title\n\nFirst.\n\nSection\n\nSecond.'],
    ['a hard-wrapped paragraph is one line', 'The council approved\nthe budget on\nTuesday.', 'The council approved the budget on Tuesday.'],
    ['emphasis, strong, strikethrough and code marks go, their words stay', 'A **bold** and _quiet_ ~~old~~ `npm test` run.', 'A bold and quiet old npm test run.'],
    ['links keep their text, lose their target', 'See [the report](https://example.org/r.pdf "Report") and <https://example.org>.', 'See the report and https://example.org.'],
    ['reference links too; their definitions go', 'Read [the report][r] today.\n\n[r]: https://example.org/r.pdf', 'Read the report today.'],
    ['images go, alt text and all', 'Before ![a photo of the river](river.jpg) after.\n\n![Only an image](x.png)', 'Before after.'],
    ['list items one a line, nested ones too', '- First point.\n- Second point\n  1. Inner one.\n  2. Inner two.\n- [x] Done task.', 'First point.\nSecond point\nInner one.\nInner two.\nDone task.'],
    ['a loose list is still one item a line', '- First point.\n\n- Second point.', 'First point.\nSecond point.'],
    ['block quotes are kept as text', 'He said:\n\n> We will finish in May.\n>\n> Nobody doubts it.', 'He said:\n\nWe will finish in May.\n\nNobody doubts it.'],
    ['fenced and indented code blocks go', 'Run it:\n\n```sh\nnpm test\n```\n\n    indented code\n\nDone.', 'Run it:\n\nDone.'],
    ['GFM tables go', 'Before.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nAfter.', 'Before.\n\nAfter.'],
    ['HTML blocks and inline tags go, the words between inline tags stay', '<div class="ad">Buy now</div>\n\nPress <kbd>Enter</kbd> now.<!-- note -->', 'Press Enter now.'],
    ['YAML front matter goes', '---\ntitle: A post\ntags: [a, b]\n---\n\n# A post\n\nText.', 'A post\n\nText.'],
    ['TOML front matter goes', '+++\ntitle = "A post"\n+++\nText.', 'Text.'],
    ['front matter with CRLF line breaks', '---\r\ntitle: A post\r\n---\r\nText.', 'Text.'],
    ['a rule that is not front matter stays a rule', 'Text.\n\n---\n\nMore.', 'Text.\n\nMore.'],
    ['an unclosed fence at the top is no front matter', '---\nJust text.', 'Just text.'],
    ['footnote marks and definitions go', 'A claim.[^1]\n\n[^1]: A source.', 'A claim.'],
    ['a hard break starts a line', 'Line one  \nline two.', 'Line one\nline two.'],
    ['thematic breaks leave nothing', 'One.\n\n***\n\nTwo.', 'One.\n\nTwo.'],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });
});
