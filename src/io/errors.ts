/**
 * Human words for file-system errors, and a test-only fault injector.
 *
 * Tests run as root, where `chmod 000` does not stop a read, so some failures
 * (a folder that cannot be listed, a file deleted or truncated between listing
 * and reading) are injected through UNBOIL_FAULTS, a JSON object read once:
 *   {"readdir": [paths], "read": [paths], "vanish": [paths], "truncate": {path: bytes}}
 * `readdir`/`read` make the operation fail with EACCES; `vanish` deletes the
 * file and `truncate` cuts it just before unboil reads it, so the real error
 * path runs. Nothing else reads this variable.
 */
import { truncateSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';

interface Faults {
  readdir: Set<string>;
  read: Set<string>;
  vanish: Set<string>;
  truncate: Map<string, number>;
}

let faults: Faults | null | undefined;

function loadFaults(): Faults | null {
  if (faults !== undefined) return faults;
  const raw = process.env.UNBOIL_FAULTS;
  if (!raw) return (faults = null);
  const j = JSON.parse(raw) as { readdir?: string[]; read?: string[]; vanish?: string[]; truncate?: Record<string, number> };
  const abs = (p: string) => resolve(p);
  faults = {
    readdir: new Set((j.readdir ?? []).map(abs)),
    read: new Set((j.read ?? []).map(abs)),
    vanish: new Set((j.vanish ?? []).map(abs)),
    truncate: new Map(Object.entries(j.truncate ?? {}).map(([k, v]) => [abs(k), v])),
  };
  return faults;
}

function fault(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: injected fault, ${syscall} '${path}'`) as NodeJS.ErrnoException;
  e.code = code;
  e.syscall = syscall;
  e.path = path;
  return e;
}

/** Called before a folder is listed. */
export function beforeReaddir(path: string): void {
  const f = loadFaults();
  if (f?.readdir.has(resolve(path))) throw fault('EACCES', 'scandir', path);
}

/** Called before a file is read. */
export function beforeRead(path: string): void {
  const f = loadFaults();
  if (!f) return;
  const p = resolve(path);
  if (f.read.has(p)) throw fault('EACCES', 'open', path);
  if (f.vanish.has(p)) unlinkSync(p);
  const t = f.truncate.get(p);
  if (t !== undefined) truncateSync(p, t);
}

/** A file-system error in words a user can act on. */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or directory (was it moved or deleted during the run?)';
    case 'EACCES': case 'EPERM': return 'permission denied: check the file permissions';
    case 'EISDIR': return 'is a directory where a file was expected';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder';
    case 'ELOOP': return 'too many symbolic links (a symlink loop?)';
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EROFS': return 'the file system is read-only';
    case 'EMFILE': case 'ENFILE': return 'too many open files: lower --jobs or raise the open-file limit';
    case 'EIO': return 'input/output error from the device';
    case 'EEXIST': return 'a file already exists where a folder is needed';
    // zlib, reading .gz inputs
    case 'Z_BUF_ERROR': return 'the gzip data is cut off (unexpected end of file)';
    case 'Z_DATA_ERROR': return `the gzip data is corrupt (${err.message})`;
    default: return err?.code ? `${err.code}: ${err.message}` : String((err as Error)?.message ?? err);
  }
}

/** Human-readable byte count. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** Parses "50M", "1.5k", "1048576" into bytes (binary multiples). */
export function parseBytes(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[iI]?[bB]?\s*$/.exec(s);
  if (!m) return null;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}
