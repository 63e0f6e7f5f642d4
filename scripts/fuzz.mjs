#!/usr/bin/env node
/**
 * npm run fuzz -- [--runs N] [--seed S] [--kind all|unicode|fixtures|html|bytes]
 *                 [--batch B] [--cap MS] [--hang SEC] [--path P] [--log FILE]
 *
 * Feeds random bytes, random Unicode strings, mutated fixture captures and
 * mutated / generated HTML to the built `clean` (dist/: run `npm run build`
 * first) and checks the properties in scripts/fuzz-lib.mjs: no throw, no hang,
 * deterministic, idempotent on its own body, every line accounted for, body
 * well formed, and each call under --cap ms (default 2000).
 *
 * The runs are split into batches of --batch inputs (default 1,000); batch b
 * is fast-check's sample for seed S + b, and input i of it is exactly what
 * `fc.check` runs at path i for that seed. A failing input does not stop the
 * run: failures are grouped by kind (the error's first line), the first of
 * each kind is shrunk by fast-check, and each is reproduced on its own with
 * the command the report prints:
 *   npm run fuzz -- --kind K --seed <S+b> --path <i>
 * (--path replays that input, then shrinks it).
 *
 * Hangs: the fuzzing runs in a worker thread; the main thread watches a shared
 * progress counter and, when no input finishes within --hang seconds (default
 * 60), reports the seed and path of the input being run and stops the worker.
 *
 * Exit code: 0 when every input passed, 1 when any failed or hung.
 */
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { appendFileSync, existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = { runs: 10_000, seed: null, kind: 'all', chunk: 1000, cap: 2000, hang: 60, path: null, log: null };
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
      process.stdout.write(`usage: npm run fuzz -- [--runs N] [--seed S] [--kind all|unicode|fixtures|html|bytes] [--batch B] [--cap MS] [--hang SEC] [--path P] [--log FILE]\n`);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (!['all', 'unicode', 'fixtures', 'html', 'bytes'].includes(o.kind)) throw new Error(`--kind must be all, unicode, fixtures, html or bytes`);
  if (o.seed === null) o.seed = (Date.now() % 2_000_000_000) | 0;
  if (o.path !== null) o.runs = 1;
  return o;
}

