import { describe, expect, it } from 'vitest';
import { mergeWrappedLines } from '../../../src/segment/rules/merge-wrapped-lines.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  // The line stops where no sentence can.
  ['The report was written by the\nEuropean Commission in March.', 'The report was written by the+\nEuropean Commission in March.'],
  ['Prices rose in France, Spain,\nItaly and Greece.', 'Prices rose in France, Spain,+\nItaly and Greece.'],
  ['A well-known long-distance commu-\nnication system failed.', 'A well-known long-distance commu-+\nnication system failed.'],
  // The next line goes on in lower case from a line of prose.
  ['It was a cold \nnight in the city.', 'It was a cold+ \nnight in the city.'],
  ['This is a sentence\ncut off in the middle because pdf.', 'This is a sentence+\ncut off in the middle because pdf.'],
  // A paragraph wrapped at a fixed width: a full-width line goes on even before a capital.
  [
    'The proposal was examined by the committee at length and then\nMinisters agreed to put it to a vote later in the same week and\nThursday was chosen as the day for it. It passed easily.',
    'The proposal was examined by the committee at length and then+\nMinisters agreed to put it to a vote later in the same week and+\nThursday was chosen as the day for it. It passed easily.',
  ],
  [
    'He waited at the station for the last train home with his friend\nSamuel, who had come all the way from the coast to see him\nbefore the holidays were over. They talked.',
    'He waited at the station for the last train home with his friend+\nSamuel, who had come all the way from the coast to see him+\nbefore the holidays were over. They talked.',
  ],
  // No opinion: headlines, chrome, lists, lines with no end in sight, headings.
  ['Markets Rally on Rate Cut Hopes\nStocks rose sharply on Monday.', 'Markets Rally on Rate Cut Hopes\nStocks rose sharply on Monday.'],
  ['Updated 5 minutes ago\nThe storm made landfall.', 'Updated 5 minutes ago\nThe storm made landfall.'],
  ['features\ncontact manager\nevents, activities\n', 'features\ncontact manager\nevents, activities\n'],
  ['Home\nnews\nsport\nThe article starts here.', 'Home\nnews\nsport\nThe article starts here.'],
  ['## results\naccuracy improved by 4 points.', '## results\naccuracy improved by 4 points.'],
  ['Key points of the\n- Costs are falling.', 'Key points of the\n- Costs are falling.'],
  ['Written by the\n\nCommittee itself.', 'Written by the\n\nCommittee itself.'],
];

describe('merge-wrapped-lines', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeWrappedLines, input)).toBe(expected);
  });
});
