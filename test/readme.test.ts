import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, sh } from './cli/run.js';

// Every command in README.md runs as written, as a user would type it after installing: in a
// folder of their own (the repository's fixtures/ linked into it), with `summarize` on the PATH
// and a HOME of their own. Two blocks are marked by a comment just above them: the install from
// the registry (not run: it needs the network; scripts/check-install.sh installs the packed
// tarball instead), and the URL examples, whose host is served by a server of this test's on 127.0.0.1.

const readme = readFileSync(join(root, 'README.md'), 'utf8');

interface Block {
  lang: string;
  lines: string[];
  /** The `<!-- readme-test: ... -->` comment just above it, if any. */
  note: string | undefined;
}

function blocks(markdown: string): Block[] {
  const found: Block[] = [];
  const pattern = /(?:<!-- readme-test: ([^\n]*?) -->\n)?```(\w+)\n([\s\S]*?)```/gu;
  for (const [, note, lang = '', body = ''] of markdown.matchAll(pattern)) found.push({ lang, lines: body.split('\n').filter((l) => l.trim() !== ''), note });
  return found;
}

const all = blocks(readme);
const commands = all.filter((b) => b.lang === 'sh');
const work = mkdtempSync(join(tmpdir(), 'summarize-readme-'));
let server: Server;
const page = readFileSync(join(root, 'fixtures/pages/news-harbour-bridge.html'));

beforeAll(async () => {
  mkdirSync(join(work, 'bin'));
  mkdirSync(join(work, 'home'));
  symlinkSync(join(root, 'fixtures'), join(work, 'fixtures'));
  writeFileSync(join(work, 'bin/summarize'), `#!/bin/sh\nexec node ${JSON.stringify(join(root, 'bin/summarize.js'))} "$@"\n`);
  chmodSync(join(work, 'bin/summarize'), 0o755);
  server = createServer((req, res) => void (req.url?.endsWith('.html') === true ? res.writeHead(200, { 'content-type': 'text/html' }).end(page) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

/** A README command line in the user's folder, with `summarize` on the PATH; asynchronous, so that this test's server can answer it. */
function run(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], {
      cwd: work,
      env: { PATH: `${join(work, 'bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: join(work, 'home') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('README.md', () => {
  it('is under 10 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(10 * 1024);
  });

  it('starts with the two commands CI runs', () => {
    expect(commands[0]?.lines.map((l) => l.replace(/\s+#.*$/u, ''))).toEqual(['npm ci && npm run build && node bin/summarize.js fixtures/csto-tokayev.txt', 'npm test']);
    // CI runs them for real on a clean clone (npm test here would run this test again, and npm ci would remove node_modules under it).
    // .ci/run takes them from this README's first sh block and runs both, as written.
    const ci = readFileSync(join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/awk '\/\^```sh\$\/.*README\.md/u);
    expect(ci).toMatch(/bash -c "\$\{commands\[0\]\}"/u);
    expect(ci).toMatch(/bash -c "\$\{commands\[1\]\}"/u);
    const example = spawnSync('node', ['bin/summarize.js', 'fixtures/csto-tokayev.txt'], { cwd: root, encoding: 'utf8' });
    expect(example).toMatchObject({ status: 0, stderr: '' });
  });

  it('marks only the install from the registry as not run', () => {
    const notRun = commands.filter((b) => b.note?.startsWith('not run') === true);
    expect(notRun.map((b) => b.lines)).toEqual([['npm install -g summarize-cli']]);
  });

  it('has commands to run', () => {
    expect(commands.slice(1).flatMap((b) => b.lines).length).toBeGreaterThan(10);
  });

  for (const block of commands.slice(1).filter((b) => b.note?.startsWith('not run') !== true)) {
    for (const line of block.lines) {
      it(`runs: ${line}`, async () => {
        const command = block.note?.includes('127.0.0.1') === true ? line.replace(/https:\/\/example\.com\//gu, `http://127.0.0.1:${(server.address() as { port: number }).port}/`) : line;
        const result = await run(command);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
      });
    }
  }

  it('installs completion files where the README says', () => {
    for (const file of ['.local/share/bash-completion/completions/summarize', '.zfunc/_summarize', '.config/fish/completions/summarize.fish']) {
      expect(existsSync(join(work, 'home', file)), file).toBe(true);
      expect(readFileSync(join(work, 'home', file), 'utf8')).toMatch(/-l sentences|'--sentences\[|--sentences\)/u);
    }
  });

  it('shows the output the example gives', async () => {
    for (const block of all.filter((b) => b.lang === 'console')) {
      const [prompt, ...output] = block.lines;
      expect(prompt).toMatch(/^\$ /u);
      const result = await sh(`PATH=${join(work, 'bin')}:$PATH; ${(prompt ?? '').slice(2)}`);
      expect(result.stdout.trimEnd()).toBe(output.join('\n'));
    }
  });

  it('links to docs that exist', () => {
    for (const doc of ['docs/cli.md', 'docs/design.md', 'docs/quality.md', 'docs/speed.md', 'docs/bad-input.md', 'docs/scale.md', 'docs/eval.md']) {
      expect(readme).toContain(`(${doc})`);
      expect(existsSync(join(root, doc)), doc).toBe(true);
    }
  });
});
