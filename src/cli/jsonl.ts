import { summarize, SummarizeError, type Budget } from '../index.js';
import { displayText } from '../text.js';
import { exitCodeOf, type ExitCode } from './exit-code.js';
import { asInputError, decode, displayName, InputError, open, tooLarge } from './input.js';
import type { Session } from './main.js';
import { emptySummaryWarning, invalidUtf8 } from './messages.js';
import { budgetKinds, inputsOf, libraryOptions } from './program.js';

/** One line of the input: its bytes without the line break, or undefined when it is longer than allowed. */
interface Line {
  number: number;
  bytes: Buffer | undefined;
}

/**
 * `--jsonl`: one JSON record out for each non-blank line in, in order, written as soon as it is
 * made. A bad line gives a record with an `error` and the run goes on; the exit code says some failed.
 */
export async function summarizeLines(session: Session): Promise<ExitCode> {
  const { options, io, out } = session;
  const codes: ExitCode[] = [];
  let records = 0;
  let failed = 0;
  for (const file of inputsOf(options)) {
    if (out.closed) break;
    const name = displayName(file);
    try {
      for await (const line of linesOf(open(file, io.stdin), options.maxBytes)) {
        if (out.closed) break;
        const record = recordOf(line, session, name);
        if (record === undefined) continue;
        records++;
        if ('error' in record) failed++;
        await out.write(`${JSON.stringify(record)}\n`);
      }
    } catch (error) {
      codes.push(session.report(asInputError(error), name));
    }
  }
  if (failed > 0) codes.push(session.report(new InputError(`${failed} of ${records} lines failed (see their "error" fields)`)));
  return exitCodeOf(codes);
}

/** The output record of one line; undefined for a blank line. */
function recordOf(line: Line, { options, warn }: Session, name: string): object | undefined {
  let id: unknown = null;
  try {
    if (line.bytes === undefined) throw tooLarge(options.maxBytes);
    const { text: json, valid } = decode(line.bytes);
    if (json.trim() === '') return undefined;
    if (!valid) warn(invalidUtf8(`${name} line ${line.number}`));
    const item = parseItem(json);
    id = item.id ?? null;
    if (typeof item.text !== 'string') throw new InputError('no string "text" field');
    const budget = budgetOf(item) ?? options.budget;
    const summary = summarize(item.text, { ...libraryOptions(options), budget });
    const empty = emptySummaryWarning(summary, budget);
    if (empty !== undefined) warn(`${name} line ${line.number}: ${empty}`);
    return { id, summary: summary.sentences.map((s) => displayText(s.text)), ...summary };
  } catch (error) {
    // Anything else is a bug, not a bad line: let it end the run.
    if (!(error instanceof SummarizeError || error instanceof InputError)) throw error;
    return { id, error: `line ${line.number}: ${error.message}` };
  }
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

/**
 * The lines of a byte stream. A line longer than `maxBytes` is counted but not kept as it
 * streams past, so memory stays bounded by the limit whatever the input (readline would hold
 * a line whole, however long).
 */
async function* linesOf(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const take = (piece: Buffer): void => {
    size += piece.length;
    if (size <= maxBytes) parts.push(piece);
    else parts = [];
  };
  const end = (): Line => {
    const line = { number: ++number, bytes: size <= maxBytes ? Buffer.concat(parts, size) : undefined };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of source) {
    let from = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, newline));
      yield end();
      from = newline + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0) yield end();
}
