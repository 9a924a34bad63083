import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { header } from '../../src/format/index.js';
import { displayText } from '../../src/text.js';
import type { Summary } from '../../src/types.js';
import { onTerminal, root, sh, summarize } from './run.js';

const article = 'fixtures/cli/article.txt';
const second = 'fixtures/cli/second.txt';
const batch = 'fixtures/cli/batch.jsonl';
const articleText = readFileSync(join(root, article), 'utf8');

/** Inputs no fixture should hold: made here, removed after. */
const tmp = mkdtempSync(join(tmpdir(), 'summarize-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}
const empty = file('empty.txt', '');
const blank = file('blank.txt', ' \n\t\r\n  \n');
const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
// UTF-8 with one stray Latin-1 byte: damaged UTF-8, not Windows-1252 (test/cli/inputs.test.ts has that).
const damaged = file('damaged.txt', Buffer.concat([Buffer.from('Le café ouvre à huit heures. Les clients arrivent t'), Buffer.from([0xf4]), Buffer.from('t le matin.\n')]));
const bom = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Crème brûlée is a dessert. It has a crust of hard caramel. Chefs use a torch.\r\nThe custard is made with cream.\r\n')]));
const many = file('many.txt', Array.from({ length: 20_000 }, (_, i) => `Sentence number ${i} is here.`).join(' '));
const manyLines = file('many.jsonl', Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ id: i, text: `Line ${i} has a sentence. It has another one.` })).join('\n'));

/** Where an ANSI escape sequence begins. */
const ansiEscape = '\u001b[';
const firstLine = (text: string): string => text.split('\n')[0] ?? '';

describe.concurrent('errors: one line on stderr and the exit code', () => {
  it.each<[string, string[], string, number]>([
    ['missing file', ['missing.txt'], 'summarize: missing.txt: no such file or directory', 1],
    ['a directory', ['fixtures/cli'], 'summarize: fixtures/cli: is a directory', 1],
    ['empty file', [empty], `summarize: ${empty}: the input is empty`, 1],
    ['white space only', [blank], `summarize: ${blank}: the input is empty`, 1],
    ['binary file', [binary], `summarize: ${binary}: the input is not text (it has NUL bytes)`, 1],
    ['larger than --max-bytes', ['--max-bytes', '100', article], `summarize: ${article}: the input is larger than --max-bytes (100 bytes)`, 1],
    ['-n 0', ['-n', '0', article], "summarize: option '-n, --sentences <N>' argument '0' is invalid. Sentences must be a whole number of at least 1, not 0.", 2],
    ['-n abc', ['-n', 'abc', article], "summarize: option '-n, --sentences <N>' argument 'abc' is invalid. Not a number.", 2],
    ['--ratio 2', ['--ratio', '2', article], "summarize: option '--ratio <R>' argument '2' is invalid. Ratio must be a number greater than 0 and at most 1, not 2.", 2],
    ['--words -1', ['--words', '-1', article], "summarize: option '--words <N>' argument '-1' is invalid. Words must be a whole number of at least 1, not -1.", 2],
    ['two budgets', ['--words', '50', '--chars', '300', article], "summarize: option '--words <N>' cannot be used with option '--chars <N>'", 2],
    ['unknown option', ['--frobnicate', article], "summarize: unknown option '--frobnicate'", 2],
    ['unknown algorithm', ['-a', 'nope', article], "summarize: option '-a, --algorithm <NAME>' argument 'nope' is invalid. Allowed choices are", 2],
    ['bad --format', ['--format', 'xml', article], "summarize: option '-f, --format <FORMAT>' argument 'xml' is invalid. Allowed choices are text, plain, markdown, json, html.", 2],
  ])('%s', async (_name, args, line, code) => {
    const result = await summarize(args);
    expect(firstLine(result.stderr)).toContain(line);
    expect(result.stderr).toMatch(/^summarize: [^\n]*\n$/u);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(code);
  });

  it('empty standard input', async () => {
    expect(await summarize([], { input: '' })).toEqual({ stdout: '', stderr: 'summarize: standard input: the input is empty\n', code: 1 });
  });

  it('no FILE with a terminal on stdin: usage on stderr, exit 2', async () => {
    const result = await onTerminal([]);
    expect(result.stdout).toMatch(/^Usage: summarize \[options\] \[FILE\.\.\.\]\r\n/u);
    expect(result.code).toBe(2);
  });

  it('stdout closed early (| head -1): no EPIPE trace', async () => {
    const result = await sh(`{ node bin/summarize.js --split ${many}; echo "exit $?" >&2; } | head -1`);
    expect(result.stdout).toBe('Sentence number 0 is here.\n');
    expect(result.stderr).toBe('exit 0\n');
  });

  // A file or a FIFO is written straight to its descriptor; a socket (this test's own pipe), a terminal or a device goes through Node's stream.
  it.each([
    ['a summary', article],
    ['--jsonl', `--jsonl ${batch}`],
    ['--split', `--split ${many}`],
  ])('stdout a file, a pipe or a socket: the same bytes (%s)', async (name, args) => {
    const socket = await sh(`node bin/summarize.js ${args}`);
    const out = join(tmp, `stdout-${name.replace(/\W/gu, '')}.txt`);
    const toFile = await sh(`node bin/summarize.js ${args} > ${out}`);
    // A pipeline's status is its last command's: the binary's own is echoed to stderr.
    const piped = await sh(`{ node bin/summarize.js ${args}; echo "exit $?" >&2; } | cat`);
    expect(socket.stdout.length).toBeGreaterThan(0);
    expect({ ...toFile, stdout: readFileSync(out, 'utf8') }).toEqual(socket);
    expect(piped).toEqual({ stdout: socket.stdout, stderr: `${socket.stderr}exit ${socket.code}\n`, code: 0 });
  });

  it('stdout that cannot be written: one line, exit 1', async () => {
    expect(await sh(`node bin/summarize.js ${article} > /dev/full`)).toEqual({ stdout: '', stderr: 'summarize: standard output: no space left on device\n', code: 1 });
  });

  it('--help: exit 0, every algorithm listed', async () => {
    const result = await summarize(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Algorithms:\n {2}default +\S/mu);
    expect(result.stderr).toBe('');
  });
});

