#!/usr/bin/env node
// Body quality on the shared benchmark (../shared/bench, read-only).
//   npm run bench:quality            text captures: zyte-text/*.txt
//   npm run bench:quality -- --html  HTML pages: zyte/html/*.html.gz
// Options: --bench DIR (default ../shared/bench), --out FILE (predictions JSONL),
//          --worst N (list the N pages with the lowest F1).
// Needs a build (npm run build). Scores with the benchmark's own score.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const html = args.includes('--html');
const bench = path.resolve(opt('--bench', path.join(root, '..', 'shared', 'bench')));
if (!fs.existsSync(path.join(bench, 'score.mjs'))) {
  console.error(`bench:quality: the benchmark is not here (${bench}); it lives in ../shared/bench beside the repository, which a user's clone does not have. Nothing was measured.`);
  process.exit(2);
}
const distIndex = path.join(root, 'dist', 'index.js');
if (!fs.existsSync(distIndex)) {
  console.error('bench:quality: dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
const { clean } = await import(distIndex);

const dir = html ? path.join(bench, 'zyte', 'html') : path.join(bench, 'zyte-text');
const suffix = html ? '.html.gz' : '.txt';
const ids = fs.readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length)).sort();
const out = opt('--out', path.join(os.tmpdir(), `unboil-pred-${html ? 'html' : 'text'}-${process.pid}.jsonl`));
const lines = [];
const t0 = process.hrtime.bigint();
let failed = 0;
for (const id of ids) {
  let body = '';
  try {
    body = clean(fs.readFileSync(path.join(dir, id + suffix)), { format: html ? 'html' : 'text' }).body;
  } catch (e) {
    failed++;
    console.error(`${id}: ${e.message}`);
  }
  lines.push(JSON.stringify({ id, body }));
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`unboil ${html ? 'HTML' : 'text'}: ${ids.length} pages in ${ms.toFixed(0)} ms${failed ? `, ${failed} failed` : ''}`);

const summary = path.join(os.tmpdir(), `unboil-score-${process.pid}.json`);
const gold = html ? path.join(bench, 'zyte') : path.join(bench, 'zyte-text');
const r = spawnSync(process.execPath, [path.join(bench, 'score.mjs'), '--gold', gold, '--pred', out, '--out', summary, '--bootstrap', '200'], { encoding: 'utf8' });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
const worst = Number(opt('--worst', '0'));
if (worst > 0 && fs.existsSync(summary)) {
  const s = JSON.parse(fs.readFileSync(summary, 'utf8'));
  const f1 = (d) => (d.precision && d.recall ? (2 * d.precision * d.recall) / (d.precision + d.recall) : 0);
  const rows = s.per_doc.map((d) => ({ id: d.id, p: d.precision ?? 0, r: d.recall ?? 0, f: f1(d) })).sort((a, b) => a.f - b.f).slice(0, worst);
  console.log(`worst ${worst}:`);
  for (const d of rows) console.log(`  ${d.id.slice(0, 16)}  f1 ${d.f.toFixed(3)}  p ${d.p.toFixed(3)}  r ${d.r.toFixed(3)}`);
}
if (!args.includes('--out')) fs.rmSync(out, { force: true });
fs.rmSync(summary, { force: true });
process.exit(r.status ?? 1);
