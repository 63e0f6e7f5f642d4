#!/usr/bin/env node
// Output snapshot for refactors that must not change behaviour (speed work): hashes the
// record of every dev capture (text and HTML) and every fixture, and compares with a saved run.
//
//   npx tsc -p . && node scripts/snapshot.mjs --save /tmp/before.json
//   ...change...
//   npx tsc -p . && node scripts/snapshot.mjs --check /tmp/before.json   (exit 1 and the ids that differ)
// Options: --dist DIR (another build), --bench DIR (default ../shared/bench; fixtures only when absent),
// --bench-more DIR (default ../shared/bench-more: every <set>/text and <set>/html capture there).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

import { root, opt } from './lib/args.mjs';

const { clean } = await import(path.resolve(root, opt('--dist', 'dist'), 'index.js'));
const bench = path.resolve(root, opt('--bench', '../shared/bench'));
const save = opt('--save', null);
const check = opt('--check', null);
if (!save && !check) {
  console.error('snapshot: give --save FILE or --check FILE');
  process.exit(2);
}

/** [id, capture, format] for every input. */
const inputs = [];
for (const sub of ['text', 'html']) {
  const dir = path.join(root, 'fixtures', sub);
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.expected.json')) continue;
    const fmt = f.endsWith('.html') ? 'html' : f.endsWith('.txt') ? 'text' : null;
    if (fmt) inputs.push([`fixtures/${sub}/${f}`, fs.readFileSync(path.join(dir, f)), fmt]);
  }
}
const textDir = path.join(bench, 'zyte-text');
const htmlDir = path.join(bench, 'zyte', 'html');
if (fs.existsSync(textDir)) {
  for (const f of fs.readdirSync(textDir).filter((x) => x.endsWith('.txt')).sort()) inputs.push([`text/${f}`, fs.readFileSync(path.join(textDir, f)), 'text']);
  for (const f of fs.readdirSync(htmlDir).filter((x) => x.endsWith('.html.gz')).sort()) inputs.push([`html/${f}`, zlib.gunzipSync(fs.readFileSync(path.join(htmlDir, f))), 'html']);
} else {
  console.error(`snapshot: ${bench} is absent: fixtures only.`);
}
// Every other dev set: ../shared/bench-more/<set>/{text/*.txt, html/*.html.gz}.
const more = path.resolve(root, opt('--bench-more', '../shared/bench-more'));
if (fs.existsSync(more)) {
  for (const set of fs.readdirSync(more).sort()) {
    const t = path.join(more, set, 'text');
    const h = path.join(more, set, 'html');
    if (fs.existsSync(t)) for (const f of fs.readdirSync(t).filter((x) => x.endsWith('.txt')).sort()) inputs.push([`${set}/text/${f}`, fs.readFileSync(path.join(t, f)), 'text']);
    if (fs.existsSync(h)) for (const f of fs.readdirSync(h).filter((x) => x.endsWith('.html.gz')).sort()) inputs.push([`${set}/html/${f}`, zlib.gunzipSync(fs.readFileSync(path.join(h, f))), 'html']);
  }
} else {
  console.error(`snapshot: ${more} is absent: no bench-more sets.`);
}

const hashes = {};
for (const [id, data, format] of inputs) {
  let out;
  try {
    out = JSON.stringify(clean(data, { format, path: id }));
  } catch (e) {
    out = `THROW ${e.message}`;
  }
  hashes[id] = crypto.createHash('sha1').update(out).digest('hex');
}

if (save) {
  fs.writeFileSync(save, JSON.stringify(hashes, null, 1));
  console.log(`snapshot: ${Object.keys(hashes).length} records hashed into ${save}`);
} else {
  const old = JSON.parse(fs.readFileSync(check, 'utf8'));
  const diff = Object.keys({ ...old, ...hashes }).filter((k) => old[k] !== hashes[k]);
  for (const k of diff) console.log(`differs: ${k}`);
  console.log(`snapshot: ${Object.keys(hashes).length} records, ${diff.length} differ from ${check}`);
  process.exit(diff.length ? 1 : 0);
}
