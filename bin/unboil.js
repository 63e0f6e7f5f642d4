#!/usr/bin/env node
// Start-up (issue 14, cold start). `npm run build` bundles the CLI into one CommonJS file,
// dist/unboil.cjs (scripts/bundle.mjs). It is compiled here as a vm.Script with V8's code
// cache: the first run writes the compiled code to a cache file, later runs read it back and
// skip parsing and compiling (Node 20 has no compile cache for ES modules; Node 22's
// module.enableCompileCache() does the same thing for them).
//
// - The cache file sits in the system's temporary folder, one per user, bundle and Node
//   version. V8 checks that it matches the source and its own version and flags, and
//   rejects it otherwise (then it is written anew). A cache that cannot be read or written
//   (read-only /tmp, another user's file) only costs the start-up time it would have saved.
// - UNBOIL_NO_COMPILE_CACHE=1 turns the cache off.
// - Without the bundle (a build made by `tsc` alone), the CLI is loaded from dist/cli/main.js.
//
// Memory of a batch run (issue 14, README "Peak RSS"): a run over a folder, JSON Lines or WARC
// with more than one cleaning thread starts itself again, once, as a child process with glibc held
// to two malloc arenas (MALLOC_ARENA_MAX=2) and the main isolate's young generation at 8 MB
// (--max-semi-space-size=4; 8 MB semi-spaces until h14bc). Neither can be set from inside a running process: glibc reads the first
// when it makes its first arena, V8 the second when it makes the main isolate, both before any line
// of this file runs. With the later worker start (batch/pool.ts) they lowered the peak RSS of the
// default jobs from 212 to 186 MB over 200,000 records at about the same CPU time. A 4 MB semi-space
// with a worker collecting at 16 MB of slack (batch/worker.ts) gave 144 against 168 MB over 10,000 records
// side by side at load 20, CPU 63.0 against 61.1 s (h14bc, one run: see the commit). The parent only waits: the child has its stdin, stdout and stderr (the same file
// descriptors), the parent forwards SIGINT, SIGTERM and SIGHUP to it and ends as it ended (its exit
// code, or killed by the same signal). A lone capture (`unboil page.txt`), a `--jobs 1` run, and a run
// under a debugger are never started again; UNBOIL_NO_REEXEC=1 turns it off. The decision reads the
// arguments without the option parser: where it guesses wrong (an option's value that is a folder), a
// run costs one Node start more or keeps the larger heap, never a different output. A user's own
// MALLOC_ARENA_MAX or --max-semi-space-size (NODE_OPTIONS or node's command line) is kept.
// Not on the first line (`#!/usr/bin/env -S ...`): busybox's env (Alpine) has no -S.
// A worker's young generation is set through Worker resourceLimits, in batch/pool.ts.
//
// V8 flags of the run (RUN_FLAGS below, issue 14): set first thing, before the bundle is read
// from the code cache, and kept to the end, so the cache is read and written under the same
// flag hash. V8 flags are process-wide: the worker threads of --jobs, made later, run under them.
// --interrupt-budget: how much bytecode a function runs between V8's checks whether to optimise
// it. Node 20's default (66 KB) made TurboFan compile the core's hot functions over and over
// while their type feedback was still changing (the HTML walk, htmlparser2's tokenizer: each
// compiled 6 to 13 times in the first hundred pages, deoptimised on every new attribute
// shape); 8 times that budget optimises them later, on feedback that holds. CPU time of
// `--jobs 1` against the default: HTML 16 to 27% less, text captures 2 to 11% less, a lone
// `unboil page.txt` about 15% less at load average 21, no difference beyond the noise of
// `npm run bench:start` on an idle machine (README, "Start-up"). It changes when code is
// optimised, never what it computes.
//
// One V8 flag is set here, for the run: --no-regexp-tier-up. By default V8 compiles a regex to
// bytecode, interprets it, and compiles it again to machine code once it has run; unboil's
// rules hold a few hundred regexes, most run on every line, so each was compiled twice. Compiled
// once, straight to machine code, a lone `unboil page.txt` spent about a third less CPU in
// clean() and a long run a few percent less (issue 14). Matches are the same either way (one
// engine, two tiers). The flag is set after the bundle is compiled from the code cache and set
// back before the cache is written: V8 stamps a cache with a hash of its flags and rejects one
// whose hash differs, so the cache is read and written under the same flags as before. The
// flag is process-wide: the worker threads of --jobs run under it too. The library (dist/index.js)
// sets no flag: that is its host's choice.
//
// This file is CommonJS (bin/package.json says so): an ES module entry point made Node set up
// its ES module loader (about a tenth of a lone run's CPU time, issue 14), which a CommonJS
// entry that loads a CommonJS bundle never needs. Only a build without the bundle imports ES
// modules (dist/cli/main.js), through import().
'use strict';
const { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'unboil.cjs');

