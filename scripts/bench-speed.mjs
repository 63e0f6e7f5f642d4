#!/usr/bin/env node
// Speed and memory of the unboil CLI, each figure measured beside its reference in one run.
//   npm run bench:speed
//   npm run bench:speed -- --records 2000 --html-rounds 1 --rss-records 20000   (a quicker run)
// Options: --bench DIR (default ../shared/bench), --bin FILE (default bin/unboil.js),
//          --records N (text JSONL records, default 20000), --html-rounds N (passes over the
//          181 HTML pages, default 3), --rss-records N (default 200000), --skip-rss, --skip-html,
//          --only text|html|rss (one part; comma-separated for several).
//
// Figures (issue 14's targets), each by CPU time (user + system of the process and all its
// threads, read exactly by a --require probe as the process exits) with wall time beside it:
//   1. text captures, `unboil --from jsonl -j 1` over the dev set's text captures repeated to N
//      records, beside a bare Node pass that reads, parses and re-stringifies the same JSONL (the
//      floor): unboil's CPU time over the floor's (target: <= 5x).
//   2. HTML pages per CPU-second, `unboil --from jsonl -j 1` over zyte/html (start-up included),
//      beside Readability.js on linkedom over the same pages in one Node process (its loop's
//      CPU, no start-up, so the comparison favours Readability) (target: >= 3x).
//   3. wall-time throughput of -j 2 over -j 1 on the text JSONL (target: >= 1.6x on an idle
//      machine), with the CPU time -j 2 spends beside -j 1's (the cost of a worker), split into
//      the second V8 isolate's cold start and warm-up (two -j 1 runs over the two halves of the
//      records, run at once, beside one -j 1 run over all) and the rest, the pool's own cost; the
//      wall time of those two runs side by side is the machine's ceiling for two threads.
//   4. peak RSS of `unboil --from jsonl` (default jobs) over N records generated on the fly into
//      its stdin (target: < 160 MB). A parallel batch run is two processes (bin/unboil.js starts
//      itself again with the batch memory settings, and waits): the figure is the peak resident
//      size (VmHWM) of the largest process of the tree plus the peak private memory of the others
//      (the waiting parent's own pages; the node binary's pages, which both map, count once). The
//      plain sum of the processes' RSS, which counts those shared pages twice, is printed beside it.
//      CPU times include the processes a run started and waited for (/proc/self/stat).
// Every timing is of a spawned process, start-up included, output to a counter. unboil is run as
// an executable, as `npm i -g` or npx would run it (a parallel batch run then starts itself again
// with its memory settings, bin/unboil.js).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';

import { root, args, opt } from './lib/args.mjs';
const bench = path.resolve(opt('--bench', path.join(root, '..', 'shared', 'bench')));
const bin = path.resolve(opt('--bin', path.join(root, 'bin', 'unboil.js')));
const RECORDS = Number(opt('--records', 20000));
const HTML_ROUNDS = Number(opt('--html-rounds', 3));
const RSS_RECORDS = Number(opt('--rss-records', 200000));
const ONLY = opt('--only', null);
const part = (name) => (ONLY ? ONLY.split(',').includes(name) : !args.includes(`--skip-${name}`));
const textDir = path.join(bench, 'zyte-text');
const htmlDir = path.join(bench, 'zyte', 'html');

