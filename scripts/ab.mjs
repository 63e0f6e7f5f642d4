#!/usr/bin/env node
// A/B speed of two builds of clean() in one process, rounds interleaved: on a VM
// whose speed drifts by 30% from one minute to the next, two separate runs
// cannot tell a 5% change; alternating rounds of A and B in one process can.
//
//   git worktree add --detach /tmp/base <commit> && (cd /tmp/base && ln -s "$PWD/node_modules" . && npx tsc -p .)
//   node scripts/ab.mjs --a /tmp/base/dist [--b dist] [--html] [--rounds 10] [--warmup 4]
// Prints CPU ms per capture of each build per round, and the median ratio B/A.
// Reads ../shared/bench (zyte-text, or zyte/html with --html).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { root, args, opt } from './lib/args.mjs';
const HTML = args.includes('--html');
const ROUNDS = Number(opt('--rounds', 10));
const WARMUP = Number(opt('--warmup', 4));
const bench = path.resolve(root, opt('--bench', '../shared/bench'));
const dir = HTML ? path.join(bench, 'zyte', 'html') : path.join(bench, 'zyte-text');
if (!fs.existsSync(dir)) {
  console.error(`ab: the benchmark data is not here (${dir}): it lives in ../shared/bench beside the repository. Nothing was measured.`);
  process.exit(2);
}
const a = await import(path.resolve(root, opt('--a', 'dist'), 'index.js'));
const b = await import(path.resolve(root, opt('--b', 'dist'), 'index.js'));
const files = fs.readdirSync(dir).filter((f) => f.endsWith(HTML ? '.html.gz' : '.txt')).sort();
const caps = files.map((f) => {
  const raw = fs.readFileSync(path.join(dir, f));
  return HTML ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
});
const format = HTML ? 'html' : 'text';

let sink = 0;
function round(clean) {
  const c0 = process.cpuUsage();
  for (const c of caps) sink += clean(c, { format }).body.length;
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / caps.length;
}
// warm both (the JIT settles over several rounds)
for (let r = 0; r < WARMUP; r++) {
  round(a.clean);
  round(b.clean);
}
const ratios = [];
for (let r = 0; r < ROUNDS; r++) {
  // alternate which goes first
  let ta, tb;
  if (r % 2) {
    ta = round(a.clean);
    tb = round(b.clean);
  } else {
    tb = round(b.clean);
    ta = round(a.clean);
  }
  ratios.push(tb / ta);
  console.log(`round ${r + 1}: A ${ta.toFixed(3)} ms, B ${tb.toFixed(3)} ms per ${format} capture, B/A ${(tb / ta).toFixed(3)}`);
}
ratios.sort((x, y) => x - y);
console.log(`median B/A ${ratios[Math.floor(ratios.length / 2)].toFixed(3)} over ${ROUNDS} rounds (${caps.length} captures each) ${sink > 0 ? '' : '(empty)'}`);
