#!/usr/bin/env node
// Peak memory of `unboil profile build` over many documents (issue 13, point 6).
//   node scripts/profile-memory.mjs [--docs 1000000] [--sites 2000]
// Generates JSON Lines on the fly (no file): each document has its site's chrome
// (8 lines), 2 of its site's 40 rotating promos and 10 prose lines of its own,
// made of pseudo-words, so nearly every prose line is seen once (the lines that
// pruning drops). Pipes them into `unboil profile build --from jsonl` and prints
// the builder's peak RSS and CPU time (GNU time) and the profile's size.
// Needs a build (npm run build).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, opt } from './lib/args.mjs';

const docs = Number(opt('--docs', '1000000'));
const sites = Number(opt('--sites', '2000'));
let seed = 12345;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const SYL = ['ba', 'ko', 'ri', 'tan', 'mel', 'do', 'sa', 'vin', 'lu', 'pe', 'gor', 'ni', 'zu', 'ha', 'ter', 'mo', 'ka', 'li'];
const word = () => SYL[Math.floor(rnd() * SYL.length)] + SYL[Math.floor(rnd() * SYL.length)] + (rnd() < 0.5 ? SYL[Math.floor(rnd() * SYL.length)] : '');
const FW = ['the', 'of', 'and', 'to', 'in', 'that', 'was', 'for', 'on', 'with'];
const sentence = (n) => Array.from({ length: n }, (_, i) => (i % 3 === 1 ? FW[Math.floor(rnd() * FW.length)] : word())).join(' ') + '.';
const chrome = (s) => Array.from({ length: 8 }, (_, i) => `site ${s} menu ${['home', 'news', 'sport', 'about', 'contact', 'share', 'subscribe', 'privacy'][i]} ${word()}`);

if (!fs.existsSync('/usr/bin/time')) {
  console.error('profile-memory: /usr/bin/time (Debian package "time") is needed to read the peak RSS of the build; nothing was measured.');
  process.exit(2);
}
const child = spawn('/usr/bin/time', ['-f', 'unboil profile build: peak RSS %M KB, CPU %U s user + %S s system', process.execPath, path.join(root, 'bin', 'unboil.js'), 'profile', 'build', '--from', 'jsonl', '-q'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
let outBytes = 0;
child.stdout.on('data', (c) => { outBytes += c.length; });
const siteChrome = new Map();
const write = (s) => (child.stdin.write(s) ? Promise.resolve() : new Promise((r) => child.stdin.once('drain', r)));
const t0 = Date.now();
for (let i = 0; i < docs; i++) {
  const s = i % sites;
  if (!siteChrome.has(s)) siteChrome.set(s, { chrome: chrome(s), promos: Array.from({ length: 40 }, () => sentence(10)) });
  const sc = siteChrome.get(s);
  const lines = [...sc.chrome.slice(0, 5), sc.promos[Math.floor(rnd() * 40)], ...Array.from({ length: 10 }, () => sentence(12 + Math.floor(rnd() * 10))), sc.promos[Math.floor(rnd() * 40)], ...sc.chrome.slice(5)];
  await write(JSON.stringify({ url: `https://s${s}.example/${i}`, text: lines.join('\n') }) + '\n');
  if (i % 100000 === 0 && i) process.stderr.write(`  ${i} documents sent, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}
child.stdin.end();
const code = await new Promise((r) => child.on('close', r));
console.log(`${docs} documents over ${sites} sites; profile ${(outBytes / 1e6).toFixed(1)} MB; exit ${code}`);
process.exit(code ?? 1);
