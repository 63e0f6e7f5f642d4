/** Worker thread: processes the chunks the pool posts, one result per task. */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './process.js';
import type { ProcessConfig, Task } from './types.js';

const cfg = workerData as ProcessConfig;

// V8 lets garbage pile up in each isolate until its old generation hits a growing limit; with
// one isolate per worker that slack, not live data, is most of a pool's resident size. A full
// collection when the heap passes a fixed mark keeps a long run flat (it costs a few ms, rarely).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;
const HEAP_MARK = (Number(process.env.UNBOIL_WORKER_HEAP_MB) || 40) * 1024 * 1024;

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
  if (gc && getHeapStatistics().used_heap_size > HEAP_MARK) gc();
});
