#!/usr/bin/env node
// HTML clean() speed on one core, measured as CPU time (stays meaningful on a
// shared, loaded machine) and wall time, over ../shared/bench/zyte/html.
//
//   npx tsc -p . && node scripts/profile-html.mjs [--rounds 3] [--bytes] [--warmup 1] [--slowest]
//   (--dist DIR loads another build, e.g. a private one from npx tsc -p . --outDir DIR)
// The best round is printed too: on a loaded machine CPU time inflates with contention.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-html.mjs   (then read the .cpuprofile)
//
// Pages are given to clean() as strings (as the JSON Lines batch path does), or
// as the gunzipped bytes with --bytes (as the file path does).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { root, args, opt } from './lib/args.mjs';
const ROUNDS = Number(opt('--rounds', 3));
const WARMUP = Number(opt('--warmup', 1));
const BYTES = args.includes('--bytes');
const dir = path.resolve(root, opt('--dir', '../shared/bench/zyte/html'));

const { clean } = await import(path.resolve(root, opt('--dist', 'dist'), 'index.js'));
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
const pages = files.map((f) => {
  const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, f)));
  return BYTES ? raw : raw.toString('utf8');
});

let sink = 0;
for (let r = 0; r < WARMUP; r++) for (const p of pages) sink += clean(p, { format: 'html' }).body.length;

const perPage = new Float64Array(pages.length);
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const roundCpu = [];
for (let r = 0; r < ROUNDS; r++) {
  const rc = process.cpuUsage();
  for (let k = 0; k < pages.length; k++) {
    const a = process.cpuUsage();
    sink += clean(pages[k], { format: 'html' }).body.length;
    const d = process.cpuUsage(a);
    perPage[k] += (d.user + d.system) / 1000;
  }
  const d = process.cpuUsage(rc);
  roundCpu.push((d.user + d.system) / 1e6);
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e6;
const n = pages.length * ROUNDS;
console.log(`${n} pages (${pages.length} x ${ROUNDS}, ${BYTES ? 'bytes' : 'strings'}): CPU ${cpu.toFixed(2)} s = ${(n / cpu).toFixed(1)} pages/s (${((cpu * 1000) / n).toFixed(2)} ms/page); wall ${wall.toFixed(2)} s = ${(n / wall).toFixed(1)} pages/s`);
const best = Math.min(...roundCpu);
console.log(`best round: CPU ${best.toFixed(2)} s = ${(pages.length / best).toFixed(1)} pages/s (rounds: ${roundCpu.map((x) => (pages.length / x).toFixed(0)).join(', ')} pages/s)`);
if (args.includes('--slowest')) {
  const order = [...perPage.keys()].sort((a, b) => perPage[b] - perPage[a]).slice(0, 10);
  for (const k of order) console.log(`  ${(perPage[k] / ROUNDS).toFixed(1)} ms  ${files[k]}  ${(pages[k].length / 1024).toFixed(0)} K`);
}
if (sink < 0) console.log(sink);
