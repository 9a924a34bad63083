/**
 * Bad input, odd files and streams, signals, --output, odd option values and resources: what the
 * built binary does with each, as docs/bad-input.md lists it (the first line of stderr, exactly,
 * and the exit code). A shell's `$?` is what is checked: a process ended by a signal counts as
 * 128 + its number, as the shell reports it.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fileOutput, type OutputFs } from '../../src/cli/output-file.js';
import { fakeIo } from './io.js';
import { quote, root, sh, summarize } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'summarize-robust-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const article = 'fixtures/cli/article.txt';
const articleText = readFileSync(join(root, article), 'utf8');
const firstLine = (text: string): string => text.split('\n')[0] ?? '';
/** A shell's `$?`: the exit code, or 128 + the number of the signal that ended the process. */
const shellStatus = (code: number | null, signal: NodeJS.Signals | null): number | null => code ?? (signal === null ? null : 128 + constants.signals[signal]);

/** As root, chmod does not stop reads, so the command runs as nobody; as anyone else, as it is. */
const isRoot = process.getuid?.() === 0;
const canBeDenied = !isRoot || existsSync('/usr/bin/setpriv');
const asNobody = (command: string): string => (isRoot ? `setpriv --reuid=65534 --regid=65534 --clear-groups sh -c ${quote(command)}` : command);

