import { CommanderError } from 'commander';
import type { Budget, Summary } from '../index.js';
import type { Encoding } from '../input/decode.js';
import { exitCodeFor, exitCodes } from './exit-code.js';

/** Every line the CLI writes to stderr starts with this. */
const prefix = 'summarize:';

/**
 * The one line that reports an error: what went wrong and, when known, with which input.
 * An internal error says so; its stack only with SUMMARIZE_DEBUG=1, since a user can do nothing with it.
 */
export function errorMessage(error: unknown, input: string | undefined, debug: boolean): string {
  const where = input === undefined ? '' : `${input}: `;
  if (exitCodeFor(error) !== exitCodes.internal) return `${prefix} ${where}${messageOf(error)}`;
  const stack = debug && error instanceof Error && error.stack !== undefined ? `\n${error.stack}` : '';
  return `${prefix} internal error: ${where}${messageOf(error)}${stack}`;
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // commander writes "error: unknown option '--x'"; the prefix already says it is one.
  return error instanceof CommanderError ? error.message.replace(/^error: /u, '') : error.message;
}

export function warning(message: string): string {
  return `${prefix} warning: ${message}`;
}

/** Something the user may want to know, but that is no problem: the output is as good as ever. */
export function note(message: string): string {
  return `${prefix} note: ${message}`;
}

/** `what` names the input: a file, or a line of one. */
export function invalidUtf8(what: string): string {
  return invalidBytes(what, 'utf-8');
}

const encodingNames: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'windows-1252': 'Windows-1252' };

/** `encoding` may also be the WHATWG name of a charset a web page declared (shift_jis, koi8-r ...). */
export function invalidBytes(what: string, encoding: Encoding | string): string {
  return `${what} is not valid ${encoding in encodingNames ? encodingNames[encoding as Encoding] : encoding}; invalid bytes were replaced with U+FFFD`;
}

/** Said so that a file that was meant to be UTF-8, and is damaged, does not pass unnoticed. */
export function readAsWindows1252(what: string): string {
  return `${what} is not UTF-8; read as Windows-1252`;
}

/** A note that text with no byte-order mark was recognised as UTF-16. */
export function readAsUnmarkedUtf16(what: string, encoding: Encoding): string {
  return `${what} has no byte-order mark; read as ${encodingNames[encoding]}`;
}

/** Said so that the menus and footers in a summary of a page that is past Readability's limits are no surprise. */
export function readWithoutReadability(what: string, why: string): string {
  return `${what}: read without Readability, menus and all: ${why}`;
}

/** Why a length budget gave no sentence at all, or undefined when the summary has some. */
export function emptySummaryWarning(summary: Summary, budget: Budget): string | undefined {
  if (summary.sentences.length > 0) return undefined;
  if (budget.kind === 'words') return `no sentence fits in ${budget.value} words; the summary is empty`;
  if (budget.kind === 'chars') return `no sentence fits in ${budget.value} characters; the summary is empty`;
  return undefined;
}

/** `--resume OUT` found a record cut short at the end of OUT (by SIGKILL, or a crash), and redoes it. */
export function tornRecord(out: string, bytes: number): string {
  return `--resume ${out}: cut off a torn last record (${bytes} bytes, no line break): it is summarized again`;
}
