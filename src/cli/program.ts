import { existsSync, readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option, type OptionValues, type OutputConfiguration } from 'commander';
import { formats, type FormatName } from '../format/index.js';
import { LANGUAGES, languageInfo } from '../lang/languages.js';
import { defaults, findScorer, resolveOptions, scorers, SummarizeError, type Budget, type Order, type SummarizeOptions } from '../index.js';
import { allowedValues, validateOptions } from '../validate.js';
import { exitCodeMeanings, exitCodes } from './exit-code.js';
import { isUrl } from './input.js';

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
  language: string;
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
  /** `--jobs`: worker threads for `--jsonl`; undefined when not given: one per core (os.availableParallelism()). */
  jobs?: number | undefined;
  /** `--html` or `--no-html`; undefined when neither was given: then the file's name, or how the input starts, decides. */
  html: boolean | undefined;
  /** `--markdown` or `--no-markdown`; undefined when neither was given: then the file's name decides. */
  markdown: boolean | undefined;
  /** `--output FILE`: where to write instead of standard output (`-` is standard output); undefined when not given. */
  output?: string | undefined;
  /** `--timeout S`: seconds a URL may take to fetch; undefined when not given (20). */
  timeout?: number | undefined;
  /** `--no-progress` makes it false: no progress line on stderr even on a terminal. */
  progress: boolean;
  /** `--completion SHELL`: print a completion script and nothing else. */
  completion?: CompletionShell | undefined;
  /** `--explain`: why each sentence was chosen. */
  explain?: boolean;
  /** `--highlight`: the whole text with the chosen sentences marked. */
  highlight?: boolean;
  /** `--resume OUT` (with --jsonl): append to OUT the records it does not hold yet, instead of writing standard output. */
  resume?: string | undefined;
}

export const completionShells = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof completionShells)[number];

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
    .argument('[FILE...]', 'text files, or http:// and https:// URLs, to summarize (- or none: standard input)')
    .addOption(budgetOption('-n, --sentences <N>', 'sentences', 'at most N sentences'))
    .addOption(budgetOption('--ratio <R>', 'ratio', 'this share of the sentences (0 < R <= 1)'))
    .addOption(budgetOption('--words <N>', 'words', 'at most N words in all'))
    .addOption(budgetOption('--chars <N>', 'chars', 'at most N characters in all'))
    .addOption(new Option('-a, --algorithm <NAME>', 'how sentences are scored (see Algorithms)').argParser(algorithmArg).default(defaults.algorithm))
    .addOption(
      new Option('-l, --language <CODE>', "the text's language, an ISO 639-1 code, or auto to detect it (see Languages)").argParser(languageArg).default(defaults.language),
    )
    .addOption(new Option('--order <ORDER>', 'order of the sentences').choices(['document', 'score']).default(defaults.order))
    .addOption(new Option('-k, --keywords [N]', 'list the N keyphrases of the text after the summary, as it writes them').preset(String(cliDefaults.keywords)).argParser(keywordsArg))
    .addOption(new Option('-f, --format <FORMAT>', 'output format').choices(Object.keys(formats)).default(cliDefaults.format))
    .option('--no-header', 'leave out the header line (text) or heading (markdown)')
    .option('--color', 'colour the text format even when not on a terminal')
    .option('--no-color', 'never colour')
    .addOption(new Option('--split', 'print every sentence of the input, one per line, and nothing else').conflicts(['jsonl', 'format']))
    .option('--jsonl', 'read JSON Lines ({"id": ..., "text": ...}) and write one JSON summary per line')
    .addOption(new Option('--max-bytes <N>', 'refuse a larger input (with --jsonl: a larger line)').argParser(maxBytesArg).default(cliDefaults.maxBytes, `${cliDefaults.maxBytes}, 50 MiB`))
    .addOption(new Option('--jobs <N>', 'with --jsonl: summarize on N worker threads, 1 to 64 (1: none; default: one per core)').argParser(jobsArg))
    .option('--html', 'summarize the article of a web page (default for .html and .htm files, and input that starts with <html or <!doctype html)')
    .option('--no-html', 'never read the input as a web page')
    .option('--markdown', 'read the input as Markdown (default for .md and .markdown files)')
    .option('--no-markdown', 'read .md and .markdown files as plain text')
    .addOption(new Option('--timeout <S>', 'give up on a URL after S seconds, connecting and reading included').argParser(timeoutArg).default(undefined, '20'))
    .option('--no-progress', 'never show the progress line that long work shows on stderr when it is a terminal')
    .addOption(new Option('--completion <SHELL>', 'print a completion script for bash, zsh or fish, and nothing else').choices(completionShells))
    .addOption(new Option('--resume <OUT>', 'with --jsonl: carry on a stopped run, appending to OUT the records it lacks (a torn last one is redone)').conflicts(['output', 'split']))
    .addOption(new Option('-o, --output <FILE>', 'write to FILE instead of standard output; FILE is replaced whole, never left half-written').argParser(outputArg))
    // Issue 14: why these sentences, and where they sit.
    .option('--explain', 'under each sentence, why it was chosen: its rank, the factors of its score and its heaviest terms')
    .addOption(new Option('--highlight', 'print the whole text with the chosen sentences marked (bold on a terminal, [[ ]] when not, ** in markdown)').conflicts(['split', 'jsonl']))
    .addHelpText('after', helpAfter())
    .exitOverride()
    .configureOutput({ ...output, outputError: () => undefined });
}

