/** Issue 5 item 7: GNU parallel --pipe across several unboil processes = one process. */
import { expect, test } from 'vitest';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, capture, hasParallel, tmp, unboil, write } from '../cli/helpers.js';

const have = hasParallel();
if (!have) console.warn('SKIPPED: GNU parallel is not installed here (apt-get install parallel; .ci/run installs it)');

test.skipIf(!have)('parallel --pipe splitting a JSON Lines file gives output identical to one process', () => {
  const rows: string[] = [];
  for (let i = 0; i < 240; i++) rows.push(JSON.stringify({ id: `r${i}`, text: capture(i, (['en', 'es', 'de'] as const)[i % 3]), meta: { i } }));
  rows.splice(77, 0, '{"id": "bad"'); // error records must line up too
  const f = write(join(tmp(), 'in.jsonl'), rows.join('\n') + '\n');
  const one = unboil(['--from', 'jsonl', '-q', '-j', '1'], { input: rows.join('\n') + '\n' });
  expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(rows.length);
  const cmd = `parallel --will-cite --pipe -k --block 40k -j 3 node ${BIN} --from jsonl -q -j 1 < ${f}`;
  const split = execSync(`${cmd}; true`, { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
  // Several processes really ran: 40k blocks over this file.
  const size = Buffer.byteLength(rows.join('\n'));
  expect(size).toBeGreaterThan(3 * 40 * 1024);
  // Records are identical byte for byte. An error record's line number counts from the start of
  // its own process's stdin, so only that number may differ (and the id of a line that has none,
  // which is that line number).
  const norm = (s: string) => s.replace(/"line":\d+/g, '"line":N').replace(/stdin: line \d+/g, 'stdin: line N').replace(/\{"id":\d+,"line":N,/g, '{"id":N,"line":N,');
  const a = split.split('\n');
  const b = one.stdout.split('\n');
  expect(a).toHaveLength(b.length);
  expect(a.filter((l) => !l.includes('"error"'))).toEqual(b.filter((l) => !l.includes('"error"')));
  expect(norm(split)).toBe(norm(one.stdout));
  expect(a.findIndex((l) => l.includes('"error"'))).toBe(77);
}, 180_000);
