import { describe, expect, it } from 'vitest';
import { mergeListMarkers } from '../../../src/segment/rules/merge-list-markers.js';
import { verdicts } from './verdicts.js';

const table: Array<[string, string]> = [
  ['Steps:\n1. Open the box.\n2. Plug it in.', 'Steps:\n1.+ Open the box.\n2.+ Plug it in.'],
  ['1.) The first item 2.) The second item', '1.)+ The first item 2.)+ The second item'],
  ['a. The first item b. The second item', 'a.+ The first item b.+ The second item'],
  ['• 9. The first item • 10. The second item', '• 9.+ The first item • 10.+ The second item'],
  ['⁃9. The first item ⁃10. The second item', '⁃9.+ The first item ⁃10.+ The second item'],
  ['Contents\niv. The last chapter', 'Contents\niv.+ The last chapter'],
  // A number or letter with a full stop inside a line, out of sequence, is no marker.
  ['The team scored 3. The fans cheered.', 'The team scored 3. The fans cheered.'],
  ['He finished 2. The crowd 3. Left.', 'He finished 2. The crowd 3. Left.'],
  ['Plan b. The plan failed.', 'Plan b. The plan failed.'],
];

describe('merge-list-markers', () => {
  it.each(table)('%j', (input, expected) => {
    expect(verdicts(mergeListMarkers, input)).toBe(expected);
  });
});
