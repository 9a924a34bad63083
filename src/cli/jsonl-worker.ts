import { parentPort, workerData } from 'node:worker_threads';
import { recordOf, type LineResult } from './jsonl-record.js';
import type { CliOptions } from './program.js';

/**
 * Lines to summarize, as the main thread sends them: the lines of one input, numbered from
 * `first` in the order sent, their bytes one after the other in `bytes` (a length of -1: a line
 * longer than allowed, not kept).
 */
export interface Batch {
  first: number;
  name: string;
  /** Each line's number in its input. */
  numbers: number[];
  lengths: number[];
  bytes: Uint8Array;
}

/** The answer to a line: its result, or the bug it ran into. */
export type Reply = { result: LineResult } | { bug: { message: string; stack: string | undefined } };

/** The answers to a batch, in its order: the first is line `first`'s. */
export interface Replies {
  first: number;
  replies: Reply[];
}

/** What the main thread gives every worker. */
export interface WorkerData {
  options: CliOptions;
}

// A batch at a time, answered in one message, in the order sent: the main thread keeps the output in input order.
const { options } = workerData as WorkerData;
parentPort?.on('message', ({ first, name, numbers, lengths, bytes }: Batch) => {
  const replies: Reply[] = [];
  let at = 0;
  for (const [i, number] of numbers.entries()) {
    const length = lengths[i] as number;
    const line = { number, bytes: length < 0 ? undefined : bytes.subarray(at, at + length) };
    at += Math.max(length, 0);
    try {
      replies.push({ result: recordOf(line, options, name) });
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      replies.push({ bug: { message, stack } });
    }
  }
  parentPort?.postMessage({ first, replies } satisfies Replies);
});
