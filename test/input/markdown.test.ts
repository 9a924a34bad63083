import { describe, expect, it } from 'vitest';
import { markdownLimits, markdownToText } from '../../src/input/markdown.js';

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

const council = 'The council approved the budget. Farmers moved their cattle.';
const links = (count: number): string => Array.from({ length: count }, (_, i) => `[link ${i}](https://example.org/${i})`).join(' ');
const linkTexts = (count: number): string => Array.from({ length: count }, (_, i) => `link ${i}`).join(' ');

describe('markdownToText past markdownLimits', () => {
  it.each<[string, string, string]>([
    ['100,000 nested block quotes', `${'> '.repeat(100_000)}${council}\n`, council],
    ['block quotes as deep as the limit', `${'> '.repeat(markdownLimits.markers)}${council}`, council],
    // The white space between the markers that go would add up to an indented code block, which has no text.
    ['one past the limit, the surplus markers go and the text stays prose', `${'> '.repeat(markdownLimits.markers + 1)}${council}`, council],
    ['list markers past the limit', `${'- '.repeat(100)}Item one.\n${'- '.repeat(100)}Item two.`, 'Item one.\nItem two.'],
    ['block quotes and lists mixed', `${'> 1. - '.repeat(50)}${council}`, council],
    [
      'lists nested by indentation past 64 columns: each item still a line',
      Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- Item ${i}.`).join('\n'),
      Array.from({ length: 1_000 }, (_, i) => `Item ${i}.`).join('\n'),
    ],
    ['indentation inside the limit is left alone: an indented code block still goes', `Text.\n\n${' '.repeat(markdownLimits.indent)}code\n\nMore.`, 'Text.\n\nMore.'],
    ['100,000 unclosed link brackets: the paragraph is its text, brackets and all', `${'['.repeat(100_000)}The council approved the budget.${']('.repeat(100_000)}\n`, `${'['.repeat(100_000)}The council approved the budget.${']('.repeat(100_000)}`],
    ['a paragraph of as many brackets as the limit is Markdown', links(markdownLimits.marks / 2), linkTexts(markdownLimits.marks / 2)],
    [
      'one more, and it is read as text; the paragraphs around it are still Markdown',
      `**Before.**\n\n${links(markdownLimits.marks / 2)} [\n\nAfter [the link](https://example.org).`,
      `Before.\n\n${links(markdownLimits.marks / 2)} [\n\nAfter the link.`,
    ],
    ['escaped marks do not count', `${'\\['.repeat(2_000)}${'\\*'.repeat(2_000)} ${links(10)}`, `${'['.repeat(2_000)}${'*'.repeat(2_000)} ${linkTexts(10)}`],
    ['100,000 nested emphasis marks', `${'*'.repeat(100_000)}The council approved the budget.${'*'.repeat(100_000)}`, `${'*'.repeat(100_000)}The council approved the budget.${'*'.repeat(100_000)}`],
    ['lone *, _ and ~ count too', 'a * b _ c ~ d '.repeat(400), 'a * b _ c ~ d '.repeat(400).trim()],
    ['emphasis within the limit is Markdown', '*a* _b_ ~~c~~ '.repeat(125), 'a b c '.repeat(125).trim()],
    [
      'a list item is a paragraph of its own: a long list of links is Markdown',
      Array.from({ length: 1_000 }, (_, i) => `- [Tool ${i}](https://example.org/${i}) does ${i}.`).join('\n'),
      Array.from({ length: 1_000 }, (_, i) => `Tool ${i} does ${i}.`).join('\n'),
    ],
    [
      'an ordered one too',
      Array.from({ length: 1_000 }, (_, i) => `${i + 1}. [Tool ${i}](https://example.org/${i}).`).join('\n'),
      Array.from({ length: 1_000 }, (_, i) => `Tool ${i}.`).join('\n'),
    ],
    [
      'but "2005." in a paragraph starts no item: its brackets count with the rest',
      `In\n2005. ${'[a '.repeat(600)}\n2006. ${'[b '.repeat(600)}`,
      `In 2005. ${'[a '.repeat(600)}2006. ${'[b '.repeat(600).trim()}`,
    ],
    ['a quoted paragraph read as text loses its quote markers', `> ${'[x '.repeat(600)}\n> ${'[y '.repeat(600)}`, `${'[x '.repeat(600)}${'[y '.repeat(600).trim()}`],
    ['the document may have private-use characters of its own', `\ue000 and \ue001.\n\n${'[z '.repeat(1_001)}`, `\ue000 and \ue001.\n\n${'[z '.repeat(1_001).trim()}`],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });
});
