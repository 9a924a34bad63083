import { describe, expect, it } from 'vitest';
import { classify } from '../../src/stages/classify.js';
import { clean } from '../../src/stages/clean.js';
import type { Role, Sentence } from '../../src/types.js';

/** One sentence per non-blank line: classify looks at lines, so this isolates it from the segmenter. */
function lineSentences(input: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of input.split('\n')) {
    const text = line.trim();
    if (text !== '') {
      const start = offset + line.indexOf(text);
      sentences.push({ index: sentences.length, text, start, end: start + text.length, role: 'body' });
    }
    offset += line.length + 1;
  }
  return sentences;
}

function roles(input: string, options = { detectTitle: true, detectChrome: true }): Array<[string, Role]> {
  return classify(clean(input), lineSentences(input), options).map((s) => [s.text, s.role]);
}

const prose = 'The council approved the budget after a long debate.';
const more = 'Members said the plan would cut waiting times.';

describe('classify', () => {
  it('takes a first line that stands alone as the title', () => {
    expect(roles(`Council Approves Budget\n\n${prose}\n${more}`)).toEqual([
      ['Council Approves Budget', 'title'],
      [prose, 'body'],
      [more, 'body'],
    ]);
  });

  it('leaves a standalone first line a heading when title detection is off', () => {
    expect(roles(`Council Approves Budget\n\n${prose}`, { detectTitle: false, detectChrome: true })[0]?.[1]).toBe('heading');
  });

  it('marks navigation lines and lines the page repeats as chrome', () => {
    const page = `Council Approves Budget\n\nNo time to read?\nGet a summary\n\n${prose}\n${more}\n\nNo time to read?\nGet a summary\nPrevious Article\n\nAnother Story About Something Else\n\nNext Article\n\nYet Another Headline Here`;
    expect(roles(page)).toEqual([
      ['Council Approves Budget', 'title'],
      ['No time to read?', 'chrome'],
      ['Get a summary', 'chrome'],
      [prose, 'body'],
      [more, 'body'],
      ['No time to read?', 'chrome'],
      ['Get a summary', 'chrome'],
      ['Previous Article', 'chrome'],
      ['Another Story About Something Else', 'chrome'],
      ['Next Article', 'chrome'],
      ['Yet Another Headline Here', 'chrome'],
    ]);
  });

  it('keeps a heading that heads article text', () => {
    expect(roles(`Title Here\n\n${prose}\n\nWhat Happens Next\n\n${more}`).map(([, role]) => role)).toEqual(['title', 'body', 'heading', 'body']);
  });

  it('keeps list items of several words as body', () => {
    expect(roles(`${prose}\n- Cut waiting times at every clinic\n- Hire more nurses this year`).map(([, role]) => role)).toEqual(['body', 'body', 'body']);
  });

  it('treats a long unpunctuated line as prose missing its full stop', () => {
    const long = 'the committee met for six hours on tuesday and agreed a compromise that gives every district a share of the new money for roads and schools';
    expect(roles(`${long}\n\n${prose}`)[0]?.[1]).toBe('body');
  });

  it('leaves everything as it is when chrome detection is off', () => {
    const page = `${prose}\n\nShare this\nPrevious Article`;
    expect(roles(page, { detectTitle: false, detectChrome: false }).map(([, role]) => role)).toEqual(['body', 'heading', 'heading']);
  });
});
