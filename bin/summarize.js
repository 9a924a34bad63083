#!/usr/bin/env node
// The CLI, started as fast as Node allows: start-up is most of the time of a summary of one
// article. CommonJS (see bin/package.json), which Node loads without its ES module loader.
// `npm run build` bundles the CLI into one file, dist/bundle/summarize.cjs, with V8's compiled
// code of a warm-up run beside it, and bin/load-bundle.cjs runs it with that code (see
// scripts/bundle.js). Without a bundle (dist/ built by tsc alone), dist/cli/ runs as it is.
/* global require, __dirname */
'use strict';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // What commander prints for it, without loading the CLI at all.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cli = require('./load-bundle.cjs').loadBundle(require('node:path').join(__dirname, '../dist/bundle/summarize.cjs'));
  (cli === undefined ? import('../dist/cli/main.js') : Promise.resolve(cli)).then(async ({ run }) => {
    process.exitCode = await run();
  });
}
