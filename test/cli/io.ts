import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/main.js';

/** A stream that keeps what is written to it. */
export class Sink extends Writable {
  isTTY?: boolean;
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** The process for an in-process run of main(): stdin holds `input`, output is kept. */
export function fakeIo(argv: string[], input = '', overrides: Partial<Io> = {}): Io & { stdout: Sink; stderr: Sink } {
  return { argv, env: {}, stdin: Readable.from([Buffer.from(input)]), stdout: new Sink(), stderr: new Sink(), ...overrides } as Io & { stdout: Sink; stderr: Sink };
}
