#!/usr/bin/env node
// Provenance of test text: which 8-word runs of the repository's tests, fixtures, sources and
// scripts also occur in the development data (../shared: bench pages and the seed)? Those pages
// belong to their publishers and are used for measurement only; fixtures and test cases are
// captures we write ourselves. Every run this lists is either copied text to rewrite in
// invented words of the same shape, or chrome vocabulary every site prints ("Your email address
// will not be published"), which may stay.
//
//   node --max-old-space-size=4000 scripts/audit-provenance.mjs [--shared DIR] [--k N]
//
// Prints, per repository file, the number of runs found and up to four of them with the data
// file each came from. Exits 2 when ../shared is absent (a plain clone), 1 when any run is
// found, 0 when none is.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root, opt } from './lib/args.mjs';

const shared = opt('--shared', join(root, '..', 'shared'));
const K = Number(opt('--k', '8'));
if (!existsSync(shared)) {
  console.error(`audit-provenance: ${shared} is absent: this audit compares the repository with the development data beside it, which a plain clone does not have.`);
  process.exit(2);
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'bench-out']);
const walk = (d, out = []) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) { if (!SKIP_DIRS.has(n)) walk(p, out); } else out.push(p);
  }
  return out;
};
/** Lower-cased words, tags dropped: the same text in a .txt capture and a .ts string meets. */
const words = (t) => t.toLowerCase().normalize('NFC').replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}']+/gu) ?? [];

const shingles = new Map();
const repoFiles = ['test', 'fixtures', 'src', 'scripts'].filter((d) => existsSync(join(root, d))).flatMap((d) => walk(join(root, d)));
for (const f of repoFiles.filter((p) => /\.(ts|mjs|js|json|txt|html|md)$/.test(p))) {
  const w = words(readFileSync(f, 'utf8'));
  for (let i = 0; i + K <= w.length; i++) { const k = w.slice(i, i + K).join(' '); if (!shingles.has(k)) shingles.set(k, relative(root, f)); }
}

const hits = new Map();
for (const f of walk(shared).filter((p) => /\.(txt|html|json|htm)$/.test(p) && !/score|SOURCE|README/.test(p))) {
  const w = words(readFileSync(f, 'utf8'));
  for (let i = 0; i + K <= w.length; i++) {
    const k = w.slice(i, i + K).join(' ');
    const r = shingles.get(k);
    if (!r) continue;
    if (!hits.has(r)) hits.set(r, new Map());
    hits.get(r).set(k, relative(shared, f));
  }
}

for (const [f, m] of [...hits].sort((a, b) => b[1].size - a[1].size)) {
  console.log(`${f}: ${m.size}`);
  for (const [k, s] of [...m].slice(0, 4)) console.log(`   "${k}"  <- ${s}`);
}
console.log(`${hits.size} files with ${K}-word runs found in ${relative(root, shared) || shared}`);
process.exit(hits.size > 0 ? 1 : 0);
