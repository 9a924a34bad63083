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
  // A label or a number, not an initial: after a noun that letters and numerals label, or a ruler's name.
  ['It ended World War I. Following the war, he moved.', 'It ended World War I. Following the war, he moved.'],
  ['They switched to Plan B. Analysts expect more.', 'They switched to Plan B. Analysts expect more.'],
  ['The figures are in Appendix C. Tables follow.', 'The figures are in Appendix C. Tables follow.'],
  ['It was built under King George V. Parliament opened it.', 'It was built under King George V. Parliament opened it.'],
  ['It was elected Pope John Paul I. Cardinals had met for days.', 'It was elected Pope John Paul I. Cardinals had met for days.'],
  ['Take Vitamin C. Doctors agree.', 'Take Vitamin C. Doctors agree.'],
  // A first name, or a ruler's numeral other than I, V or X, keeps the initial.
  ['Did you see King Albert I. Jones? No.', 'Did you see King Albert I. Jones? No.'],
  ['The speaker was James C. Jones of Ohio.', 'The speaker was James C.+ Jones of Ohio.'],
  ['The speaker was Charles V. Smith of Ohio.', 'The speaker was Charles V.+ Smith of Ohio.'],
  ['They met King James L. Smith there.', 'They met King James L.+ Smith there.'],
  // Place acronyms are not initials.
  ['He moved to the U.S. Then he left.', 'He moved to the U.S. Then he left.'],
];

describe('merge-initials', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeInitials, input)).toBe(expected);
  });
});