const secret = file('secret.txt', articleText);
chmodSync(secret, 0o000);
const latin1 = file('latin1.txt', Buffer.from('Le caf\xe9 ouvre \xe0 huit heures. Les clients arrivent t\xf4t le matin.\n', 'latin1'));
const overlong = file('overlong.txt', Buffer.concat([Buffer.from('An overlong slash '), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf]), Buffer.from(' is not UTF-8. The rest of the text is fine.\n')]));
const surrogateBytes = file('surrogate.txt', Buffer.concat([Buffer.from('A lone surrogate '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' is not UTF-8. The rest of the text is fine.\n')]));
const utf16NoBom = file('utf16.txt', Buffer.from(articleText, 'utf16le'));
const utf16Bom = file('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articleText, 'utf16le')]));
const mixedEnds = file('mixed.txt', 'A first line here.\r\nA second one.\rA third one.\n\nA fourth one.\r\n');
const nulInside = file('nul.txt', 'Text with a NUL\u0000 inside. More text.');
const controls = file('controls.txt', 'Text\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 with controls.');
const tooManyLines = file('lines.txt', 'a\n'.repeat(2_000_001));
const empty = file('empty.txt', '');

/** One row: what is run (arguments of the binary, or a shell command), the first line of stderr, and the exit code. */
type Row = [name: string, command: string[] | string, stderr: string | RegExp, code: number];

function run(command: string[] | string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return typeof command === 'string' ? sh(command) : summarize(command);
}

describe.concurrent('files and streams', () => {
  it.each<Row>([
    ['a missing file', ['missing.txt'], 'summarize: missing.txt: no such file or directory', 1],
    ['a directory', ['fixtures'], 'summarize: fixtures: is a directory', 1],
    ['/dev/null', ['/dev/null'], 'summarize: /dev/null: the input is empty', 1],
    ['an empty file', [empty], `summarize: ${empty}: the input is empty`, 1],
    ['standard input closed (<&-)', 'node bin/summarize.js <&-', 'summarize: standard input: the input is empty', 1],
    ['standard output closed (>&-)', `node bin/summarize.js ${article} >&-`, '', 0],
    ['standard error closed (2>&-), with an error', 'node bin/summarize.js missing.txt 2>&-', '', 1],
    ['a FIFO that a writer feeds', `rm -f ${tmp}/fifo && mkfifo ${tmp}/fifo && (cat ${article} > ${tmp}/fifo &) && node bin/summarize.js -n 1 ${tmp}/fifo`, '', 0],
    ['a FIFO on standard input', `cat ${article} | node bin/summarize.js -n 1 -`, '', 0],
    ['standard output closed early (| head -1)', `{ node bin/summarize.js --split ${tmpLines()}; echo "exit $?" >&2; } | head -1`, 'exit 0', 0],
  ])('%s', async (_name, command, stderr, code) => {
    const result = await run(command);
    expect(firstLine(result.stderr)).toEqual(stderr);
    expect(result.stderr).not.toMatch(/^\s+at /mu);
    expect(result.code).toBe(code);
  });

  it.skipIf(!canBeDenied)('permission denied (as root: run as nobody, since root reads any file)', async () => {
    const result = await sh(asNobody(`node bin/summarize.js ${secret}`));
    expect(result).toEqual({ stdout: '', stderr: `summarize: ${secret}: permission denied\n`, code: 1 });
  });

  it('permission denied, in-process: a read failing with EACCES is one line naming the input', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'secret.txt'"), { code: 'EACCES', syscall: 'open', errno: -13 });
    const io = fakeIo([], '', { stdin: failingStream(denied) });
    expect(await main(io)).toBe(1);
    expect(io.stderr.text).toBe('summarize: standard input: permission denied\n');
  });

  it('a read that fails part-way (EIO), in-process: one line, exit 1', async () => {
    const broken = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read', errno: -5 });
    const io = fakeIo([], '', { stdin: failingStream(broken, Buffer.from('The first chunk arrived. Then the disk failed.')) });
    expect(await main(io)).toBe(1);
    expect(io.stderr.text).toBe('summarize: standard input: i/o error\n');
  });

  it('a file that shrinks while it is read: the part read, or a clear error, never a crash', async () => {
    // Truncated while the binary reads it: whether it happens before, during or after the read
    // depends on timing, so any orderly outcome passes. The reader stops at the new end of file.
    const shrinking = file('shrinking.txt', articleText.repeat(40_000));
    const child = spawn(process.execPath, ['bin/summarize.js', '-n', '1', shrinking], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    setTimeout(() => truncateSync(shrinking, 1_000), 30);
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
    expect([0, 1]).toContain(code);
    expect(stderr).not.toMatch(/^\s+at /mu);
    for (const line of stderr.split('\n').slice(0, -1)) expect(line).toMatch(/^summarize: /u);
  });
});

/** A file of many short lines, made once. */
function tmpLines(): string {
  const path = join(tmp, 'many-lines.txt');
  if (!existsSync(path)) writeFileSync(path, Array.from({ length: 20_000 }, (_, i) => `Sentence number ${i} is here.`).join('\n'));
  return path;
}

/** Standard input that yields `first` (if given), then fails with `error`. */
function failingStream(error: Error, first?: Buffer): AsyncIterable<Buffer> & { isTTY: boolean } {
  return {
    isTTY: false,
    async *[Symbol.asyncIterator]() {
      if (first !== undefined) yield first;
      throw error;
    },
  };
}

/** A large JSON Lines file: enough lines that a signal arrives in the middle. */
function bigJsonl(): string {
  const path = join(tmp, 'big.jsonl');
  if (!existsSync(path)) {
    const text = articleText.replace(/\n/gu, ' ');
    writeFileSync(path, `${Array.from({ length: 20_000 }, (_, id) => JSON.stringify({ id, text: `${text} Line ${id} ends here.` })).join('\n')}\n`);
  }
  return path;
}

/** Runs the binary, sends `signal` once `whenOutput` bytes came out (or after `delay` ms), and gives what it wrote and its shell status. */
function interrupted(args: string[], signal: NodeJS.Signals, whenOutput: number, delay = 10_000): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/summarize.js', ...args], { cwd: root });
    const stdout: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let sent = false;
    const send = (): void => {
      if (!sent) child.kill(signal);
      sent = true;
    };
    const timer = setTimeout(send, delay);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      size += chunk.length;
      if (size >= whenOutput) send();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr, status: shellStatus(code, sig) });
    });
  });
}