if (!fs.existsSync(textDir)) {
  console.error(`bench:speed: the benchmark data is not here (${bench}): it lives in ../shared/bench beside the repository, which a user's clone does not have. Nothing was measured.`);
  process.exit(2);
}
if (!fs.existsSync(path.join(path.dirname(bin), '..', 'dist', 'cli', 'main.js'))) {
  console.error('bench:speed: dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unboil-speed-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
// Exact CPU time of a child (all threads): getrusage as it exits, written to its fd 3.
const probe = path.join(tmp, 'cpu-probe.cjs');
// A run that starts itself again (bin/unboil.js, batch memory settings) is counted once, by the
// parent: its own time plus the waited-for child's (cutime + cstime, /proc/self/stat fields 16 and
// 17, in clock ticks); the child, which inherits this probe and fd 3, writes nothing.
fs.writeFileSync(probe, `process.on('exit', () => { if (process.env.UNBOIL_REEXEC_CHILD === '1') return; const u = process.resourceUsage(); let kids = 0; try { const st = require('fs').readFileSync('/proc/self/stat', 'utf8'); const f = st.slice(st.lastIndexOf(')') + 2).split(' '); kids = (Number(f[13]) + Number(f[14])) / 100; } catch {} try { require('fs').writeSync(3, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 + kids })); } catch {} });\n`);
const mb = (n) => n / 1024 / 1024;
const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

/** The processes a process started, and theirs (Linux: /proc/PID/task/PID/children). */
function descendants(pid) {
  const out = [];
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop();
    let kids = [];
    try {
      kids = fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch { /* gone */ }
    out.push(...kids);
    todo.push(...kids);
  }
  return out;
}

/** Runs a command, stdin from a file or a generator, stdout counted and dropped. Returns seconds, lines, peak RSS (see 4.). */
function run(cmd, argv, { stdinFile = null, feed = null, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // unboil runs as a user runs it, through its first line; the probe then comes in by NODE_OPTIONS. Every other command is `node --require probe ...`.
    const direct = cmd !== process.execPath;
    const child = spawn(cmd, direct ? argv : ['--require', probe, ...argv], {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', ...(direct ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(probe)}` } : {}), ...env },
    });
    let lines = 0;
    let stderr = '';
    let probed = '';
    child.stdio[3].on('data', (c) => (probed += c));
    // Per process of the tree: peak VmHWM and peak private memory; per sample: the sum of VmRSS.
    const peaks = new Map();
    let rssSum = 0;
    const poll = setInterval(() => {
      let sum = 0;
      for (const pid of [child.pid, ...descendants(child.pid)]) {
        try {
          const st = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
          const hwmKb = Number(/VmHWM:\s+(\d+) kB/.exec(st)?.[1] ?? 0);
          sum += Number(/VmRSS:\s+(\d+) kB/.exec(st)?.[1] ?? 0);
          const sm = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
          const priv = Number(/Private_Clean:\s+(\d+)/.exec(sm)?.[1] ?? 0) + Number(/Private_Dirty:\s+(\d+)/.exec(sm)?.[1] ?? 0);
          const p = peaks.get(pid) ?? { hwm: 0, priv: 0 };
          peaks.set(pid, { hwm: Math.max(p.hwm, hwmKb * 1024), priv: Math.max(p.priv, priv * 1024) });
        } catch { /* gone */ }
      }
      rssSum = Math.max(rssSum, sum * 1024);
    }, 50);
    const treePeak = () => {
      const all = [...peaks.values()].sort((a, b) => b.hwm - a.hwm);
      return all.length === 0 ? 0 : all[0].hwm + all.slice(1).reduce((t, p) => t + p.priv, 0);
    };
    child.stdout.on('data', (c) => {
      for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (c) => {
      if (stderr.length < 1e5) stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      let cpu = NaN;
      try { cpu = JSON.parse(probed).cpu; } catch { /* no probe output */ }
      if (code !== 0 && code !== 1) reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}: ${stderr.slice(0, 2000)}`));
      else resolve({ secs, lines, hwm: treePeak(), rssSum, processes: peaks.size, cpu, stderr });
    });
    if (stdinFile) fs.createReadStream(stdinFile).pipe(child.stdin);
    else if (feed) feed(child.stdin);
    else child.stdin.end();
  });
}

function writeJsonl(file, items, n, key) {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let buf = [];
  for (let i = 0; i < n; i++) {
    const it = items[i % items.length];
    buf.push(JSON.stringify({ id: `${it.id}#${i}`, [key]: it.body, url: it.url ?? null }));
    if (buf.length === 500 || i === n - 1) {
      const s = buf.join('\n') + '\n';
      bytes += Buffer.byteLength(s);
      fs.writeSync(fd, s);
      buf = [];
    }
  }
  fs.closeSync(fd);
  return bytes;
}

const FLOOR = `
const fs = require('fs');
let rest = '', n = 0;
const out = [];
const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
fs.createReadStream(process.argv[1], { highWaterMark: 1 << 20 })
  .on('data', (c) => {
    const parts = (rest + c).split('\\n');
    rest = parts.pop();
    for (const l of parts) { if (l) { const o = JSON.parse(l); o.body = o.text; out.push(JSON.stringify(o) + '\\n'); n++; } }
    flush();
  })
  .on('end', () => { if (rest) { out.push(JSON.stringify(JSON.parse(rest)) + '\\n'); } flush(); });
`;

const READABILITY = `
const fs = require('fs');
const { parseHTML } = require('linkedom');
const { Readability } = require('@mozilla/readability');
const pages = fs.readFileSync(process.argv[1], 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).html);
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let chars = 0;
for (const html of pages) {
  try {
    const { document } = parseHTML(html);
    const art = new Readability(document).parse();
    chars += art && art.textContent ? art.textContent.length : 0;
  } catch { /* counts as a page all the same */ }
}
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ pages: pages.length, secs: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6, chars }) + '\\n');
`;

const results = [];
const row = (name, value, reference, ratio, target, ok) => results.push({ name, value, reference, ratio, target, ok });

// 1. text captures, one worker, beside the floor.
const texts = fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const id = f.replace(/\.txt$/, '');
  let url = null;
  try { url = JSON.parse(fs.readFileSync(path.join(textDir, `${id}.gold.json`), 'utf8')).url; } catch { /* none */ }
  return { id, body: fs.readFileSync(path.join(textDir, f), 'utf8'), url };
});
console.error(`bench:speed: targets are by CPU time (user + system, all threads, exact); wall-clock figures beside them need an idle machine.`);
console.error(`bench:speed: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

if (part('text')) {
  const textFile = path.join(tmp, 'text.jsonl');
  const textBytes = writeJsonl(textFile, texts, RECORDS, 'text');
  console.error(`bench:speed: ${texts.length} text captures repeated to ${fmt(RECORDS)} JSONL records (${fmt(mb(textBytes), 1)} MB)`);
  const floor = await run(process.execPath, ['-e', FLOOR, textFile]);
  const one = await run(bin, ['--from', 'jsonl', '-q', '-j', '1', textFile]);
  if (one.lines !== RECORDS) throw new Error(`unboil -j 1 printed ${one.lines} lines for ${RECORDS} records`);
  const textRate = RECORDS / one.secs;
  row('text, CPU, -j 1', `${fmt(RECORDS / one.cpu)} /CPU-s (${fmt((1000 * one.cpu) / RECORDS, 3)} ms each)`, `floor ${fmt(RECORDS / floor.cpu)} /CPU-s`, `${(one.cpu / floor.cpu).toFixed(1)}x floor CPU`, '<= 5x', one.cpu / floor.cpu <= 5);
  row('  wall, -j 1', `${fmt(textRate)} /s, ${fmt(mb(textBytes) / one.secs, 1)} MB/s`, `floor ${fmt(RECORDS / floor.secs)} /s, ${fmt(mb(textBytes) / floor.secs, 1)} MB/s`, `${(one.secs / floor.secs).toFixed(1)}x floor time`, '', null);

  // 3. -j 2 over -j 1.
  const two = await run(bin, ['--from', 'jsonl', '-q', '-j', '2', textFile]);
  if (two.lines !== RECORDS) throw new Error(`unboil -j 2 printed ${two.lines} lines for ${RECORDS} records`);
  row('text, wall, -j 2', `${fmt(RECORDS / two.secs)} /s`, `-j 1 ${fmt(textRate)} /s`, `${(one.secs / two.secs).toFixed(2)}x`, '>= 1.6x (idle machine)', one.secs / two.secs >= 1.6);
  row('  CPU, -j 2', `${fmt(two.cpu, 1)} CPU-s`, `-j 1 ${fmt(one.cpu, 1)} CPU-s`, `${(two.cpu / one.cpu).toFixed(2)}x CPU (worker overhead)`, '', null);
  // The worker overhead, split: -j 2 runs the core in two V8 isolates (the main thread and one
  // worker), each of which compiles and warms it up from cold. Two `-j 1` processes, each over
  // half of the records, pay that twice with no worker at all: their CPU beyond one -j 1 run is
  // the second isolate's cold start and warm-up; what -j 2 spends beyond them is the pool itself
  // (messages, moving lines and records between threads, two heaps). Both are shown as shares of
  // the -j 1 CPU: a share of the overhead means nothing once the overhead is near zero (since the
  // worker starts late and the batch runs with a small young generation, -j 2 may cost no more
  // CPU than -j 1, and the pool row then comes out negative: less than a second cold isolate).
  const halves = [path.join(tmp, 'text-a.jsonl'), path.join(tmp, 'text-b.jsonl')];
  const lines = fs.readFileSync(textFile, 'utf8').split('\n').filter(Boolean);
  fs.writeFileSync(halves[0], lines.slice(0, lines.length >> 1).join('\n') + '\n');
  fs.writeFileSync(halves[1], lines.slice(lines.length >> 1).join('\n') + '\n');
  // The two halves run at once: their CPU times add up to the split above, and the wall time of
  // the pair is what the machine gives two independent single-threaded processes, the ceiling of
  // any two-thread design (on a 2-core VM whose cores share a physical one, well under 2x).
  const t0 = process.hrtime.bigint();
  const pair = await Promise.all(halves.map((h) => run(process.execPath, [bin, '--from', 'jsonl', '-q', '-j', '1', h])));
  const pairSecs = Number(process.hrtime.bigint() - t0) / 1e9;
  const split = pair[0].cpu + pair[1].cpu;
  const over = two.cpu - one.cpu;
  const cold = split - one.cpu;
  // shown under the -j 2 wall row, which it bounds
  const wallRow = results.findIndex((r) => r.name === 'text, wall, -j 2');
  results.splice(wallRow + 1, 0, { name: '  2 processes at once', value: `${fmt(RECORDS / pairSecs)} /s`, reference: 'two -j 1 processes, one per half, side by side', ratio: `${(one.secs / pairSecs).toFixed(2)}x (machine ceiling)`, target: '', ok: null });
  row('  of which 2nd isolate', `${fmt(cold, 1)} CPU-s`, `two -j 1 runs over the halves ${fmt(split, 1)} CPU-s`, `${fmt((100 * cold) / one.cpu, 1)}% of -j 1 CPU`, '', null);
  row('  of which the pool', `${fmt(over - cold, 1)} CPU-s`, 'messages, line and record transfer, two heaps', `${fmt((100 * (over - cold)) / one.cpu, 1)}% of -j 1 CPU`, '', null);
}

// 2. HTML pages, one worker, beside Readability.js on linkedom.
if (part('html')) {
  const pages = fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => ({
    id: f.replace(/\.html\.gz$/, ''),
    body: zlib.gunzipSync(fs.readFileSync(path.join(htmlDir, f))).toString('utf8'),
  }));
  const n = pages.length * HTML_ROUNDS;
  const htmlFile = path.join(tmp, 'html.jsonl');
  writeJsonl(htmlFile, pages, n, 'html');
  const u = await run(bin, ['--from', 'jsonl', '-q', '-j', '1', htmlFile]);
  if (u.lines !== n) throw new Error(`unboil printed ${u.lines} lines for ${n} HTML pages`);
  const rd = await new Promise((resolve, reject) => {
    const c = spawn(process.execPath, ['-e', READABILITY, htmlFile], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`Readability run exited ${code}`))));
  });
  const rate = n / u.secs;
  const rrate = rd.pages / rd.secs;
  row('HTML, CPU, -j 1', `${fmt(n / u.cpu, 1)} pages/CPU-s`, `Readability+linkedom ${fmt(rd.pages / rd.cpu, 1)} /CPU-s (loop only)`, `${(n / u.cpu / (rd.pages / rd.cpu)).toFixed(2)}x`, '>= 3x', n / u.cpu / (rd.pages / rd.cpu) >= 3);
  row('  wall, -j 1', `${fmt(rate, 1)} pages/s`, `Readability+linkedom ${fmt(rrate, 1)} /s`, `${(rate / rrate).toFixed(2)}x`, '', null);
}

// 4. peak RSS over records generated on the fly.
if (part('rss')) {
  const small = texts.map((t) => JSON.stringify({ id: t.id, text: t.body, url: t.url }));
  const feed = (stdin) => {
    let i = 0;
    const pump = () => {
      while (i < RSS_RECORDS) {
        const ok = stdin.write(small[i % small.length].replace(/^\{"id":"/, `{"id":"${i}-`) + '\n');
        i++;
        if (!ok) return void stdin.once('drain', pump);
      }
      stdin.end();
    };
    stdin.on('error', () => undefined);
    pump();
  };
  const r = await run(bin, ['--from', 'jsonl', '-q'], { feed });
  if (r.lines !== RSS_RECORDS) throw new Error(`unboil printed ${r.lines} lines for ${RSS_RECORDS} generated records`);
  row(`peak RSS, ${fmt(RSS_RECORDS)} records`, `${fmt(mb(r.hwm))} MB`, `${fmt(RSS_RECORDS / r.secs)} records/s, default jobs (${os.availableParallelism()}), ${fmt(r.cpu, 1)} CPU-s`, '', '< 160 MB', mb(r.hwm) < 160);
  row('  RSS summed', `${fmt(mb(r.rssSum))} MB`, `${r.processes} process(es), each one's RSS (pages they share counted in each)`, '', '', null);
}

const w = (s, n) => String(s).padEnd(n);
console.log(`${w('figure', 28)}${w('unboil', 30)}${w('reference', 58)}${w('ratio', 20)}${w('target', 22)}ok`);
for (const r of results) console.log(`${w(r.name, 28)}${w(r.value, 30)}${w(r.reference, 58)}${w(r.ratio, 20)}${w(r.target, 22)}${r.ok === null ? '-' : r.ok ? 'yes' : 'NO'}`);
