#!/usr/bin/env node
// The CLI, started as fast as Node allows (start-up is most of the time of a summary of one
// article): `npm run build` bundles it into one CommonJS file, dist/bundle/summarize.cjs, and
// saves V8's compiled code of a warm-up run next to it (summarize.cjs.cache; see
// scripts/bundle.js). Here the bundle is compiled with that cache, so its functions need not be
// parsed and compiled again. V8 refuses a cache made by another Node version or with other V8
// flags: the bundle then compiles as usual, only slower. Without a bundle (dist/ built by tsc
// alone), the modules of dist/cli/ run as they are.
import { loadBundle } from './load-bundle.js';

const cli = loadBundle(new URL('../dist/bundle/summarize.cjs', import.meta.url)) ?? (await import('../dist/cli/main.js'));
process.exitCode = await cli.run();
