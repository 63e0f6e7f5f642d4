/** Issue 5 item 4: --jobs N is the main thread and N - 1 workers; results keep task order whoever cleans a chunk. */
import { expect, test } from 'vitest';
import { capture } from '../cli/helpers.js';
// The runner starts worker threads from dist/ (built by `npm test` before vitest runs).
import { SharedRunner, inlineRunner } from '../../dist/batch/pool.js';

const cfg = { textField: 'text', htmlField: 'html', idField: 'id', urlField: 'url', maxBytes: 50 * 1024 * 1024, debug: false };
const utf8 = new TextEncoder();
const decode = (j: string | Uint8Array) => (typeof j === 'string' ? j : new TextDecoder().decode(j));

function chunk(c: number) {
  return Array.from({ length: 8 }, (_, k) => {
    const i = c * 8 + k;
    const line = i % 13 === 5 ? '{"id": "broken"' : JSON.stringify({ id: `r${i}`, text: capture(i) });
    const data = utf8.encode(line);
    return { kind: 'jsonl' as const, data, bytes: data.byteLength, lineNo: i + 1, path: null };
  });
}

test('with the workers started after one chunk: the first chunk is cleaned here, then chunks go to the worker until it has two queued, then here again; each result matches inline cleaning', async () => {
  const shared = await SharedRunner.create(2, cfg, 1);
  const inline = await inlineRunner(cfg);
  try {
    // Posted without waiting, as the pipeline does with its window of chunks in flight.
    const pending = Array.from({ length: 6 }, (_, c) => shared.run(chunk(c)));
    const got = await Promise.all(pending);
    // Chunk 0 was cleaned here, chunks 1 and 2 went to the worker; with two queued, the next ones were cleaned here.
    expect(shared.started()).toBe(true);
    expect(shared.inlineChunks).toBe(4);
    for (let c = 0; c < 6; c++) {
      const want = await inline.run(chunk(c));
      expect(got[c]!.map((r) => [r.ok, decode(r.json)])).toEqual(want.map((r) => [r.ok, decode(r.json)]));
      expect(got[c]!.map((r) => decode(r.json)).filter((j) => j.includes('"error"')).length).toBe(want.filter((r) => !r.ok).length);
    }
  } finally {
    await shared.close();
  }
}, 60_000);

test('a run of one chunk is cleaned on the main thread and starts no worker thread', async () => {
  const shared = await SharedRunner.create(2, cfg);
  const inline = await inlineRunner(cfg);
  try {
    const got = await shared.run(chunk(0));
    expect(shared.started()).toBe(false);
    expect(shared.inlineChunks).toBe(1);
    const want = await inline.run(chunk(0));
    expect(got.map((r) => [r.ok, decode(r.json)])).toEqual(want.map((r) => [r.ok, decode(r.json)]));
  } finally {
    await shared.close();
  }
}, 60_000);

test('by default the main thread cleans the first 8 chunks alone, and the worker starts with the 9th', async () => {
  const shared = await SharedRunner.create(2, cfg);
  const inline = await inlineRunner(cfg);
  try {
    const first = await Promise.all(Array.from({ length: 8 }, (_, c) => shared.run(chunk(c))));
    expect(shared.started()).toBe(false);
    expect(shared.inlineChunks).toBe(8);
    const ninth = await shared.run(chunk(8));
    expect(shared.started()).toBe(true);
    expect(shared.inlineChunks).toBe(8);
    for (const [c, got] of [...first, ninth].entries()) {
      const want = await inline.run(chunk(c));
      expect(got.map((r) => [r.ok, decode(r.json)])).toEqual(want.map((r) => [r.ok, decode(r.json)]));
    }
  } finally {
    await shared.close();
  }
}, 60_000);
