#!/usr/bin/env node
// Time of each rule's run() per text capture (warm), over ../shared/bench/zyte-text/*.txt,
// beside the whole clean(): where the text core spends its time.
//   npx tsc -p . && node scripts/profile-rules.mjs [--rounds 5] [--format text|html]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { root, opt } from './lib/args.mjs';
const ROUNDS = Number(opt('--rounds', 5));
const FORMAT = opt('--format', 'text');
const dist = path.resolve(root, opt('--dist', 'dist'));
const bench = path.resolve(root, opt('--bench', '../shared/bench'));
const { allRules } = await import(path.join(dist, 'rules', 'index.js'));
const { clean } = await import(path.join(dist, 'index.js'));

const dir = FORMAT === 'html' ? path.join(bench, 'zyte', 'html') : path.join(bench, 'zyte-text');
if (!fs.existsSync(dir)) {
  console.error(`profile-rules: ${dir} is absent (the benchmark lives in ../shared/bench beside the repository).`);
  process.exit(2);
}
const caps = fs.readdirSync(dir).filter((f) => f.endsWith(FORMAT === 'html' ? '.html.gz' : '.txt')).sort()
  .map((f) => (FORMAT === 'html' ? zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8') : fs.readFileSync(path.join(dir, f), 'utf8')));

const spent = new Map();
for (const r of allRules) {
  const run = r.run;
  r.run = function timed(doc) {
    const t = process.hrtime.bigint();
    const x = run.call(this, doc);
    spent.set(r.id, (spent.get(r.id) ?? 0n) + process.hrtime.bigint() - t);
    return x;
  };
}
for (let i = 0; i < 2; i++) for (const c of caps) clean(c, { format: FORMAT });
spent.clear();
const t0 = process.hrtime.bigint();
for (let i = 0; i < ROUNDS; i++) for (const c of caps) clean(c, { format: FORMAT });
const per = (ns) => Number(ns) / 1e6 / ROUNDS / caps.length;
const total = per(process.hrtime.bigint() - t0);
let sum = 0;
for (const [id, ns] of [...spent].sort((a, b) => Number(b[1] - a[1]))) {
  if (per(ns) < 0.001) continue;
  sum += per(ns);
  console.log(`${per(ns).toFixed(3).padStart(7)} ms  ${id}`);
}
console.log(`${sum.toFixed(3).padStart(7)} ms  all rules\n${total.toFixed(3).padStart(7)} ms  whole clean() per ${FORMAT} capture (${caps.length} captures x ${ROUNDS})`);
