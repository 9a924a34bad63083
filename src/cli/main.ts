import { CommanderError } from 'commander';
import type { WriteStream } from 'node:tty';
import { formats, splitLines, type Style } from '../format/index.js';
import { split, summarize, type Summary } from '../index.js';
import { colorLevel, styleFor, withoutColorVariables, type Terminal } from './color.js';
import { exitCodeFor, exitCodeOf, exitCodes, type ExitCode } from './exit-code.js';
import { asInputError, decode, displayName, open, readBytes } from './input.js';
import { emptySummaryWarning, errorMessage, invalidUtf8, warning } from './messages.js';
import { output, type Output } from './output.js';
import { createProgram, inputsOf, libraryOptions, parseArgs, type CliOptions } from './program.js';

/** The process as the CLI sees it; tests pass their own streams. */
export interface Io {
  /** The arguments after `node script`. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdin: AsyncIterable<Buffer> & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/** What one run shares with the code that handles its inputs. */
export interface Session {
  options: CliOptions;
  io: Io;
  out: Output;
  /** Write the error's one line to stderr and give its exit code. */
  report(error: unknown, input?: string): ExitCode;
  warn(message: string): void;
}

/** The real process: what bin/summarize.js runs. */
export function run(): Promise<ExitCode> {
  return main({ argv: process.argv.slice(2), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}

export async function main(io: Io): Promise<ExitCode> {
  const debug = io.env.SUMMARIZE_DEBUG === '1';
  const report = (error: unknown, input?: string): ExitCode => {
    io.stderr.write(`${errorMessage(error, input, debug)}\n`);
    return exitCodeFor(error);
  };
  const program = createProgram({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  let options: CliOptions;
  try {
    options = parseArgs(program, io.argv);
  } catch (error) {
    // --help and --version end parsing too, having printed what was asked for.
    return error instanceof CommanderError && error.exitCode === 0 ? exitCodes.ok : report(error);
  }
  if (options.files.length === 0 && io.stdin.isTTY === true) {
    io.stderr.write(program.helpInformation());
    return exitCodes.usage;
  }
  const out = output(io.stdout);
  const warn = (message: string): void => void io.stderr.write(`${warning(message)}\n`);
  const session: Session = { options, io, out, report, warn };
  let code: ExitCode;
  try {
    code = options.jsonl ? await (await import('./jsonl.js')).summarizeLines(session) : await summarizeFiles(session);
  } catch (error) {
    return report(error);
  }
  return out.error === undefined ? code : exitCodeOf([code, report(asInputError(out.error), 'standard output')]);
}

/** Each input in turn: a bad one is reported and the others still run, as head(1) does. */
async function summarizeFiles({ options, io, out, report, warn }: Session): Promise<ExitCode> {
  const inputs = inputsOf(options);
  // Several summaries in text formats are told apart by head(1)'s `==> FILE <==`; json has a `file` field.
  const framed = inputs.length > 1 && (options.split || options.format !== 'json');
  const style = await styleFor(options.format === 'text' ? colorLevel(options.color, io.env, terminalOf(io)) : 0);
  const codes: ExitCode[] = [];
  let printed = false;
  for (const file of inputs) {
    if (out.closed) break;
    const name = displayName(file);
    try {
      const { text, valid } = decode(await readBytes(open(file, io.stdin), options.maxBytes));
      const body = options.split ? splitLines(split(text)) : render(summarizeText(text, name, options, warn), options, style, inputs.length > 1 ? name : undefined);
      // Only now: an input the library refuses as binary gets its error, not a warning too.
      if (!valid) warn(invalidUtf8(name));
      await out.write(`${framed ? `${printed ? '\n' : ''}==> ${name} <==\n` : ''}${body}`);
      printed = true;
    } catch (error) {
      codes.push(report(error, name));
    }
  }
  return exitCodeOf(codes);
}

function summarizeText(text: string, name: string, options: CliOptions, warn: (message: string) => void): Summary {
  const summary = summarize(text, libraryOptions(options));
  const empty = emptySummaryWarning(summary, options.budget);
  if (empty !== undefined) warn(`${name}: ${empty}`);
  return summary;
}

function render(summary: Summary, options: CliOptions, style: Style, file: string | undefined): string {
  return formats[options.format](summary, { style, header: options.header, keywords: options.keywords !== undefined, file });
}

function terminalOf({ stdout, env }: Io): Terminal {
  const isTTY = stdout.isTTY === true;
  // Ask the terminal only what it can show: colorLevel decides on FORCE_COLOR and NO_COLOR itself.
  return { isTTY, depth: isTTY ? (stdout as WriteStream).getColorDepth(withoutColorVariables(env)) : 1 };
}
