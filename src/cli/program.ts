import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option, type OutputConfiguration } from 'commander';
import { formats, type FormatName } from '../format/index.js';
import { defaults, findScorer, resolveOptions, scorers, SummarizeError, type Budget, type Order, type SummarizeOptions } from '../index.js';
import { validateOptions } from '../validate.js';
import { exitCodes } from './exit-code.js';

/** Defaults of the CLI's own flags; the library's come from its `defaults`. */
export const cliDefaults = {
  format: 'text' as FormatName,
  /** 50 MiB: far more than any article, and a bound on the memory a mistaken input can take. */
  maxBytes: 50 * 1024 * 1024,
  /** How many keywords `-k` without a number lists. */
  keywords: defaults.keywords,
};

/** What the command line asks for. */
export interface CliOptions {
  /** Inputs as given; empty means standard input. */
  files: string[];
  budget: Budget;
  algorithm: string;
  order: Order;
  /** Keywords to list after the summary; undefined when not asked for (json still has the default number). */
  keywords: number | undefined;
  format: FormatName;
  header: boolean;
  /** `--color` or `--no-color`; undefined when neither was given. */
  color: boolean | undefined;
  split: boolean;
  jsonl: boolean;
  maxBytes: number;
}

export const budgetKinds = ['sentences', 'ratio', 'words', 'chars'] as const satisfies readonly Budget['kind'][];
const budgetFlags: Record<Budget['kind'], string> = { sentences: '-n', ratio: '--ratio', words: '--words', chars: '--chars' };

/**
 * The commander program. It never exits or prints an error itself (exitOverride, a silent
 * outputError): the caller reports its CommanderError as one line, so tests can run it in-process.
 */
export function createProgram(output: Pick<OutputConfiguration, 'writeOut' | 'writeErr'>): Command {
  return new Command('summarize')
    .description('The most salient sentences of a text, in their original order.')
    .version(version(), '-V, --version')
    .argument('[FILE...]', 'text files to summarize (- or none: standard input)')
    .addOption(budgetOption('-n, --sentences <N>', 'sentences', 'at most N sentences'))
    .addOption(budgetOption('--ratio <R>', 'ratio', 'this share of the sentences (0 < R <= 1)'))
    .addOption(budgetOption('--words <N>', 'words', 'at most N words in all'))
    .addOption(budgetOption('--chars <N>', 'chars', 'at most N characters in all'))
    .addOption(new Option('-a, --algorithm <NAME>', 'how sentences are scored (see Algorithms)').argParser(algorithmArg).default(defaults.algorithm))
    .addOption(new Option('--order <ORDER>', 'order of the sentences').choices(['document', 'score']).default(defaults.order))
    .addOption(new Option('-k, --keywords [N]', 'list the N most salient terms after the summary').preset(String(cliDefaults.keywords)).argParser(keywordsArg))
    .addOption(new Option('-f, --format <FORMAT>', 'output format').choices(Object.keys(formats)).default(cliDefaults.format))
    .option('--no-header', 'leave out the header line (text) or heading (markdown)')
    .option('--color', 'colour the text format even when not on a terminal')
    .option('--no-color', 'never colour')
    .addOption(new Option('--split', 'print every sentence of the input, one per line, and nothing else').conflicts(['jsonl', 'format']))
    .option('--jsonl', 'read JSON Lines ({"id": ..., "text": ...}) and write one JSON summary per line')
    .addOption(new Option('--max-bytes <N>', 'refuse a larger input (with --jsonl: a larger line)').argParser(maxBytesArg).default(cliDefaults.maxBytes, `${cliDefaults.maxBytes}, 50 MiB`))
    .addHelpText('after', helpAfter())
    .exitOverride()
    .configureOutput({ ...output, outputError: () => undefined });
}

/** Parse the command line (without node and script); throws the CommanderError of a usage error, or of --help and --version. */
export function parseArgs(program: Command, argv: readonly string[]): CliOptions {
  program.parse(argv, { from: 'user' });
  const o = program.opts();
  const kind = budgetKinds.find((k) => o[k] !== undefined);
  return {
    files: program.args,
    budget: kind === undefined ? defaults.budget : { kind, value: o[kind] as number },
    algorithm: o.algorithm as string,
    order: o.order as Order,
    keywords: o.keywords as number | undefined,
    format: o.format as FormatName,
    header: o.header as boolean,
    color: o.color as boolean | undefined,
    split: o.split === true,
    jsonl: o.jsonl === true,
    maxBytes: o.maxBytes as number,
  };
}

/** The inputs as named on the command line; none means standard input. */
export function inputsOf(options: CliOptions): string[] {
  return options.files.length > 0 ? options.files : ['-'];
}

/** Options of the library call, from the command line. */
export function libraryOptions(options: CliOptions): Partial<SummarizeOptions> {
  return { budget: options.budget, algorithm: options.algorithm, order: options.order, keywords: options.keywords };
}

function budgetOption(flags: string, kind: Budget['kind'], description: string): Option {
  return new Option(flags, description)
    .argParser((value) => checked({ budget: { kind, value: number(value) } }).budget.value)
    .conflicts(budgetKinds.filter((k) => k !== kind));
}

/** Checked by hand rather than with choices(), which would list every name a second time in --help. */
function algorithmArg(value: string): string {
  if (findScorer(value) === undefined) throw new InvalidArgumentError(`Allowed choices are ${scorers.map((s) => s.name).join(', ')}.`);
  return value;
}

function keywordsArg(value: string): number {
  return checked({ keywords: number(value) }).keywords;
}

function maxBytesArg(value: string): number {
  const n = number(value);
  if (!(Number.isSafeInteger(n) && n >= 1)) throw new InvalidArgumentError('Must be a whole number of bytes, at least 1.');
  return n;
}

/** A number as typed: Number() alone would read '' as 0 and '0x10' as 16. */
function number(value: string): number {
  if (!/^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/iu.test(value)) throw new InvalidArgumentError('Not a number.');
  return Number(value);
}

/** The options, checked by the library itself so that the CLI and the library accept the same values. */
function checked(options: Partial<SummarizeOptions>): SummarizeOptions {
  const resolved = resolveOptions(options);
  try {
    validateOptions(resolved);
  } catch (error) {
    if (error instanceof SummarizeError) throw new InvalidArgumentError(`${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`);
    throw error;
  }
  return resolved;
}

function helpAfter(): string {
  const width = Math.max(...scorers.map((s) => s.name.length));
  const algorithms = scorers.map((s) => `  ${s.name.padEnd(width)}  ${s.description}`);
  const { kind, value } = defaults.budget;
  return [
    '',
    'Algorithms:',
    ...algorithms,
    '',
    `Length: one of -n, --ratio, --words or --chars (default: ${budgetFlags[kind]} ${value}).`,
    '',
    'Examples:',
    '  $ summarize article.txt',
    '  $ summarize -n 1 --format json article.txt',
    '  $ pbpaste | summarize --words 60 -k',
    '  $ summarize --jsonl articles.jsonl > summaries.jsonl',
    '',
    `Exit status: ${exitCodes.ok} ok, ${exitCodes.input} bad input, ${exitCodes.usage} bad command line, ${exitCodes.internal} internal error.`,
  ].join('\n');
}

function version(): string {
  // Read at run time from the package itself: dist/cli/ is two levels below it.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
