import { CommanderError } from 'commander';
import { fstatSync, writeSync } from 'node:fs';
import type { WriteStream } from 'node:tty';
import { setFlagsFromString } from 'node:v8';
import { formats, splitLines, type Style } from '../format/index.js';
import { split, summarize, type Summary } from '../index.js';
import { colorLevel, styleFor, withoutColorVariables, type Terminal } from './color.js';
import { exitCodeFor, exitCodeOf, exitCodes, type ExitCode } from './exit-code.js';
import { asInputError, displayName, readText } from './input.js';
import { emptySummaryWarning, errorMessage, invalidBytes, note, readAsUnmarkedUtf16, readAsWindows1252, readWithoutReadability, warning } from './messages.js';
import { fdOutput, output, type Output } from './output.js';
import { fileOutput, type FileOutput } from './output-file.js';
import { longInput, workingLine } from './progress.js';
import { createProgram, inputsOf, libraryOptions, parseArgs, type CliOptions } from './program.js';
import type { Io, Session } from './session.js';

export type { Io, Session } from './session.js';

/** The real process: what bin/summarize.js runs. */
export async function run(): Promise<ExitCode> {
  // The standard streams are made only when used: see lazyStdin, and Io.stdoutFd.
  const io: Io = {
    argv: process.argv.slice(2),
    env: process.env,
    stdin: lazyStdin(),
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    stdoutFd: 1,
    signals: process,
    withoutOptimizer: () => setFlagsFromString('--no-turbofan'),
  };
  const code = await main(io);
  // Stopped by a signal: end by it, as a shell expects of a child (a loop over files stops too); a
  // read may still be pending that would keep the process alive. Our handlers are gone by now.
  const signal = Object.entries(signalCodes).find(([, value]) => value === code)?.[0];
  if (signal !== undefined) process.kill(process.pid, signal);
  return code;
}

/**
 * Standard input, made only when read or asked whether it is a terminal: `process.stdin` builds a
 * stream (a socket, for a pipe) that a run on files never needs, a few milliseconds at start-up.
 */
function lazyStdin(): Io['stdin'] {
  return {
    get isTTY() {
      return process.stdin.isTTY;
    },
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
  };
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
  if (options.completion !== undefined) {
    io.stdout.write((await import('./completion.js')).completionScript(program, options.completion));
    return exitCodes.ok;
  }
  if (options.files.length === 0 && io.stdin.isTTY === true) {
    io.stderr.write(program.helpInformation());
    return exitCodes.usage;
  }
  const outputName = options.output === undefined || options.output === '-' ? undefined : options.output;
  let file: FileOutput | undefined;
  try {
    if (outputName !== undefined) file = fileOutput(outputName);
  } catch (error) {
    return report(asInputError(error), outputName);
  }
  const fd = io.stdoutFd;
  const direct = fd !== undefined && isFileOrPipe(fd);
  const out = stoppable(file ?? (direct ? fdOutput(fd, () => io.stdout, { writeSync }) : output(io.stdout)));
  const warn = (message: string): void => void io.stderr.write(`${warning(message)}\n`);
  const session: Session = { options, io, out, report, warn, stdoutDirect: direct };
  // Handled only when there is something to keep whole: lines of --jsonl, the file of --output.
  // Otherwise a signal ends the process at once, as by default, even in a long summary.
  const stopped = options.jsonl || file !== undefined ? onSignals(io.signals, () => out.stop()) : undefined;
  let code: ExitCode;
  try {
    const work = options.jsonl ? (await import('./jsonl.js')).summarizeLines(session) : summarizeFiles(session);
    // A run stopped by a signal may still fail later (its input closed): that is not news.
    work.catch(() => undefined);
    code = await (stopped === undefined ? work : Promise.race([work, stopped.code]));
  } catch (error) {
    file?.discard();
    return report(error);
  } finally {
    stopped?.dispose();
  }
  if (out.stopped && stopped !== undefined) {
    file?.discard();
    return stopped.code;
  }
  file?.finish();
  return out.error === undefined ? code : exitCodeOf([code, report(asInputError(out.error), outputName ?? 'standard output')]);
}

/** The exit code of each signal handled: 128 + its number, what a shell reports for a process it ended. */
const signalCodes = { SIGINT: exitCodes.interrupted, SIGTERM: exitCodes.terminated } as const;