/** Parse the command line (without node and script); throws the CommanderError of a usage error, or of --help and --version. */
export function parseArgs(program: Command, argv: readonly string[]): CliOptions {
  program.parse(keywordsBeforeInput(argv, (arg) => isUrl(arg) || existsSync(arg)), { from: 'user' });
  const o = program.opts();
  checkInputKind(program, o);
  if (o.jsonl === true && program.args.some(isUrl)) {
    program.error(`error: --jsonl reads files of JSON Lines, not URLs`, { exitCode: exitCodes.usage, code: 'summarize.jsonlUrl' });
  }
  const kind = budgetKinds.find((k) => o[k] !== undefined);
  return {
    files: program.args,
    budget: kind === undefined ? defaults.budget : { kind, value: o[kind] as number },
    algorithm: o.algorithm as string,
    language: o.language as string,
    order: o.order as Order,
    keywords: o.keywords as number | undefined,
    format: o.format as FormatName,
    header: o.header as boolean,
    color: o.color as boolean | undefined,
    split: o.split === true,
    jsonl: o.jsonl === true,
    maxBytes: o.maxBytes as number,
    jobs: o.jobs as number | undefined,
    html: o.html as boolean | undefined,
    markdown: o.markdown as boolean | undefined,
    output: o.output as string | undefined,
    timeout: o.timeout as number | undefined,
    progress: o.progress as boolean,
    completion: o.completion as CompletionShell | undefined,
    explain: o.explain === true,
    highlight: o.highlight === true,
    resume: resumeOf(program, o),
  };
}

/**
 * `summarize -k article.txt`: -k's number is optional, so commander would take the file's name for
 * it and refuse it as no number. A value after `-k` or `--keywords` that is no number but names an
 * input (`isInput`: a file that exists, a URL) is that input, and -k lists its preset number.
 * Anything else still goes to -k, to be checked there ("-k many" is an error, as before).
 */
export function keywordsBeforeInput(argv: readonly string[], isInput: (arg: string) => boolean): string[] {
  const out = [...argv];
  for (let i = 0; i < out.length - 1; i++) {
    const arg = out[i] as string;
    if (arg === '--') break;
    const next = out[i + 1] as string;
    if ((arg === '-k' || arg === '--keywords') && !next.startsWith('-') && !numberPattern.test(next) && isInput(next)) {
      out[i] = `--keywords=${cliDefaults.keywords}`;
    }
  }
  return out;
}

/**
 * At most one of `--html`, `--markdown` and `--jsonl`: each says how to read the input. Checked
 * here because `--html` and `--no-html` share one value, so commander's conflicts() would refuse
 * `--no-html --markdown` too.
 */
function checkInputKind(program: Command, o: OptionValues): void {
  const given = (['html', 'markdown', 'jsonl'] as const).filter((name) => o[name] === true);
  if (given.length > 1) {
    program.error(`error: option '--${given[0]}' cannot be used with option '--${given[1]}'`, { exitCode: exitCodes.usage, code: 'commander.conflictingOption' });
  }
}

/** `--resume OUT`: only with --jsonl, the only output made of records that can be counted. */
function resumeOf(program: Command, o: OptionValues): string | undefined {
  const fail = (why: string): never => program.error(`error: option '--resume <OUT>' ${why}`, { exitCode: exitCodes.usage, code: 'summarize.resume' });
  if (o.resume !== undefined && o.jsonl !== true) fail('needs --jsonl');
  // A file, to read back: standard output cannot be.
  if (o.resume === '' || o.resume === '-') fail('needs a file name');
  return o.resume as string | undefined;
}

/** The inputs as named on the command line; none means standard input. */
export function inputsOf(options: CliOptions): string[] {
  return options.files.length > 0 ? options.files : ['-'];
}

/** Options of the library call, from the command line. */
export function libraryOptions(options: CliOptions): Partial<SummarizeOptions> {
  return { budget: options.budget, algorithm: options.algorithm, order: options.order, keywords: options.keywords, language: options.language, keyphrases: options.keywords ?? 0, explain: options.explain === true };
}

