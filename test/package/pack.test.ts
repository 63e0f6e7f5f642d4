/**
 * The package as users get it: `npm pack` of this checkout (after the build),
 * installed into an empty folder, gives a working `npx unboil FILE` and
 * `import { clean } from 'unboil'` with types. The tarball is under 1 MB and
 * holds no tests, fixtures or benchmark scripts.
 *
 * Slow (an npm install): one test file, a generous timeout. Dependencies come
 * from the npm registry (--prefer-offline uses the local cache first); if the
 * registry cannot be reached the install test is skipped and says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, tmp } from '../cli/helpers.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd: string, args: string[], cwd: string, timeout = 300_000) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

let packed: Packed;
let dest: string;

beforeAll(() => {
  dest = tmp('unboil-pack-');
  // --ignore-scripts: npm test has just built dist/; prepack's rebuild would rewrite it under the other test files' feet
  const r = run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], ROOT);
  expect(r.code, r.stderr).toBe(0);
  packed = (JSON.parse(r.stdout) as Packed[])[0]!;
}, 120_000);

describe('npm pack', () => {
  test('the tarball is under 1 MB and holds the built code, the CLI, the README and no tests, fixtures or scripts', () => {
    expect(packed.size).toBeLessThan(1024 * 1024);
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/unboil.js', 'bin/package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/batch/worker.js']));
    const stray = paths.filter((p) => /^(test|fixtures|scripts|src)\//.test(p) || /\.test\.|\.tsbuildinfo$|(^|\/)\.|vitest/.test(p));
    expect(stray).toEqual([]);
    expect(paths.every((p) => /^(dist\/|bin\/unboil\.js$|bin\/package\.json$|package\.json$|README\.md$|LICENSE)/.test(p))).toBe(true);
  });

  test('installed into an empty folder: npx unboil cleans a capture, and a TypeScript file importing clean type-checks', (ctx) => {
    const app = join(dest, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'unboil-pack-check', private: true, type: 'module' }));
    const install = run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-save', join(dest, packed.filename)], app);
    if (install.code !== 0 && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|network|offline/i.test(install.stderr)) {
      console.warn(`pack.test: skipped the install check: the npm registry cannot be reached (${install.stderr.split('\n').find((l) => /ERR/.test(l)) ?? 'network error'})`);
      ctx.skip();
      return;
    }
    expect(install.code, install.stderr).toBe(0);

    // the CLI, through npx, on a capture written here
    const page = join(app, 'page.txt');
    writeFileSync(page, [
      'Harbour ferry to run every half hour',
      'The harbour ferry will leave every half hour instead of every hour from Monday, the port authority said, after a winter of long queues at the terminal.',
      'Two boats that had been under repair since January are back in service, and the crews have been trained for the busier schedule, the authority said.',
      'Share',
    ].join('\n'));
    const cli = run(NPX, ['--no-install', 'unboil', 'page.txt'], app);
    expect(cli.code, cli.stderr).toBe(0);
    const rec = JSON.parse(cli.stdout);
    expect(rec.schemaVersion).toBe(2);
    expect(rec.body).toMatch(/^The harbour ferry will leave/);
    expect(rec.removed.map((r: { text: string }) => r.text)).toContain('Share');

    // the library, typed: a file that uses the types right compiles; one that misuses them does not
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
      files: ['check.ts'],
    }));
    writeFileSync(join(app, 'check.ts'), [
      "import { clean, cleanStream, type UnboilRecord } from 'unboil';",
      "const record: UnboilRecord = clean('The council voted on Tuesday.', { format: 'text' });",
      'const body: string = record.body;',
      'const when: string | null = record.published;',
      'async function main(): Promise<void> { for await (const r of cleanStream([{ id: 1, text: body }])) console.log(r.id, when); }',
      'void main();',
    ].join('\n'));
    const good = run(process.execPath, [tsc, '-p', '.'], app);
    expect(good.code, good.stdout + good.stderr).toBe(0);
    writeFileSync(join(app, 'check.ts'), "import { clean } from 'unboil';\nconst n: number = clean('x').body;\nclean('x', { format: 'pdf' });\n");
    const bad = run(process.execPath, [tsc, '-p', '.'], app);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/check\.ts\(2,\d+\).*not assignable to type 'number'/);
    expect(bad.stdout).toMatch(/check\.ts\(3,\d+\)/);

    // the installed package is the packed one
    expect(JSON.parse(readFileSync(join(app, 'node_modules/unboil/package.json'), 'utf8')).version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  }, 600_000);
});
