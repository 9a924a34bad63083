import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root: commands run there, so paths in output are as a user types them. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

if (!existsSync(`${root}dist/cli/main.js`)) throw new Error('test/cli runs the built CLI: run `npm run build` first (npm test does)');

export interface Result {
  stdout: string;
  stderr: string;
  code: number | null;
}

export interface RunOptions {
  /** Standard input; none gives an empty pipe. */
  input?: string | Uint8Array;
  /** Added to a bare environment, so the caller's FORCE_COLOR or NO_COLOR cannot leak in. */
  env?: Record<string, string>;
}

/** Run a command line through sh in the repository root, the way a user's shell would. */
export function sh(command: string, { input = '', env = {} }: RunOptions = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd: root, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), code }));
    // A command that exits without reading its standard input (a bad option, a binary file) can
    // close the pipe before this write lands: EPIPE then says nothing about the command, and
    // unhandled it failed the whole run under load.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(input);
  });
}

/** Quote for sh: the arguments reach the binary exactly as given. */
export function quote(arg: string): string {
  return /^[\w./=:,@+-]+$/u.test(arg) ? arg : `'${arg.replace(/'/gu, `'\\''`)}'`;
}

/** `summarize ARGS...` with the built binary. */
export function summarize(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  return sh(['node bin/summarize.js', ...args.map(quote)].join(' '), options);
}

/** `summarize ARGS...` with stdin and stdout on a terminal (util-linux script), which merges stderr into stdout and ends lines with CRLF. */
export function onTerminal(args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  const command = ['node bin/summarize.js', ...args.map(quote)].join(' ');
  return sh(`script -qec ${quote(command)} /dev/null < /dev/null`, { env: { TERM: 'xterm-256color', ...env } });
}
