import { once } from 'node:events';

/** Standard output that a reader may close early (`summarize big.txt | head -1`). */
export interface Output {
  /** Resolves once the stream can take more: a run streaming JSON Lines never outpaces its reader. */
  write(text: string): Promise<void>;
  /** Nothing more will be written: the reader went away, or writing failed. */
  readonly closed: boolean;
  /** Why writing failed, unless the reader just stopped reading (EPIPE), which is no error. */
  readonly error: Error | undefined;
}

export function output(stream: NodeJS.WritableStream): Output {
  let closed = false;
  let failure: Error | undefined;
  // Without a listener, a closed pipe ends the process with an EPIPE stack trace.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE') failure = error;
  });
  return {
    async write(text) {
      if (closed || text === '') return;
      if (stream.write(text)) return;
      // once() rejects if the stream errors instead of draining; the listener above has noted it.
      await once(stream, 'drain').catch(() => undefined);
    },
    get closed() {
      return closed;
    },
    get error() {
      return failure;
    },
  };
}

/** The calls {@link fdOutput} makes; tests pass calls that fail. */
export interface FdCalls {
  writeSync(fd: number, buffer: Uint8Array, offset: number): number;
}

/**
 * Output written straight to a file descriptor that is a file or a pipe, with no stream: making
 * Node's `process.stdout` loads its stream library (and for a pipe, its socket classes), a tenth
 * of what a summary of one article added to Node's own start-up. Writes are synchronous, as
 * `process.stdout`'s are for files and pipes on Linux.
 * A reader gone away (EPIPE) closes the output quietly; a descriptor that will not take more now
 * (EAGAIN, a non-blocking pipe) hands the rest, and every later write, to the stream.
 */
export function fdOutput(fd: number, stream: () => NodeJS.WritableStream, calls: FdCalls): Output {
  let closed = false;
  let failure: Error | undefined;
  let streamed: Output | undefined;
  return {
    async write(text) {
      if (streamed !== undefined) return streamed.write(text);
      if (closed || text === '') return;
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      try {
        while (at < bytes.length) at += calls.writeSync(fd, bytes, at);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          const rest = stream();
          streamed = output(rest);
          // The rest as bytes: `at` may fall inside a character.
          if (!rest.write(bytes.subarray(at))) await once(rest, 'drain').catch(() => undefined);
          return;
        }
        closed = true;
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failure = error as Error;
      }
    },
    get closed() {
      return streamed?.closed ?? closed;
    },
    get error() {
      return streamed?.error ?? failure;
    },
  };
}