/** Calls `stop` on SIGINT or SIGTERM, and gives the exit code of the signal once one came. */
function onSignals(signals: Io['signals'], stop: () => void): { code: Promise<ExitCode>; dispose(): void } {
  const handlers = Object.entries(signalCodes).map(([signal, code]) => ({ signal, code, handler: (): void => undefined }));
  const code = new Promise<ExitCode>((resolve) => {
    for (const entry of handlers) {
      entry.handler = () => {
        stop();
        resolve(entry.code);
      };
      signals?.on(entry.signal, entry.handler);
    }
  });
  return { code, dispose: () => handlers.forEach(({ signal, handler }) => signals?.off(signal, handler)) };
}

/** Output that a signal can stop: nothing more is written, and the loops writing it end. */
function stoppable(out: Output): Output & { stop(): void; readonly stopped: boolean } {
  let stopped = false;
  return {
    write: (text) => (stopped ? Promise.resolve() : out.write(text)),
    get closed() {
      return stopped || out.closed;
    },
    get error() {
      return out.error;
    },
    get stopped() {
      return stopped;
    },
    stop() {
      stopped = true;
    },
  };
}

/**
 * Longest single input, in UTF-16 code units, that is summarized without V8's optimizing compiler.
 * On a short text it compiles the scanning and look-up loops once they are hot, then again after
 * each deoptimisation, on a second thread, and that costs more than it saves: without it, CPU time
 * fell from 0.17 to 0.15 s on a 5 KB article, 0.47 to 0.29 s on 100 KB and 0.71 to 0.55 s on
 * 300 KB (wall time the same or less), and rose from 1.13 to 1.33 s on 1 MB (interleaved runs,
 * 5 to 31 each, getrusage).
 */
const maxInputWithoutOptimizer = 256 * 1024;

/** Whether V8's optimizing compiler pays for itself on this run: not for one short input (see {@link maxInputWithoutOptimizer}). */
export function optimizerPays(inputs: number, length: number): boolean {
  return inputs > 1 || length > maxInputWithoutOptimizer;
}

/** Each input in turn: a bad one is reported and the others still run, as head(1) does. */
async function summarizeFiles({ options, io, out, report, warn, stdoutDirect }: Session): Promise<ExitCode> {
  const inputs = inputsOf(options);
  // Several summaries in text formats are told apart by head(1)'s `==> FILE <==`; json has a `file` field.
  const framed = inputs.length > 1 && (options.split || options.format !== 'json');
  const terminal = (options.output === undefined || options.output === '-') && !stdoutDirect ? terminalOf(io) : { isTTY: false, depth: 1 };
  const style = await styleFor(options.format === 'text' ? colorLevel(options.color, io.env, terminal) : 0);
  const codes: ExitCode[] = [];
  let printed = false;
  for (const file of inputs) {
    if (out.closed) break;
    const name = displayName(file);
    try {
      const { text, encoding, replaced, unmarked, flat, url, charset } = await readText(file, io.stdin, options);
      if (!optimizerPays(inputs.length, text.length)) io.withoutOptimizer?.();
      // A URL's json names where it ended up, after redirects.
      const working = text.length > longInput ? workingLine({ stderr: io.stderr, enabled: options.progress }, `${name}: summarizing ${(text.length / 1048576).toFixed(1)} M characters`) : undefined;
      let body: string;
      try {
        body = options.split ? splitLines(split(text, { language: options.language })) : render(summarizeText(text, name, options, warn), options, style, url ?? (inputs.length > 1 ? name : undefined), text);
      } finally {
        working?.();
      }
      // Only now: an input the library refuses as binary gets its error, not a warning too.
      // A page that declared its charset was read in it, which is no news.
      if (encoding === 'windows-1252' && charset === undefined) io.stderr.write(`${note(readAsWindows1252(name))}\n`);
      if (unmarked === true) io.stderr.write(`${note(readAsUnmarkedUtf16(name, encoding))}\n`);
      if (flat !== undefined) io.stderr.write(`${note(readWithoutReadability(name, flat))}\n`);
      if (replaced) warn(invalidBytes(name, charset ?? encoding));
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

function render(summary: Summary, options: CliOptions, style: Style, file: string | undefined, input: string): string {
  return formats[options.format](summary, { style, header: options.header, keywords: options.keywords !== undefined, file, input, highlight: options.highlight });
}

/** A regular file or a FIFO: never a terminal, and written without a stream. Anything else (a terminal, /dev/null, a socket, a closed descriptor) gets the stream. */
function isFileOrPipe(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() || stat.isFIFO();
  } catch {
    return false;
  }
}

function terminalOf({ stdout, env }: Io): Terminal {
  const isTTY = stdout.isTTY === true;
  // Ask the terminal only what it can show: colorLevel decides on FORCE_COLOR and NO_COLOR itself.
  return { isTTY, depth: isTTY ? (stdout as WriteStream).getColorDepth(withoutColorVariables(env)) : 1 };
}
