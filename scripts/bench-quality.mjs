#!/usr/bin/env node
// Body quality on the shared benchmark (../shared/bench, read-only).
//   npm run bench:quality            text captures: zyte-text/*.txt
//   npm run bench:quality -- --html  HTML pages: zyte/html/*.html.gz
//   npm run bench:quality -- --agree HTML record body vs text capture body of the same pages
// Options: --bench DIR (default ../shared/bench), --out FILE (predictions JSONL),
//          --worst N (list the N pages with the lowest F1),
//          --no-readability (--html: skip the Readability.js comparison run).
// With --html the same run also scores @mozilla/readability on linkedom over the
// same pages and prints both F1 figures side by side.
// Needs a build (npm run build). Scores with the benchmark's own score.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

import { root, args, opt } from './lib/args.mjs';
const html = args.includes('--html');
const agree = args.includes('--agree');
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

if (agree) {
  // Text and HTML agree: for each page, the body unboil gives for the HTML page and
  // for its text capture, compared with the benchmark's shingle matching (HTML
  // body as reference). Printed like the benchmark: mean P, mean R, F1 of means.
  const { matchDocument } = await import(path.join(bench, 'score.mjs'));
  const hdir = path.join(bench, 'zyte', 'html');
  const tdir = path.join(bench, 'zyte-text');
  const ids = fs.readdirSync(hdir).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -8)).filter((id) => fs.existsSync(path.join(tdir, id + '.txt'))).sort();
  let sp = 0, sr = 0, np = 0, sf = 0;
  const rows = [];
  for (const id of ids) {
    let hb = '', tb = '';
    try { hb = clean(fs.readFileSync(path.join(hdir, id + '.html.gz')), { format: 'html' }).body; } catch (e) { console.error(`${id} (html): ${e.message}`); }
    try { tb = clean(fs.readFileSync(path.join(tdir, id + '.txt')), { format: 'text' }).body; } catch (e) { console.error(`${id} (text): ${e.message}`); }
    const m = matchDocument(hb, tb);
    const p = m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : null;
    const r = m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
    if (p !== null) { sp += p; np++; }
    sr += r;
    const f = p && r ? (2 * p * r) / (p + r) : 0;
    sf += f;
    rows.push({ id, p: p ?? 0, r, f });
  }
  const P = np ? sp / np : 0, R = sr / ids.length;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  console.log(`agreement (text body vs HTML body, ${ids.length} pages): precision ${P.toFixed(4)} recall ${R.toFixed(4)} f1 ${F.toFixed(4)}  mean per-page f1 ${(sf / ids.length).toFixed(4)}`);
  const worst = Number(opt('--worst', '0'));
  if (worst > 0) for (const d of rows.sort((a, b) => a.f - b.f).slice(0, worst)) console.log(`  ${d.id.slice(0, 16)}  f1 ${d.f.toFixed(3)}  p ${d.p.toFixed(3)}  r ${d.r.toFixed(3)}`);
  process.exit(F >= 0.9 ? 0 : 1);
}

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
const lastLine = (txt) => /precision ([\d.]+) recall ([\d.]+) f1 ([\d.]+)\s*$/.exec(txt ?? '');

if (html && !args.includes('--no-readability')) {
  // The same pages through Readability.js (the browser reader view's extractor) on linkedom.
  let Readability, parseHTML;
  try {
    ({ Readability } = await import('@mozilla/readability'));
    ({ parseHTML } = await import('linkedom'));
  } catch {
    console.error('bench:quality: @mozilla/readability or linkedom is not installed (devDependencies): comparison skipped.');
  }
  if (Readability) {
    const zlib = await import('node:zlib');
    const rl = [];
    const t1 = process.hrtime.bigint();
    for (const id of ids) {
      let body = '';
      try {
        const { document } = parseHTML(zlib.gunzipSync(fs.readFileSync(path.join(dir, id + suffix))).toString('utf8'));
        body = new Readability(document).parse()?.textContent ?? '';
      } catch (e) {
        console.error(`readability ${id}: ${e.message}`);
      }
      rl.push(JSON.stringify({ id, body }));
    }
    const rms = Number(process.hrtime.bigint() - t1) / 1e6;
    const rout = path.join(os.tmpdir(), `readability-pred-${process.pid}.jsonl`);
    fs.writeFileSync(rout, rl.join('\n') + '\n');
    const rr = spawnSync(process.execPath, [path.join(bench, 'score.mjs'), '--gold', gold, '--pred', rout, '--bootstrap', '200'], { encoding: 'utf8' });
    fs.rmSync(rout, { force: true });
    const a = lastLine(r.stdout);
    const b = lastLine(rr.stdout);
    console.log('');
    console.log('                      F1      precision  recall   pages/s');
    if (a) console.log(`unboil              ${a[3]}   ${a[1]}     ${a[2]}   ${((ids.length * 1000) / ms).toFixed(0)}`);
    if (b) console.log(`Readability.js      ${b[3]}   ${b[1]}     ${b[2]}   ${((ids.length * 1000) / rms).toFixed(0)}  (@mozilla/readability on linkedom)`);
  }
}
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
