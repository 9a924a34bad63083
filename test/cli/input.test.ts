import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { asInputError, decode, InputError, readBytes } from '../../src/cli/input.js';
import { SummarizeError } from '../../src/index.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode', () => {
  it.each<[string, Uint8Array, string, boolean]>([
    ['UTF-8 text', bytes('Café — naïve.'), 'Café — naïve.', true],
    ['a byte-order mark is dropped', bytes([0xef, 0xbb, 0xbf], 'Hello.'), 'Hello.', true],
    ['CRLF is left to the library', bytes('A.\r\nB.'), 'A.\r\nB.', true],
    ['Latin-1 bytes become U+FFFD', bytes('Caf', [0xe9], ' au lait.'), 'Caf\ufffd au lait.', false],
    ['a truncated sequence at the end', bytes('Euro ', [0xe2, 0x82]), 'Euro \ufffd', false],
  ])('%s', (_name, input, text, valid) => {
    expect(decode(input)).toEqual({ text, valid });
  });

  it('refuses a NUL byte as binary before decoding', () => {
    expect(() => decode(bytes('PK', [3, 4, 0, 0], 'data'))).toThrow(expect.objectContaining({ code: 'BINARY_INPUT' }));
  });
});

describe('readBytes', () => {
  const source = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

  it('joins the chunks', async () => {
    expect((await readBytes(source('ab', 'cd'), 4)).toString()).toBe('abcd');
  });

  it('refuses an input past the limit', async () => {
    await expect(readBytes(source('ab', 'cde'), 4)).rejects.toThrow(new SummarizeError('INPUT_TOO_LARGE', 'the input is larger than --max-bytes (4 bytes)'));
  });
});

describe('asInputError', () => {
  /** An error shaped as Node's file system makes them. */
  const systemError = (code: string, message: string) => Object.assign(new Error(message), { code, syscall: 'open', errno: -1 });

  it.each([
    ['ENOENT', "ENOENT: no such file or directory, open 'gone.txt'", 'no such file or directory'],
    ['EACCES', "EACCES: permission denied, open 'secret.txt'", 'permission denied'],
    ['EISDIR', 'EISDIR: illegal operation on a directory, read', 'is a directory'],
    ['ELOOP', "ELOOP: too many symbolic links encountered, open 'loop'", 'too many symbolic links encountered'],
  ])('%s', (code, message, expected) => {
    expect(asInputError(systemError(code, message))).toEqual(new InputError(expected));
  });

  it('leaves other errors alone: they are bugs', () => {
    const bug = new TypeError('x is undefined');
    expect(asInputError(bug)).toBe(bug);
  });
});
