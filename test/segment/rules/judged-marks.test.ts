import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgedMarks, RULES, RULES_BY_MARK } from '../../../src/segment/rules/index.js';
import { findBoundaries } from '../../../src/segment/scan.js';
import { applyRules, createDocument } from '../../../src/segment/split-sentences.js';

/** Every boundary of the text, with the sentence starts the whole rule list gives them, and a rule that judged one it may not. */
function misjudged(text: string): string | undefined {
  const doc = createDocument(text, 0, text.length);
  let sentenceStart = 0;
  for (const boundary of findBoundaries(doc)) {
    boundary.sentenceStart = sentenceStart;
    const mark = boundary.mark ?? 'none';
    for (const rule of RULES) {
      if (!judgedMarks(rule).includes(mark) && rule(boundary, doc) !== undefined) return `${rule.name} on ${mark} at ${boundary.end}`;
    }
    if (applyRules(boundary, doc)) sentenceStart = boundary.next;
  }
  return undefined;
}

const pieces = [
  'The', 'he', 'Mr', 'U.S', 'e.g', 'a.m', 'Inc', 'J', 'I', 'War', 'King', 'Plan', 'B', '1958', 'x.y@z.org', '.', '. ', '?', '!',
  '...', '…', '. . .', ',', ':', '"', "'", '”', '(', ')', '[1]', '1.', '2.)', 'a)', '•', '- ', ' ', '  ', '\n', '\n\n', "''", '-rrb-',
];

describe('the marks each rule judges', () => {
  it('keep every rule in the list for each mark, in order', () => {
    for (const rules of Object.values(RULES_BY_MARK)) {
      const positions = rules.map((rule) => RULES.indexOf(rule));
      expect(positions.every((position, i) => position >= 0 && (i === 0 || position > (positions[i - 1] ?? -1)))).toBe(true);
    }
  });

  it('are the only ones a rule has an opinion on, in the shared cases', () => {
    const cases = JSON.parse(readFileSync(new URL('../../fixtures/segmentation-cases.json', import.meta.url), 'utf8')) as Array<{ text: string }>;
    for (const { text } of cases) expect(misjudged(text), text).toBeUndefined();
  });

  it('are the only ones a rule has an opinion on, in any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.boolean(), (parts, spaced) => {
        const text = parts.join(spaced ? ' ' : '');
        expect(misjudged(text), text).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