/** The CLI's main(), from the bundle through the code cache; null when there is no bundle. */
function loadBundle() {
  let source;
  let stat;
  try {
    stat = statSync(bundle);
    source = readFileSync(bundle, 'utf8');
  } catch {
    return null;
  }
  const useCache = process.env.UNBOIL_NO_COMPILE_CACHE !== '1';
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir = join(tmpdir(), `unboil-compile-cache-${uid}`);
  // Node's flags (the first line's, or a user's `node --flag bin/unboil.js`) are in the tag: V8
  // rejects a cache made under other flags, so each set keeps its own file instead of rewriting one.
  const key = `${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${hashPath(`${bundle}\0${process.execArgv.join(' ')}`)}`;
  const cacheFile = join(dir, `${key}.bin`);
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const saveCache = useCache && (cachedData === undefined || script.cachedDataRejected === true)
    ? () => writeCache(dir, cacheFile, script)
    : () => {};
  return { main: module.exports.main, saveCache };
}

/** A short stable tag of the bundle's path (and the run's Node flags), so two installs never share a cache file. */
function hashPath(p) {
  let h = 0x811c9dc5;
  for (let i = 0; i < p.length; i++) h = Math.imul(h ^ p.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

/** Writes the code cache (after the run, so it holds every function the run compiled): temp file, then rename. */
function writeCache(dir, cacheFile, script) {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, script.createCachedData());
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, cacheFile);
    // Caches of earlier builds of this same bundle are dead: one file per install stays.
    const tag = cacheFile.slice(cacheFile.lastIndexOf('-'));
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (p !== cacheFile && f.endsWith(tag)) rmSync(p, { force: true });
    }
  } catch {
    // A cache is only a speed-up.
  }
}

/** See the header: V8 flags for the whole run, set before the code cache is read. */
const RUN_FLAGS = ['--interrupt-budget=540672'];

async function run() {
  for (const f of RUN_FLAGS) setFlagsFromString(f);
  const loaded = loadBundle();
  const { main } = loaded ?? (await import('../dist/cli/main.js'));
  setFlagsFromString('--no-regexp-tier-up');
  process.exitCode = await main(process.argv.slice(2));
  setFlagsFromString('--regexp-tier-up');
  loaded?.saveCache();
}

/** Marks the started-again child, so that it never starts itself once more. */
const CHILD_MARK = 'UNBOIL_REEXEC_CHILD';

/** Whether this run is a batch run with more than one cleaning thread (see the header): folders, JSON Lines, WARC. */
function isParallelBatch(argv) {
  if (process.env.UNBOIL_NO_REEXEC === '1' || process.env[CHILD_MARK] === '1') return false;
  if (process.execArgv.some((a) => /^--(inspect|debug)/.test(a))) return false;
  let batch = false;
  let jobs = null;
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (options && a === '--') {
      options = false;
      continue;
    }
    if (options && a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(0, eq) : a;
      if (name === '--from' || name === '--jobs' || name === '-j') {
        const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (name === '--from') batch ||= v === 'jsonl' || v === 'warc';
        else jobs = Number(v);
      } else if (/^-j\d+$/.test(a)) {
        jobs = Number(a.slice(2));
      }
      continue;
    }
    if (/\.(jsonl|ndjson|warc|wet|arc)(\.gz)?$/i.test(a)) batch = true;
    else if (!batch && a !== '-') {
      try {
        batch = statSync(a).isDirectory();
      } catch {
        // not a folder (the run itself reports a missing input)
      }
    }
  }
  if (!batch) return false;
  if (jobs === null) jobs = require('node:os').availableParallelism();
  return jobs > 1;
}

/**
 * Runs this same command again as a child process with the batch memory settings (see the header)
 * and ends as it ends. Resolves false (nothing started) when the child process could not be made:
 * the run then goes on in this process, with Node's defaults.
 */
function runAgain(argv) {
  const { spawn } = require('node:child_process');
  // The parent's pid: a child whose parent was killed outright (SIGKILL, which cannot be forwarded)
  // stops at its next chunk (batch/pipeline.ts) instead of running on as an orphan.
  const env = { ...process.env, [CHILD_MARK]: '1', UNBOIL_REEXEC_PARENT: String(process.pid) };
  if (env.MALLOC_ARENA_MAX === undefined) env.MALLOC_ARENA_MAX = '2';
  const flags = /--max-semi-space-size/.test(`${process.execArgv.join(' ')} ${env.NODE_OPTIONS ?? ''}`) ? [] : ['--max-semi-space-size=4'];
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(process.execPath, [...process.execArgv, ...flags, __filename, ...argv], { stdio: 'inherit', env });
    } catch {
      resolve(false);
      return;
    }
    const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const forward = (sig) => child.kill(sig);
    let started = false;
    child.on('spawn', () => {
      started = true;
      for (const sig of forwarded) process.on(sig, forward);
    });
    child.on('error', () => {
      if (!started) resolve(false);
    });
    child.on('exit', (code, signal) => {
      for (const sig of forwarded) process.off(sig, forward);
      if (signal) {
        // Killed: end by the same signal, as a shell or a supervisor would have seen the child end.
        process.kill(process.pid, signal);
        const n = require('node:os').constants.signals[signal];
        process.exit(128 + (n ?? 1));
      }
      process.exit(code ?? 1);
    });
  });
}

async function start() {
  const argv = process.argv.slice(2);
  if (isParallelBatch(argv) && (await runAgain(argv))) return;
  await run();
}

start().catch((e) => {
  // main() reports every error it expects; this is the last guard, as an uncaught error would be
  process.exitCode = 1;
  throw e;
});
