import { describe, expect, it } from 'vitest';
import { mergeInitials } from '../../../src/segment/rules/merge-initials.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['J. R. R. Tolkien wrote The Hobbit.', 'J.+ R.+ R.+ Tolkien wrote The Hobbit.'],
  ['My name is Jonas E. Smith.', 'My name is Jonas E.+ Smith.'],
  ['Did you see Albert I. Jones yesterday?', 'Did you see Albert I.+ Jones yesterday?'],
  ['J.K. Rowling and C.S. Lewis wrote.', 'J.K.+ Rowling and C.S.+ Lewis wrote.'],
  ['The F.B.I. Director resigned.', 'The F.B.I.+ Director resigned.'],
  ['Infections with E. coli rose.', 'Infections with E.+ coli rose.'],
  ['CNN\'s Eliott C. McLaughlin contributed.', "CNN's Eliott C.+ McLaughlin contributed."],
  ['See Appendix B. 4 tables follow.', 'See Appendix B.+ 4 tables follow.'],
  // A word that starts sentences after the letter: the initial was the end of one.
  ['We make a good team, you and I. Did you see him?', 'We make a good team, you and I. Did you see him?'],
  ['It ended World War I. The peace was short.', 'It ended World War I. The peace was short.'],
  ['Infants are labelled C. Adult females are in image D.', 'Infants are labelled C. Adult females are in image D.'],
  ['It was written by J. Smith in 1990.', 'It was written by J.+ Smith in 1990.'],
  ['They asked the F.B.I. It declined.', 'They asked the F.B.I. It declined.'],
  // Place acronyms are not initials.
  ['He moved to the U.S. Then he left.', 'He moved to the U.S. Then he left.'],
];

describe('merge-initials', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeInitials, input)).toBe(expected);
  });
});
