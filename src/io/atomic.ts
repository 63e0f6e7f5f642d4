/**
 * Atomic output files: write a temporary file in the destination's folder, then
 * rename it over the destination. A reader (or a rerun after kill -9) sees the
 * old file or the whole new one, never half of it. Temporary names carry the
 * writer's pid, `.NAME.unboil-tmp-PID-N`, so a later run can sweep the ones
 * whose writer is gone.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TMP_RE = /\.unboil-tmp-(\d+)-\d+$/;
let counter = 0;

export function tempPathFor(dest: string): string {
  return join(dirname(dest), `.${basename(dest)}.unboil-tmp-${process.pid}-${counter++}`);
}

const madeDirs = new Set<string>();
async function ensureDir(dir: string): Promise<void> {
  if (madeDirs.has(dir)) return;
  await mkdir(dir, { recursive: true });
  madeDirs.add(dir);
}

/** Writes data to dest atomically. On failure nothing is left behind and the error is thrown. */
export async function writeFileAtomic(dest: string, data: string | Uint8Array): Promise<void> {
  await ensureDir(dirname(dest));
  const tmp = tempPathFor(dest);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(data);
    } finally {
      await fh.close();
    }
    await rename(tmp, dest);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** An output file written piece by piece, published by commit() with a rename. */
export class AtomicWriter {
  private fh: FileHandle | null = null;
  private tmp: string;
  private parts: Uint8Array[] = [];
  private size = 0;
  constructor(readonly dest: string) {
    this.tmp = tempPathFor(dest);
  }
  async write(s: string | Uint8Array): Promise<void> {
    const b = typeof s === 'string' ? Buffer.from(s) : s;
    this.parts.push(b);
    this.size += b.byteLength;
    if (this.size >= 1 << 20) await this.flush();
  }
  private async flush(): Promise<void> {
    if (!this.fh) {
      await ensureDir(dirname(this.dest));
      this.fh = await open(this.tmp, 'wx');
    }
    if (this.parts.length) {
      const s = Buffer.concat(this.parts);
      this.parts = [];
      this.size = 0;
      await this.fh.write(s);
    }
  }
  async commit(): Promise<void> {
    try {
      await this.flush();
      await this.fh!.close();
      this.fh = null;
      await rename(this.tmp, this.dest);
    } catch (e) {
      await this.abort();
      throw e;
    }
  }
  async abort(): Promise<void> {
    if (this.fh) await this.fh.close().catch(() => undefined);
    this.fh = null;
    await rm(this.tmp, { force: true }).catch(() => undefined);
  }
}

/**
 * Whether a writer pid is still running. A zombie (a killed run whose parent has not
 * reaped it, common in containers whose pid 1 reaps nothing) answers kill(pid, 0) but
 * writes nothing more: on Linux its /proc state says so, and it counts as gone.
 */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !zombie(pid);
}

function zombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false; // no /proc (macOS, BSD): trust kill(pid, 0)
  }
  // "pid (comm) S ...": comm may hold spaces and parentheses, so read after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
}

/** Deletes temporary files left in dir (recursively) by unboil runs that are no longer alive. Returns how many. */
export function sweepTempFiles(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    let entries: Dirent[];
    try { entries = readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const m = TMP_RE.exec(e.name);
        if (m && !alive(Number(m[1]))) {
          rmSync(p, { force: true });
          n++;
        }
      }
    }
  };
  walk(dir);
  return n;
}

export function ensureDirSync(dir: string): void {
  mkdirSync(dir, { recursive: true });
  madeDirs.add(dir);
}
