/** Issue 5 item 6: kill -9 mid-run, then --resume, gives exactly the files of an uninterrupted run. */
import { expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { capture, summary, tmp, unboil, unboilAsync, write } from '../cli/helpers.js';

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function countJson(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    let es;
    try { es = readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of es) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.json')) n++;
    }
  };
  walk(dir);
  return n;
}

test('SIGKILL mid-run leaves no half-written output, and --resume completes it exactly', async () => {
  const N = 3000;
  const src = tmp();
  for (let i = 0; i < N; i++) write(join(src, `s${i % 10}/p${String(i).padStart(4, '0')}.txt`), capture(i, (['en', 'es', 'de'] as const)[i % 3]));
  const ref = join(tmp(), 'ref');
  const full = unboil(['--out', ref, '-q', '-j', '1', src]);
  expect(full.code).toBe(0);
  expect(countJson(ref)).toBe(N);

  const out = join(tmp(), 'out');
  const child = unboilAsync(['--out', out, '-q', '-j', '2', src]);
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  // Kill as soon as part of the outputs exist.
  for (;;) {
    await new Promise((r) => setTimeout(r, 15));
    if (countJson(out) >= 100) break;
  }
  // The run and, where a parallel batch run started itself again (bin/unboil.js), the child that
  // does the work: killed together, as the OOM killer or a process group's kill would.
  const kids = (() => {
    try {
      return readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  for (const pid of kids) process.kill(pid, 'SIGKILL');
  child.kill('SIGKILL');
  await exited;
  for (const pid of kids) while (existsSync(`/proc/${pid}/stat`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) await new Promise((r) => setTimeout(r, 15));
  const partial = files(out);
  const done = [...partial.keys()].filter((k) => k.endsWith('.json') && !k.includes('unboil-tmp'));
  expect(done.length).toBeGreaterThan(0);
  expect(done.length).toBeLessThan(N); // really interrupted mid-way
  // Every published file is whole: it parses and equals the reference.
  for (const k of done) expect(partial.get(k)).toBe(readFileSync(join(ref, k), 'utf8'));

  const r = unboil(['--out', out, '--resume', '-j', '2', src]);
  expect(r.code).toBe(0);
  const s = summary(r.stderr)!;
  expect(s.inputs).toBe(N - done.length);
  expect(r.stderr).toMatch(new RegExp(`${done.length} inputs skipped`));
  const after = files(out);
  const want = files(ref);
  expect([...after.keys()].sort()).toEqual([...want.keys()].sort()); // no temp files, nothing missing
  for (const [k, v] of want) expect(after.get(k)).toBe(v);
}, 300_000);
