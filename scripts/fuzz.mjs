#!/usr/bin/env node
/**
 * npm run fuzz -- [--runs N] [--seed S] [--kind all|unicode|fixtures|html|bytes]
 *                 [--batch B] [--procs N] [--cap MS] [--hang SEC] [--path P] [--log FILE]
 *
 * Feeds random bytes, random Unicode strings, mutated fixture captures and
 * mutated / generated HTML to the built `clean` (dist/: run `npm run build`
 * first) and checks the properties in scripts/fuzz-lib.mjs: no throw, no hang,
 * deterministic, idempotent on its own body, every line accounted for, body
 * well formed, and each call under --cap ms (default 2000).
 *
 * The runs are split into batches of --batch inputs (default 1,000); batch b
 * is fast-check's sample for seed S + b, and input i of it is exactly what
 * `fc.check` runs at path i for that seed. --procs N (default 1) runs the
 * batches in N worker threads (batch b in worker b mod N): the inputs depend
 * on the seed and the batch only, so any N runs the same inputs and finds the
 * same failures. A failing input does not stop the run: failures are grouped
 * by kind (the error's first line, numbers and quoted input left out); at the
 * end the first of each kind (lowest batch, then path) is shrunk by fast-check
 * and reported with a few more of its kind, each reproduced on its own with
 *   npm run fuzz -- --kind K --seed <S+b> --path <i>
 * (--path replays that input, then shrinks it).
 *
 * Hangs: the fuzzing runs in worker threads; the main thread watches a shared
 * progress counter per worker and, when one finishes no input within --hang
 * seconds (default 60), reports the seed and path of the input it is running
 * and stops the run.
 *
 * Exit code: 0 when every input passed, 1 when any failed or hung.
 */
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { appendFileSync, existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = { runs: 10_000, seed: null, kind: 'all', chunk: 1000, procs: 1, cap: 2000, hang: 60, path: null, log: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    const num = (name) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${name} needs a non-negative number, got ${v}`);
      i++;
      return n;
    };
    if (a === '--runs') o.runs = num(a);
    else if (a === '--seed') o.seed = num(a) | 0;
    else if (a === '--batch') o.chunk = Math.max(1, num(a));
    else if (a === '--procs') o.procs = Math.max(1, Math.floor(num(a)));
    else if (a === '--cap') o.cap = num(a);
    else if (a === '--hang') o.hang = num(a);
    else if (a === '--kind') {
      o.kind = v;
      i++;
    } else if (a === '--path') {
      o.path = v;
      i++;
    } else if (a === '--log') {
      o.log = v;
      i++;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`usage: npm run fuzz -- [--runs N] [--seed S] [--kind all|unicode|fixtures|html|bytes] [--batch B] [--procs N] [--cap MS] [--hang SEC] [--path P] [--log FILE]\n`);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (!['all', 'unicode', 'fixtures', 'html', 'bytes'].includes(o.kind)) throw new Error(`--kind must be all, unicode, fixtures, html or bytes`);
  if (o.seed === null) o.seed = (Date.now() % 2_000_000_000) | 0;
  if (o.path !== null) {
    o.runs = 1;
    o.procs = 1;
  }
  return o;
}

// Shared progress slots, one set per worker: [batch, input within batch, calls finished, done flag].
const SLOT = { CHUNK: 0, RUN: 1, CALLS: 2, DONE: 3 };
/** Kinds of failure shrunk and reported in detail; further kinds are counted only. */
const SHRINK_GROUPS = 20;
/** Reproduce commands listed per kind of failure, besides the first. */
const MORE_PER_GROUP = 5;

/** The kind of a failure: its first line, quoted input excerpts dropped, numbers as N. */
function signature(message) {
  return String(message)
    .split('\n')[0]
    .replace(/:? …?".*$/, '')
    .replace(/\d+/g, 'N')
    .slice(0, 100);
}

if (isMainThread) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`fuzz: ${e.message}\n`);
    process.exit(2);
  }
  if (!existsSync(join(root, 'dist/index.js'))) {
    process.stderr.write('fuzz: dist/ is missing: run `npm run build` first\n');
    process.exit(2);
  }
  const log = (s) => {
    process.stdout.write(`${s}\n`);
    if (opts.log) appendFileSync(opts.log, `${s}\n`);
  };
  const reproduce = (batch, path) => `npm run fuzz -- --kind ${opts.kind} --seed ${opts.seed + batch} --path ${path}`;
  const batches = opts.path !== null ? 1 : Math.ceil(opts.runs / opts.chunk);
  const procs = Math.max(1, Math.min(opts.procs, batches));
  const started = Date.now();
  log(`fuzz: ${opts.runs} inputs, kind ${opts.kind}, seed ${opts.seed}, batches of ${opts.chunk} (batch b uses seed ${opts.seed} + b), ${procs} worker(s), cap ${opts.cap} ms, hang ${opts.hang} s`);

  /** Failures by kind: sig -> { count, first: {batch, path, message, input}, more: [{batch, path}] } */
  const groups = new Map();
  let done = 0;
  let failed = 0;
  let slowest = 0;
  let batchesDone = 0;
  let fixturesCount = 0;
  let stopped = false;
  const progressEvery = Math.max(1, Math.floor(batches / 50));
  const before = (a, b) => a.batch < b.batch || (a.batch === b.batch && a.path < b.path);

  const workers = [];
  for (let k = 0; k < procs; k++) {
    const shared = new Int32Array(new SharedArrayBuffer(16));
    const mine = [];
    for (let b = k; b < batches; b += procs) mine.push(b);
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { opts, shared, batches: mine } });
    workers.push({ w, shared, lastCalls: -1, lastChange: Date.now(), finished: false, exited: false });
  }

  const shrinkJobs = new Map();
  let shrinkId = 0;
  const finish = () => {
    // Every worker has run its batches: shrink the first input of each kind, spread over the workers.
    const ordered = [...groups.entries()].sort((a, b) => (before(a[1].first, b[1].first) ? -1 : 1));
    const toShrink = opts.path !== null ? [] : ordered.slice(0, SHRINK_GROUPS);
    let pending = toShrink.length;
    const report = () => {
      ordered.forEach(([sig, g], n) => {
        const f = g.first;
        const r = g.shrunk;
        log(
          `FAIL #${n + 1}: ${g.count} x ${sig}\n  first (seed ${opts.seed + f.batch}, path ${f.path}): ${f.message}\n  input: ${f.input}` +
            (r ? `\n  shrunk (path ${r.path}): ${r.input}\n  shrunk error: ${String(r.error).split('\n')[0]}` : '') +
            `\n  reproduce: ${reproduce(f.batch, f.path)}` +
            (g.more.length ? `\n  more of this kind:\n${g.more.map((m) => `    ${reproduce(m.batch, m.path)}`).join('\n')}` : ''),
        );
      });
      for (const [sig, g] of ordered) log(`  ${g.count} x ${sig}  (first: --seed ${opts.seed + g.first.batch} --path ${g.first.path})`);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      log(`fuzz: done: ${done} inputs in ${secs} s (seed ${opts.seed}, kind ${opts.kind}, ${procs} worker(s), ${fixturesCount} fixture captures), slowest call ${slowest.toFixed(1)} ms; ${failed === 0 ? 'no failures' : `${failed} failed inputs in ${groups.size} kind(s) of failure`}`);
      log(`${done - failed} passed, ${failed} failed`);
      for (const x of workers) x.w.postMessage({ type: 'exit' });
    };
    if (pending === 0) return report();
    toShrink.forEach(([sig, g], n) => {
      const id = shrinkId++;
      shrinkJobs.set(id, sig);
      workers[n % workers.length].w.postMessage({ type: 'shrink', id, batch: g.first.batch, path: g.first.path });
    });
    finishShrink = (id, r) => {
      const sig = shrinkJobs.get(id);
      if (sig !== undefined && r) groups.get(sig).shrunk = r;
      if (--pending === 0) report();
    };
  };
  let finishShrink = () => {};

  for (const x of workers) {
    x.w.on('message', (m) => {
      if (m.type === 'log') log(m.text);
      else if (m.type === 'failure') {
        failed++;
        const sig = signature(m.message);
        const g = groups.get(sig);
        const at = { batch: m.batch, path: m.path, message: m.message, input: m.input };
        if (!g) {
          groups.set(sig, { count: 1, first: at, more: [] });
          if (opts.path !== null) log(`FAIL (seed ${opts.seed + m.batch}, path ${m.path}): ${m.message}\n  input: ${m.input}`);
          else log(`fail: new kind #${groups.size} (seed ${opts.seed + m.batch}, path ${m.path}): ${String(m.message).split('\n')[0].slice(0, 200)}`);
        } else {
          g.count++;
          // keep the lowest (batch, path) first whatever order the workers report in
          let extra = at;
          if (before(at, g.first)) [extra, g.first] = [g.first, at];
          g.more.push({ batch: extra.batch, path: extra.path });
          g.more.sort((a, b) => (before(a, b) ? -1 : 1));
          if (g.more.length > MORE_PER_GROUP) g.more.length = MORE_PER_GROUP;
        }
      } else if (m.type === 'batch') {
        done += m.inputs;
        batchesDone++;
        slowest = Math.max(slowest, m.slowest);
        if (batches > 1 && (batchesDone % progressEvery === 0 || batchesDone === batches)) {
          const secs = (Date.now() - started) / 1000;
          log(`  batch ${batchesDone}/${batches}: ${done} inputs, ${(done / secs).toFixed(0)} inputs/s, ${failed} failed, slowest ${slowest.toFixed(1)} ms`);
        }
      } else if (m.type === 'done') {
        x.finished = true;
        fixturesCount = m.fixtures;
        if (opts.path !== null) {
          done = 1;
          if (failed === 0) log(`seed ${opts.seed} path ${opts.path}: passes`);
        }
        if (workers.every((y) => y.finished)) finish();
      } else if (m.type === 'shrunk') finishShrink(m.id, m.result);
    });
    x.w.on('error', (e) => {
      failed++;
      log(`fuzz: worker crashed: ${e && e.stack ? e.stack : e}`);
      stop();
    });
    x.w.on('exit', () => {
      x.exited = true;
      if (!x.finished && !stopped) {
        log('fuzz: a worker stopped before finishing');
        failed++;
        stop();
      }
      if (workers.every((y) => y.exited)) {
        clearInterval(timer);
        process.exitCode = failed === 0 && !stopped ? 0 : 1;
      }
    });
  }
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    Promise.all(workers.map((y) => y.w.terminate())).then(() => process.exit(1));
  };
  const timer = setInterval(() => {
    for (const x of workers) {
      const calls = Atomics.load(x.shared, SLOT.CALLS);
      if (calls !== x.lastCalls) {
        x.lastCalls = calls;
        x.lastChange = Date.now();
        continue;
      }
      if (Atomics.load(x.shared, SLOT.DONE) === 0 && Date.now() - x.lastChange > opts.hang * 1000) {
        const batch = Atomics.load(x.shared, SLOT.CHUNK);
        const run = Atomics.load(x.shared, SLOT.RUN);
        failed++;
        log(`HANG: no input finished for ${opts.hang} s. Input: kind ${opts.kind}, seed ${opts.seed + batch}, path ${run}\n  reproduce: ${reproduce(batch, run)}`);
        stop();
        return;
      }
    }
  }, 1000);
} else {
  const { opts, shared, batches } = workerData;
  const fc = (await import('fast-check')).default;
  const { clean, InputError } = await import(join(root, 'dist/index.js'));
  const { decode, finishText } = await import(join(root, 'dist/decode/index.js'));
  const { UnboilRecord } = await import(join(root, 'dist/schema/record.js'));
  const { arbitraries, loadFixtures, makeCheck, describeInput } = await import('./fuzz-lib.mjs');

  const fixtures = loadFixtures(join(root, 'fixtures'));
  const arbs = arbitraries(fc, fixtures);
  const arb =
    opts.kind === 'all'
      ? fc.oneof(
          { weight: 3, arbitrary: arbs.unicode },
          ...(arbs.fixtures ? [{ weight: 3, arbitrary: arbs.fixtures }] : []),
          { weight: 2, arbitrary: arbs.html },
          { weight: 2, arbitrary: arbs.bytes },
        )
      : arbs[opts.kind];
  if (!arb) {
    parentPort.postMessage({ type: 'log', text: `fuzz: no inputs of kind ${opts.kind} (no fixtures?)` });
    process.exit(1);
  }
  const validate = (r) => {
    const v = UnboilRecord.safeParse(r);
    if (!v.success) throw new Error(`record does not match the schema: ${v.error.message.slice(0, 500)}`);
  };
  const { splitDateline } = await import(join(root, 'dist/parse/dateline.js'));
  const check = makeCheck({ clean, decode, finishText, InputError, validate, splitDateline }, { capMs: opts.cap });
  const message = (e) => String(e && e.message ? e.message : e);

  /** Replays one input (fast-check runs seed + path, then shrinks it), within a time budget. */
  const shrink = (seed, path) => {
    const start = Date.now();
    const prop = fc.property(arb, (input) => {
      Atomics.add(shared, SLOT.CALLS, 1);
      if (Date.now() - start > 60_000) return true; // budget spent: keep the smallest so far
      check(input);
    });
    const d = fc.check(prop, { seed, path: String(path) });
    if (!d.failed) return null;
    return { path: d.counterexamplePath, input: describeInput(d.counterexample[0]), error: message(d.errorInstance) };
  };

  if (opts.path !== null) {
    // Replay one input (and shrink it further, as fast-check does).
    Atomics.store(shared, SLOT.CHUNK, 0);
    const r = shrink(opts.seed, opts.path);
    if (r) parentPort.postMessage({ type: 'failure', batch: 0, path: r.path, message: r.error, input: r.input });
  } else {
    for (const b of batches) {
      const seed = opts.seed + b;
      Atomics.store(shared, SLOT.CHUNK, b);
      const numRuns = Math.min(opts.chunk, opts.runs - b * opts.chunk);
      // The values fast-check would run for this seed, in order: value i is `--seed seed --path i`.
      const inputs = fc.sample(arb, { seed, numRuns });
      let slowest = 0;
      for (let i = 0; i < inputs.length; i++) {
        Atomics.store(shared, SLOT.RUN, i);
        try {
          slowest = Math.max(slowest, check(inputs[i]));
        } catch (e) {
          parentPort.postMessage({ type: 'failure', batch: b, path: i, message: message(e), input: describeInput(inputs[i]) });
        } finally {
          Atomics.add(shared, SLOT.CALLS, 1);
        }
      }
      parentPort.postMessage({ type: 'batch', batch: b, inputs: inputs.length, slowest });
    }
  }
  parentPort.on('message', (m) => {
    if (m.type === 'shrink') {
      Atomics.store(shared, SLOT.DONE, 0);
      Atomics.store(shared, SLOT.CHUNK, m.batch);
      Atomics.store(shared, SLOT.RUN, m.path);
      const result = shrink(opts.seed + m.batch, m.path);
      Atomics.store(shared, SLOT.DONE, 1);
      parentPort.postMessage({ type: 'shrunk', id: m.id, result });
    } else if (m.type === 'exit') parentPort.close();
  });
  Atomics.store(shared, SLOT.DONE, 1);
  parentPort.postMessage({ type: 'done', fixtures: fixtures.text.length + fixtures.html.length });
}
