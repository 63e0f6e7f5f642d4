/** Spawns the built CLI (`node bin/unboil.js`) the way a user runs it. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The CLI under test: bin/unboil.js of this checkout. With UNBOIL_TEST_SNAPSHOT=1 the tests
 * run a private copy of bin/ and dist/ taken once per test file, for machines where other
 * work rebuilds dist/ while the tests run (a half-written dist file fails a spawn at random).
 */
function snapshotBin(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unboil-bin-'));
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return join(dir, 'bin/unboil.js');
}
export const BIN = process.env.UNBOIL_TEST_SNAPSHOT === '1' ? snapshotBin() : join(ROOT, 'bin/unboil.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

function env(extra?: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete e.FORCE_COLOR;
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete e[k];
    else e[k] = v;
  }
  return e;
}

export function unboil(args: string[], opts: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    env: env(opts.env),
    cwd: opts.cwd ?? ROOT,
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Async variant, for runs that are killed mid-way. */
export function unboilAsync(args: string[], opts: RunOptions = {}) {
  return spawn(process.execPath, [BIN, ...args], { env: env(opts.env), cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tmp(prefix = 'unboil-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function write(path: string, data: string | Buffer): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  return path;
}

/** A small, plausible text capture: chrome lines around a few prose paragraphs. */
export function capture(n: number, lang: 'en' | 'es' | 'de' = 'en'): string {
  const para = {
    en: (i: number) => `The city council voted on Tuesday to expand the bus network in district ${n}, a plan that officials said would add ${i + 3} routes and cut average waiting times for thousands of residents who rely on public transport every day.`,
    es: (i: number) => `El ayuntamiento aprobó el martes la ampliación de la red de autobuses en el distrito ${n}, un plan que según los responsables añadirá ${i + 3} líneas y reducirá el tiempo de espera de miles de vecinos que dependen del transporte público.`,
    de: (i: number) => `Der Stadtrat hat am Dienstag beschlossen, das Busnetz im Bezirk ${n} auszubauen, ein Plan, der nach Angaben der Verwaltung ${i + 3} neue Linien bringen und die Wartezeiten für tausende Fahrgäste deutlich verkürzen soll.`,
  }[lang];
  return [
    'Home', 'News', 'Sport', 'Share', 'Subscribe', '',
    `Council backs bus plan number ${n}`, '',
    ...[0, 1, 2, 3].flatMap((i) => [para(i), '']),
    '© 2024 Example Media. All rights reserved.', 'Privacy Policy', 'Cookie settings', '',
  ].join('\n');
}

/** Parses JSON Lines output. */
export function lines(s: string): any[] {
  return s.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}

/** The summary's counts, from stderr. */
export function summary(stderr: string): { inputs: number; records: number; errors: number } | null {
  const m = /unboil: (\d+) inputs: (\d+) records, (\d+) errors/.exec(stderr);
  return m ? { inputs: Number(m[1]), records: Number(m[2]), errors: Number(m[3]) } : null;
}

export function hasParallel(): boolean {
  return spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
}