describe.concurrent('input', () => {
  it('a file, `-` and a pipe give the same summary', async () => {
    const results = await Promise.all([summarize([article]), summarize(['-'], { input: articleText }), summarize([], { input: articleText })]);
    for (const result of results) expect(result).toEqual({ stdout: results[0]?.stdout, stderr: '', code: 0 });
  });

  it('invalid UTF-8: a warning, and still a summary', async () => {
    const result = await summarize(['--format', 'plain', damaged]);
    expect(result.stderr).toBe(`summarize: warning: ${damaged} is not valid UTF-8; invalid bytes were replaced with U+FFFD\n`);
    expect(result.stdout).toContain('Les clients arrivent t\ufffdt le matin.');
    expect(result.code).toBe(0);
  });

  it('a byte-order mark is not part of the text, and offsets count from after it', async () => {
    const result = await summarize(['--format', 'json', '-n', '10', bom]);
    const summary = JSON.parse(result.stdout) as Summary;
    const text = readFileSync(bom, 'utf8').replace(/^\uFEFF/u, '');
    expect(summary.sentences[0]?.start).toBe(0);
    for (const s of summary.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(summary.sentences.map((s) => s.text).join(' ')).not.toContain('\r');
  });
});

describe.concurrent('output', () => {
  it('text: the header, then the sentences in document order, each on one line as displayed', async () => {
    const result = await summarize(['-a', 'lead', article]);
    expect(result.stdout).toBe(
      [
        header,
        'The harbour town of Kelso opened its first public library on Saturday, after ten years of fundraising by local families.',
        'The library holds twelve thousand books and a reading room that looks out over the harbour.',
        'Volunteers catalogued every book by hand during the winter.',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(0);
  });

  it('--no-header drops the header', async () => {
    const result = await summarize(['--no-header', '-a', 'lead', '-n', '1', article]);
    expect(result.stdout).toBe('The harbour town of Kelso opened its first public library on Saturday, after ten years of fundraising by local families.\n');
  });

  it('--order score puts the most salient first', async () => {
    const result = await summarize(['--format', 'json', '--order', 'score', '-n', '4', article]);
    const scores = (JSON.parse(result.stdout) as Summary).sentences.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('--format json: the Summary, offsets into the input', async () => {
    const result = await summarize(['--format', 'json', '--ratio', '0.5', article]);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(Object.keys(summary)).toEqual(['algorithm', 'language', 'title', 'decision', 'sentences', 'keywords', 'counts']);
    // The default says which treatment the document got and why: this eight-sentence article is read whole.
    expect(summary.decision?.treatment).toBe('whole-text');
    expect(summary.decision?.because).not.toBe('');
    expect(summary.sentences.length).toBeGreaterThan(1);
    for (const s of summary.sentences) expect(articleText.slice(s.start, s.end)).toBe(s.text);
    expect(summary.keywords).toHaveLength(10);
  });

  it('--format plain: sentences only, white space collapsed', async () => {
    const result = await summarize(['--format', 'plain', '-a', 'lead', '-n', '1', article]);
    expect(result.stdout).toBe('The harbour town of Kelso opened its first public library on Saturday, after ten years of fundraising by local families.\n');
  });

  it('--format markdown: a heading and a bullet list', async () => {
    const result = await summarize(['--format', 'markdown', '-a', 'lead', '-n', '2', article]);
    expect(result.stdout).toMatch(/^# Summary: Harbour Town Opens Its First Public Library\n\n- The harbour town [^\n]+\n- The library holds [^\n]+\n$/u);
  });

  it('--keywords N lists that many keyphrases after the summary', async () => {
    const [two, preset, before] = await Promise.all([summarize([article, '-k', '2']), summarize([article, '-k']), summarize(['-k', article])]);
    expect(two.stdout).toMatch(/\n\nKeyphrases: [^,\n]+, [^,\n]+\n$/u);
    expect(preset.stdout).toMatch(/\n\nKeyphrases: (?:[^,\n]+, ){9}[^,\n]+\n$/u);
    // `-k FILE`: the file is the input, not the number.
    expect(before).toEqual(preset);
  });

  it('--split prints every sentence of the input, one per line, nothing else', async () => {
    const result = await summarize(['--split', article]);
    expect(result.stdout.split('\n')).toEqual([
      'Harbour Town Opens Its First Public Library',
      'The harbour town of Kelso opened its first public library on Saturday, after ten years of fundraising by local families.',
      'The library holds twelve thousand books and a reading room that looks out over the harbour.',
      'Volunteers catalogued every book by hand during the winter.',
      'The mayor said the library would stay open late on weekdays so that fishermen could visit after work.',
      'Children from the town school painted the mural above the entrance.',
      'The town council plans to add a small museum of local history next year.',
      '',
    ]);
  });

  it('a words budget smaller than every sentence: empty summary and a warning', async () => {
    const result = await summarize(['--words', '3', article]);
    expect(result).toEqual({ stdout: `${header}\n`, stderr: `summarize: warning: ${article}: no sentence fits in 3 words; the summary is empty\n`, code: 0 });
  });

  it('a chars budget is never exceeded', async () => {
    const result = await summarize(['--format', 'plain', '--chars', '200', article]);
    expect(result.stdout.trimEnd().length).toBeLessThanOrEqual(200);
    expect(result.stdout).not.toBe('');
  });
});

describe.concurrent('several files', () => {
  it('each summary under `==> FILE <==`, a blank line between; a bad file reported, the others still run, exit 1', async () => {
    const [one, two, all] = await Promise.all([summarize(['-n', '1', article]), summarize(['-n', '1', second]), summarize(['-n', '1', article, 'missing.txt', second])]);
    expect(all.stdout).toBe(`==> ${article} <==\n${one.stdout}\n==> ${second} <==\n${two.stdout}`);
    expect(all.stderr).toBe('summarize: missing.txt: no such file or directory\n');
    expect(all.code).toBe(1);
  });

  it('--format json: one object a line, each with its file', async () => {
    const result = await summarize(['--format', 'json', article, second]);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string });
    expect(lines.map((l) => l.file)).toEqual([article, second]);
    expect(result.code).toBe(0);
  });
});

describe.concurrent('colour', () => {
  const colourRows: Array<[string, string[], Record<string, string>, boolean]> = [
    ['piped: none', [], {}, false],
    ['piped, FORCE_COLOR=1: escapes', [], { FORCE_COLOR: '1' }, true],
    ['piped, --color: escapes', ['--color'], {}, true],
    ['piped, FORCE_COLOR=0 --color: the flag wins', ['--color'], { FORCE_COLOR: '0' }, true],
    ['piped, FORCE_COLOR=1 --no-color: the flag wins', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['piped, FORCE_COLOR=1 --format plain: never', ['--format', 'plain'], { FORCE_COLOR: '1' }, false],
  ];
  it.each(colourRows)('%s', async (_name, args, env, coloured) => {
    const result = await summarize([...args, article], { env });
    expect(result.stdout.includes(ansiEscape)).toBe(coloured);
    expect(result.code).toBe(0);
  });

  const terminalRows: Array<[string, string[], Record<string, string>, boolean]> = [
    ['terminal: escapes', [], {}, true],
    ['terminal, NO_COLOR=1: none', [], { NO_COLOR: '1' }, false],
    ['terminal, --no-color: none', ['--no-color'], {}, false],
    ['terminal, FORCE_COLOR=0: none', [], { FORCE_COLOR: '0' }, false],
    ['terminal, TERM=dumb: none', [], { TERM: 'dumb' }, false],
  ];
  it.each(terminalRows)('%s', async (_name, args, env, coloured) => {
    const result = await onTerminal([...args, article], env);
    expect(result.stdout.includes(ansiEscape)).toBe(coloured);
    expect(result.stdout).toContain(header);
    expect(result.code).toBe(0);
  });
});

describe.concurrent('--jsonl', () => {
  interface Record {
    id: unknown;
    summary?: string[];
    sentences?: Summary['sentences'];
    error?: string;
  }
  const parse = (stdout: string): Record[] => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record);

  it('one record a line in order: summaries, per-line lengths, errors for bad lines; exit 1', async () => {
    const result = await summarize(['--jsonl', batch]);
    const records = parse(result.stdout);
    expect(records.map((r) => r.id)).toEqual(['kelso', 2, null, 3, 4, 5, 6, 7]);
    const [kelso, oneSentence, notJson, noText, badRatio, blankText, twoLengths, fiveWords] = records;
    expect(kelso?.summary).toHaveLength(3);
    expect(kelso?.summary).toEqual(kelso?.sentences?.map((s) => displayText(s.text)));
    expect(oneSentence?.summary).toHaveLength(1);
    expect(notJson?.error).toMatch(/^line 4: not JSON/u);
    expect(noText?.error).toBe('line 5: no string "text" field');
    expect(badRatio?.error).toBe('line 6: ratio must be a number greater than 0 and at most 1, not 2');
    expect(blankText?.error).toBe('line 7: the input is empty');
    expect(twoLengths?.error).toBe('line 8: more than one length (words, chars); give one');
    expect(fiveWords?.summary).toHaveLength(1);
    expect(fiveWords?.summary?.[0]?.split(' ').length).toBeLessThanOrEqual(5);
    expect(result.stderr).toBe('summarize: 5 of 8 lines failed (see their "error" fields)\n');
    expect(result.code).toBe(1);
  });

  it('from standard input, the command line length applies unless a line sets its own', async () => {
    const input = ['{"id": "a", "text": "One thing. Two things. Three things."}', '{"id": "b", "text": "One thing. Two things. Three things.", "sentences": 3}'].join('\n');
    const result = await summarize(['--jsonl', '-n', '1'], { input });
    expect(parse(result.stdout).map((r) => r.summary?.length)).toEqual([1, 3]);
    expect(result.code).toBe(0);
  });

  it('a line over --max-bytes is an error record; the others still run', async () => {
    const input = ['{"id": 1, "text": "Short. Text."}', JSON.stringify({ id: 2, text: 'Long. '.repeat(50) }), '{"id": 3, "text": "Short. Again."}'].join('\n');
    const result = await summarize(['--jsonl', '--max-bytes', '100'], { input });
    expect(parse(result.stdout).map((r) => r.error ?? 'ok')).toEqual(['ok', 'line 2: the input is larger than --max-bytes (100 bytes)', 'ok']);
    expect(result.code).toBe(1);
  });

  it('streams: a reader that stops early ends the run quietly', async () => {
    const result = await sh(`{ node bin/summarize.js --jsonl ${manyLines}; echo "exit $?" >&2; } | head -1`);
    expect(parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toBe('exit 0\n');
  });
});
