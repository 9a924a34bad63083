import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { cliDefaults, createProgram, keywordsBeforeInput, parseArgs, type CliOptions } from '../../src/cli/program.js';
import { defaults, scorers } from '../../src/index.js';

/** Parse in-process: exitOverride turns every exit into a thrown CommanderError. */
function parse(...argv: string[]): { options?: CliOptions; error?: CommanderError; out: string; err: string } {
  let out = '';
  let err = '';
  const program = createProgram({ writeOut: (s) => void (out += s), writeErr: (s) => void (err += s) });
  try {
    return { options: parseArgs(program, argv), out, err };
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { error, out, err };
  }
}

describe('keywordsBeforeInput', () => {
  const inputs = new Set(['a.txt', '1984.txt', '5', '-']);
  it.each([
    [['-k', 'a.txt'], ['--keywords=10', 'a.txt']],
    [['--keywords', 'a.txt'], ['--keywords=10', 'a.txt']],
    // Starts like a number, is none: a file when it is one.
    [['-k', '1984.txt'], ['--keywords=10', '1984.txt']],
    // A number is N, even where a file has that name; "-" is an option's business.
    [['-k', '5', 'a.txt'], ['-k', '5', 'a.txt']],
    [['-k', '2.5'], ['-k', '2.5']],
    [['-k', '-'], ['-k', '-']],
    // No such input: left to -k, which refuses it.
    [['-k', 'many'], ['-k', 'many']],
    [['--', '-k', 'a.txt'], ['--', '-k', 'a.txt']],
    [['a.txt', '-k'], ['a.txt', '-k']],
  ])('%j -> %j', (argv, expected) => {
    expect(keywordsBeforeInput(argv, (arg) => inputs.has(arg))).toEqual(expected);
  });
});

