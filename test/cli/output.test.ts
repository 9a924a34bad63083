import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fdOutput, type FdCalls } from '../../src/cli/output.js';

/** Calls that take at most `chunk` bytes a write and fail as `failures` say, by call number. */
function calls(chunk: number, failures: Record<number, string> = {}): FdCalls & { written: number[] } {
  const written: number[] = [];
  let call = 0;
  return {
    written,
    writeSync(_fd, buffer, offset) {
      const code = failures[call++];
      if (code !== undefined) throw Object.assign(new Error(`write ${code}`), { code });
      const end = Math.min(buffer.length, offset + chunk);
      written.push(...buffer.subarray(offset, end));
      return end - offset;
    },
  };
}

function streamed(): { stream: PassThrough; bytes: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

const noStream = (): never => {
  throw new Error('the stream was made');
};

describe('fdOutput: standard output written to its descriptor', () => {
  it('writes everything, however few bytes each write takes', async () => {
    const fd = calls(3);
    const out = fdOutput(1, noStream, fd);
    await out.write('Summary – “quoted”\n');
    await out.write('');
    await out.write('second\n');
    expect(Buffer.from(fd.written).toString('utf8')).toBe('Summary – “quoted”\nsecond\n');
    expect([out.closed, out.error]).toEqual([false, undefined]);
  });

  it('the reader gone (EPIPE): closed, no error, nothing more written', async () => {
    const fd = calls(100, { 1: 'EPIPE' });
    const out = fdOutput(1, noStream, fd);
    await out.write('one\n');
    await out.write('two\n');
    await out.write('three\n');
    expect(Buffer.from(fd.written).toString('utf8')).toBe('one\n');
    expect([out.closed, out.error]).toEqual([true, undefined]);
  });

  it('a failed write (ENOSPC): closed, with the error', async () => {
    const out = fdOutput(1, noStream, calls(100, { 0: 'ENOSPC' }));
    await out.write('one\n');
    expect(out.closed).toBe(true);
    expect((out.error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  });

  it('a descriptor that would block (EAGAIN): the rest, and all after, go through the stream in order', async () => {
    // Three bytes a write, then EAGAIN: the first write ends inside "é" (two bytes in UTF-8), so the stream must get the rest as bytes.
    const fd = calls(3, { 1: 'EAGAIN' });
    const { stream, bytes } = streamed();
    const out = fdOutput(1, () => stream, fd);
    await out.write('abé\n');
    await out.write('next\n');
    expect(Buffer.from(fd.written).toString('latin1')).toBe('ab\u00c3');
    expect(Buffer.concat([Buffer.from(fd.written), bytes()]).toString('utf8')).toBe('abé\nnext\n');
    expect([out.closed, out.error]).toEqual([false, undefined]);
  });
});
