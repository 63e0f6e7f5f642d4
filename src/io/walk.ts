/**
 * Expands command-line inputs (files and folders) into a stable, sorted list of
 * files. Folders are walked recursively; --include / --exclude globs (picomatch)
 * match paths relative to the folder given; hidden entries are skipped unless
 * asked; symbolic links are followed, and a link back into one of its own
 * ancestors (a loop) is reported and not followed. The --out folder is never
 * walked into (skipDirs), wherever it sits.
 */
import { readdirSync, realpathSync, statSync, lstatSync, type Stats } from 'node:fs';
import { basename, join, sep } from 'node:path';
import picomatch from 'picomatch';
import { beforeReaddir, describeFsError } from './errors.js';

export interface FileEntry {
  kind: 'file';
  /** Path to open (as given, joined with the walked names). */
  path: string;
  /** Path relative to the folder given (a file given directly: its base name), with "/". */
  rel: string;
  size: number;
  mtimeMs: number;
}

export interface WalkError {
  kind: 'error';
  path: string;
  rel: string;
  error: string;
}

export type WalkItem = FileEntry | WalkError;

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  /** Folders (real paths) never walked into: the --out folder, so a rerun does not clean its own output. */
  skipDirs?: string[];
  /** Notes that are not failures (symlink loops, special files skipped). */
  warn(message: string): void;
}

/** Names compared by code unit, so the order does not depend on the locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function walkInputs(args: string[], opts: WalkOptions): WalkItem[] {
  const pmOpts = { dot: true, basename: false } as const;
  const globs = (list: string[] | undefined) =>
    (list ?? []).map((g) => (g.includes('/') ? picomatch(g, pmOpts) : picomatch(g, { ...pmOpts, basename: true })));
  const inc = globs(opts.include);
  const exc = globs(opts.exclude);
  const included = (rel: string) => inc.length === 0 || inc.some((m) => m(rel));
  const excluded = (rel: string) => exc.some((m) => m(rel));
  const out: WalkItem[] = [];
  const skip = opts.skipDirs ?? [];

  const walkDir = (dir: string, rel: string, ancestors: string[]) => {
    let names: string[];
    try {
      beforeReaddir(dir);
      names = readdirSync(dir);
    } catch (e) {
      out.push({ kind: 'error', path: dir, rel, error: `cannot list folder ${dir}: ${describeFsError(e)}` });
      return;
    }
    names.sort(byName);
    for (const name of names) {
      if (!opts.hidden && name.startsWith('.')) continue;
      const path = join(dir, name);
      const childRel = rel ? `${rel}/${name}` : name;
      if (excluded(childRel)) continue;
      let st: Stats;
      try {
        st = statSync(path);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        let isLink = false;
        try { isLink = lstatSync(path).isSymbolicLink(); } catch { /* gone */ }
        if (!included(childRel)) continue;
        const why = isLink && err.code === 'ENOENT' ? 'broken symbolic link: its target does not exist' : describeFsError(e);
        out.push({ kind: 'error', path, rel: childRel, error: `cannot read ${path}: ${why}` });
        continue;
      }
      if (st.isDirectory()) {
        let real: string;
        try { real = realpathSync(path); } catch { real = path; }
        if (ancestors.includes(real)) {
          opts.warn(`${path}: symbolic link loop (points back to ${real}); not followed`);
          continue;
        }
        if (skip.includes(real)) continue;
        walkDir(path, childRel, [...ancestors, real]);
      } else if (st.isFile()) {
        if (included(childRel)) out.push({ kind: 'file', path, rel: childRel, size: st.size, mtimeMs: st.mtimeMs });
      } else if (included(childRel)) {
        opts.warn(`${path}: not a regular file (FIFO, socket or device); skipped`);
      }
    }
  };

  for (const arg of args) {
    const st = statSync(arg); // callers check existence first
    if (st.isDirectory()) {
      let real: string;
      try { real = realpathSync(arg); } catch { real = arg; }
      const root = arg.endsWith(sep) && arg.length > 1 ? arg.slice(0, -1) : arg;
      if (skip.includes(real)) {
        opts.warn(`${arg}: this is the --out folder; its files are not read as inputs`);
        continue;
      }
      walkDir(root, '', [real]);
    } else {
      out.push({ kind: 'file', path: arg, rel: basename(arg), size: st.size, mtimeMs: st.mtimeMs });
    }
  }
  return out;
}
