import type { SentenceExplanation, Summary } from '../types.js';
import { visible } from './escape.js';

/**
 * One line of why a sentence was chosen: its rank, the factors of its score, and its heaviest terms,
 * e.g. `#1 of 23 · content 41.2 × length 0.21 × position 0.98 × long 1 · terms: CSTO, Tokayev`.
 */
export function explainLine(explanation: SentenceExplanation): string {
  const join = explanation.combine === 'sum' ? ' + ' : ' × ';
  const factors = explanation.factors.map((f) => `${f.name} ${number(f.value)}`).join(join);
  const terms = explanation.terms.map((t) => visible(t.term)).join(', ');
  return [`#${explanation.rank} of ${explanation.of}`, factors, ...(terms === '' ? [] : [`terms: ${terms}`])].join(' · ');
}

/** The factors' notes, once per summary: what each factor measures, for the reader of --explain. */
export function explainLegend(summary: Summary): string | undefined {
  const first = summary.sentences.find((s) => s.explanation !== undefined)?.explanation;
  if (first === undefined) return undefined;
  return `Score (${summary.algorithm}) = ${first.factors.map((f) => `${f.name}: ${f.note}`).join(first.combine === 'sum' ? ' + ' : '; × ')}`;
}

/** Four significant digits at most: enough to compare, short enough to read. */
export function number(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
