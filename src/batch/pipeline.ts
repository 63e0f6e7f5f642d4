/**
 * Ordered, bounded pipeline: tasks from a source are grouped into chunks, run
 * by a Runner (possibly out of order, in parallel), and handed to the sink
 * strictly in source order. At most `window` chunks are in flight or waiting,
 * so memory does not grow with the input.
 */
import { IDLE } from '../io/lines.js';
import type { Runner } from './pool.js';
import type { Result, Task } from './types.js';

export interface PipelineOptions {
  window: number;
  chunkTasks: number;
  chunkBytes: number;
}

/** Returns false to stop the run (e.g. --strict after an error). */
export type Sink = (tasks: Task[], results: Result[]) => Promise<boolean>;

function taskBytes(t: Task): number {
  switch (t.kind) {
    case 'capture': return t.data.byteLength;
    case 'jsonl': return t.bytes;
    default: return 16;
  }
}

/**
 * A batch run that bin/unboil.js started again (its memory settings) stops, as killed, once the
 * parent that waits for it is gone: a SIGKILL to the parent cannot be forwarded, and the run
 * must not go on writing as an orphan. Checked at each chunk, before it is cleaned or written.
 */
const reexecParent = Number(process.env.UNBOIL_REEXEC_PARENT) || 0;
function stopIfOrphaned(): void {
  if (reexecParent !== 0 && process.ppid !== reexecParent) process.kill(process.pid, 'SIGKILL');
}

export async function runPipeline(source: AsyncIterable<Task | typeof IDLE>, runner: Runner, sink: Sink, opts: PipelineOptions): Promise<boolean> {
  const inflight: { tasks: Task[]; results: Promise<Result[]>; done: boolean }[] = [];
  let chunk: Task[] = [];
  let bytes = 0;
  let go = true;

  const drainOne = async () => {
    const head = inflight.shift()!;
    const results = await head.results;
    stopIfOrphaned();
    if (go) go = await sink(head.tasks, results);
  };
  const dispatch = async () => {
    if (chunk.length === 0) return;
    stopIfOrphaned();
    const entry = { tasks: chunk, results: runner.run(chunk), done: false };
    void entry.results.then(() => { entry.done = true; });
    inflight.push(entry);
    chunk = [];
    bytes = 0;
    while (go && inflight.length >= opts.window) await drainOne();
  };

  for await (const item of source) {
    if (item === IDLE) {
      // The reader is about to wait: hand on what we have, and write what is done.
      await dispatch();
      while (go && inflight.length && inflight[0]!.done) await drainOne();
      continue;
    }
    chunk.push(item);
    bytes += taskBytes(item);
    if (chunk.length >= opts.chunkTasks || bytes >= opts.chunkBytes) await dispatch();
    if (!go) break;
  }
  if (go) await dispatch();
  while (go && inflight.length) await drainOne();
  return go;
}
