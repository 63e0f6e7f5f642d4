/** Worker thread: processes the chunks the pool posts, one result per task. */
import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './process.js';
import type { ProcessConfig, Task } from './types.js';

const cfg = workerData as ProcessConfig;
parentPort!.on('message', (m: { id: number; tasks: Task[] }) => {
  parentPort!.postMessage({ id: m.id, results: m.tasks.map((t) => processTask(t, cfg)) });
});
