import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { exitCodeFor, exitCodeOf, exitCodes, type ExitCode } from '../../src/cli/exit-code.js';
import { FetchError } from '../../src/cli/fetch-error.js';
import { InputError } from '../../src/cli/input.js';
import { SummarizeError, type ErrorCode } from '../../src/index.js';

describe('exitCodeFor', () => {
  const library = (code: ErrorCode) => new SummarizeError(code, 'x');
  it.each<[string, unknown, ExitCode]>([
    ['empty input', library('EMPTY_INPUT'), 1],
    ['binary input', library('BINARY_INPUT'), 1],
    ['input too large', library('INPUT_TOO_LARGE'), 1],
    ['bad option value', library('INVALID_OPTION'), 2],
    ['unknown algorithm', library('UNKNOWN_ALGORITHM'), 2],
    ['unreadable file', new InputError('permission denied'), 1],
    ['URL not fetched', new FetchError('connection refused', 'network'), 3],
    ['URL answered 404', new FetchError('HTTP 404 Not Found', 'status'), 4],
    ['command-line error', new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"), 2],
    ['--help', new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), 0],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'text')"), 70],
    ['something thrown that is not an Error', 'oops', 70],
  ])('%s', (_name, error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });
});

describe('exitCodeOf', () => {
  it.each<[ExitCode[], ExitCode]>([
    [[], exitCodes.ok],
    [[0, 0], exitCodes.ok],
    [[0, 1, 0], exitCodes.input],
    [[1, 2], exitCodes.usage],
    [[1, 3], exitCodes.network],
    [[3, 4, 1], exitCodes.status],
    [[4, 2], exitCodes.usage],
    [[1, 70, 2], exitCodes.internal],
  ])('%j -> %i', (codes, code) => {
    expect(exitCodeOf(codes)).toBe(code);
  });
});
