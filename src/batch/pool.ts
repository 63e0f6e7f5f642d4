/**
 * Runs chunks of tasks: inline on the main thread (--jobs 1) or on a fixed pool
 * of worker threads. A chunk always resolves, one result per task, in task
 * order; a worker that dies turns its chunks into error records and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { errorRecord } from './records.js';
import type { ProcessConfig, Result, Task } from './types.js';

export interface Runner {
  run(tasks: Task[]): Promise<Result[]>;
  close(): Promise<void>;
}

/** --jobs 1: the main thread cleans. The core is imported here, not at start-up, so a pool's main thread never loads it. */
export async function inlineRunner(cfg: ProcessConfig): Promise<Runner> {
  const { processTask } = await import('./process.js');
  return {
    async run(tasks) {
      return tasks.map((t) => processTask(t, cfg));
    },
    async close() {},
  };
}

/** The error result for a task that never got processed. */
export function lostResult(t: Task, message: string): Result {
  switch (t.kind) {
    case 'capture': {
      const error = `${t.warc ? `${t.path ?? 'stdin'}: WARC record ${t.warc.recordId}` : (t.path ?? 'stdin')}: ${message}`;
      return { ok: false, bytes: t.data.byteLength, error, json: errorRecord(t.warc ? t.warc.recordId : t.id, null, t.path, 'internal', error) };
    }
    case 'jsonl': {
      const error = `${t.path ?? 'stdin'}: line ${t.lineNo}: ${message}`;
      return { ok: false, bytes: t.bytes, error, json: errorRecord(null, t.lineNo, t.path, 'internal', error) };
    }
    case 'failed':
      return { ok: false, bytes: 0, error: t.error, json: errorRecord(t.id, t.line, t.path, t.code, t.error) };
    case 'end':
      return { ok: true, bytes: 0, json: '' };
  }
}

const WORKER_YOUNG_GEN_MB = Number(process.env.UNBOIL_WORKER_YOUNG_MB) || 8;

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
    // A small young generation: each worker is its own V8 isolate, and the default (up to 48 MB
    // of nursery per isolate) is what keeps the resident size of a pool high, not live data.
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
