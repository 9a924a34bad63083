import { describe, expect, it } from 'vitest';
import { breakBeforeListItems } from '../../../src/segment/rules/break-before-list-items.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['Key points\n- Costs are falling\n- Demand is rising', 'Key points|\n- Costs are falling|\n- Demand is rising'],
  ['Follow these steps:\n1. Open the box.\n2. Plug it in.', 'Follow these steps:|\n1. Open the box.|\n2. Plug it in.'],
  ['Options\n(a) stay\n(b) go', 'Options|\n(a) stay|\n(b) go'],
  ['Parts\nA) the engine\nB) the wheels', 'Parts|\nA) the engine|\nB) the wheels'],
  ['* first\n* second', '* first|\n* second'],
  ['1.) The first item 2.) The second item', '1.) The first item| 2.) The second item'],
  ['1) The first item 2) The second item', '1) The first item| 2) The second item'],
  ['a. The first item b. The second item c. The third list item', 'a. The first item| b. The second item| c. The third list item'],
  ['• 9. The first item • 10. The second item', '• 9. The first item| • 10. The second item'],
  ['Home • News • Sport', 'Home| • News| • Sport'],
  // Not items: a dash or a bracketed letter inside a line, a number out of sequence or before lower case.
  ['The plan - if it works - will save money.', 'The plan - if it works - will save money.'],
  ['We need (a) a plan and (b) a budget.', 'We need (a) a plan and (b) a budget.'],
  ['1. We need a plan and 2. a budget.', '1. We need a plan and 2. a budget.'],
  ['He scored 2. The crowd cheered 3. Times.', 'He scored 2. The crowd cheered 3. Times.'],
  ['It fell to\n-5 degrees overnight.', 'It fell to\n-5 degrees overnight.'],
];

describe('break-before-list-items', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(breakBeforeListItems, input)).toBe(expected);
  });
});
