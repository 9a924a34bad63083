import { summarize, SummarizeError, type Budget } from '../index.js';
import { displayText } from '../text.js';
import { decode, InputError, tooLarge } from './input.js';
import { emptySummaryWarning, invalidUtf8 } from './messages.js';
import { budgetKinds, libraryOptions, type CliOptions } from './program.js';

/** One line of the input: its bytes without the line break, or undefined when it is longer than allowed. */
export interface Line {
  number: number;
  bytes: Uint8Array | undefined;
}

/** What one line gives; plain data, so that a worker thread can send it back as it is. */
export interface LineResult {
  /** The output record as one line of JSON (without the line break); undefined for a blank line. */
  json: string | undefined;
  /** The record is an `error` record. */
  failed: boolean;
  /** Warnings to print before the record, without the `summarize: warning:` prefix. */
  warnings: string[];
}

/**
 * The output record of one line of the input called `name`. A bad line gives an `error` record;
 * anything else thrown is a bug, not a bad line, and ends the run.
 */
export function recordOf(line: Line, options: CliOptions, name: string): LineResult {
  const warnings: string[] = [];
  let id: unknown = null;
  try {
    if (line.bytes === undefined) throw tooLarge(options.maxBytes);
    const { text: json, valid } = decode(line.bytes);
    if (json.trim() === '') return { json: undefined, failed: false, warnings };
    if (!valid) warnings.push(invalidUtf8(`${name} line ${line.number}`));
    const item = parseItem(json);
    id = item.id ?? null;
    if (typeof item.text !== 'string') throw new InputError('no string "text" field');
    const budget = budgetOf(item) ?? options.budget;
    const summary = summarize(item.text, { ...libraryOptions(options), budget });
    const empty = emptySummaryWarning(summary, budget);
    if (empty !== undefined) warnings.push(`${name} line ${line.number}: ${empty}`);
    return { json: JSON.stringify({ id, summary: summary.sentences.map((s) => displayText(s.text)), ...summary }), failed: false, warnings };
  } catch (error) {
    if (!(error instanceof SummarizeError || error instanceof InputError)) throw error;
    return { json: JSON.stringify({ id, error: `line ${line.number}: ${error.message}` }), failed: true, warnings };
  }
}

/**
 * The `id` of the record {@link recordOf} gives a line, as JSON, or undefined for a blank line,
 * which gives none: found without summarizing, so that `--resume` can check what it skips.
 */
export function recordIdOf(line: Line): string | undefined {
  if (line.bytes === undefined) return 'null';
  const { text } = decode(line.bytes);
  if (text.trim() === '') return undefined;
  let id: unknown = null;
  try {
    id = parseItem(text).id ?? null;
  } catch {
    // Not a JSON object: its error record has no id.
  }
  return JSON.stringify(id);
}

function parseItem(json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InputError(`not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('not a JSON object');
  return value as Record<string, unknown>;
}

/** A length set on the line itself, which replaces the command line's; summarize() checks its value. */
function budgetOf(item: Record<string, unknown>): Budget | undefined {
  const given = budgetKinds.filter((kind) => item[kind] !== undefined);
  if (given.length > 1) throw new InputError(`more than one length (${given.join(', ')}); give one`);
  const [kind] = given;
  if (kind === undefined) return undefined;
  const value = item[kind];
  if (typeof value !== 'number') throw new InputError(`${kind} must be a number, not ${JSON.stringify(value)}`);
  return { kind, value };
}
