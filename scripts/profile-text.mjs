#!/usr/bin/env node
// Text clean() speed on one core, measured as CPU time of warm passes (stays
// meaningful on a shared, loaded machine) and wall time, over
// ../shared/bench/zyte-text/*.txt.
//
//   npx tsc -p . && node scripts/profile-text.mjs [--rounds 5] [--warmup 2] [--slowest]
//   (--dist DIR loads another build, e.g. a private one from npx tsc -p . --outDir DIR)
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-text.mjs   (then read the .cpuprofile)
import fs from 'node:fs';
import path from 'node:path';

import { root, args, opt } from './lib/args.mjs';
const ROUNDS = Number(opt('--rounds', 5));
const WARMUP = Number(opt('--warmup', 2));
const dir = path.resolve(root, opt('--dir', '../shared/bench/zyte-text'));

const { clean } = await import(path.resolve(root, opt('--dist', 'dist'), 'index.js'));
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const caps = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

let sink = 0;
for (let r = 0; r < WARMUP; r++) for (const c of caps) sink += clean(c, { format: 'text' }).body.length;

const perCap = new Float64Array(caps.length);
// Fastest wall time of each capture over the rounds: robust to other processes on a loaded machine.
const minCap = new Float64Array(caps.length).fill(Infinity);
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < caps.length; k++) {
    const w = process.hrtime.bigint();
    sink += clean(caps[k], { format: 'text' }).body.length;
    const ms = Number(process.hrtime.bigint() - w) / 1e6;
    if (ms < minCap[k]) minCap[k] = ms;
    perCap[k] += ms;
  }
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e6;
const n = caps.length * ROUNDS;
console.log(`${n} text captures (${caps.length} x ${ROUNDS}): CPU ${cpu.toFixed(2)} s = ${(n / cpu).toFixed(0)} captures/s (${((cpu * 1000) / n).toFixed(3)} ms/capture); wall ${wall.toFixed(2)} s = ${(n / wall).toFixed(0)} captures/s`);
const best = minCap.reduce((a, b) => a + b, 0) / caps.length;
console.log(`best-of-${ROUNDS} wall per capture: ${best.toFixed(3)} ms/capture = ${(1000 / best).toFixed(0)} captures/s`);
if (args.includes('--slowest')) {
  const order = [...perCap.keys()].sort((a, b) => perCap[b] - perCap[a]).slice(0, 10);
  for (const k of order) console.log(`  ${(perCap[k] / ROUNDS).toFixed(2)} ms wall  ${files[k]}  ${(caps[k].length / 1024).toFixed(0)} K`);
}
if (sink < 0) console.log(sink);
