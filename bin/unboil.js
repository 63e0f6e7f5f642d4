#!/usr/bin/env node
// No V8 heap flags here: V8 reads them when an isolate is created, before any line of this file
// runs (setFlagsFromString('--max-semi-space-size=…') had no effect on the main thread). A
// worker's young generation is set through Worker resourceLimits, in batch/pool.ts.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
