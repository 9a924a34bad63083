/**
 * The CLI on any command line and any bytes on standard input: one line per problem on stderr,
 * each starting `summarize:`, never a stack trace, and only the documented exit codes. Run
 * in-process (main() with fake streams) for numbers, and a few cases through the built binary.
 */
import { existsSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { maxMaxBytes } from '../../src/cli/program.js';
import { fakeIo } from '../cli/io.js';
import { root, summarize as run } from '../cli/run.js';
import { algorithms, anyText, fuzzAsync, longRun, proseText, runs } from './fuzz.js';

/** In-process runs per property: as many as the library's. */
const cliRuns = runs;
/** Runs through the built binary, each a process. */
const binaryRuns = longRun ? 500 : 20;
const timeout = longRun ? 0 : 60_000;

const optionNames = [
  '-n', '--sentences', '--ratio', '--words', '--chars', '-a', '--algorithm', '--order', '-k', '--keywords', '-f', '--format', '--no-header', '--color', '--no-color',
  '--split', '--jsonl', '--max-bytes', '--jobs', '--html', '--no-html', '--markdown', '--no-markdown', '-V', '--version', '-h', '--help', '--', '-', '--frobnicate', '-x', '-nk', '--sentences=2', '--ratio=', '--format=json',
];
const values = [
  '0', '1', '2', '3', '-1', '-0', '1.5', '0.5', '.5', '5.', '+3', '007', '1e3', '1e20', '1e400', '1e-400', '9007199254740993', 'NaN', 'Infinity', '-Infinity', '', ' ', 'abc', '0x10', '3abc', '٣',
  'text', 'plain', 'markdown', 'json', 'xml', 'document', 'score', 'nope', ...algorithms, 'fixtures/cli/article.txt', 'fixtures/cli', 'missing.txt', '/dev/null',
];
/** What a random word must not be: `-o` or `--output` in any spelling (`-oFILE`, `-ko`, `--output=FILE`), which would write files. */
const mayWrite = /^-[^-]*o|^--o/u;
/** A command line: options and values in any order, never `--output` (it would write files: see test/cli/robustness.test.ts). */
const argv = fc.array(
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...optionNames) }, { weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }).filter((word) => !mayWrite.test(word)) }),
  { maxLength: 8 },
);

const jsonLine = fc.oneof(
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), text: fc.oneof(proseText, anyText) }, { requiredKeys: ['text'] }).map((r) => JSON.stringify(r)),
  fc.record({ id: fc.anything(), text: fc.anything(), sentences: fc.anything(), ratio: fc.anything(), words: fc.anything(), chars: fc.anything() }, { requiredKeys: [] }).map((r) => JSON.stringify(r) ?? 'undefined'),
  fc.constantFrom('', ' ', 'not json', '{', '[]', 'null', '42', '"text"', '{"text": "\\ud800 lone. Surrogate here."}', '{"text": "A. B.", "id": 1}\r', '\ufeff{"text": "A. B."}'),
);
/** Bytes on standard input: text in UTF-8 and UTF-16, JSON Lines, or any bytes at all. */
const stdin = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(proseText, anyText).map((t) => Buffer.from(t, 'utf8')) },
  { weight: 2, arbitrary: fc.array(jsonLine, { maxLength: 6 }).map((lines) => Buffer.from(lines.join('\n'), 'utf8')) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.tuple(proseText, fc.boolean(), fc.boolean()).map(([t, bom, be]) => encodeUtf16(t, bom, be)) },
);

function encodeUtf16(text: string, bom: boolean, bigEndian: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (bigEndian) body.swap16();
  return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
}

/** A line of a stack trace, or the name of an error thrown at the user. */
const traceLine = /^\s+at |^\w*Error\b|^node:internal|^\s*\^$/mu;

/** What every run must show, whatever it was given. */
function expectOrderly(code: number | null, stderr: string): void {
  expect([0, 1, 2]).toContain(code);
  expect(stderr).not.toMatch(traceLine);
  for (const line of stderr.split('\n').slice(0, -1)) expect(line).toMatch(/^summarize: /u);
  if (stderr !== '') expect(stderr.endsWith('\n')).toBe(true);
}

