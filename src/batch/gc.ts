/**
 * Keeps a long batch run's memory flat. V8 lets garbage pile up in an isolate until its old
 * generation (or its external memory: the byte buffers that carry lines and records between
 * threads) reaches a limit that grows with the heap; with one isolate per worker that slack,
 * not live data, is most of a pool's resident size. A full collection once the heap has
 * grown a fixed slack past what the last one left alive keeps it flat, and never collects
 * over and over when the live data itself is large (a big capture): the mark moves with it.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8's gc(), made on the first collection a run needs: a run that never grows its heap past the
 * slack (a lone `unboil page.txt`) never pays for the new V8 context it takes (issue 14, cold start).
 */
let gcFn: (() => void) | undefined | null = null;
function gc(): (() => void) | undefined {
  if (gcFn !== null) return gcFn;
  setFlagsFromString('--expose-gc');
  gcFn = runInNewContext('gc') as (() => void) | undefined;
  // The flag is needed only while the context above is made; the function stays callable. Set back,
  // V8's flag hash is what it was at start, so the code cache that bin/unboil.js writes at the end of
  // a run matches the next process (a changed flag hash made V8 reject it every time).
  setFlagsFromString('--no-expose-gc');
  return gcFn;
}

/** This isolate's heap in use plus its external memory (byte buffers included). */
function heldBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** Returns a check to call between chunks of work: it collects when the heap has grown `slack` bytes past the last collection. */
export function heapKeeper(slack: number): () => void {
  let mark = 1.5 * slack;
  return () => {
    if (heldBytes() <= mark) return;
    const collect = gc();
    if (!collect) return;
    collect();
    mark = Math.max(1.5 * slack, heldBytes() + slack);
  };
}

/**
 * The young generation (new space: two semi-spaces) a batch run's cleaning threads grow to at
 * most (issue 14, memory). V8 grows a thread's new space, by doubling, up to 32 MB while it
 * allocates fast, and each cleaning thread (the main thread and every worker, with the default
 * --jobs) then holds all of it resident. Capped at 16 MB, a -j 1 run over the dev set's text
 * captures held 14 MB less at no measurable CPU cost; 8 MB held more, not less (more is promoted,
 * and the old generation grows), at more CPU.
 */
export const NURSERY_BYTES = 16 * 1024 * 1024;

/**
 * A gate shared by a run's cleaning threads: [threads that reached NURSERY_BYTES, threads].
 * A worker's maximum is set when it is made (resourceLimits, pool.ts), but the main thread's heap
 * was made before any line of unboil ran. V8 reads its growth factor each time it grows a new
 * space, and the flag is process-wide: a factor of 1 holds every new space where it is. It is set
 * once every cleaning thread has reached the cap, so that none is held smaller (a worker held at
 * 8 MB spent more CPU). releaseNursery() sets it back at the end of the run (bin/unboil.js then
 * writes V8's code cache, which must be written under the flags the process started with).
 */
export function nurseryGate(threads: number): Int32Array {
  const gate = new Int32Array(new SharedArrayBuffer(8));
  gate[1] = threads;
  return gate;
}

/** This thread has counted itself in (module state: one per thread). */
let nurseryReached = false;
let nurseryHeld = false;

/** Called after each task by the thread that cleans it: counts the thread in once its new space is full grown, and holds growth when all are. */
export function nurseryTick(gate: Int32Array): void {
  if (nurseryHeld) return;
  if (!nurseryReached) {
    for (const s of getHeapSpaceStatistics()) {
      if (s.space_name !== 'new_space') continue;
      if (s.space_size >= NURSERY_BYTES) {
        nurseryReached = true;
        Atomics.add(gate, 0, 1);
      }
      break;
    }
  }
  if (Atomics.load(gate, 0) >= gate[1]!) {
    setFlagsFromString('--semi-space-growth-factor=1');
    nurseryHeld = true;
  }
}

/** After a run: lets new spaces grow again, as V8 does by default (see nurseryGate). */
export function releaseNursery(gate: Int32Array): void {
  if (Atomics.load(gate, 0) >= gate[1]!) setFlagsFromString('--semi-space-growth-factor=2');
}
