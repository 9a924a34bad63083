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
