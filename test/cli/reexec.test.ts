/**
 * Memory of a batch run (issue 14): bin/unboil.js starts a parallel batch run once more as a child
 * process with MALLOC_ARENA_MAX=2 and --max-semi-space-size=4, and ends as the child ends. The
 * output, messages and exit codes must be those of a run without it (UNBOIL_NO_REEXEC=1); a lone
 * capture and a --jobs 1 run are never started again.
 */
import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, capture, tmp, unboil, write } from './helpers.js';

const linux = existsSync('/proc/self/task');
const NO = { UNBOIL_NO_REEXEC: '1' };

/** stderr without the run's timings (the summary's "in 1.2 s (3 inputs/s)"). */
const untimed = (s: string): string => s.replace(/ in [\d.]+ s \([^)]*\)/g, ' in T');

function jsonl(n: number, bad = false): string {
  const rows = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, text: capture(i) }));
  if (bad) rows.splice(1, 0, '{"id": "broken", "text": ');
  return rows.join('\n') + '\n';
}

/** The CLI's process ids: [the one spawned, its children], read while it waits on an open stdin. */
async function tree(args: string[], env: Record<string, string> = {}, expectChild = true) {
  const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const kids = (): number[] => {
    try {
      return readFileSync(`/proc/${p.pid}/task/${p.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  // The run waits for its input meanwhile: up to 10 s for a child to start (a loaded machine), or
  // 3 s of looking for one that should not come (the decision is made in the first few ms of CPU).
  for (let i = 0; i < (expectChild ? 200 : 60) && (!expectChild || kids().length === 0); i++) {
    if (!expectChild && kids().length > 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // A child seen between its fork and its exec has no command line of its own yet.
  const execd = (pid: number): boolean => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(BIN);
    } catch {
      return true;
    }
  };
  for (let i = 0; i < 100 && !kids().every(execd); i++) await new Promise((r) => setTimeout(r, 50));
  const children = kids().map((pid) => ({
    pid,
    argv: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'),
    env: readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0'),
  }));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) => {
    let stdout = '';
    p.stdout.on('data', (c) => (stdout += c));
    p.on('close', (code, signal) => resolve({ code, signal, stdout }));
  });
  return { p, children, ended };
}

describe('a parallel batch run starts once more with the batch memory settings', () => {
  test('JSON Lines on stdin: same records, messages and exit code as without it (a malformed line: exit 1)', () => {
    const input = jsonl(5, true);
    const a = unboil(['--from', 'jsonl', '--jobs', '2'], { input });
    const b = unboil(['--from', 'jsonl', '--jobs', '2'], { input, env: NO });
    expect(a.code).toBe(1);
    expect(b.code).toBe(1);
    expect(a.stdout).toBe(b.stdout);
    expect(untimed(a.stderr)).toBe(untimed(b.stderr));
    expect(a.stdout.split('\n').filter(Boolean)).toHaveLength(6);
  }, 60_000);

  test('a folder, a usage error and a missing input: same output and exit codes as without it', () => {
    const dir = tmp();
    for (let i = 0; i < 3; i++) write(join(dir, `c${i}.txt`), capture(i));
    for (const args of [[dir, '-j', '2'], [dir, '--jobs=2', '--bogus'], [join(dir, 'missing.jsonl'), '-j', '2']]) {
      const a = unboil(args);
      const b = unboil(args, { env: NO });
      expect(a.code).toBe(b.code);
      expect(a.stdout).toBe(b.stdout);
      expect(untimed(a.stderr)).toBe(untimed(b.stderr));
    }
  }, 60_000);

  test.runIf(linux)('the child runs this CLI with MALLOC_ARENA_MAX=2 and --max-semi-space-size=4, and ends the run', async () => {
    const { p, children, ended } = await tree(['--from', 'jsonl', '-j', '2', '-q']);
    expect(children).toHaveLength(1);
    const [child] = children;
    expect(child!.argv).toContain('--max-semi-space-size=4');
    expect(child!.argv).toContain(BIN);
    expect(child!.env).toContain('MALLOC_ARENA_MAX=2');
    // stdin is the child's: what the parent's writer sends is cleaned, and the parent exits with it
    p.stdin.end(jsonl(2));
    const r = await ended;
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  }, 60_000);

  test.runIf(linux)("a user's MALLOC_ARENA_MAX and semi-space size are kept", async () => {
    const { p, children, ended } = await tree(['--from', 'jsonl', '-j', '2'], { MALLOC_ARENA_MAX: '4', NODE_OPTIONS: '--max-semi-space-size=2' });
    expect(children).toHaveLength(1);
    expect(children[0]!.env).toContain('MALLOC_ARENA_MAX=4');
    expect(children[0]!.argv).not.toContain('--max-semi-space-size=4');
    p.stdin.end();
    expect((await ended).code).toBe(0);
  }, 60_000);

  test.runIf(linux)('a lone capture on stdin, a --jobs 1 batch and UNBOIL_NO_REEXEC=1 run in one process', async () => {
    for (const [args, env] of [[['-'], {}], [['--from', 'jsonl', '-j', '1'], {}], [['--from', 'jsonl', '-j', '2'], NO]] as const) {
      const { p, children, ended } = await tree([...args], env, false);
      expect(children).toEqual([]);
      p.stdin.end();
      await ended;
    }
  }, 60_000);

  test.runIf(linux)('SIGTERM or SIGINT to the waiting parent ends the child, and the parent ends by the same signal', async () => {
    for (const sig of ['SIGTERM', 'SIGINT'] as const) {
      const { p, children, ended } = await tree(['--from', 'jsonl', '-j', '2']);
      expect(children).toHaveLength(1);
      p.kill(sig);
      const r = await ended;
      expect(r.signal).toBe(sig);
      expect(existsSync(`/proc/${children[0]!.pid}/cmdline`) && readFileSync(`/proc/${children[0]!.pid}/cmdline`, 'utf8') !== '').toBe(false);
    }
  }, 60_000);
});
