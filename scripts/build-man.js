#!/usr/bin/env node
// The third step of `npm run build`: writes man/summarize.1 from the built CLI's commander program,
// the same definitions --help prints, so that the man page cannot drift from --help
// (test/cli/man.test.ts checks both list every option). package.json's "man" points npm at it.
//
// Usage: node scripts/build-man.js   (run from the repository root, after tsc)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createProgram } from '../dist/cli/program.js';
import { manPage } from '../dist/cli/man.js';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const program = createProgram({ writeOut: () => undefined, writeErr: () => undefined });
mkdirSync(new URL('man/', root), { recursive: true });
writeFileSync(new URL('man/summarize.1', root), manPage(program, version));
