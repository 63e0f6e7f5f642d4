/** Issue 5 item 5: a progress bar on a terminal only; --quiet silences everything but errors. */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, capture, tmp, unboil, write } from '../cli/helpers.js';

const haveScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

function corpus(): string {
  const dir = tmp();
  for (let i = 0; i < 12; i++) write(join(dir, `p${i}.txt`), capture(i));
  return dir;
}

test.skipIf(!haveScript)('on a TTY stderr shows a progress bar with done/total, rate and ETA', () => {
  const dir = corpus();
  // util-linux `script` runs the command on a pseudo-terminal.
  const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} -j 2 ${dir} > /dev/null`, '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
  const screen = r.stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  expect(screen).toMatch(/12\/12 inputs/);
  expect(screen).toMatch(/\d+\/s/);
  expect(screen).toMatch(/ETA/);
  expect(screen).toMatch(/12 inputs: 12 records, 0 errors/);
});

test('without a TTY: no bar, the summary only; --quiet: nothing but errors', () => {
  const dir = corpus();
  const r = unboil([dir]);
  expect(r.stderr).not.toMatch(/ETA|█|░/);
  expect(r.stderr).toMatch(/12 inputs: 12 records, 0 errors/);
  expect(r.stderr).toMatch(/rules that removed most lines: [\w-]+ \d+/);
  const q = unboil(['--quiet', dir]);
  expect(q.stderr).toBe('');
  expect(q.stdout).toBe(r.stdout);
  write(join(dir, 'zz.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]));
  const e = unboil(['--quiet', dir]);
  expect(e.code).toBe(1);
  expect(e.stderr.trim().split('\n')).toHaveLength(1);
  expect(e.stderr).toContain(join(dir, 'zz.bin'));
});

test('a reader that stops early (| head -1) ends the run quietly', () => {
  const rows = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: capture(i) })).join('\n');
  const f = write(join(tmp(), 'many.jsonl'), rows);
  const r = spawnSync('sh', ['-c', `${process.execPath} ${BIN} -j 2 ${f} | head -1 >/dev/null`], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  expect(r.stderr).not.toMatch(/internal error|EPIPE|\n\s+at /);
});
