import { displayText } from '../text.js';
import type { Sentence } from '../types.js';
import { block } from './lines.js';

/** What `--split` prints: every sentence of the input as displayed, one per line. */
export function splitLines(sentences: readonly Sentence[]): string {
  return block(sentences.map((s) => displayText(s.text)));
}
