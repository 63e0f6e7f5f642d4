/**
 * Keeps a long batch run's memory flat. V8 lets garbage pile up in an isolate until its old
 * generation (or its external memory: the byte buffers that carry lines and records between
 * threads) reaches a limit that grows with the heap; with one isolate per worker that slack,
 * not live data, is most of a pool's resident size. A full collection once the heap has
 * grown a fixed slack past what the last one left alive keeps it flat, and never collects
 * over and over when the live data itself is large (a big capture): the mark moves with it.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
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

/**
 * This isolate's heap in use plus its external memory (byte buffers included). Read from V8's heap
 * statistics, not process.memoryUsage(): that also reads the process's resident size from /proc on
 * every call (about 8x the cost, 1% of an HTML run's CPU in h14i's profile), which nothing here uses.
 */
function heldBytes(): number {
  const h = getHeapStatistics();
  return h.used_heap_size + h.external_memory;
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
