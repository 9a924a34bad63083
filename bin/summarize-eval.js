#!/usr/bin/env node
import { main } from '../dist/cli/eval.js';

process.exitCode = await main(process.argv.slice(2));
