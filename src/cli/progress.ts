import { statSync } from 'node:fs';
import { isUrl } from './input.js';

/**
 * A progress line on stderr for long work: lines done, their rate, and the share done and time
 * left when the size of the input is known. One line, redrawn in place with a carriage return
 * and erased at the end, so that what is left on the screen is what would be without it.
 *
 * Written here rather than taken from cli-progress: what is needed is one line of text and a
 * timer check, some 60 lines; cli-progress brings bars, themes and its own terminal handling, to be
 * loaded on a path that must start fast, for no part of that.
 */
export interface Progress {
  /** One more line done, of this many bytes (its newline included). */
  advance(bytes: number): void;
  /** Something else is to be written to stderr: erase the line first (it is drawn again on the next advance). */
  clear(): void;
  /** Erase the line for good. */
  end(): void;
}

/** What a progress line needs of the process. */
export interface ProgressTarget {
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** `--no-progress` makes it false. */
  enabled: boolean;
  /** Milliseconds since some fixed time; tests pass their own clock. */
  now?: () => number;
}

/** Nothing is drawn before this many milliseconds: a short run never flickers a line. */
const firstDrawAfter = 300;
/** Redrawn at most this often, in milliseconds. */
const redrawEvery = 100;

const none: Progress = { advance: () => undefined, clear: () => undefined, end: () => undefined };

/**
 * A progress line, shown only when stderr is a terminal and --no-progress was not given: a pipe
 * or a file gets nothing, no escape code either.
 * @param total bytes of all the input, when known.
 */
export function progressLine(target: ProgressTarget, total: number | undefined): Progress {
  const { stderr } = target;
  if (!target.enabled || stderr.isTTY !== true) return none;
  const now = target.now ?? (() => performance.now());
  const start = now();
  let lines = 0;
  let bytes = 0;
  let drawnAt = -Infinity;
  let shown = false;
  const erase = (): void => {
    if (shown) stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    advance(size) {
      lines++;
      bytes += size;
      const t = now();
      if (t - start < firstDrawAfter || t - drawnAt < redrawEvery) return;
      drawnAt = t;
      const text = progressText(lines, bytes, total, (t - start) / 1000);
      const width = stderr.columns ?? 80;
      stderr.write(`\r${text.length >= width ? text.slice(0, width - 1) : text}\x1b[K`);
      shown = true;
    },
    clear: erase,
    end: erase,
  };
}

/** "summarize: 1,200 lines, 400 lines/s, 45%, 0:12 left"; the share and time left only when the total is known. */
export function progressText(lines: number, bytes: number, total: number | undefined, seconds: number): string {
  const rate = seconds > 0 ? lines / seconds : 0;
  const parts = [`summarize: ${lines.toLocaleString('en-US')} lines`, `${Math.round(rate).toLocaleString('en-US')} lines/s`];
  if (total !== undefined && total > 0 && bytes > 0) {
    const share = Math.min(bytes / total, 1);
    parts.push(`${Math.floor(share * 100)}%`, `${clock((seconds * (1 - share)) / share)} left`);
  }
  return parts.join(', ');
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Bytes of all the inputs when each is a regular file; undefined when one is standard input, a pipe or a URL. */
export function totalBytes(files: readonly string[]): number | undefined {
  let total = 0;
  for (const file of files) {
    if (file === '-' || isUrl(file)) return undefined;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) return undefined;
      total += stats.size;
    } catch {
      return undefined;
    }
  }
  return total;
}

/** An input this long, in characters, shows a line while it is summarized: the work takes a second or more. */
export const longInput = 4 * 1024 * 1024;

/**
 * A line that stays while one long input is summarized, in one synchronous call that cannot be
 * interrupted to redraw: it says what is being done, and is erased when that is over.
 */
export function workingLine(target: ProgressTarget, what: string): () => void {
  if (!target.enabled || target.stderr.isTTY !== true) return () => undefined;
  target.stderr.write(`\rsummarize: ${what}\x1b[K`);
  return () => void target.stderr.write('\r\x1b[K');
}
