import type { ExitCode } from './exit-code.js';
import type { Output } from './output.js';
import type { CliOptions } from './program.js';

// The types main.ts and the code it runs (jsonl.ts) share, in a module of their own: main.ts loads
// jsonl.ts, and jsonl.ts needs the session main.ts makes, so neither imports the other back.

/** The process as the CLI sees it; tests pass their own streams. */
export interface Io {
  /** The arguments after `node script`. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdin: AsyncIterable<Buffer> & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  /**
   * The file descriptor behind `stdout`, when it may be written directly: a file or a pipe there
   * is then written without the stream, which is only made for a terminal (see {@link fdOutput}).
   */
  stdoutFd?: number;
  /** Where SIGINT and SIGTERM arrive: the process; tests emit them. Without it, signals are not handled. */
  signals?: Pick<NodeJS.EventEmitter, 'on' | 'off'>;
  /**
   * Turns V8's optimizing compiler off for the rest of the process, for a run on one short input
   * (see {@link optimizerPays}). Only the real process passes it: a test, or the build's warm-up
   * run that makes the code cache, must not change the engine's flags.
   */
  withoutOptimizer?: () => void;
}

/** What one run shares with the code that handles its inputs. */
export interface Session {
  options: CliOptions;
  io: Io;
  out: Output;
  /** Write the error's one line to stderr and give its exit code. */
  report(error: unknown, input?: string): ExitCode;
  warn(message: string): void;
  /** Standard output is a file or a pipe, written without its stream: no terminal. */
  stdoutDirect: boolean;
}
