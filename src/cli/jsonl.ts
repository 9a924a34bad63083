import { CommanderError } from 'commander';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { exitCodeOf, type ExitCode } from './exit-code.js';
import { asInputError, displayName, InputError, open } from './input.js';
import { recordOf, type Line, type LineResult } from './jsonl-record.js';
import { openResume, type Resume } from './jsonl-resume.js';
import type { Batch, Replies, WorkerData } from './jsonl-worker.js';
import type { Session } from './session.js';
import { note, tornRecord } from './messages.js';
import { inputsOf, maxJobs, type CliOptions } from './program.js';
import { progressLine, totalBytes } from './progress.js';

/**
 * When to start worker threads: only once this many lines, or bytes of lines, have come in. A
 * worker takes about as long to start as summarizing a few dozen articles, so a short input is
 * done in-process before workers would be ready.
 */
const spawnAfterLines = 32;
const spawnAfterBytes = 256 * 1024;
/**
 * Lines go to a worker in batches of this many (or {@link batchBytes}), and come back likewise:
 * one message per line cost each worker about as much as summarizing a news article, in
 * serializing and in waking the threads, which ate the gain of a second core.
 */
const batchLines = 16;
const batchBytes = 256 * 1024;
/** Lines in flight (sent, not yet written) per worker: two batches, so each has the next while the main thread writes. */
const linesPerWorker = 2 * batchLines;
/** Bytes of lines in flight, at most; a larger line still goes, alone. Memory stays bounded whatever the input. */
const maxBytesInFlight = 32 * 1024 * 1024;

/**
 * Longest stretch, in milliseconds, of summarizing without letting the event loop run. Lines
 * already read (a pipe is read up to 2 MB at a time) are summarized in-process one after the
 * other without a macrotask between them, so a SIGTERM would wait for the whole buffer: 300 ms and
 * 130 lines past the signal, on 200 articles piped in with --jobs 1.
 */
const maxTurn = 50;

/**
 * `--jsonl`: one JSON record out for each non-blank line in, in order, written as soon as it and
 * every line before it are done. A bad line gives a record with an `error` and the run goes on;
 * the exit code says some failed. Lines are summarized by `--jobs` worker threads (in-process
 * with `--jobs 1`, and until the input proves long enough to be worth starting workers for).
 */
export async function summarizeLines(session: Session): Promise<ExitCode> {
  const { options, io } = session;
  let out = session.out;
  let resume: Resume | undefined;
  if (options.resume !== undefined) {
    try {
      resume = openResume(options.resume, out);
    } catch (error) {
      return session.report(error);
    }
    if (resume.torn > 0) io.stderr.write(`${note(tornRecord(options.resume, resume.torn))}\n`);
    out = resume.output;
  }
  const codes: ExitCode[] = [];
  let records = resume?.records ?? 0;
  let failed = resume?.failed ?? 0;
  const runner = new LineRunner(options);
  const inFlight: Array<{ result: Promise<LineResult>; size: number }> = [];
  let bytesInFlight = 0;
  const progress = progressLine({ stderr: io.stderr, enabled: options.progress }, totalBytes(inputsOf(options)));
  let lastTurn = performance.now();
  /** Write the oldest line's record; a bug in it is thrown. */
  const writeNext = async (): Promise<void> => {
    // The oldest line may still be waiting for a full batch: send it before waiting for it.
    // Only then: flushing on every write would send one line a message, as on every line once full.
    if (runner.unsent >= inFlight.length) runner.flush();
    const next = inFlight.shift() as (typeof inFlight)[number];
    bytesInFlight -= next.size;
    const { json, failed: bad, warnings } = await next.result;
    if (warnings.length > 0) progress.clear();
    for (const message of warnings) session.warn(message);
    progress.advance(next.size + 1);
    if (json === undefined) return;
    records++;
    if (bad) failed++;
    await out.write(`${json}\n`);
  };
  try {
    for (const file of inputsOf(options)) {
      if (out.closed) break;
      const name = displayName(file);
      const lines = linesOf(open(file, io.stdin), options.maxBytes)[Symbol.asyncIterator]();
      try {
        let readError: unknown;
        for (;;) {
          let next: IteratorResult<Line>;
          try {
            next = await lines.next();
          } catch (error) {
            readError = error;
            break;
          }
          if (next.done === true || out.closed) break;
          if (resume?.skip(next.value, name) === true) continue;
          const size = next.value.bytes?.length ?? 0;
          const result = runner.run(next.value, name);
          // Marked as handled: a line dropped after a bug, or when the reader went away, may fail unheard.
          result.catch(() => undefined);
          inFlight.push({ result, size });
          bytesInFlight += size;
          while (inFlight.length > 0 && !out.closed && (inFlight.length >= runner.capacity || bytesInFlight > maxBytesInFlight)) await writeNext();
          if (performance.now() - lastTurn > maxTurn) {
            await new Promise((resolve) => setImmediate(resolve));
            lastTurn = performance.now();
          }
        }
        // The lines read before a read error still get their records, then the error is reported.
        while (inFlight.length > 0 && !out.closed) await writeNext();
        if (readError !== undefined) throw readError;
      } catch (error) {
        // A bug in one line ends this input there: the lines after it are dropped, unwritten.
        inFlight.length = 0;
        bytesInFlight = 0;
        // An OUT that is not this input's output ends the run: the next input would only add to the mix.
        if (error instanceof CommanderError) throw error;
        codes.push(session.report(asInputError(error), name));
      } finally {
        await lines.return?.(undefined);
      }
    }
    // An input that could not be read has given fewer lines than OUT may hold: that error is the one to report.
    if (!out.closed && codes.length === 0) resume?.finish();
  } finally {
    progress.end();
    await runner.close();
    resume?.close();
  }
  if (resume?.output.error !== undefined) codes.push(session.report(asInputError(resume.output.error), options.resume));
  if (failed > 0) codes.push(session.report(new InputError(`${failed} of ${records} lines failed (see their "error" fields)`)));
  return exitCodeOf(codes);
}

