/** Worker thread: processes the chunks the pool posts, one result per task. */
import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './process.js';
import { heapKeeper } from './gc.js';
import { withSite } from './pool.js';
import type { ProcessConfig, Task } from './types.js';

const cfg = await withSite(workerData as ProcessConfig);

// A worker's heap may grow this far past its live data before a full collection (see gc.ts). With 64 MB,
// V8's own limit let a worker's heap reach 58 MB used over 15 MB live (--trace-gc, 10,000 text records):
// that excursion, not the steady state, set the run's peak RSS. 16 MB keeps it flat (h14bc).
const keepHeap = heapKeeper((Number(process.env.UNBOIL_WORKER_HEAP_MB) || 16) * 1024 * 1024);

const utf8 = new TextEncoder();

parentPort!.on('message', (m: { id: number; tasks: Task[] }) => {
  const results = m.tasks.map((t) => processTask(t, cfg));
  // Records go back as UTF-8 bytes, moved rather than copied: the main thread then only
  // writes them out, and never holds them as strings on its heap.
  const moved: ArrayBuffer[] = [];
  for (const r of results) {
    if (typeof r.json !== 'string' || r.json === '') continue;
    const bytes = utf8.encode(r.json);
    r.json = bytes;
    moved.push(bytes.buffer as ArrayBuffer);
  }
  parentPort!.postMessage({ id: m.id, results }, moved);
  keepHeap();
});
