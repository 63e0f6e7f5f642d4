#!/usr/bin/env node
// A small young generation for the main thread: in a worker pool it only reads and writes, and
// V8's default nursery (up to 3 x 16 MB) would be most of its resident size.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--max-semi-space-size=2');
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