/** The built worker script; missing when the CLI runs from its TypeScript sources (in tests), which then run in-process. */
const workerScript = new URL('./jsonl-worker.js', import.meta.url);

/** Summarizes lines in-process, or hands them to a pool of worker threads once the input is long enough. */
class LineRunner {
  private readonly jobs: number;
  private pool: WorkerPool | undefined;
  private lines = 0;
  private bytes = 0;

  constructor(private readonly options: CliOptions) {
    const jobs = options.jobs ?? Math.min(availableParallelism(), maxJobs);
    this.jobs = jobs > 1 && existsSync(fileURLToPath(workerScript)) ? jobs : 1;
  }

  /** How many lines may be in flight before the oldest must be written. */
  get capacity(): number {
    return this.pool === undefined ? 1 : this.jobs * linesPerWorker;
  }

  run(line: Line, name: string): Promise<LineResult> {
    this.lines++;
    this.bytes += line.bytes?.length ?? 0;
    if (this.pool === undefined && this.jobs > 1 && (this.lines > spawnAfterLines || this.bytes > spawnAfterBytes)) {
      this.pool = new WorkerPool(this.jobs, { options: this.options });
    }
    if (this.pool !== undefined) return this.pool.run(line, name);
    try {
      return Promise.resolve(recordOf(line, this.options, name));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** How many of the newest lines wait for a full batch, not yet sent to a worker. */
  get unsent(): number {
    return this.pool?.unsent ?? 0;
  }

  /** Sends the lines waiting for a full batch: before waiting on the oldest of them. */
  flush(): void {
    this.pool?.flush();
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** A worker thread, the tasks it has not answered yet, and why it stopped, once it has. */
interface PooledWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  stopped?: Error;
}

/** Worker threads, each summarizing the lines sent to it in order; a line goes to the least busy. */
class WorkerPool {
  private readonly workers: PooledWorker[] = [];
  private nextId = 0;
  /** Lines not yet sent, waiting for a full batch, and the input they come from. */
  private batch: Array<{ line: Line; pending: Pending }> = [];
  private batchSize = 0;
  private batchName = '';

  constructor(size: number, data: WorkerData) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerScript, { workerData: data });
      const pending = new Map<number, Pending>();
      const entry: PooledWorker = { worker, pending };
      const failAll = (error: Error): void => {
        entry.stopped ??= error;
        for (const { reject } of pending.values()) reject(error);
        pending.clear();
      };
      worker.on('message', ({ first, replies }: Replies) => {
        for (const [i, reply] of replies.entries()) {
          const task = pending.get(first + i);
          pending.delete(first + i);
          if ('result' in reply) task?.resolve(reply.result);
          else task?.reject(Object.assign(new Error(reply.bug.message), { stack: reply.bug.stack }));
        }
      });
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`a worker thread stopped (exit code ${code})`)));
      this.workers.push(entry);
    }
  }

  run(line: Line, name: string): Promise<LineResult> {
    // A batch holds the lines of one input: its replies name it in their warnings.
    if (this.batch.length > 0 && name !== this.batchName) this.flush();
    this.batchName = name;
    return new Promise<LineResult>((resolve, reject) => {
      this.batch.push({ line, pending: { resolve, reject } });
      this.batchSize += line.bytes?.length ?? 0;
      if (this.batch.length >= batchLines || this.batchSize >= batchBytes) this.flush();
    });
  }

  get unsent(): number {
    return this.batch.length;
  }

  /**
   * Sends the batch so far to the least busy worker, as one message: the lines' bytes one after
   * the other in one buffer, handed over rather than copied again; one allocation and one transfer
   * a batch instead of one a line (the main thread's CPU is work the two cores do on top of the
   * summaries).
   */
  flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    const bytes = new Uint8Array(this.batchSize);
    this.batchSize = 0;
    const target = this.workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
    if (target.stopped !== undefined) {
      for (const { pending } of batch) pending.reject(target.stopped);
      return;
    }
    const first = this.nextId;
    const numbers: number[] = [];
    const lengths: number[] = [];
    let at = 0;
    for (const { line, pending } of batch) {
      target.pending.set(this.nextId++, pending);
      numbers.push(line.number);
      lengths.push(line.bytes?.length ?? -1);
      if (line.bytes !== undefined) bytes.set(line.bytes, at);
      at += line.bytes?.length ?? 0;
    }
    const task: Batch = { first, name: this.batchName, numbers, lengths, bytes };
    target.worker.postMessage(task, [bytes.buffer]);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/** A task sent to a worker, waiting for its reply. */
interface Pending {
  resolve(result: LineResult): void;
  reject(error: Error): void;
}

/**
 * The lines of a byte stream. A line longer than `maxBytes` is counted but not kept as it
 * streams past, so memory stays bounded by the limit whatever the input (readline would hold
 * a line whole, however long).
 */
async function* linesOf(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const take = (piece: Buffer): void => {
    size += piece.length;
    if (size <= maxBytes) parts.push(piece);
    else parts = [];
  };
  const end = (): Line => {
    const line = { number: ++number, bytes: size <= maxBytes ? Buffer.concat(parts, size) : undefined };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of source) {
    let from = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, newline));
      yield end();
      from = newline + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0) yield end();
}
