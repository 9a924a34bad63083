import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './input.js';
import type { Output } from './output.js';

/** The file-system calls an output file makes; tests pass calls that fail. */
export type OutputFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'statSync' | 'fchmodSync'>;

/** Output into a file, which is put in place only when the run is done. */
export interface FileOutput extends Output {
  /** Put what was written in place of the file. If that fails, `error` says why and the file is as it was. */
  finish(): void;
  /** Throw away what was written: the file is left as it was. */
  discard(): void;
}

/**
 * `--output FILE`: written to a temporary file beside FILE (same directory, so the same file
 * system) and renamed over FILE once complete. Rename is atomic, so FILE holds either its old
 * contents or the whole new output, never part of it, whatever stops the run: a write error,
 * a signal, a bug. A FILE that exists and is not a regular file (/dev/null, a FIFO, a terminal)
 * is written directly, as there is nothing there to keep whole. Writes are synchronous: each
 * line is in the file when write() returns. Opening throws the system error, or an
 * {@link InputError} for a directory.
 */
export function fileOutput(path: string, fs: OutputFs = nodeFs): FileOutput {
  const existing = statOf(fs, path);
  if (existing?.isDirectory()) throw new InputError('is a directory');
  const direct = existing !== undefined && !existing.isFile();
  const target = direct ? path : join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(target, direct ? 'w' : 'wx', 0o666);
  let open = true;
  let closed = false;
  let failure: Error | undefined;
  const close = (): void => {
    if (!open) return;
    open = false;
    try {
      fs.closeSync(fd);
    } catch (error) {
      failure ??= error as Error;
    }
  };
  const removeTemporary = (): void => {
    close();
    if (direct) return;
    try {
      fs.unlinkSync(target);
    } catch {
      // Already gone: nothing to clean up.
    }
  };
  if (existing !== undefined && !direct) {
    try {
      // The new file takes the old one's permissions, as an editor's save does.
      fs.fchmodSync(fd, existing.mode & 0o7777);
    } catch {
      // Not ours to change (another owner): the new file keeps the default permissions.
    }
  }
  return {
    async write(text) {
      if (closed || text === '') return;
      try {
        const bytes = Buffer.from(text, 'utf8');
        for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at);
      } catch (error) {
        closed = true;
        failure = error as Error;
      }
    },
    get closed() {
      return closed;
    },
    get error() {
      return failure;
    },
    finish() {
      closed = true;
      if (failure !== undefined) return removeTemporary();
      try {
        // On disk before the rename: after a crash FILE is the old file or the whole new one, never an empty one.
        if (!direct) fs.fsyncSync(fd);
        close();
        if (failure === undefined && !direct) fs.renameSync(target, path);
      } catch (error) {
        failure = error as Error;
      }
      if (failure !== undefined) removeTemporary();
    },
    discard() {
      closed = true;
      removeTemporary();
    },
  };
}

function statOf(fs: OutputFs, path: string): nodeFs.Stats | undefined {
  try {
    return fs.statSync(path);
  } catch {
    // Missing (or unreadable): opening the temporary file says what is wrong, if anything.
    return undefined;
  }
}
