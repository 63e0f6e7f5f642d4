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
// No memory settings on the first line: `#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node
// --max-semi-space-size=8` lowered a batch's peak RSS by about 20 MB (README, Peak RSS), but busybox's
// env (Alpine, the usual small Node image) has no -S, so the CLI would not start there at all, and
// shebang readers such as cross-spawn's take "-S" for the interpreter. A user who wants them sets
// them: `MALLOC_ARENA_MAX=2 NODE_OPTIONS=--max-semi-space-size=8 unboil ...`. V8 reads heap flags
// when an isolate is made, before any line of this file runs; a worker's young generation is set
// through Worker resourceLimits, in batch/pool.ts.
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

run().catch((e) => {
  // main() reports every error it expects; this is the last guard, as an uncaught error would be
  process.exitCode = 1;
  throw e;
});
