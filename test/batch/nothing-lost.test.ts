/**
 * Issue 6 items 5 and 6: every input yields a record or an error record, the
 * summary adds up, every error names its input, no stack traces.
 *
 * The tests run as root, and chmod 000 does not stop root from reading or
 * listing, so unreadable inputs are made in ways root cannot get around: a
 * dangling symlink, a FIFO left out of a walk, a path component that is a file,
 * and (for "cannot list this folder" and "deleted / truncated during the run")
 * the UNBOIL_FAULTS injector, which makes the real fs call fail with EACCES or
 * really deletes / truncates the file just before unboil reads it.
 */
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { capture, lines, summary, tmp, unboil, write } from '../cli/helpers.js';

function corpus(n = 6): string {
  const dir = tmp();
  for (let i = 0; i < n; i++) write(join(dir, `d${i % 2}/p${i}.txt`), capture(i));
  return dir;
}

function leftovers(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/unboil-tmp/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every input accounted for: stdout lines = inputs = records + errors. */
function accounted(r: { stdout: string; stderr: string }, inputs: number) {
  const s = summary(r.stderr)!;
  expect(s.inputs).toBe(inputs);
  expect(s.records + s.errors).toBe(s.inputs);
  expect(lines(r.stdout)).toHaveLength(inputs);
  expect(r.stderr).not.toMatch(/\n\s+at .*\(/);
  return s;
}

describe('every input yields a record or an error record', () => {
  test('a dangling symlink (unreadable even for root): error record naming it', () => {
    const dir = corpus();
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'd0/link.txt'));
    const r = unboil([dir]);
    expect(r.code).toBe(1);
    const s = accounted(r, 7);
    expect(s.errors).toBe(1);
    const err = lines(r.stdout).find((x) => x.error);
    expect(err.path).toBe(join(dir, 'd0/link.txt'));
    expect(err.error).toMatch(/broken symbolic link/);
    expect(r.stderr).toContain(join(dir, 'd0/link.txt'));
  });

  test('a file that cannot be read (injected EACCES): error record; the rest go on', () => {
    const dir = corpus();
    const victim = join(dir, 'd1/p3.txt');
    const r = unboil([dir], { env: { UNBOIL_FAULTS: JSON.stringify({ read: [victim] }) } });
    expect(r.code).toBe(1);
    accounted(r, 6);
    const recs = lines(r.stdout);
    const i = recs.findIndex((x) => x.error);
    expect(recs[i]).toMatchObject({ id: 'd1/p3.txt', path: victim, code: 'read-failed' });
    expect(recs[i].error).toMatch(/permission denied/);
    // In place: the order of the other records is unchanged.
    expect(recs.filter((x) => !x.error).map((x) => relative(dir, x.input.path))).toEqual(['d0/p0.txt', 'd0/p2.txt', 'd0/p4.txt', 'd1/p1.txt', 'd1/p5.txt']);
  });

  test('a folder that cannot be listed (injected EACCES): error record naming the folder', () => {
    const dir = corpus();
    const r = unboil([dir], { env: { UNBOIL_FAULTS: JSON.stringify({ readdir: [join(dir, 'd1')] }) } });
    expect(r.code).toBe(1);
    accounted(r, 4);
    const err = lines(r.stdout).find((x) => x.error);
    expect(err.path).toBe(join(dir, 'd1'));
    expect(err.error).toMatch(/cannot list folder/);
  });

  test('a file deleted after it was listed: error record saying so', () => {
    const dir = corpus();
    const victim = join(dir, 'd0/p2.txt');
    const r = unboil([dir], { env: { UNBOIL_FAULTS: JSON.stringify({ vanish: [victim] }) } });
    expect(r.code).toBe(1);
    accounted(r, 6);
    const err = lines(r.stdout).find((x) => x.error);
    expect(err.path).toBe(victim);
    expect(err.error).toMatch(/deleted during the run/);
    expect(existsSync(victim)).toBe(false);
  });

  test('a file truncated after it was listed: a record of what was read, with a warning', () => {
    const dir = corpus();
    const victim = join(dir, 'd0/p4.txt');
    const r = unboil([dir], { env: { UNBOIL_FAULTS: JSON.stringify({ truncate: { [victim]: 200 } }) } });
    expect(r.code).toBe(0);
    accounted(r, 6);
    const rec = lines(r.stdout).find((x) => x.input.path === victim);
    expect(rec.input.bytes).toBe(200);
    expect(rec.warnings.join(' ')).toMatch(/changed size/);
  });

  test('a FIFO inside a folder is skipped with a warning, never waited on', () => {
    const dir = corpus(2);
    execFileSync('mkfifo', [join(dir, 'd0/pipe.txt')]);
    const r = unboil([dir]);
    expect(r.code).toBe(0);
    accounted(r, 2);
    expect(r.stderr).toMatch(/pipe\.txt: not a regular file/);
  });

  test('an unreadable JSON Lines file among others: one error record for it', () => {
    const dir = tmp();
    const good = write(join(dir, 'a.jsonl'), [1, 2].map((i) => JSON.stringify({ id: i, text: capture(i) })).join('\n'));
    const bad = write(join(dir, 'b.jsonl'), JSON.stringify({ id: 3, text: 'x' }));
    const r = unboil([good, bad], { env: { UNBOIL_FAULTS: JSON.stringify({ read: [bad] }) } });
    expect(r.code).toBe(1);
    accounted(r, 3);
    expect(lines(r.stdout)[2]).toMatchObject({ path: bad, code: 'read-failed' });
  });

  test('--out: an output that cannot be written is an error record with its path; no temp file left', () => {
    const dir = corpus();
    const out = join(tmp(), 'out');
    // A folder where the output file must go (rename fails), and a file where a folder must go.
    mkdirSync(join(out, 'd0/p2.txt.json'), { recursive: true });
    write(join(out, 'd1'), 'I am a file, not a folder');
    const r = unboil(['--out', out, dir]);
    expect(r.code).toBe(1);
    const s = summary(r.stderr)!;
    expect(s).toEqual({ inputs: 6, records: 2, errors: 4 });
    const errs = lines(r.stdout);
    expect(errs).toHaveLength(4);
    expect(errs.every((x) => x.code === 'write-failed')).toBe(true);
    expect(errs[0].error).toContain(join(out, 'd0/p2.txt.json'));
    expect(errs[1].error).toContain(join(out, 'd1/p1.txt.json'));
    expect(r.stderr).toContain(join(out, 'd0/p2.txt.json'));
    expect(leftovers(out)).toEqual([]);
    expect(existsSync(join(out, 'd0/p0.txt.json'))).toBe(true);
  });

  test('--out: a JSON Lines output that cannot be written counts its records as errors; no temp file left', () => {
    const dir = tmp();
    const f = write(join(dir, 'in/pages.jsonl'), [1, 2, 3].map((i) => JSON.stringify({ id: i, text: capture(i) })).join('\n') + '\n');
    const out = join(tmp(), 'out');
    mkdirSync(join(out, 'pages.jsonl'), { recursive: true }); // a folder where the output file must go
    const r = unboil(['--out', out, join(dir, 'in')]);
    expect(r.code).toBe(1);
    expect(summary(r.stderr)).toEqual({ inputs: 3, records: 0, errors: 3 });
    const errs = lines(r.stdout);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ path: f, code: 'write-failed' });
    expect(errs[0].error).toContain(join(out, 'pages.jsonl'));
    expect(errs[0].error).toMatch(/3 records not saved/);
    expect(leftovers(out)).toEqual([]);
  });
});
