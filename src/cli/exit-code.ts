import { CommanderError } from 'commander';
import { SummarizeError, type ErrorCode } from '../index.js';
import { FetchError } from './fetch-error.js';
import { InputError } from './input.js';

/** Every exit status the CLI uses (docs/cli.md lists them). 70 is EX_SOFTWARE of sysexits.h. */
export const exitCodes = {
  ok: 0,
  /** An input could not be read, or is not something to summarize. */
  input: 1,
  /** The command line is wrong. */
  usage: 2,
  /** A URL could not be fetched: no such host, connection refused, a TLS error, a timeout, too many redirects. */
  network: 3,
  /** A URL's server answered with a 4xx or 5xx status. */
  status: 4,
  /** A bug. */
  internal: 70,
  /** Stopped by SIGINT (Ctrl-C): 128 + 2, as a shell reports it. */
  interrupted: 130,
  /** Stopped by SIGTERM: 128 + 15. */
  terminated: 143,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** What each exit status means, in the words `--help` and the man page use. */
export const exitCodeMeanings: Record<ExitCode, string> = {
  [exitCodes.ok]: 'done (warnings may have been printed)',
  [exitCodes.input]: 'an input could not be read or summarized, or the output could not be written',
  [exitCodes.usage]: 'the command line is wrong',
  [exitCodes.network]: 'a URL could not be fetched: no such host, connection refused, TLS error, timeout, too many redirects',
  [exitCodes.status]: 'a URL answered with an HTTP error status (4xx or 5xx)',
  [exitCodes.internal]: 'internal error: a bug (SUMMARIZE_DEBUG=1 shows its stack)',
  [exitCodes.interrupted]: 'stopped by SIGINT',
  [exitCodes.terminated]: 'stopped by SIGTERM',
};

const forLibraryError: Record<ErrorCode, ExitCode> = {
  EMPTY_INPUT: exitCodes.input,
  BINARY_INPUT: exitCodes.input,
  INPUT_TOO_LARGE: exitCodes.input,
  INVALID_OPTION: exitCodes.usage,
  UNKNOWN_ALGORITHM: exitCodes.usage,
};

/** The exit code an error stands for; anything not raised on purpose is internal. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof SummarizeError) return forLibraryError[error.code];
  if (error instanceof InputError) return exitCodes.input;
  if (error instanceof FetchError) return error.kind === 'network' ? exitCodes.network : exitCodes.status;
  // --help and --version end parsing with a CommanderError of exit code 0.
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  return exitCodes.internal;
}

/** Worst first: a run ends with the most serious of the codes its inputs gave. */
const severity: readonly ExitCode[] = [exitCodes.internal, exitCodes.usage, exitCodes.status, exitCodes.network, exitCodes.input];

/** The exit code of a whole run from the codes of its parts. */
export function exitCodeOf(codes: readonly ExitCode[]): ExitCode {
  return severity.find((code) => codes.includes(code)) ?? exitCodes.ok;
}
