/**
 * Runs chunks of tasks: inline on the main thread (--jobs 1) or on a fixed pool
 * of worker threads. A chunk always resolves, one result per task, in task
 * order; a worker that dies turns its chunks into error records and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { lostResult } from './records.js';
import type { ProcessConfig, Result, Task } from './types.js';

export interface Runner {
  run(tasks: Task[]): Promise<Result[]>;
  close(): Promise<void>;
}

/** cfg with its rules file compiled for this thread (the compiler, and cheerio, load only when there are rules). */
export async function withSite(cfg: ProcessConfig): Promise<ProcessConfig> {
  let out = cfg;
  if (cfg.rules) {
    const { compileRules } = await import('../user-rules/compile.js');
    out = { ...out, site: compileRules(cfg.rules) };
  }
  // a site profile is parsed once per thread, and zod (which validates it) is loaded only then
  if (cfg.profile) {
    const { loadProfile } = await import('../profile/lookup.js');
    out = { ...out, siteProfile: loadProfile(cfg.profile.text, cfg.profile.name) };
  }
  return out;
}

/** --jobs 1: the main thread cleans. The core is imported here, not at start-up, so a pool's main thread never loads it. */
export async function inlineRunner(cfg: ProcessConfig): Promise<Runner> {
  const { processTask } = await import('./process.js');
  const local = await withSite(cfg);
  return {
    async run(tasks) {
      return tasks.map((t) => processTask(t, local));
    },
    async close() {},
  };
}

/**
 * A worker's young generation. Each worker is its own V8 isolate, and its nursery is most of
 * what a pool holds beyond live data; but a nursery smaller than what one chunk keeps alive
 * promotes that to the old generation, which full collections must then sweep: 8 MB cost
 * about 30% more CPU time than 32 MB on the dev set's text captures (5,000 records, -j 2).
 * 16 MB lowered the peak RSS of the default jobs by 10 to 16 MB against 32 MB, at the same CPU
 * time (6,000 records, three runs side by side: 172/185, 169, 177/187 MB; CPU 38.1/39.1,
 * 36.2, 39.2/41.5 s; over 20,000 records 172/192 MB at 96.8/97.1 CPU-s; issue 14) at load 15 to
 * 20, but on a near-idle machine it cost --jobs 2 its gain: 6,000 records, alternating, -j 2 at
 * 0.88x and 1.26x -j 1 by wall with 16 MB against 1.54x and 1.45x with 32 MB. So 32 it stays.
 */
const WORKER_YOUNG_GEN_MB = Number(process.env.UNBOIL_WORKER_YOUNG_MB) || 32;

interface Pending {
  tasks: Task[];
  resolve(r: Result[]): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class WorkerPool implements Runner {
  private slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly cfg: ProcessConfig,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // A bounded young generation (see WORKER_YOUNG_GEN_MB); the default is up to 48 MB per isolate.
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: this.cfg,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GEN_MB },
    });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (m: { id: number; results: Result[] }) => {
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      p.resolve(m.results);
    });
    const die = (why: string) => {
      if (this.closing) return;
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      for (const p of lost) p.resolve(p.tasks.map((t) => lostResult(t, `internal error: worker thread stopped (${why}); please report it with this input`)));
    };
    worker.on('error', (e) => die(e.message));
    worker.on('exit', (code) => die(`exit code ${code}`));
    return slot;
  }

  /** Chunks posted to the workers and not yet back. */
  queued(): number {
    let n = 0;
    for (const s of this.slots) n += s.pending.size;
    return n;
  }

  run(tasks: Task[]): Promise<Result[]> {
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < best.pending.size) best = s;
    const id = this.nextId++;
    return new Promise((resolve) => {
      best.pending.set(id, { tasks, resolve });
      // JSON Lines lines own their buffers (io/lines.ts): they move to the worker without a copy.
      const moved: ArrayBuffer[] = [];
      for (const t of tasks) if (t.kind === 'jsonl' && t.data.byteLength > 0) moved.push(t.data.buffer as ArrayBuffer);
      best.worker.postMessage({ id, tasks }, moved);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Chunks the main thread cleans alone before the workers start (UNBOIL_POOL_AFTER). A run's peak
 * memory is its isolates warming up at once: each compiles the core and grows its heaps while the
 * other does. Started after the main thread's first 8 chunks (up to 512 records), when its hot
 * code is compiled, the worker warms up beside a main thread in its steady state: 6,000 text
 * records, default jobs, side by side (issue 14, load 18 to 20): 156 MB at the peak against 165
 * for a start with the second chunk, at the same wall time. Runs of at most 8 chunks stay on one
 * thread, where a worker's warm-up costs about as much as what it would clean.
 */
const POOL_AFTER = Number(process.env.UNBOIL_POOL_AFTER) || 8;

/**
 * --jobs N (N > 1): N - 1 worker threads, and the main thread as the Nth. The
 * main thread only reads lines and writes records, which leaves most of a core
 * idle; a pool of N workers beside it put N + 1 threads (and N + 1 V8 heaps,
 * each compiling the core from cold) on N cores. Here a chunk goes to the
 * workers until each has two queued, and is cleaned on the main thread (while
 * the workers work) when they have. Output order is the pipeline's, whoever
 * cleans a chunk.
 *
 * The workers start after the main thread's first POOL_AFTER chunks, not before: each is a V8
 * isolate that loads, compiles and warms the core from cold, which costs about as much CPU time as
 * cleaning the first several hundred text captures (bench:speed's worker-overhead rows, issue
 * 14), and warming it beside a cold main thread raised the run's peak memory. A short run (a few
 * files, a short JSON Lines file) is cleaned on the main thread alone and never pays for that.
 */
export class SharedRunner implements Runner {
  private pool: WorkerPool | null = null;

  private constructor(
    private readonly inline: Runner,
    private readonly workers: number,
    private readonly cfg: ProcessConfig,
    private readonly poolAfter: number,
  ) {}

  /** poolAfter: chunks cleaned on the main thread before the workers start (POOL_AFTER). */
  static async create(jobs: number, cfg: ProcessConfig, poolAfter = POOL_AFTER): Promise<SharedRunner> {
    return new SharedRunner(await inlineRunner(cfg), Math.max(1, jobs - 1), cfg, Math.max(1, poolAfter));
  }

  /** Chunks cleaned on the main thread so far. */
  inlineChunks = 0;

  /** Whether the worker threads have been started. */
  started(): boolean {
    return this.pool !== null;
  }

  run(tasks: Task[]): Promise<Result[]> {
    if (this.pool === null && this.inlineChunks < this.poolAfter) {
      this.inlineChunks++;
      return this.inline.run(tasks);
    }
    this.pool ??= new WorkerPool(this.workers, this.cfg);
    if (this.pool.queued() < 2 * this.workers) return this.pool.run(tasks);
    this.inlineChunks++;
    return this.inline.run(tasks);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
