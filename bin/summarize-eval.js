#!/usr/bin/env node
// CommonJS, as every file of bin/ is (bin/package.json); the tool itself is an ES module, bundled with what it uses (scripts/bundle.js).
import('../dist/bundle/summarize-eval.js').then(async ({ main }) => {
  process.exitCode = await main(process.argv.slice(2));
});