// Shared progress slots: [batch, input within batch, calls finished, done flag].
const SLOT = { CHUNK: 0, RUN: 1, CALLS: 2, DONE: 3 };

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
  const shared = new Int32Array(new SharedArrayBuffer(16));
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { opts, shared } });
  const started = Date.now();
  let failures = 0;
  let lastCalls = -1;
  let lastChange = Date.now();
  let finished = false;
  log(`fuzz: ${opts.runs} inputs, kind ${opts.kind}, seed ${opts.seed}, batches of ${opts.chunk} (batch b uses seed ${opts.seed} + b), cap ${opts.cap} ms, hang ${opts.hang} s`);
  worker.on('message', (m) => {
    if (m.type === 'log') log(m.text);
    else if (m.type === 'failure') {
      failures++;
      log(m.text);
    } else if (m.type === 'done') {
      finished = true;
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      failures += m.failed;
      log(`fuzz: done: ${m.runs} inputs in ${secs} s (seed ${opts.seed}, kind ${opts.kind}, ${m.fixtures} fixture captures), slowest call ${m.slowest.toFixed(1)} ms; ${m.failed === 0 ? 'no failures' : `${m.failed} failed inputs in ${m.groups} kind(s) of failure`}`);
      log(`${m.runs - m.failed} passed, ${m.failed} failed`);
    }
  });
  worker.on('error', (e) => {
    failures++;
    log(`fuzz: worker crashed: ${e && e.stack ? e.stack : e}`);
  });
  const timer = setInterval(() => {
    const calls = Atomics.load(shared, SLOT.CALLS);
    if (calls !== lastCalls) {
      lastCalls = calls;
      lastChange = Date.now();
      return;
    }
    if (Atomics.load(shared, SLOT.DONE) === 0 && Date.now() - lastChange > opts.hang * 1000) {
      const chunk = Atomics.load(shared, SLOT.CHUNK);
      const run = Atomics.load(shared, SLOT.RUN);
      failures++;
      log(`HANG: no input finished for ${opts.hang} s. Input: kind ${opts.kind}, seed ${opts.seed + chunk}, path ${run}\n  reproduce: npm run fuzz -- --kind ${opts.kind} --seed ${opts.seed + chunk} --path ${run}`);
      clearInterval(timer);
      worker.terminate().then(() => process.exit(1));
    }
  }, 1000);
  worker.on('exit', () => {
    clearInterval(timer);
    if (!finished && failures === 0) {
      log('fuzz: worker stopped before finishing');
      failures++;
    }
    process.exitCode = failures === 0 ? 0 : 1;
  });
} else {
  const { opts, shared } = workerData;
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
  const check = makeCheck({ clean, decode, finishText, InputError, validate }, { capMs: opts.cap });

  let slowest = 0;
  let done = 0;
  let failed = 0;
  /** Failures grouped by kind of failure: signature -> { count, first: {seed, path}, shrunk }. */
  const groups = new Map();
  const signature = (e) =>
    String(e && e.message ? e.message : e)
      .split('\n')[0]
      .replace(/:? …?".*$/, '') // drop quoted excerpts of the input
      .replace(/\d+/g, 'N')
      .slice(0, 100);
  /** Shrinks one failing input (fast-check replays seed + path, then shrinks), within a time budget. */
  const shrink = (seed, path) => {
    let start = Date.now();
    const prop = fc.property(arb, (input) => {
      Atomics.add(shared, SLOT.CALLS, 1);
      if (Date.now() - start > 60_000) return true; // budget spent: keep the smallest so far
      check(input);
    });
    const d = fc.check(prop, { seed, path: String(path) });
    if (!d.failed) return null;
    return { path: d.counterexamplePath, input: describeInput(d.counterexample[0]), error: d.errorInstance };
  };
  const batches = opts.path !== null ? 1 : Math.ceil(opts.runs / opts.chunk);
  const t0 = Date.now();
  for (let c = 0; c < batches; c++) {
    const seed = opts.seed + c;
    Atomics.store(shared, SLOT.CHUNK, c);
    if (opts.path !== null) {
      // Replay one input (and shrink it further, as fast-check does).
      const r = shrink(seed, opts.path);
      done = 1;
      if (r) {
        failed++;
        parentPort.postMessage({ type: 'failure', text: `FAIL (seed ${seed}, path ${r.path}): ${r.error && r.error.message ? r.error.message : r.error}\n  input: ${r.input}` });
      } else parentPort.postMessage({ type: 'log', text: `seed ${seed} path ${opts.path}: passes` });
      break;
    }
    const numRuns = Math.min(opts.chunk, opts.runs - c * opts.chunk);
    // The values fast-check would run for this seed, in order: value i is `--seed seed --path i`.
    const inputs = fc.sample(arb, { seed, numRuns });
    for (let i = 0; i < inputs.length; i++) {
      Atomics.store(shared, SLOT.RUN, i);
      try {
        slowest = Math.max(slowest, check(inputs[i]));
      } catch (e) {
        failed++;
        const sig = signature(e);
        const g = groups.get(sig);
        if (g) g.count++;
        else {
          groups.set(sig, { count: 1, seed, path: i });
          if (groups.size > 50) continue; // enough detail: count the rest
          const r = groups.size <= 20 ? shrink(seed, i) : null;
          parentPort.postMessage({
            type: 'failure',
            text: `FAIL #${groups.size} (kind ${opts.kind}, seed ${seed}, path ${i}): ${e && e.message ? e.message : e}\n  input: ${describeInput(inputs[i])}` +
              (r ? `\n  shrunk (path ${r.path}): ${r.input}\n  shrunk error: ${String(r.error && r.error.message ? r.error.message : r.error).split('\n')[0]}` : '') +
              `\n  reproduce: npm run fuzz -- --kind ${opts.kind} --seed ${seed} --path ${i}`,
          });
        }
      } finally {
        Atomics.add(shared, SLOT.CALLS, 1);
      }
    }
    done += inputs.length;
    if (batches > 1 && ((c + 1) % Math.max(1, Math.floor(batches / 50)) === 0 || c === batches - 1)) {
      const secs = (Date.now() - t0) / 1000;
      parentPort.postMessage({ type: 'log', text: `  batch ${c + 1}/${batches}: ${done} inputs, ${(done / secs).toFixed(0)} inputs/s, ${failed} failed, slowest ${slowest.toFixed(1)} ms` });
    }
  }
  for (const [sig, g] of groups) {
    parentPort.postMessage({ type: 'log', text: `  ${g.count} x ${sig}  (first: --seed ${g.seed} --path ${g.path})` });
  }
  Atomics.store(shared, SLOT.DONE, 1);
  parentPort.postMessage({ type: 'done', runs: done, failed, groups: groups.size, slowest, fixtures: fixtures.text.length + fixtures.html.length });
}
