import { parentPort, workerData } from 'node:worker_threads';
import { recordOf, type Line, type LineResult } from './jsonl-record.js';
import type { CliOptions } from './program.js';

/** A line to summarize, as the main thread sends it (in batches). */
export interface Task {
  id: number;
  line: Line;
  name: string;
}

/** The answer to a task: its result, or the bug it ran into. */
export type Reply = { id: number; result: LineResult } | { id: number; bug: { message: string; stack: string | undefined } };

/** What the main thread gives every worker. */
export interface WorkerData {
  options: CliOptions;
}

// A batch of tasks at a time, answered in one message, in the order sent: the main thread keeps the output in input order.
const { options } = workerData as WorkerData;
parentPort?.on('message', (tasks: Task[]) => {
  const replies: Reply[] = [];
  for (const { id, line, name } of tasks) {
    try {
      replies.push({ id, result: recordOf(line, options, name) });
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      replies.push({ id, bug: { message, stack } });
    }
  }
  parentPort?.postMessage(replies);
});
