import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, optimizerPays } from '../../src/cli/main.js';
import { fakeIo } from './io.js';

/** Standard input whose reading fails in a way no input can cause: a bug. */
const failing = {
  isTTY: false,
  [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new TypeError('boom')) }),
};

describe('main, in-process', () => {
  it('with no FILE and a terminal on stdin, prints usage on stderr and exits 2', async () => {
    const io = fakeIo([], '', { stdin: { ...failing, isTTY: true } });
    expect(await main(io)).toBe(2);
    expect(io.stderr.text).toMatch(/^Usage: summarize \[options\] \[FILE\.\.\.\]\n/u);
    expect(io.stdout.text).toBe('');
  });

  it('reports a bug as one line and exits 70', async () => {
    const io = fakeIo([], '', { stdin: { ...failing, isTTY: false } });
    expect(await main(io)).toBe(70);
    expect(io.stderr.text).toBe('summarize: internal error: standard input: boom\n');
  });

  it('adds the stack of a bug with SUMMARIZE_DEBUG=1', async () => {
    const io = fakeIo([], '', { stdin: { ...failing, isTTY: false }, env: { SUMMARIZE_DEBUG: '1' } });
    expect(await main(io)).toBe(70);
    expect(io.stderr.text).toMatch(/^summarize: internal error: standard input: boom\nTypeError: boom\n {4}at /u);
  });

  it('reports a usage error as one line and exits 2', async () => {
    const io = fakeIo(['--ratio', '7']);
    expect(await main(io)).toBe(2);
    expect(io.stderr.text).toBe("summarize: option '--ratio <R>' argument '7' is invalid. Ratio must be a number greater than 0 and at most 1, not 7.\n");
  });

  it('stops quietly when the reader of stdout goes away (EPIPE)', async () => {
    const closedPipe = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }));
      },
    });
    let pulled = 0;
    async function* lines() {
      for (; pulled < 1000; pulled++) yield Buffer.from(`{"id": ${pulled}, "text": "One sentence here. Another one there."}\n`);
    }
    const io = fakeIo(['--jsonl'], '', { stdin: Readable.from(lines()), stdout: closedPipe as never });
    expect(await main(io)).toBe(0);
    expect(io.stderr.text).toBe('');
    // Only what the stream read ahead: nothing is summarized for a reader that has gone.
    expect(pulled).toBeLessThan(100);
  });

  it('reports any other failure to write, naming standard output', async () => {
    const fullDisk = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
      },
    });
    const io = fakeIo(['--split'], 'One sentence here. Another one there.', { stdout: fullDisk as never });
    expect(await main(io)).toBe(1);
    expect(io.stderr.text).toBe('summarize: standard output: no space left on device\n');
  });
});

describe("V8's optimizing compiler: off for one short input only", () => {
  it.each([
    ['one short input', 1, 5_000, false],
    ['one input of 256 Ki code units', 1, 256 * 1024, false],
    ['one longer input', 1, 256 * 1024 + 1, true],
    ['two short inputs', 2, 10, true],
  ])('optimizerPays: %s', (_name, inputs, length, pays) => {
    expect(optimizerPays(inputs, length)).toBe(pays);
  });

  const article = 'The council approved the plan on Monday. The vote was close. Work starts in May.';
  it.each([
    ['a short input: turned off once', ['-'], article, 1],
    ['--split of a short input: turned off once', ['--split', '-'], article, 1],
    ['a long input: left on', ['-'], `${article} `.repeat(4000), 0],
    ['--jsonl: left on (a corpus runs long)', ['--jsonl', '-'], `${JSON.stringify({ text: article })}\n`, 0],
  ])('main: %s', async (_name, argv, input, calls) => {
    let called = 0;
    const io = fakeIo(argv, input, { withoutOptimizer: () => void called++ });
    expect(await main(io)).toBe(0);
    expect(io.stderr.text).toBe('');
    expect(called).toBe(calls);
  });
});
