/**
 * The batch driver: inputs -> tasks -> (workers) -> records in input order, on
 * stdout as JSON Lines or under --out as files written atomically.
 */
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { AtomicWriter, ensureDirSync, sweepTempFiles, writeFileAtomic } from '../io/atomic.js';
import { describeFsError } from '../io/errors.js';
import { errorRecord } from './records.js';
import { DOC_END } from '../output/index.js';
import { inlineRunner, SharedRunner, type Runner } from './pool.js';
import { runPipeline } from './pipeline.js';
import { heapKeeper } from './gc.js';
import { makeProgress, newTally, summaryText } from './progress.js';
import { kindOf, makeTasks, type InputSpec, type SourceOptions } from './sources.js';
import type { ProcessConfig, Result, Task } from './types.js';

export interface BatchOptions extends SourceOptions, ProcessConfig {
  jobs: number;
  quiet: boolean;
  strict: boolean;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

class StdoutClosed extends Error {}

const NEWLINE = Buffer.from('\n');
/** A record (string, or UTF-8 bytes from a worker) and its newline, as byte pieces. */
function lineOf(json: string | Uint8Array): Uint8Array[] {
  return typeof json === 'string' ? [Buffer.from(json + '\n')] : [json, NEWLINE];
}

export async function runBatch(inputs: InputSpec[], opts: BatchOptions): Promise<number> {
  const t0 = Date.now();
  const tally = newTally();
  if (opts.out) {
    ensureDirSync(opts.out);
    tally.tempSwept = sweepTempFiles(opts.out);
  }
  const onlyCaptures = inputs.every((i) => i.kind === 'error' || (i.kind === 'file' && kindOf(i.path, opts.from) === 'capture'));
  const progress = makeProgress(!opts.quiet && process.stderr.isTTY === true, onlyCaptures ? inputs.length : null);

  let stdoutClosed = false;
  process.stdout.on('error', () => {
    stdoutClosed = true;
  });
  const out: Uint8Array[] = [];
  const flushStdout = async () => {
    if (!out.length) return;
    const s = Buffer.concat(out);
    out.length = 0;
    if (stdoutClosed) throw new StdoutClosed();
    if (!process.stdout.write(s)) {
      // once() rejects when 'error' fires first: a reader that went away (EPIPE, `| head`).
      await once(process.stdout, 'drain').catch(() => undefined);
      if (stdoutClosed) throw new StdoutClosed();
    }
  };

  const documents = opts.to === 'text' || opts.to === 'markdown';
  const writers = new Map<string, AtomicWriter>();
  /** Records written into each open container output, so a failed commit can be counted. */
  const okIn = new Map<string, number>();
  let failed = false;

  const fail = (message: string) => {
    tally.errors++;
    failed = true;
    progress.log(`unboil: ${message}\n`);
  };

  const handle = async (t: Task, r: Result): Promise<boolean> => {
    if (t.kind === 'end') {
      const file = t.dest!.file;
      const w = writers.get(file) ?? new AtomicWriter(file);
      writers.delete(file);
      const kept = okIn.get(file) ?? 0;
      okIn.delete(file);
      try {
        await w.commit();
      } catch (e) {
        // The container's records are lost with the file: they count as errors now.
        const error = `${t.path ?? 'stdin'}: cannot write ${file}: ${describeFsError(e)} (${kept} records not saved)`;
        tally.records -= kept;
        tally.errors += kept - 1;
        fail(error);
        out.push(...lineOf(errorRecord(t.path, null, t.path, 'write-failed', error)));
        if (opts.strict) return false;
      }
      return true;
    }
    tally.inputs++;
    tally.bytes += r.bytes;
    if (r.rules) for (const k in r.rules) tally.rules.set(k, (tally.rules.get(k) ?? 0) + r.rules[k]!);
    if (r.ok) tally.records++;
    else fail(r.error ?? 'input failed');
    const dest = t.dest;
    // text / Markdown streams hold documents, not JSON: a failed input leaves an empty document in its place (stderr named it)
    const json = !r.ok && documents && (!dest || dest.container) ? `\n${DOC_END}` : r.json;
    if (!dest) {
      out.push(...lineOf(json));
    } else if (dest.container) {
      let w = writers.get(dest.file);
      if (!w) writers.set(dest.file, (w = new AtomicWriter(dest.file)));
      for (const piece of lineOf(json)) await w.write(piece);
      if (r.ok) okIn.set(dest.file, (okIn.get(dest.file) ?? 0) + 1);
    } else if (r.ok) {
      try {
        await writeFileAtomic(dest.file, Buffer.concat(lineOf(r.json)));
      } catch (e) {
        tally.records--;
        const error = `${t.kind === 'capture' ? (t.path ?? 'stdin') : 'input'}: cannot write ${dest.file}: ${describeFsError(e)}`;
        fail(error);
        out.push(...lineOf(errorRecord(t.kind === 'capture' ? t.id : null, null, t.kind === 'capture' ? t.path : null, 'write-failed', error)));
      }
    } else {
      out.push(...lineOf(r.json));
    }
    return !(opts.strict && failed);
  };

  // Records written out are garbage at once, and so is what clean() made when this thread cleans
  // (--jobs 1, or a chunk the workers left to it): collect on a fixed slack (see gc.ts). 16 MB cost
  // --jobs 1 about 15% more CPU time than 32 MB, which holds a few more MB.
  const keepHeap = heapKeeper((Number(process.env.UNBOIL_MAIN_HEAP_MB) || 32) * 1024 * 1024);
  const sink = async (tasks: Task[], results: Result[]) => {
    let go = true;
    for (let i = 0; i < tasks.length && go; i++) go = await handle(tasks[i]!, results[i]!);
    await flushStdout();
    progress.tick(tally.inputs, tally.bytes);
    keepHeap();
    return go;
  };

  const cfg: ProcessConfig = {
    ...(opts.rules ? { rules: opts.rules } : {}),
    textField: opts.textField,
    htmlField: opts.htmlField,
    idField: opts.idField,
    urlField: opts.urlField,
    maxBytes: opts.maxBytes,
    debug: opts.debug,
    to: opts.to ?? 'json',
    links: !!opts.links,
  };
  if (opts.profile) cfg.profile = opts.profile;
  const runner: Runner = opts.jobs <= 1 ? await inlineRunner(cfg) : await SharedRunner.create(opts.jobs, cfg);
  const jobs = Math.max(1, opts.jobs);
  let completed = true;
  try {
    completed = await runPipeline(makeTasks(inputs, opts, tally), runner, sink, {
      window: jobs * 4,
      chunkTasks: 64,
      chunkBytes: 512 * 1024,
    });
  } catch (e) {
    if (!(e instanceof StdoutClosed)) throw e;
    completed = false;
  } finally {
    await runner.close();
    for (const w of writers.values()) await w.abort();
    progress.stop();
  }
  if (!opts.quiet && !stdoutClosed) process.stderr.write(summaryText(tally, Date.now() - t0));
  if (!completed && opts.strict && failed) process.stderr.write('unboil: stopped at the first error (--strict)\n');
  return failed ? 1 : 0;
}
