import { describe, expect, it } from 'vitest';
import { split } from '../../src/index.js';
import type { Role } from '../../src/types.js';

/** The role of each sentence, through the whole pipeline before scoring (the rules group sentences by line). */
function roles(input: string): Array<[string, Role]> {
  return split(input).map((s) => [s.text, s.role]);
}

/** The roles of the sentences holding these words. */
function roleOf(input: string, ...texts: string[]): Role[] {
  const all = roles(input);
  return texts.map((text) => all.find(([sentence]) => sentence.includes(text))?.[1] ?? 'body');
}

const article = [
  'The council approved the budget after a long debate on Tuesday night.',
  'Members said the plan would cut waiting times at every clinic in the district.',
  'The mayor will sign the budget next week, and the new clinics open in the spring.',
  'Opponents said the cuts to the library service went too far and promised to return to it next year.',
].join('\n\n');

describe('page chrome in blocks', () => {
  it.each<[string, string, string[], Role[]]>([
    ['a menu: four short lines one under the other', `Home\nNews\nSport\nWeather\n\nCouncil Approves Budget\n\n${article}`, ['Home', 'Weather', 'Council Approves'], ['chrome', 'chrome', 'title']],
    ['three short lines are a title, a byline and a date, not a menu', `Budget Passes\nBy Ann Lee\nMay 2024\n\n${article}`, ['Budget Passes', 'By Ann Lee'], ['title', 'heading']],
    ['a bulleted list of short items is no menu', `${article}\n\n- Flour\n- Water\n- Salt\n- Yeast\n\nThe bread rose overnight in the warm kitchen.`, ['Flour', 'Yeast'], ['heading', 'heading']],
    ['short lines with blank lines between are no menu', `Title Of It\n\n${article}\n\nOne\n\nTwo\n\nThree\n\nFour\n\nThe end came quickly for the old plan.`, ['One', 'Three'], ['heading', 'heading']],
    ['a one-line menu between separators', `Home | News | Arts | Sport\n\nCouncil Approves Budget\n\n${article}`, ['Home | News', 'Council Approves'], ['chrome', 'title']],
    [
      'a cookie notice ending with a full stop, next to its button',
      `Council Approves Budget\n\nWe use cookies to improve our website. You can change your cookie settings at any time.\nAccept all\n\n${article}`,
      ['We use cookies', 'You can change', 'Accept all'],
      ['chrome', 'chrome', 'chrome'],
    ],
    [
      'a newsletter prompt under a heading of its own',
      `${article}\n\nGet the Gazette\n\nSign up for our free morning newsletter.\n\nThe council meets again in June to set the rates.`,
      ['Get the Gazette', 'Sign up for'],
      ['chrome', 'chrome'],
    ],
    [
      'one notice word is not enough',
      `Council Approves Budget\n\nThe council will publish the plan on its website.\nShare\n\n${article}`,
      ['publish the plan'],
      ['body'],
    ],
    [
      'notice words away from any chrome or heading are prose',
      `${article}\n\nRegulators said websites must let readers refuse cookies as easily as they accept them.\n\nThe rules take effect in May.`,
      ['Regulators said'],
      ['body'],
    ],
    [
      'a sentence about the page itself, next to chrome',
      `Boat Lift\nJump to navigation Jump to search\nThis article is about lifts for boats. For ship lifts, see Ship lift.\n\n${article}`,
      ['This article is about', 'For ship lifts'],
      ['chrome', 'chrome'],
    ],
    ['the copyright line', `${article}\n\n© 2024 The Gazette Ltd. All rights reserved.`, ['© 2024', 'All rights reserved'], ['chrome', 'chrome']],
    ['a sentence about copyright law is prose', `Copyright law was reformed in 2019. ${article}`, ['Copyright law'], ['body']],
    [
      'end matter: a heading of section names after the article, and all that follows',
      `Council Approves Budget\n\n${article}\n\n3 Comments\n\nAnn says:\nMay 2, 2024 at 9:14 am\nI think this is a very good plan for the town.\nReply`,
      ['3 Comments', 'Ann says', 'I think this', 'Reply'],
      ['chrome', 'chrome', 'chrome', 'chrome'],
    ],
    [
      'references and notes to editors',
      `${article}\n\nNotes to editors\n\n1. The council runs 23 libraries.\n2. Photographs are available.\n\nReferences\n^ Hale, Martin (2003). Mills. Harbour Press.`,
      ['Notes to editors', 'The council runs 23', '^ Hale'],
      ['chrome', 'chrome', 'chrome'],
    ],
    [
      'a section-name heading before most of the article opens no end matter',
      `Council Approves Budget\n\nNotes\n\n${article}`,
      ['The council approved', 'Opponents said'],
      ['body', 'body'],
    ],
    [
      'a heading with other words than section names opens no end matter',
      `${article}\n\nRelated costs\n\nThe plan also raises parking charges in the town centre by a small amount.`,
      ['The plan also raises'],
      ['body'],
    ],
  ])('%s', (_name, input, texts, expected) => {
    expect(roleOf(input, ...texts)).toEqual(expected);
  });

  it('leaves the article alone', () => {
    expect(roles(`Council Approves Budget\n\n${article}`).map(([, role]) => role)).toEqual(['title', 'body', 'body', 'body', 'body']);
  });
});

describe('a headline that asks or exclaims', () => {
  it.each<[string, string, Role]>([
    ['a question standing alone at the top is a headline', `Why do tide mills stop at high tide?\n\n${article}`, 'title'],
    ['an exclamation too', `Mills are back!\n\n${article}`, 'title'],
    ['a question the paragraph goes on from is its first sentence', `Why do tide mills stop at high tide?\nThe answer is the water.\n\n${article}`, 'body'],
    ['a long question is prose', `Why ${'would anyone ever '.repeat(8)}build a mill on the tide?\n\n${article}`, 'body'],
  ])('%s', (_name, input, expected) => {
    expect(roles(input)[0]?.[1]).toBe(expected);
  });
});
