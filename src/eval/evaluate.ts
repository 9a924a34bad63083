/**
 * Scoring a corpus: summaries and references as JSON Lines matched by `id`, per-document ROUGE,
 * and the means with bootstrap confidence intervals. Pure: the caller reads the files.
 */
import { bootstrapMeans, type ConfidenceInterval } from './bootstrap.js';
import { rouge, type RougeScores } from './rouge.js';

/** A line of input that cannot be used; the message names the source and line. */
export class EvalInputError extends Error {
  override readonly name = 'EvalInputError';
}

/** One JSON Lines record: its id and its sentences. */
export interface EvalRecord {
  readonly id: string;
  readonly sentences: readonly string[];
  /** 1-based line number in its source. */
  readonly line: number;
}

export interface EvalPair {
  readonly id: string;
  readonly summary: readonly string[];
  readonly reference: readonly string[];
}

export interface MetricReport {
  readonly recall: ConfidenceInterval;
  readonly precision: ConfidenceInterval;
  readonly f1: ConfidenceInterval;
}

export interface CorpusReport {
  readonly documents: number;
  readonly stem: boolean;
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
  readonly rouge1: MetricReport;
  readonly rouge2: MetricReport;
  readonly rougeL: MetricReport;
}

export interface CorpusOptions {
  readonly stem: boolean;
  /** Score with Unicode tokens (rouge.ts `unicodeTokens`), for text in any language; never stemmed. */
  readonly unicode?: boolean;
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
}

/** What `summarize --jsonl` writes holds `summary`; the data sets' files hold `reference`. */
export const summaryFields = ['summary'] as const;
export const referenceFields = ['reference', 'references', 'summary'] as const;

function sentencesOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split('\n');
  if (Array.isArray(value) && value.every((sentence) => typeof sentence === 'string')) return value as string[];
  return undefined;
}

/**
 * The records of a JSON Lines text, each with its id and the sentences of the first of `fields`
 * it has: an array of sentences, or a string with one sentence a line. Blank lines are skipped.
 */
export function parseRecords(text: string, source: string, fields: readonly string[]): EvalRecord[] {
  const records: EvalRecord[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const content = (lines[index] as string).trim();
    if (content === '') continue;
    const line = index + 1;
    const fail = (why: string): never => {
      throw new EvalInputError(`${source}:${line}: ${why}`);
    };
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      fail(`not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a JSON object');
    const object = value as Record<string, unknown>;
    const id = object.id;
    if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) fail('no "id" (a string or a number)');
    const field = fields.find((name) => name in object);
    if (field === undefined) fail(`no ${fields.map((name) => `"${name}"`).join(' or ')}`);
    const sentences = sentencesOf(object[field as string]);
    if (sentences === undefined) fail(`"${field}" is neither a string nor an array of strings`);
    records.push({ id: String(id), sentences: sentences as string[], line });
  }
  return records;
}

/**
 * Each summary with the reference of the same id, in the summaries' order. Every summary needs a
 * reference; references without a summary are left out, so a subset of a data set can be scored.
 */
export function pairRecords(
  summaries: readonly EvalRecord[],
  summarySource: string,
  references: readonly EvalRecord[],
  referenceSource: string,
): EvalPair[] {
  const byId = new Map<string, EvalRecord>();
  for (const reference of references) {
    const earlier = byId.get(reference.id);
    if (earlier !== undefined) {
      throw new EvalInputError(`${referenceSource}:${reference.line}: id ${JSON.stringify(reference.id)} is already on line ${earlier.line}`);
    }
    byId.set(reference.id, reference);
  }
  const seen = new Map<string, number>();
  return summaries.map((summary) => {
    const earlier = seen.get(summary.id);
    if (earlier !== undefined) {
      throw new EvalInputError(`${summarySource}:${summary.line}: id ${JSON.stringify(summary.id)} is already on line ${earlier}`);
    }
    seen.set(summary.id, summary.line);
    const reference = byId.get(summary.id);
    if (reference === undefined) {
      throw new EvalInputError(`${summarySource}:${summary.line}: no reference has id ${JSON.stringify(summary.id)} in ${referenceSource}`);
    }
    return { id: summary.id, summary: summary.sentences, reference: reference.sentences };
  });
}

const metrics = ['rouge1', 'rouge2', 'rougeL'] as const;
const measures = ['recall', 'precision', 'f1'] as const;

/**
 * The order ROUGE-1.5.5 resamples documents in when they are numbered 1..n (as pyrouge numbers
 * them): it sorts their ids as strings, 1, 10, 100, 101, ..., 11, ... With the same order and
 * seeds, the intervals are the ones ROUGE prints.
 */
function rougeOrder(n: number): number[] {
  return Array.from({ length: n }, (_, index) => index).sort((a, b) => {
    const [first, second] = [String(a + 1), String(b + 1)];
    return first < second ? -1 : first > second ? 1 : 0;
  });
}

/** Per-document ROUGE of every pair, then the mean of each figure with its bootstrap interval. */
export function evaluateCorpus(pairs: readonly EvalPair[], options: CorpusOptions): CorpusReport {
  if (pairs.length === 0) throw new EvalInputError('no summaries to score');
  const scores: RougeScores[] = rougeOrder(pairs.length).map((index) => {
    const pair = pairs[index] as EvalPair;
    return rouge(pair.summary, pair.reference, { stem: options.stem, unicode: options.unicode === true });
  });
  const columns = metrics.flatMap((metric) => measures.map((measure) => scores.map((score) => score[metric][measure])));
  const intervals = bootstrapMeans(columns, { resamples: options.resamples, confidence: options.confidence, seed: options.seed });
  const report = (m: number): MetricReport => ({
    recall: intervals[m * 3] as ConfidenceInterval,
    precision: intervals[m * 3 + 1] as ConfidenceInterval,
    f1: intervals[m * 3 + 2] as ConfidenceInterval,
  });
  return {
    documents: pairs.length,
    stem: options.stem && options.unicode !== true,
    resamples: options.resamples,
    confidence: options.confidence,
    seed: options.seed,
    rouge1: report(0),
    rouge2: report(1),
    rougeL: report(2),
  };
}

/** The report as a small table, scores x 100 as the literature prints them. */
export function formatPlain(report: CorpusReport): string {
  const percent = (x: number): string => (100 * x).toFixed(2);
  const cell = (interval: ConfidenceInterval): string => `${percent(interval.mean)} (${percent(interval.lower)}-${percent(interval.upper)})`;
  const names = { rouge1: 'ROUGE-1', rouge2: 'ROUGE-2', rougeL: 'ROUGE-L' };
  const table = [
    ['', 'Recall', 'Precision', 'F1'],
    ...metrics.map((metric) => [names[metric], ...measures.map((measure) => cell(report[metric][measure]))]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] as string).length))) ?? [];
  const lines = table.map((row) => row.map((text, column) => text.padEnd((widths[column] as number) + 2)).join('').trimEnd());
  const about =
    `${report.documents} document${report.documents === 1 ? '' : 's'}, ${report.stem ? 'stemmed' : 'not stemmed'}; ` +
    `mean x 100 (${report.confidence}% confidence interval, ${report.resamples} bootstrap resamples, seed ${report.seed})`;
  return [about, '', ...lines, ''].join('\n');
}
