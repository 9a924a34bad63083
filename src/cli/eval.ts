/**
 * `summarize-eval`: ROUGE-1.5.5 scores of summaries against references, both JSON Lines matched
 * by id. The scoring lives in src/eval/; this file only reads the inputs and reports.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  EvalInputError,
  evaluateCorpus,
  formatPlain,
  pairRecords,
  parseRecords,
  referenceFields,
  summaryFields,
} from '../eval/evaluate.js';

const prefix = 'summarize-eval:';
const exitCodes = { ok: 0, input: 1, usage: 2, internal: 70 } as const;
const stdinName = 'standard input';

/** A file that cannot be read. */
class ReadError extends Error {
  override readonly name = 'ReadError';
}

function integerAtLeast(minimum: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < minimum) {
      throw new InvalidArgumentError(`expected an integer of at least ${minimum}`);
    }
    return number;
  };
}

async function readText(file: string): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ReadError(`cannot read ${file === '-' ? stdinName : file}: ${why}`);
  }
}

function program(): Command {
  const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
  return new Command('summarize-eval')
    .description('Score summaries against references with ROUGE-1, ROUGE-2 and ROUGE-L, as ROUGE-1.5.5 computes them.')
    .version(version)
    .argument('[summaries]', 'JSON Lines of {"id", "summary"}: an array of sentences, or one sentence a line; - or nothing for standard input')
    .requiredOption('--reference <file>', 'JSON Lines of {"id", "reference"}: an array of sentences, or one sentence a line')
    .option('--no-stem', 'do not Porter-stem (ROUGE-1.5.5 without -m)')
    .option('--unicode', 'tokens for any language: Unicode letters and digits, each Chinese or Japanese character alone, lower-cased, never stemmed')
    .addOption(new Option('--format <format>', 'plain: a table; json: one JSON document').choices(['plain', 'json']).default('plain'))
    .option('--bootstrap <n>', 'bootstrap resamples for the 95% confidence intervals', integerAtLeast(1), 1000)
    .option('--seed <n>', 'seed of the bootstrap resampling', integerAtLeast(0), 0)
    .exitOverride()
    .configureOutput({ outputError: () => {} });
}

interface EvalOptions {
  reference: string;
  stem: boolean;
  unicode?: boolean;
  format: 'plain' | 'json';
  bootstrap: number;
  seed: number;
}

async function run(argv: readonly string[]): Promise<void> {
  const command = program();
  await command.parseAsync(argv as string[], { from: 'user' });
  const options = command.opts<EvalOptions>();
  const summariesFile = command.args[0] ?? '-';
  if (summariesFile === '-' && process.stdin.isTTY) {
    throw new CommanderError(exitCodes.usage, 'summarize-eval.noInput', 'no summaries: give a file, or pipe them to standard input');
  }

  const [referenceText, summaryText] = await Promise.all([readText(options.reference), readText(summariesFile)]);
  const summarySource = summariesFile === '-' ? stdinName : summariesFile;
  const pairs = pairRecords(
    parseRecords(summaryText, summarySource, summaryFields),
    summarySource,
    parseRecords(referenceText, options.reference, referenceFields),
    options.reference,
  );
  const report = evaluateCorpus(pairs, { stem: options.stem, unicode: options.unicode === true, resamples: options.bootstrap, confidence: 95, seed: options.seed });
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(report)}\n` : formatPlain(report));
}

/** Runs the command on `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await run(argv);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return exitCodes.ok; // --help, --version
      process.stderr.write(`${prefix} ${error.message.replace(/^error: /, '')}\n`);
      return exitCodes.usage;
    }
    if (error instanceof EvalInputError || error instanceof ReadError) {
      process.stderr.write(`${prefix} ${error.message}\n`);
      return exitCodes.input;
    }
    process.stderr.write(`${prefix} internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.internal;
  }
}
