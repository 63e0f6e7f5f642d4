#!/usr/bin/env node
// Cold start (issue 14, point 4): `unboil page.txt` on the seed against `node -e 0`, side by side.
//
//   npm run bench:start                 20 rounds, each runs both commands once, order alternating
//   npm run bench:start -- --runs 40    more rounds
//   npm run bench:start -- --no-cache   unboil with its code cache off (UNBOIL_NO_COMPILE_CACHE=1)
//   npm run bench:start -- --also DIR   also another checkout's bin/unboil.js (built), in the same rounds
//
// Each command is a fresh process. Wall time is measured around the spawn; CPU time (user +
// system) is the child's own getrusage, read by a --require probe as the process exits, so
// both commands pay for the same probe. One untimed unboil run first fills the code cache, as
// any run after the first on a machine finds it. Prints medians, the ratios, and the load
// average (wall time means something only on an idle machine). Target: wall ratio <= 2.
// Input: ../shared/seeds/000_2b4c2979b5360d25.txt when present, else the repository's own
// fixtures/text/wire-seed-shaped-en.txt (a capture we wrote in the same shape).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

import { root, args, opt } from './lib/args.mjs';

const runs = Number(opt('--runs', '20'));
const noCache = args.includes('--no-cache');
const shared = path.join(root, '..', 'shared', 'seeds', '000_2b4c2979b5360d25.txt');
const seed = fs.existsSync(shared) ? shared : path.join(root, 'fixtures', 'text', 'wire-seed-shaped-en.txt');
if (!fs.existsSync(path.join(root, 'dist', 'unboil.cjs'))) {
  console.error('bench:start: dist/unboil.cjs is missing: run `npm run build` first.');
  process.exit(2);
}

const probeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unboil-start-'));
const probe = path.join(probeDir, 'probe.cjs');
fs.writeFileSync(probe, `process.on('exit', () => { const u = process.resourceUsage(); try { require('fs').writeSync(3, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })); } catch {} });\n`);

const env = { ...process.env };
if (noCache) env.UNBOIL_NO_COMPILE_CACHE = '1';
const commands = [
  { name: 'node -e 0', argv: ['-e', '0'] },
  { name: `unboil ${path.relative(root, seed)}`, exe: path.join(root, 'bin', 'unboil.js'), argv: [seed] },
];
const also = opt('--also', null);
if (also) commands.push({ name: `${also}: unboil (same input)`, exe: path.join(path.resolve(also), 'bin', 'unboil.js'), argv: [seed] });

// unboil runs as an executable, through its first line (`#!/usr/bin/env node`), as a
// user's shell runs it; the probe comes in by NODE_OPTIONS, which node -e 0 is given too.
const probed = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(probe)}` };
function once(c) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.exe ?? process.execPath, c.argv, { env: probed, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return { wall, cpu: JSON.parse(String(r.output[3])).cpu };
}

for (const c of commands.slice(1)) once(c); // fills the code cache
const samples = commands.map(() => ({ wall: [], cpu: [] }));
for (let i = 0; i < runs; i++) {
  const order = commands.map((_, k) => k);
  if (i % 2) order.reverse();
  for (const k of order) {
    const s = once(commands[k]);
    samples[k].wall.push(s.wall);
    samples[k].cpu.push(s.cpu);
  }
}
fs.rmSync(probeDir, { recursive: true, force: true });

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};
console.log(`cold start, ${runs} runs each, medians (load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${os.cpus().length} cores)${noCache ? ', code cache off' : ''}`);
for (let k = 0; k < commands.length; k++) {
  console.log(`  ${commands[k].name.padEnd(50)} wall ${median(samples[k].wall).toFixed(1).padStart(7)} ms   cpu ${median(samples[k].cpu).toFixed(1).padStart(7)} ms`);
}
for (let k = 1; k < commands.length; k++) {
  const wallRatio = median(samples[k].wall) / median(samples[0].wall);
  const cpuRatio = median(samples[k].cpu) / median(samples[0].cpu);
  console.log(`${k === 1 ? 'unboil' : also}: ratio to node -e 0: wall ${wallRatio.toFixed(2)}x, cpu ${cpuRatio.toFixed(2)}x${k === 1 ? ' (target: wall <= 2x on an idle machine)' : ''}`);
}