function budgetOption(flags: string, kind: Budget['kind'], description: string): Option {
  return new Option(flags, description)
    .argParser((value) => checked({ budget: { kind, value: number(value, `${kind.charAt(0).toUpperCase()}${kind.slice(1)} must be ${allowedValues[kind]}`) } }).budget.value)
    .conflicts(budgetKinds.filter((k) => k !== kind));
}

/** Checked by hand rather than with choices(), which would list every name a second time in --help. */
function algorithmArg(value: string): string {
  if (findScorer(value) === undefined) throw new InvalidArgumentError(`Allowed choices are ${scorers.map((s) => s.name).join(', ')}.`);
  return value;
}

function languageArg(value: string): string {
  if (value !== 'auto' && languageInfo(value) === undefined) throw new InvalidArgumentError(`Allowed choices are auto, ${LANGUAGES.map((l) => l.code).join(', ')}.`);
  return value;
}

function keywordsArg(value: string): number {
  return checked({ keywords: number(value, `Keywords must be ${allowedValues.keywords}`) }).keywords;
}

/**
 * The largest --max-bytes: 500 MiB. A longer input could not become one JavaScript string (at
 * most 2^29 - 24 UTF-16 code units), and would end in an internal error instead of a clear one.
 */
export const maxMaxBytes = 500 * 1024 * 1024;

function maxBytesArg(value: string): number {
  const allowed = `Must be a whole number of bytes from 1 to ${maxMaxBytes} (500 MiB)`;
  const n = number(value, allowed);
  if (!(Number.isSafeInteger(n) && n >= 1 && n <= maxMaxBytes)) throw new InvalidArgumentError(`${allowed}.`);
  return n;
}

/** The longest --timeout: a day, as far as a timer of Node reaches without firing at once. */
const maxTimeout = 86_400;

function timeoutArg(value: string): number {
  const allowed = `Must be a number of seconds above 0, at most ${maxTimeout}`;
  const n = number(value, allowed);
  if (!(n > 0 && n <= maxTimeout)) throw new InvalidArgumentError(`${allowed}.`);
  return n;
}

function outputArg(value: string): string {
  if (value === '') throw new InvalidArgumentError('Must be a file name, or - for standard output.');
  return value;
}

/**
 * The most --jobs: each worker thread holds its own copy of the program and its tables (about
 * 60 MB), and more threads than cores only wait their turn. `--jobs 5000` ran out of memory.
 */
export const maxJobs = 64;

function jobsArg(value: string): number {
  const allowed = `Must be a whole number of worker threads from 1 to ${maxJobs}`;
  const n = number(value, allowed);
  if (!(Number.isSafeInteger(n) && n >= 1 && n <= maxJobs)) throw new InvalidArgumentError(`${allowed}.`);
  return n;
}

/** A number as typed: Number() alone would read '' as 0 and '0x10' as 16. `allowed` says what the option takes. */
/** What a numeric option takes as a number (decimal, optional sign and exponent); the library then checks its range. */
const numberPattern = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/iu;

function number(value: string, allowed: string): number {
  if (!numberPattern.test(value)) throw new InvalidArgumentError(`Not a number. ${allowed}.`);
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

/** The examples of `--help` and of the man page. */
export const examples = [
  'summarize article.txt',
  'summarize -n 1 --format json article.txt',
  'pbpaste | summarize --words 60 -k',
  'summarize https://example.com/story',
  'summarize --jsonl articles.jsonl > summaries.jsonl',
  'summarize --explain --highlight article.txt',
  'summarize --format html article.txt > summary.html',
];

function helpAfter(): string {
  const width = Math.max(...scorers.map((s) => s.name.length));
  const algorithms = scorers.map((s) => `  ${s.name.padEnd(width)}  ${s.description}`);
  const { kind, value } = defaults.budget;
  const codes = Object.entries(exitCodeMeanings).filter(([code]) => Number(code) < 128);
  return [
    '',
    'Algorithms:',
    ...algorithms,
    '',
    `Length: one of -n, --ratio, --words or --chars (default: ${budgetFlags[kind]} ${value}).`,
    '',
    `Languages (-l): auto, ${LANGUAGES.map((l) => l.code).join(', ')}; auto detects the language, English when it cannot tell.`,
    '',
    'Examples:',
    ...examples.map((e) => `  $ ${e}`),
    '',
    'Exit status:',
    ...codes.map(([code, meaning]) => `  ${code.padStart(2)}  ${meaning}`),
  ].join('\n');
}

export function version(): string {
  // Read at run time from the package itself: dist/cli/ is two levels below it.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