async function inProcess(args: string[], input: Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo(args, '', { stdin: Readable.from([input]) });
  const code = await main(io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

describe('the CLI on any command line and input', () => {
  it(
    'in-process: only exit codes 0, 1 and 2, and nothing on stderr but `summarize:` lines',
    async () => {
      const before = readdirSync(root);
      await fuzzAsync(
        'cli: orderly exit and stderr (in-process)',
        fc.tuple(argv, stdin),
        async ([args, input]) => {
          const { code, stderr, stdout } = await inProcess(args, input);
          expectOrderly(code, stderr);
          if (code === 0 && args.includes('--jsonl') && !args.some((a) => /^(?:-h|--help|-V|--version)$/u.test(a))) {
            for (const line of stdout.split('\n').slice(0, -1)) JSON.parse(line);
          }
        },
        cliRuns,
      );
      // Without --output, nothing is written: not in the working directory, where a stray file would show.
      expect(readdirSync(root)).toEqual(before);
    },
    timeout,
  );

  it(
    'through the built binary: the same',
    async () => {
      const before = readdirSync(root);
      await fuzzAsync(
        'cli: orderly exit and stderr (built binary)',
        fc.tuple(argv, stdin),
        async ([args, input]) => {
          const result = await run(args, { input });
          expectOrderly(result.code, result.stderr);
        },
        binaryRuns,
      );
      expect(readdirSync(root)).toEqual(before);
    },
    longRun ? 0 : 120_000,
  );
});

/** Whether the CLI takes the value for the option, as docs/cli.md says. */
const takes: Record<string, (n: number) => boolean> = {
  '-n': (n) => Number.isInteger(n) && n >= 1,
  '--words': (n) => Number.isInteger(n) && n >= 1,
  '--chars': (n) => Number.isInteger(n) && n >= 1,
  '--ratio': (n) => n > 0 && n <= 1,
  '-k': (n) => Number.isInteger(n) && n >= 0,
  '--max-bytes': (n) => Number.isSafeInteger(n) && n >= 1 && n <= maxMaxBytes,
};
const numeric = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/iu;
/** Option values as a user might mistype them; none starts with `-` but numbers, as `-k -a` reads `-a` as the next option. */
const optionValue = fc
  .oneof(
    fc.constantFrom(...values, 'NaN', 'nan', 'inf', '-inf', '1_000', '1,000', '1 000', '½', '²', '1e', 'e3', '0b1', '0o7', '١', '0.0', '-0.5', '1.0', '2.50', '1e-1', '4e2'),
    fc.integer().map(String),
    fc.double().map(String),
    fc.string({ maxLength: 6 }),
  )
  .filter((v) => !v.startsWith('-') || numeric.test(v));

describe('numeric options: a bad value is one line and exit 2, a good one runs', () => {
  it(
    'every numeric option, any value',
    async () => {
      await fuzzAsync(
        'cli: numeric option values',
        fc.tuple(fc.constantFrom(...Object.keys(takes)), optionValue),
        async ([option, value]) => {
          const { code, stderr } = await inProcess([option, value, '--format', 'json'], Buffer.from('The river flooded the fields. Farmers moved their cattle. The water fell within a week.'));
          const good = numeric.test(value) && (takes[option] as (n: number) => boolean)(Number(value));
          // `-k FILE`: no number, but an input that exists: the input, read as any other (docs/cli.md).
          const input = option === '-k' && !numeric.test(value) && existsSync(value);
          if (good || input) {
            // Taken: the run goes on (a small --max-bytes may then refuse the input, a small --chars fit nothing).
            expectOrderly(code, stderr);
            expect(code).not.toBe(2);
            return;
          }
          expect(code).toBe(2);
          expect(stderr.split('\n')).toHaveLength(2);
          // What is wrong (the option and the value) and what is allowed.
          expect(stderr).toMatch(/^summarize: option '[^']+' argument '.*' is invalid\. .*(?:must be|Must be).*\.\n$/su);
        },
        cliRuns,
      );
    },
    timeout,
  );

  const budgetFlag = fc.tuple(fc.constantFrom('-n', '--sentences', '--ratio', '--words', '--chars'), fc.integer({ min: 1, max: 4 }));
  it(
    'repeated lengths: the last one counts; two kinds of length: a usage error',
    async () => {
      const kind = (flag: string) => (flag === '-n' ? '--sentences' : flag);
      const text = 'The river flooded the fields. Farmers moved their cattle. The water fell within a week. The council met on Tuesday.';
      await fuzzAsync(
        'cli: repeated and conflicting lengths',
        fc.array(budgetFlag, { minLength: 2, maxLength: 4 }),
        async (flags) => {
          const args = flags.flatMap(([flag, n]) => [flag, flag === '--ratio' ? String(n / 4) : String(n)]);
          const result = await inProcess([...args, '--format', 'json'], Buffer.from(text));
          const kinds = new Set(flags.map(([flag]) => kind(flag)));
          if (kinds.size > 1) {
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(/^summarize: option '[^']+' cannot be used with option '[^']+'\n$/u);
            return;
          }
          const last = args.slice(-2);
          const alone = await inProcess([...last, '--format', 'json'], Buffer.from(text));
          expect(result).toEqual(alone);
        },
        cliRuns,
      );
    },
    timeout,
  );
});
