/**
 * Start-up (issue 14): bin/unboil.js runs the bundled CLI (dist/unboil.cjs) through V8's code
 * cache. The bundle must behave as the unbundled modules do, and the cache must be taken on
 * the second run (a rejected cache is rewritten every run and saves nothing).
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, unboil as runCli } from './helpers.js';

const SEED = join(ROOT, 'fixtures', 'text', 'wire-seed-shaped-en.txt');
const HTML = join(ROOT, 'fixtures', 'html', 'wire-en.html');

/** The CLI from the unbundled ES modules (dist/cli/main.js), as before the bundle. */
function unbundled(args: string[]): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { main } from ${JSON.stringify(join(ROOT, 'dist/cli/main.js'))}; process.exitCode = await main(process.argv.slice(1));`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout };
}

describe('bundled start-up', () => {
  test('the bundle gives the same records as the unbundled modules (text, HTML, schema)', () => {
    for (const args of [[SEED], [HTML], ['schema'], ['rules']]) {
      const a = runCli(args);
      const b = unbundled(args);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
    }
  }, 120_000); // eight processes: on a loaded machine the default 30 s is not enough

  test('the code cache is written once, then taken (not rewritten) by the next run', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'unboil-cc-'));
    const env = { TMPDIR: tmp };
    const first = runCli([SEED], { env });
    expect(first.code).toBe(0);
    const [dir] = readdirSync(tmp).filter((d) => d.startsWith('unboil-compile-cache-'));
    expect(dir).toBeDefined();
    const files = readdirSync(join(tmp, dir!));
    expect(files).toHaveLength(1);
    const written = statSync(join(tmp, dir!, files[0]!)).mtimeMs;
    const second = runCli([SEED], { env });
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(join(tmp, dir!))).toEqual(files);
    expect(statSync(join(tmp, dir!, files[0]!)).mtimeMs).toBe(written);
  });

  test('UNBOIL_NO_COMPILE_CACHE=1 writes no cache and gives the same record', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'unboil-cc-'));
    const r = runCli([SEED], { env: { TMPDIR: tmp, UNBOIL_NO_COMPILE_CACHE: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(runCli([SEED]).stdout);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
