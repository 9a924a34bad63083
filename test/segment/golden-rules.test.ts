import { describe, expect, it } from 'vitest';
import { collapse, sentences } from './helpers.js';

/**
 * The English Golden Rules of pragmatic_segmenter (github.com/diasks2/pragmatic_segmenter), the
 * table pySBD reports 97.9% on: 48 rules, plus the three about line breaks (#40-#42) pySBD runs
 * apart. Expected sentences are compared with white space collapsed.
 */
const rules: Array<[number, string, string[]]> = [
  [1, 'Hello World. My name is Jonas.', ['Hello World.', 'My name is Jonas.']],
  [2, 'What is your name? My name is Jonas.', ['What is your name?', 'My name is Jonas.']],
  [3, 'There it is! I found it.', ['There it is!', 'I found it.']],
  [4, 'My name is Jonas E. Smith.', ['My name is Jonas E. Smith.']],
  [5, 'Please turn to p. 55.', ['Please turn to p. 55.']],
  [6, 'Were Jane and co. at the party?', ['Were Jane and co. at the party?']],
  [7, 'They closed the deal with Pitt, Briggs & Co. at noon.', ['They closed the deal with Pitt, Briggs & Co. at noon.']],
  [8, "Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", 'They should know.']],
  [9, 'They closed the deal with Pitt, Briggs & Co. It closed yesterday.', ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.']],
  [10, 'I can see Mt. Fuji from here.', ['I can see Mt. Fuji from here.']],
  [11, "St. Michael's Church is on 5th st. near the light.", ["St. Michael's Church is on 5th st. near the light."]],
  [12, "That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]],
  [13, 'I visited the U.S.A. last year.', ['I visited the U.S.A. last year.']],
  [14, 'I live in the E.U. How about you?', ['I live in the E.U.', 'How about you?']],
  [15, 'I live in the U.S. How about you?', ['I live in the U.S.', 'How about you?']],
  [16, 'I work for the U.S. Government in Virginia.', ['I work for the U.S. Government in Virginia.']],
  [17, 'I have lived in the U.S. for 20 years.', ['I have lived in the U.S. for 20 years.']],
  [
    18,
    'At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.',
    ['At 5 a.m. Mr. Smith went to the bank.', 'He left the bank at 6 P.M.', 'Mr. Smith then went to the store.'],
  ],
  [19, 'She has $100.00 in her bag.', ['She has $100.00 in her bag.']],
  [20, 'She has $100.00. It is in her bag.', ['She has $100.00.', 'It is in her bag.']],
  [
    21,
    'He teaches science (He previously worked for 5 years as an engineer.) at the local University.',
    ['He teaches science (He previously worked for 5 years as an engineer.) at the local University.'],
  ],
  [22, 'Her email is Jane.Doe@example.com. I sent her an email.', ['Her email is Jane.Doe@example.com.', 'I sent her an email.']],
  [
    23,
    'The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.',
    ['The site is: https://www.example.50.com/new-site/awesome_content.html.', 'Please check it out.'],
  ],
  [24, "She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]],
  [25, 'She turned to him, "This is great." she said.', ['She turned to him, "This is great." she said.']],
  [
    26,
    'She turned to him, "This is great." She held the book out to show him.',
    ['She turned to him, "This is great."', 'She held the book out to show him.'],
  ],
  [27, 'Hello!! Long time no see.', ['Hello!!', 'Long time no see.']],
  [28, 'Hello?? Who is there?', ['Hello??', 'Who is there?']],
  [29, 'Hello!? Is that you?', ['Hello!?', 'Is that you?']],
  [30, 'Hello?! Is that you?', ['Hello?!', 'Is that you?']],
  [31, '1.) The first item 2.) The second item', ['1.) The first item', '2.) The second item']],
  [32, '1.) The first item. 2.) The second item.', ['1.) The first item.', '2.) The second item.']],
  [33, '1) The first item 2) The second item', ['1) The first item', '2) The second item']],
  [34, '1) The first item. 2) The second item.', ['1) The first item.', '2) The second item.']],
  [35, '1. The first item 2. The second item', ['1. The first item', '2. The second item']],
  [36, '1. The first item. 2. The second item.', ['1. The first item.', '2. The second item.']],
  [37, '• 9. The first item • 10. The second item', ['• 9. The first item', '• 10. The second item']],
  [38, '⁃9. The first item ⁃10. The second item', ['⁃9. The first item', '⁃10. The second item']],
  [39, 'a. The first item b. The second item c. The third list item', ['a. The first item', 'b. The second item', 'c. The third list item']],
  [40, 'This is a sentence\ncut off in the middle because pdf.', ['This is a sentence cut off in the middle because pdf.']],
  [41, 'It was a cold \nnight in the city.', ['It was a cold night in the city.']],
  [42, 'features\ncontact manager\nevents, activities\n', ['features', 'contact manager', 'events, activities']],
  [
    43,
    'You can find it at N°. 1026.253.553. That is where the treasure is.',
    ['You can find it at N°. 1026.253.553.', 'That is where the treasure is.'],
  ],
  [44, 'She works at Yahoo! in the accounting department.', ['She works at Yahoo! in the accounting department.']],
  [
    45,
    'We make a good team, you and I. Did you see Albert I. Jones yesterday?',
    ['We make a good team, you and I.', 'Did you see Albert I. Jones yesterday?'],
  ],
  [
    46,
    'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
    ['Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”'],
  ],
  [
    47,
    '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
    ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
  ],
  [
    48,
    'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.',
    [
      'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .',
      'Next sentence.',
    ],
  ],
  [49, 'I never meant that.... She left the store.', ['I never meant that....', 'She left the store.']],
  [
    50,
    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
    ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
  ],
  [
    51,
    'One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .',
    [
      'One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.',
      '. . . The practice was not abandoned. . . .',
    ],
  ],
];

describe('English Golden Rules', () => {
  it.each(rules)('#%i %j', (_number, text, expected) => {
    expect(sentences(text)).toEqual(expected.map(collapse));
  });
});
