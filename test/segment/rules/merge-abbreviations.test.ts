import { describe, expect, it } from 'vitest';
import { mergeAbbreviations } from '../../../src/segment/rules/merge-abbreviations.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  // Titles come before a name.
  ['Mr. Smith met Dr. Watson and Gov. Newsom.', 'Mr.+ Smith met Dr.+ Watson and Gov.+ Newsom.'],
  ['I can see Mt. Fuji from here.', 'I can see Mt.+ Fuji from here.'],
  ['Mr. and Mrs. Brown came.', 'Mr.+ and Mrs.+ Brown came.'],
  ['The ex-Gov. Schwarzenegger spoke.', 'The ex-Gov.+ Schwarzenegger spoke.'],
  ['mr. smith arrived . he sat down .', 'mr.+ smith arrived . he sat down .'],
  // Text without capitals: a title in lower case is still a title.
  ['the meeting was short. mr. smith arrived late and sat down.', 'the meeting was short. mr.+ smith arrived late and sat down.'],
  // With capitals elsewhere, "mr." in lower case is not taken for a title.
  ['The meeting was short. mr. smith arrived late and sat down.', 'The meeting was short. mr. smith arrived late and sat down.'],
  // A title that is also a suffix acts as one after a name or a number.
  ["St. Michael's Church is on 5th st. near the light.", "St.+ Michael's Church is on 5th st.+ near the light."],
  ['He lives on Main St. The house is old.', 'He lives on Main St. The house is old.'],
  ['John Smith Sr. The elder Smith spoke first.', 'John Smith Sr. The elder Smith spoke first.'],
  // Suffixes go on before lower case or a number and end a sentence before a capital.
  ['Apple Inc. reported profits.', 'Apple Inc.+ reported profits.'],
  ['Pitt, Briggs & Co. at noon.', 'Pitt, Briggs & Co.+ at noon.'],
  ['She works for Acme Inc. The company is small.', 'She works for Acme Inc. The company is small.'],
  ["Let's ask Jane and co. They should know.", "Let's ask Jane and co. They should know."],
  ['Bring pens, paper, etc. We will provide the rest.', 'Bring pens, paper, etc. We will provide the rest.'],
  ['Martin Luther King Jr. gave the speech.', 'Martin Luther King Jr.+ gave the speech.'],
  ['Smith et al. found the same.', 'Smith et al.+ found the same.'],
  ['Smith et al. (2019) found it.', 'Smith et al.+ (2019) found it.'],
  ['We meet at 9 a.m. tomorrow.', 'We meet at 9 a.m.+ tomorrow.'],
  ['We arrive at 5 p.m. Dinner is at six.', 'We arrive at 5 p.m. Dinner is at six.'],
  ['She earned her Ph.D. in 2010.', 'She earned her Ph.D.+ in 2010.'],
  ['He sued Samsung Co. Ltd. last year.', 'He sued Samsung Co.+ Ltd.+ last year.'],
  ['See Fed. R. Civ. P. 12.', 'See Fed.+ R. Civ.+ P. 12.'],
  // Number prefixes and dates go on before a number.
  ['He lives at No. 10 Downing Street.', 'He lives at No.+ 10 Downing Street.'],
  ['Please turn to p. 55.', 'Please turn to p.+ 55.'],
  ['As shown in Fig. 3, it drops.', 'As shown in Fig.+ 3, it drops.'],
  ['The launch is set for Sept. 5 in Houston.', 'The launch is set for Sept.+ 5 in Houston.'],
  ['It happened on Tues. Oct. 3 at noon.', 'It happened on Tues.+ Oct.+ 3 at noon.'],
  ['It is in Vol. II of the set.', 'It is in Vol.+ II of the set.'],
  ['You can find it at N°. 1026.253.553. That is it.', 'You can find it at N°.+ 1026.253.553. That is it.'],
  ['The answer is no. The vote failed.', 'The answer is no. The vote failed.'],
  // Medial abbreviations never end a sentence.
  ['Use a fruit, e.g. an apple.', 'Use a fruit, e.g.+ an apple.'],
  ['Use a city, e.g. Paris.', 'Use a city, e.g.+ Paris.'],
  ['It was Roe v. Wade.', 'It was Roe v.+ Wade.'],
  // A capital letter alone is an initial, not the page abbreviation "p.".
  ['John P. Smith wrote.', 'John P. Smith wrote.'],
  // Not abbreviations.
  ['I bought a new phone. iPhones are expensive.', 'I bought a new phone. iPhones are expensive.'],
];

describe('merge-abbreviations', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeAbbreviations, input)).toBe(expected);
  });
});
