/** sweepTempFiles: temporary outputs of a run that is gone are swept, those of a live run are kept. */
import { expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sweepTempFiles } from '../../src/io/atomic.js';

const linux = existsSync('/proc/self/stat');

test('a live writer keeps its temporary file; a dead one loses it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unboil-sweep-'));
  const mine = join(dir, `.a.json.unboil-tmp-${process.pid}-0`);
  const gone = join(dir, '.b.json.unboil-tmp-2147483646-0'); // above any pid_max
  writeFileSync(mine, '{');
  writeFileSync(gone, '{');
  expect(sweepTempFiles(dir)).toBe(1);
  expect(existsSync(mine)).toBe(true);
  expect(existsSync(gone)).toBe(false);
});

// A killed run whose parent never reaps it stays a zombie: kill(pid, 0) still succeeds,
// but it writes nothing more, so --resume must sweep what it left.
test.runIf(linux)('a zombie writer counts as gone', async () => {
  // The shell starts `sleep 0` in the background, prints its pid, then becomes `sleep 5`,
  // which never reaps it: the background child stays a zombie until the shell-turned-sleep ends.
  const sh = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const pid = await new Promise<number>((res) => sh.stdout!.once('data', (d) => res(Number(String(d).trim()))));
    const isZombie = () => {
      try {
        const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return s.slice(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3) === 'Z';
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 200 && !isZombie(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(isZombie()).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'unboil-sweep-'));
    const left = join(dir, `.c.json.unboil-tmp-${pid}-3`);
    writeFileSync(left, '{');
    expect(sweepTempFiles(dir)).toBe(1);
    expect(existsSync(left)).toBe(false);
  } finally {
    sh.kill('SIGKILL');
  }
});
