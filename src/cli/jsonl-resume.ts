import { CommanderError } from 'commander';
import * as nodeFs from 'node:fs';
import { exitCodes } from './exit-code.js';
import { asInputError } from './input.js';
import { recordIdOf, type Line } from './jsonl-record.js';
import type { Output } from './output.js';

/**
 * `--jsonl --resume OUT`: carry on a run that was stopped, appending to OUT what it had not
 * written yet.
 *
 * The output of `--jsonl` is one record per non-blank input line, in input order, so OUT's
 * complete lines stand for the first lines of the input: a resumed run skips that many records'
 * worth of lines and summarizes the rest, and OUT ends as one uninterrupted run would have left
 * it. A line is complete when its line break is written: each record is written with its line
 * break in one write, and a signal handled (SIGINT, SIGTERM) stops the run between records, but
 * SIGKILL or a crash can stop it inside one. Whatever follows OUT's last line break is such a torn
 * record: it is cut off and redone, never kept.
 *
 * Each record skipped is checked against its input line (their ids must match), so a resume
 * against another input, or another OUT, stops with exit status 2 instead of mixing the two.
 * Status 2, not 1: a scheduler's wrapper takes 1 (some lines failed) as success.
 */
export interface Resume {
  /** Appends to OUT; stops writing, as `signalled` does, once a signal stopped the run. */
  output: Output;
  /** How many of OUT's records are error records: the run's count of failed lines includes them. */
  failed: number;
  /** How many records OUT holds, complete. */
  records: number;
  /** Bytes of a torn last record cut off OUT, or 0. */
  torn: number;
  /** Whether this line's record is already in OUT: the line is to be skipped. Throws if they do not match. */
  skip(line: Line, name: string): boolean;
  /** Throws if OUT holds more records than the input had lines: it is not this input's output. */
  finish(): void;
  close(): void;
}

/** How much of OUT is read at a time while finding its records. */
const chunkBytes = 1024 * 1024;

/** The file-system calls of {@link openResume}. */
export type ResumeFs = Pick<typeof nodeFs, 'openSync' | 'readSync' | 'ftruncateSync' | 'writeSync' | 'closeSync'>;

/** Opens OUT (made when missing), cuts off a torn last record, and reads the ids of the records before it. */
export function openResume(path: string, signalled: Output, fs: ResumeFs = nodeFs): Resume {
  let fd: number;
  try {
    fd = fs.openSync(path, 'a+', 0o666);
  } catch (error) {
    throw mismatch(path, (asInputError(error) as Error).message);
  }
  const ids: string[] = [];
  let failed = 0;
  let complete = 0;
  let torn = 0;
  try {
    const buffer = Buffer.alloc(chunkBytes);
    let partial: Buffer[] = [];
    let position = 0;
    for (let read = fs.readSync(fd, buffer, 0, chunkBytes, position); read > 0; read = fs.readSync(fd, buffer, 0, chunkBytes, position)) {
      let from = 0;
      for (let newline = buffer.indexOf(10, from); newline !== -1 && newline < read; newline = buffer.indexOf(10, from)) {
        const line = Buffer.concat([...partial, buffer.subarray(from, newline)]).toString('utf8');
        partial = [];
        const record = recordIn(line);
        if (record === undefined) throw mismatch(path, `line ${ids.length + 1} is not a record of summarize --jsonl`);
        ids.push(record.id);
        if (record.failed) failed++;
        from = newline + 1;
      }
      if (from < read) partial.push(Buffer.from(buffer.subarray(from, read)));
      position += read;
      complete = position - partial.reduce((n, part) => n + part.length, 0);
    }
    torn = position - complete;
    if (torn > 0) fs.ftruncateSync(fd, complete);
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
  let failure: Error | undefined;
  let skipped = 0;
  let open = true;
  return {
    output: {
      // One record, line break included, in one write (a regular file takes it whole), in the order given.
      async write(text) {
        if (signalled.closed || failure !== undefined || text === '') return;
        const bytes = Buffer.from(text, 'utf8');
        try {
          for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at);
        } catch (error) {
          failure = error as Error;
        }
      },
      get closed() {
        return signalled.closed || failure !== undefined;
      },
      get error() {
        return failure;
      },
    },
    failed,
    records: ids.length,
    torn,
    skip(line, name) {
      if (skipped >= ids.length) return false;
      const id = recordIdOf(line);
      if (id === undefined) return true;
      if (id !== ids[skipped]) {
        throw mismatch(path, `record ${skipped + 1} has the id ${ids[skipped]}, but its line in the input (${name} line ${line.number}) has ${id}: not the output of this input`);
      }
      skipped++;
      return true;
    },
    finish() {
      if (skipped < ids.length) throw mismatch(path, `holds ${ids.length} records, but the input gives only ${skipped}: not the output of this input`);
    },
    close() {
      if (open) fs.closeSync(fd);
      open = false;
    },
  };
}

/** The id (as JSON) of a record line of OUT, and whether it is an error record; undefined if it is no record. */
function recordIn(line: string): { id: string; failed: boolean } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('id' in value)) return undefined;
  const failed = 'error' in value;
  if (!failed && !('summary' in value)) return undefined;
  return { id: JSON.stringify(value.id), failed };
}

/** An OUT that cannot be resumed from: exit status 2, as for a wrong command line. */
function mismatch(path: string, why: string): CommanderError {
  return new CommanderError(exitCodes.usage, 'summarize.resume', `--resume ${path}: ${why}`);
}