describe('parseArgs', () => {
  it('takes every default from the library and cliDefaults', () => {
    expect(parse().options).toEqual({
      files: [],
      budget: defaults.budget,
      algorithm: defaults.algorithm,
      order: defaults.order,
      keywords: undefined,
      format: cliDefaults.format,
      header: true,
      color: undefined,
      split: false,
      jsonl: false,
      maxBytes: cliDefaults.maxBytes,
      html: undefined,
      markdown: undefined,
      language: 'auto',
      progress: true,
      explain: false,
      highlight: false,
    } satisfies CliOptions);
  });

  it.each<[string[], Partial<CliOptions>]>([
    [['a.txt', '-', 'b.txt'], { files: ['a.txt', '-', 'b.txt'] }],
    [['-n', '2'], { budget: { kind: 'sentences', value: 2 } }],
    [['--sentences=5'], { budget: { kind: 'sentences', value: 5 } }],
    [['--ratio', '0.25'], { budget: { kind: 'ratio', value: 0.25 } }],
    [['--ratio', '1'], { budget: { kind: 'ratio', value: 1 } }],
    [['--words', '60'], { budget: { kind: 'words', value: 60 } }],
    [['--chars', '280'], { budget: { kind: 'chars', value: 280 } }],
    [['--timeout', '2.5'], { timeout: 2.5 }],
    [['--no-progress'], { progress: false }],
    [['--completion', 'zsh'], { completion: 'zsh' }],
    [['-a', 'lead', '--order', 'score'], { algorithm: 'lead', order: 'score' }],
    [['--language', 'de'], { language: 'de' }],
    [['-l', 'zh'], { language: 'zh' }],
    [['-k'], { keywords: cliDefaults.keywords }],
    [['-k', '3', 'a.txt'], { keywords: 3, files: ['a.txt'] }],
    [['a.txt', '-k'], { keywords: cliDefaults.keywords, files: ['a.txt'] }],
    [['-k', '0'], { keywords: 0 }],
    // A file that exists after -k is the input, not N (test/cli/program.test.ts is one).
    [['-k', 'test/cli/program.test.ts'], { keywords: cliDefaults.keywords, files: ['test/cli/program.test.ts'] }],
    [['--keywords', 'https://example.com/a'], { keywords: cliDefaults.keywords, files: ['https://example.com/a'] }],
    [['-n', '2', '-k', 'test/cli/program.test.ts', '-f', 'json'], { keywords: cliDefaults.keywords, files: ['test/cli/program.test.ts'], format: 'json' }],
    [['-f', 'json'], { format: 'json' }],
    [['--format', 'markdown', '--no-header'], { format: 'markdown', header: false }],
    [['--color'], { color: true }],
    [['--no-color'], { color: false }],
    [['--color', '--no-color'], { color: false }],
    [['--split'], { split: true }],
    [['--jsonl', '--max-bytes', '1000'], { jsonl: true, maxBytes: 1000 }],
    [['--jsonl', '--jobs', '3'], { jsonl: true, jobs: 3 }],
    [['--jsonl'], { jobs: undefined }],
    [['--', '--color'], { files: ['--color'], color: undefined }],
    [['--html'], { html: true, markdown: undefined }],
    [['--no-html', '--markdown'], { html: false, markdown: true }],
    [['--html', '--no-markdown'], { html: true, markdown: false }],
    [['--html', '--no-html'], { html: false }],
    [['--no-markdown', '--jsonl'], { markdown: false, jsonl: true }],
  ])('%j', (argv, expected) => {
    expect(parse(...argv).options).toMatchObject(expected);
  });

  it.each<[string[], string]>([
    [['-n', '0'], "error: option '-n, --sentences <N>' argument '0' is invalid. Sentences must be a whole number of at least 1, not 0."],
    [['-n', 'abc'], "error: option '-n, --sentences <N>' argument 'abc' is invalid. Not a number. Sentences must be a whole number of at least 1."],
    [['-n', ''], "error: option '-n, --sentences <N>' argument '' is invalid. Not a number. Sentences must be a whole number of at least 1."],
    [['-n', '0x10'], "error: option '-n, --sentences <N>' argument '0x10' is invalid. Not a number. Sentences must be a whole number of at least 1."],
    [['-n', '2.5'], "error: option '-n, --sentences <N>' argument '2.5' is invalid. Sentences must be a whole number of at least 1, not 2.5."],
    [['--ratio', '2'], "error: option '--ratio <R>' argument '2' is invalid. Ratio must be a number greater than 0 and at most 1, not 2."],
    [['--ratio', '0'], "error: option '--ratio <R>' argument '0' is invalid. Ratio must be a number greater than 0 and at most 1, not 0."],
    [['--words', '-1'], "error: option '--words <N>' argument '-1' is invalid. Words must be a whole number of at least 1, not -1."],
    [['--chars', '1e400'], "error: option '--chars <N>' argument '1e400' is invalid. Chars must be a whole number of at least 1, not Infinity."],
    [['-n', '2', '--words', '10'], "error: option '-n, --sentences <N>' cannot be used with option '--words <N>'"],
    [['--ratio', '0.5', '--chars', '10'], "error: option '--ratio <R>' cannot be used with option '--chars <N>'"],
    [['-k', '-1'], "error: option '-k, --keywords [N]' argument '-1' is invalid. Keywords must be a whole number of at least 0, not -1."],
    // No number, and no file of that name: still -k's value, and refused.
    [['-k', 'no-such-file.txt'], "error: option '-k, --keywords [N]' argument 'no-such-file.txt' is invalid. Not a number. Keywords must be a whole number of at least 0."],
    [['-k', '2.5'], "error: option '-k, --keywords [N]' argument '2.5' is invalid. Keywords must be a whole number of at least 0, not 2.5."],
    [['--max-bytes', '0'], "error: option '--max-bytes <N>' argument '0' is invalid. Must be a whole number of bytes from 1 to 524288000 (500 MiB)."],
    [['--jobs', '0'], "error: option '--jobs <N>' argument '0' is invalid. Must be a whole number of worker threads from 1 to 64."],
    [['--jobs', '1.5'], "error: option '--jobs <N>' argument '1.5' is invalid. Must be a whole number of worker threads from 1 to 64."],
    [['--jobs', '5000'], "error: option '--jobs <N>' argument '5000' is invalid. Must be a whole number of worker threads from 1 to 64."],
    [['-a', 'nope'], `error: option '-a, --algorithm <NAME>' argument 'nope' is invalid. Allowed choices are ${scorers.map((s) => s.name).join(', ')}.`],
    [['--order', 'random'], "error: option '--order <ORDER>' argument 'random' is invalid. Allowed choices are document, score."],
    [['--format', 'xml'], "error: option '-f, --format <FORMAT>' argument 'xml' is invalid. Allowed choices are text, plain, markdown, json, html."],
    [['--split', '--jsonl'], "error: option '--split' cannot be used with option '--jsonl'"],
    [['--split', '-f', 'plain'], "error: option '--split' cannot be used with option '-f, --format <FORMAT>'"],
    [['--html', '--markdown'], "error: option '--html' cannot be used with option '--markdown'"],
    [['--markdown', '--jsonl'], "error: option '--markdown' cannot be used with option '--jsonl'"],
    [['--jsonl', '--html'], "error: option '--html' cannot be used with option '--jsonl'"],
    [['--frobnicate'], "error: unknown option '--frobnicate'"],
    [['-n'], "error: option '-n, --sentences <N>' argument missing"],
  ])('%j is a usage error', (argv, message) => {
    const { error, err } = parse(...argv);
    expect(error?.message).toBe(message);
    expect(error?.exitCode).not.toBe(0);
    // Nothing printed: the caller reports the error as one line.
    expect(err).toBe('');
  });

  it('--help lists every algorithm with its description, from the registry', () => {
    const { error, out } = parse('--help');
    expect(error?.exitCode).toBe(0);
    for (const scorer of scorers) expect(out).toMatch(new RegExp(`^  ${scorer.name} +${scorer.description.replace(/[()]/gu, '\\$&')}$`, 'mu'));
  });

  it('--version prints the version of the package', () => {
    const { error, out } = parse('--version');
    expect(error?.exitCode).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+/u);
  });
});