describe.concurrent('signals', () => {
  it.each<[NodeJS.Signals, number]>([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ])('--jsonl, %s mid-stream: exit %i, no trace, only whole lines written', async (signal, status) => {
    const result = await interrupted(['--jsonl', bigJsonl()], signal, 20_000);
    expect(result.status).toBe(status);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(20_000);
    for (const line of lines) expect((JSON.parse(line) as { summary: string[] }).summary.length).toBeGreaterThan(0);
  });

  it('a plain summary, SIGINT while it works: exit 130, no trace', async () => {
    const big = file('big.txt', articleText.repeat(20_000));
    const result = await interrupted([big], 'SIGINT', 1, 300);
    expect(result.status).toBe(130);
    expect(result.stderr).toBe('');
  });

  it('--output, SIGTERM mid-stream: exit 143, the old file as it was, no temporary file left', async () => {
    const dir = join(tmp, 'signal-output');
    mkdirSync(dir, { recursive: true });
    const out = join(dir, 'out.jsonl');
    writeFileSync(out, 'the old contents\n');
    const result = await interrupted(['--jsonl', bigJsonl(), '--output', out], 'SIGTERM', 0, 1_500);
    expect(result.status).toBe(143);
    expect(result.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('the old contents\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('in-process: a signal stops the run after the line being written, and main gives its exit code', async () => {
    const { EventEmitter } = await import('node:events');
    const signals = new EventEmitter();
    let pulled = 0;
    async function* lines() {
      for (; pulled < 10_000; pulled++) {
        if (pulled === 50) setImmediate(() => signals.emit('SIGTERM'));
        yield Buffer.from(`{"id": ${pulled}, "text": "One sentence here. Another one there."}\n`);
        // A turn of the event loop between lines, as reading a file gives.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const io = fakeIo(['--jsonl', '--jobs', '1'], '', { stdin: Readable.from(lines()), signals });
    expect(await main(io)).toBe(143);
    expect(io.stderr.text).toBe('');
    const written = io.stdout.text.split('\n');
    expect(written.pop()).toBe('');
    expect(written.length).toBeGreaterThanOrEqual(50);
    expect(written.length).toBeLessThan(100);
    for (const line of written) JSON.parse(line);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });
});

describe.concurrent('--output FILE', () => {
  const dir = (name: string): string => {
    const path = join(tmp, name);
    mkdirSync(path, { recursive: true });
    return path;
  };

  it('writes what standard output would have had, and nothing to standard output', async () => {
    const d = dir('out-new');
    const [toFile, toStdout] = await Promise.all([summarize([article, '--output', join(d, 'summary.txt')]), summarize([article])]);
    expect(toFile).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(readFileSync(join(d, 'summary.txt'), 'utf8')).toBe(toStdout.stdout);
    expect(readdirSync(d)).toEqual(['summary.txt']);
  });

  it('replaces an existing file whole, keeping its permissions', async () => {
    const d = dir('out-replace');
    const out = join(d, 'summary.txt');
    writeFileSync(out, 'old\n'.repeat(10_000));
    chmodSync(out, 0o640);
    const result = await summarize(['-n', '1', article, '-o', out]);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^No time to read\? Get a summary\nThe harbour town/u);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(d)).toEqual(['summary.txt']);
  });

  it('-o - is standard output', async () => {
    expect((await summarize([article, '-o', '-'])).stdout).toBe((await summarize([article])).stdout);
  });

  it.each<Row>([
    ['a directory that does not exist', [article, '--output', 'no/such/dir/out.txt'], 'summarize: no/such/dir/out.txt: no such file or directory', 1],
    ['a directory', [article, '--output', 'fixtures'], 'summarize: fixtures: is a directory', 1],
    ['a device that is full (/dev/full)', [article, '--output', '/dev/full'], 'summarize: /dev/full: no space left on device', 1],
    ['/dev/null', [article, '--output', '/dev/null'], '', 0],
    ['an empty name', [article, '--output', ''], "summarize: option '-o, --output <FILE>' argument '' is invalid. Must be a file name, or - for standard output.", 2],
  ])('%s', async (_name, args, stderr, code) => {
    const result = await run(args);
    expect(firstLine(result.stderr)).toBe(stderr);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(code);
  });

  it('an input that fails: the others are still written, exit 1', async () => {
    const out = join(dir('out-partial'), 'summary.txt');
    const result = await summarize(['-n', '1', article, 'missing.txt', '-o', out]);
    expect(result).toEqual({ stdout: '', stderr: 'summarize: missing.txt: no such file or directory\n', code: 1 });
    expect(readFileSync(out, 'utf8')).toContain('==> fixtures/cli/article.txt <==');
  });

  it('a usage error leaves the file alone', async () => {
    const out = join(dir('out-usage'), 'summary.txt');
    writeFileSync(out, 'old\n');
    expect((await summarize(['-n', '0', article, '-o', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
  });

  it.skipIf(!canBeDenied)('a directory that is not writable (as root: run as nobody): one line, exit 1, the old file intact', async () => {
    const d = dir('out-readonly');
    chmodSync(d, 0o755);
    const out = join(d, 'summary.txt');
    writeFileSync(out, 'old\n');
    chmodSync(out, 0o666);
    const result = await sh(asNobody(`node bin/summarize.js ${article} -o ${out}`));
    expect(result).toEqual({ stdout: '', stderr: `summarize: ${out}: permission denied\n`, code: 1 });
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(d)).toEqual(['summary.txt']);
  });

  it('a write that fails part-way (in-process, a disk that fills up): the old file intact, no temporary file left', async () => {
    const d = dir('out-full');
    const out = join(d, 'summary.txt');
    writeFileSync(out, 'old\n');
    const fs = await import('node:fs');
    let written = 0;
    const fillsUp: OutputFs = {
      ...fs,
      writeSync: ((fd: number, buffer: Uint8Array, offset?: number) => {
        if (written > 100) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
        const n = fs.writeSync(fd, buffer, offset);
        written += n;
        return n;
      }) as typeof fs.writeSync,
    };
    const output = fileOutput(out, fillsUp);
    for (let i = 0; i < 10 && !output.closed; i++) await output.write(`line ${i} of the new output, long enough to fill the disk\n`);
    output.finish();
    expect((output.error as NodeJS.ErrnoException | undefined)?.code).toBe('ENOSPC');
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(d)).toEqual(['summary.txt']);
  });

  it('a rename that fails (in-process): the old file intact, no temporary file left', async () => {
    const d = dir('out-rename');
    const out = join(d, 'summary.txt');
    writeFileSync(out, 'old\n');
    const fs = await import('node:fs');
    const cannotRename: OutputFs = {
      ...fs,
      renameSync: () => {
        throw Object.assign(new Error(`EACCES: permission denied, rename '${out}'`), { code: 'EACCES', syscall: 'rename' });
      },
    };
    const output = fileOutput(out, cannotRename);
    await output.write('the new output\n');
    output.finish();
    expect((output.error as NodeJS.ErrnoException | undefined)?.code).toBe('EACCES');
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(d)).toEqual(['summary.txt']);
  });
});

describe.concurrent('encodings', () => {
  it.each<Row>([
    ['Latin-1 bytes (invalid UTF-8)', [latin1], `summarize: note: ${latin1} is not UTF-8; read as Windows-1252`, 0],
    ['overlong sequences (C0 AF, E0 80 AF)', [overlong], `summarize: note: ${overlong} is not UTF-8; read as Windows-1252`, 0],
    ['a surrogate encoded in UTF-8 (ED A0 80)', [surrogateBytes], `summarize: note: ${surrogateBytes} is not UTF-8; read as Windows-1252`, 0],
    ['UTF-16 with a byte-order mark', [utf16Bom], '', 0],
    ['UTF-16 without a byte-order mark', [utf16NoBom], `summarize: note: ${utf16NoBom} has no byte-order mark; read as UTF-16LE`, 0],
    ['mixed line ends (LF, CRLF, CR)', [mixedEnds], '', 0],
    ['a NUL byte inside text', [nulInside], `summarize: ${nulInside}: the input is not text (it has NUL bytes)`, 1],
    ['mostly control characters', [controls], `summarize: ${controls}: the input is not text (it has NUL bytes or mostly control characters)`, 1],
  ])('%s', async (_name, args, stderr, code) => {
    const result = await run(args);
    expect(firstLine(result.stderr)).toBe(stderr);
    expect(result.code).toBe(code);
  });

  it('lone surrogates in JSON Lines (`"\\ud800"`): summarized, and written back as escapes', async () => {
    const input = '{"id": "s", "text": "A lone \\ud800 surrogate here. Another \\udfff one there. The end."}\n';
    const result = await summarize(['--jsonl'], { input });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const record = JSON.parse(result.stdout) as { summary: string[] };
    expect(record.summary.join(' ')).toContain('\ud800');
    expect(result.stdout).toContain('\\ud800');
  });
});

describe.concurrent('JSON Lines (beyond test/cli/binary.test.ts)', () => {
  interface Record {
    id: unknown;
    summary?: string[];
    error?: string;
  }
  const parse = (stdout: string): Record[] => (stdout === '' ? [] : stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record));
  const ok = '"text": "The river flooded the fields. Farmers moved their cattle."';

  it('every bad line gets one error record, every good line its summary, exit 1', async () => {
    const input = [
      `{"id": 1, ${ok}}`,
      '{"id": 2, "text": 42}',
      '{"id": 3, "text": null}',
      `{"id": 4, ${ok}, "sentences": "3"}`,
      `{"id": 5, ${ok}, "ratio": null}`,
      '[1, 2]',
      'null',
      '"just a string"',
      `{"id": 1, ${ok}}`,
      `{"id": {"nested": true}, ${ok}}`,
      `{"id": 7, ${ok}, "words": -1}`,
      `{"id": 8, ${ok}, "chars": 1e400}`,
      `{"id": 9, ${ok}`,
      `{"id": 10, ${ok}}`,
    ].join('\n');
    const result = await summarize(['--jsonl'], { input });
    expect(parse(result.stdout).map((r) => [r.id, r.error ?? 'ok'])).toEqual([
      [1, 'ok'],
      [2, 'line 2: no string "text" field'],
      [3, 'line 3: no string "text" field'],
      [4, 'line 4: sentences must be a number, not "3"'],
      [5, 'line 5: ratio must be a number, not null'],
      [null, 'line 6: not a JSON object'],
      [null, 'line 7: not a JSON object'],
      [null, 'line 8: not a JSON object'],
      [1, 'ok'],
      [{ nested: true }, 'ok'],
      [7, 'line 11: words must be a whole number of at least 1, not -1'],
      [8, 'line 12: chars must be a whole number of at least 1, not Infinity'],
      [null, expect.stringMatching(/^line 13: not JSON \(/u)],
      [10, 'ok'],
    ]);
    expect(result.stderr).toBe('summarize: 10 of 14 lines failed (see their "error" fields)\n');
    expect(result.code).toBe(1);
  });

  it.each<[string, string, number, string]>([
    ['an empty file: no records, exit 0', '', 0, ''],
    ['only blank lines: no records, exit 0', '\n  \n\t\n', 0, ''],
    ['a last line without a line break is answered', `{"id": 1, ${ok}}\n{"id": 2, ${ok}}`, 2, ''],
    ['CRLF line ends', `{"id": 1, ${ok}}\r\n{"id": 2, ${ok}}\r\n`, 2, ''],
    ['a byte-order mark before the first line', `\ufeff{"id": 1, ${ok}}\n`, 1, ''],
  ])('%s', async (_name, input, records, stderr) => {
    const result = await summarize(['--jsonl'], { input });
    expect(parse(result.stdout).filter((r) => r.summary !== undefined)).toHaveLength(records);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(0);
  });

  it('a huge line (over --max-bytes) is an error record, streamed past without holding it', async () => {
    const input = [`{"id": 1, ${ok}}`, JSON.stringify({ id: 2, text: 'Long. '.repeat(400_000) }), `{"id": 3, ${ok}}`].join('\n');
    const result = await summarize(['--jsonl', '--max-bytes', '1000000'], { input });
    expect(parse(result.stdout).map((r) => r.error ?? 'ok')).toEqual(['ok', 'line 2: the input is larger than --max-bytes (1000000 bytes)', 'ok']);
    expect(result.code).toBe(1);
  });

  it('invalid UTF-8 in a line: a warning naming the line, and still a record', async () => {
    const input = Buffer.concat([Buffer.from('{"id": 1, "text": "Caf'), Buffer.from([0xe9]), Buffer.from(' au lait. It is hot."}\n')]);
    const result = await summarize(['--jsonl'], { input });
    expect(result.stderr).toBe('summarize: warning: standard input line 1 is not valid UTF-8; invalid bytes were replaced with U+FFFD\n');
    expect(parse(result.stdout)[0]?.summary).toBeDefined();
    expect(result.code).toBe(0);
  });
});

describe.concurrent('option values', () => {
  it.each<Row>([
    ['-n NaN', ['-n', 'NaN', article], "summarize: option '-n, --sentences <N>' argument 'NaN' is invalid. Not a number. Sentences must be a whole number of at least 1.", 2],
    ['-n Infinity', ['-n', 'Infinity', article], "summarize: option '-n, --sentences <N>' argument 'Infinity' is invalid. Not a number. Sentences must be a whole number of at least 1.", 2],
    ['-n 1e400', ['-n', '1e400', article], "summarize: option '-n, --sentences <N>' argument '1e400' is invalid. Sentences must be a whole number of at least 1, not Infinity.", 2],
    ['-n -0', ['-n', '-0', article], "summarize: option '-n, --sentences <N>' argument '-0' is invalid. Sentences must be a whole number of at least 1, not 0.", 2],
    ['-n 2.5', ['-n', '2.5', article], "summarize: option '-n, --sentences <N>' argument '2.5' is invalid. Sentences must be a whole number of at least 1, not 2.5.", 2],
    ['-n abc', ['-n', 'abc', article], "summarize: option '-n, --sentences <N>' argument 'abc' is invalid. Not a number. Sentences must be a whole number of at least 1.", 2],
    ['-n (nothing)', ['-n'], "summarize: option '-n, --sentences <N>' argument missing", 2],
    ['--ratio 0', ['--ratio', '0', article], "summarize: option '--ratio <R>' argument '0' is invalid. Ratio must be a number greater than 0 and at most 1, not 0.", 2],
    ['--ratio -0.5', ['--ratio', '-0.5', article], "summarize: option '--ratio <R>' argument '-0.5' is invalid. Ratio must be a number greater than 0 and at most 1, not -0.5.", 2],
    ['--ratio 1.5', ['--ratio', '1.5', article], "summarize: option '--ratio <R>' argument '1.5' is invalid. Ratio must be a number greater than 0 and at most 1, not 1.5.", 2],
    ['--ratio half', ['--ratio', 'half', article], "summarize: option '--ratio <R>' argument 'half' is invalid. Not a number. Ratio must be a number greater than 0 and at most 1.", 2],
    ['--words 0', ['--words', '0', article], "summarize: option '--words <N>' argument '0' is invalid. Words must be a whole number of at least 1, not 0.", 2],
    ['--chars 0x10', ['--chars', '0x10', article], "summarize: option '--chars <N>' argument '0x10' is invalid. Not a number. Chars must be a whole number of at least 1.", 2],
    ['-k -1', ['-k', '-1', article], "summarize: option '-k, --keywords [N]' argument '-1' is invalid. Keywords must be a whole number of at least 0, not -1.", 2],
    ['-k many', ['-k', 'many', article], "summarize: option '-k, --keywords [N]' argument 'many' is invalid. Not a number. Keywords must be a whole number of at least 0.", 2],
    ['--max-bytes 0', ['--max-bytes', '0', article], `summarize: option '--max-bytes <N>' argument '0' is invalid. Must be a whole number of bytes from 1 to 524288000 (500 MiB).`, 2],
    ['--max-bytes 1e10', ['--max-bytes', '1e10', article], `summarize: option '--max-bytes <N>' argument '1e10' is invalid. Must be a whole number of bytes from 1 to 524288000 (500 MiB).`, 2],
    ['--jobs 0', ['--jsonl', '--jobs', '0'], "summarize: option '--jobs <N>' argument '0' is invalid. Must be a whole number of worker threads from 1 to 64.", 2],
    ['--jobs 5000', ['--jsonl', '--jobs', '5000'], "summarize: option '--jobs <N>' argument '5000' is invalid. Must be a whole number of worker threads from 1 to 64.", 2],
    ['--order random', ['--order', 'random', article], "summarize: option '--order <ORDER>' argument 'random' is invalid. Allowed choices are document, score.", 2],
    ['--format xml', ['--format', 'xml', article], "summarize: option '-f, --format <FORMAT>' argument 'xml' is invalid. Allowed choices are text, plain, markdown, json, html.", 2],
    ['-a nope', ['-a', 'nope', article], /^summarize: option '-a, --algorithm <NAME>' argument 'nope' is invalid\. Allowed choices are default, lead, /u, 2],
    ['two kinds of length', ['-n', '2', '--ratio', '0.5', article], "summarize: option '-n, --sentences <N>' cannot be used with option '--ratio <R>'", 2],
    ['--split with --jsonl', ['--split', '--jsonl', article], "summarize: option '--split' cannot be used with option '--jsonl'", 2],
    ['an unknown option', ['--frobnicate', article], "summarize: unknown option '--frobnicate'", 2],
  ])('%s', async (_name, args, stderr, code) => {
    const result = await run(args);
    if (typeof stderr === 'string') expect(result.stderr).toBe(`${stderr}\n`);
    else expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(code);
  });

  it('a length given twice: the last one counts (-n 1 -n 3 is -n 3)', async () => {
    const [twice, once] = await Promise.all([summarize(['-n', '1', '-n', '3', '--format', 'json', article]), summarize(['-n', '3', '--format', 'json', article])]);
    expect(twice).toEqual(once);
    expect((JSON.parse(twice.stdout) as { sentences: unknown[] }).sentences).toHaveLength(3);
  });

  it('any option given twice: the last one counts', async () => {
    const [twice, once] = await Promise.all([summarize(['-f', 'json', '-f', 'plain', '-a', 'lead', '-a', 'default', article]), summarize(['-f', 'plain', article])]);
    expect(twice).toEqual(once);
  });

  it('a huge whole number is taken: -n 1e20 is every sentence', async () => {
    const [huge, all] = await Promise.all([summarize(['-n', '1e20', '--format', 'json', article]), summarize(['--ratio', '1', '--format', 'json', article])]);
    expect(huge.code).toBe(0);
    expect(JSON.parse(huge.stdout)).toEqual(JSON.parse(all.stdout));
  });
});

describe.concurrent('resources', () => {
  it.each<Row>([
    ['an input over --max-bytes', ['--max-bytes', '100', article], `summarize: ${article}: the input is larger than --max-bytes (100 bytes)`, 1],
    ['more than 2,000,000 lines', [tooManyLines], `summarize: ${tooManyLines}: the input has more than 2000000 lines; summarize it in parts`, 1],
  ])('%s', async (_name, args, stderr, code) => {
    const result = await run(args);
    expect(result.stderr).toBe(`${stderr}\n`);
    expect(result.code).toBe(code);
  });

  it('no network but a URL asked for: the built code loads no network module, and only the URL reader calls fetch', () => {
    const offenders = builtFiles().filter((path) => /node:(?:net|http|https|http2|dgram|tls|dns)\b|XMLHttpRequest|WebSocket/u.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
    // The bundle the binary runs holds the URL reader too (its source is dist/cli/fetch-url.js, checked alone).
    // htmlparser2, in the HTML reader's bundle, has a feed parser with a function of its own named
    // fetch: a call of fetch counts only in a file that declares none.
    const callsFetch = (code: string): boolean => /\bfetch\(/u.test(code) && !/\bfunction fetch\(/u.test(code);
    const fetchers = builtFiles().filter((path) => callsFetch(readFileSync(path, 'utf8')));
    expect(fetchers.map((path) => path.slice(root.length)).sort()).toEqual(['dist/bundle/summarize.cjs', 'dist/cli/fetch-url.js']);
  });

  it('no writes but --output and --resume: only their output modules of the built code write files', () => {
    const writers = builtFiles().filter((path) => /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|openSync|renameSync|mkdirSync|copyFile)\b/u.test(readFileSync(path, 'utf8')));
    // The bundle the binary runs holds the output modules too, and nothing else of these (its source is dist/cli/*.js, checked alone).
    expect(writers.map((path) => path.slice(root.length)).sort()).toEqual(['dist/bundle/summarize.cjs', 'dist/cli/jsonl-resume.js', 'dist/cli/output-file.js']);
  });

  it('no writes but --output: a run leaves its working directory and temporary directory as they were', async () => {
    const cwd = join(tmp, 'cwd');
    const temp = join(tmp, 'tmpdir');
    mkdirSync(cwd, { recursive: true });
    mkdirSync(temp, { recursive: true });
    const lines = Array.from({ length: 100 }, (_, id) => JSON.stringify({ id, text: articleText })).join('\n');
    writeFileSync(join(cwd, 'in.jsonl'), lines);
    const bin = join(root, 'bin/summarize.js');
    const env = `TMPDIR=${temp} HOME=${temp}`;
    const result = await sh(`cd ${cwd} && ${env} node ${bin} --jsonl --jobs 2 in.jsonl > /dev/null && ${env} node ${bin} in.jsonl -o out.txt`);
    expect(result.code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['in.jsonl', 'out.txt']);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('no deep recursion: deeply nested input runs on a small stack', async () => {
    const nested = file('nested.txt', `${'(['.repeat(100_000)}The council met. Farmers moved.${'])'.repeat(100_000)}`);
    const result = await sh(`node --stack-size=200 bin/summarize.js ${nested}`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

/** Every .js file of dist/, recursively. */
function builtFiles(dir = join(root, 'dist')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(path) : /\.c?js$/u.test(entry.name) ? [path] : [];
  });
}
