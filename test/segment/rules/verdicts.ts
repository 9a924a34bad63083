import { findBoundaries } from '../../../src/segment/scan.js';
import { applyRules, createDocument } from '../../../src/segment/split-sentences.js';
import type { Rule } from '../../../src/segment/types.js';

/**
 * The text with one rule's opinion written in at every boundary it has one on: "|" where it ends
 * the sentence, "+" where it keeps it going. Boundaries see the sentence starts the whole rule
 * list gives them, as in `splitSentences`.
 */
export function verdicts(rule: Rule, text: string): string {
  const doc = createDocument(text, 0, text.length);
  let out = '';
  let copied = 0;
  let sentenceStart = 0;
  for (const boundary of findBoundaries(doc)) {
    boundary.sentenceStart = sentenceStart;
    const verdict = rule(boundary, doc);
    if (verdict !== undefined) {
      out += text.slice(copied, boundary.end) + (verdict === 'break' ? '|' : '+');
      copied = boundary.end;
    }
    if (applyRules(boundary, doc)) sentenceStart = boundary.next;
  }
  return out + text.slice(copied);
}
