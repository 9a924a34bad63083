import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapse, sentences } from './helpers.js';

interface Case {
  id: string;
  category: string;
  text: string;
  expected: string[];
}

/** The shared sentence-boundary cases (a copy of ../shared/segmentation/cases.json). */
const cases = JSON.parse(readFileSync(new URL('../fixtures/segmentation-cases.json', import.meta.url), 'utf8')) as Case[];

describe('segmentation cases', () => {
  it('has all 60 cases', () => {
    expect(cases).toHaveLength(60);
  });

  it.each(cases.map((c) => [`${c.category}: ${c.id}`, c] as const))('%s', (_name, c) => {
    expect(sentences(c.text)).toEqual(c.expected.map(collapse));
  });
});
