/** processTask never throws: whatever escapes a task's own error handling becomes that task's error record. */
import { expect, test } from 'vitest';
import { processTask } from '../../src/batch/process.js';
import type { ProcessConfig, Task } from '../../src/batch/types.js';

const cfg: ProcessConfig = { textField: 'text', htmlField: 'html', idField: 'id', urlField: 'url', maxBytes: 1 << 20, debug: false };

test('a task that breaks the processing code gives an internal error record, not a throw', () => {
  // no bytes where a JSON Lines task must have them: doJsonl itself throws
  const broken = { kind: 'jsonl', data: undefined, bytes: 10, lineNo: 7, path: 'in.jsonl' } as unknown as Task;
  const r = processTask(broken, cfg);
  expect(r.ok).toBe(false);
  expect(JSON.parse(r.json)).toMatchObject({ id: 7, line: 7, path: 'in.jsonl', code: 'internal' });
  expect(r.error).toMatch(/^in\.jsonl: line 7: internal error: .*please report it/);
});

test('a sound task is processed as usual', () => {
  const data = new Uint8Array(Buffer.from(JSON.stringify({ id: 'a', text: 'The council voted on Tuesday to expand the bus network across the district.' })));
  const r = processTask({ kind: 'jsonl', data, bytes: data.byteLength, lineNo: 1, path: null } as Task, cfg);
  expect(r.ok).toBe(true);
  expect(JSON.parse(r.json).source).toEqual({ id: 'a' });
});

test('a long id is shown by its start in the message, and kept whole in the error record', () => {
  const id = 'x'.repeat(5000);
  const data = new Uint8Array(Buffer.from(JSON.stringify({ id, body: 'no capture field' })));
  const r = processTask({ kind: 'jsonl', data, bytes: data.byteLength, lineNo: 2, path: null } as Task, cfg);
  expect(r.error).toMatch(/^stdin: line 2 \(id "x{199}… 5,002 characters\): no "text" or "html" field/);
  expect(JSON.parse(r.json).id).toBe(id);
});
