/** `unboil profile build|merge|show`, and the profile side of `--profile` / `--learn`. */
import { readFileSync, statSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { describeFsError } from '../io/errors.js';
import { walkInputs } from '../io/walk.js';
import type { InputSpec, From } from '../batch/sources.js';
import type { Format } from '../core/types.js';
import { addInputOptions } from './input-options.js';
import { DEFAULT_MIN_DOCS, DEFAULT_SHARE } from '../profile/defaults.js';

export class ProfileUsage extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

export function minDocsArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2) throw new InvalidArgumentError('expected a whole number of at least 2');
  return n;
}

export function shareArg(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a share from 0 to 1, such as 0.1');
  return n;
}

/** Writes chunks to stdout, waiting when its buffer is full. */
async function writeOut(chunks: Iterable<string>): Promise<void> {
  for (const c of chunks) {
    if (!process.stdout.write(c)) await new Promise<void>((res) => process.stdout.once('drain', () => res()));
  }
}

export interface LearnOptions {
  from: From;
  format: Format | 'auto';
  maxBytes: number;
  url: string | null;
  textField: string;
  htmlField: string;
  urlField: string;
  keepText?: boolean;
  maxLines?: number;
  quiet?: boolean;
}

/** Builds a profile over `specs` (paths, or "-" for stdin); messages go to stderr. */
export async function learn(list: InputSpec[], o: LearnOptions) {
  const { buildFromInputs } = await import('../batch/profile-run.js');
  const r = await buildFromInputs(list, {
    from: o.from,
    format: o.format,
    out: null,
    resume: false,
    maxBytes: o.maxBytes,
    url: o.url,
    textField: o.textField,
    htmlField: o.htmlField,
    urlField: o.urlField,
    keepText: !!o.keepText,
    ...(o.maxLines !== undefined ? { maxLines: o.maxLines } : {}),
    onError: (m) => process.stderr.write(`unboil: ${m}\n`),
  });
  return r;
}

/** "profile: 4 sites, 69 documents, 312 lines learned (k 5, p 0.1)". */
export function summaryLine(p: import('../profile/lookup.js').SiteProfile, minDocs: number, share: number, extra = ''): string {
  let learned = 0;
  for (const s of p.sites.values()) {
    if (s.docs < minDocs) continue;
    const need = Math.max(minDocs, share * s.docs);
    for (const c of s.lines.values()) if (c >= need) learned++;
  }
  const n = (x: number, w: string) => `${x.toLocaleString('en-US')} ${w}${x === 1 ? '' : 's'}`;
  return `profile: ${n(p.sites.size, 'site')}, ${n(p.documents, 'document')}, ${n(learned, 'line')} learned (k ${minDocs}, p ${share})${p.pruned ? ', pruned at the size limit' : ''}${extra}\n`;
}

/** Reads a profile file, with a message naming it when it cannot be read or is not a profile. */
export async function readProfileText(path: string): Promise<string> {
  try {
    if (statSync(path).isDirectory()) throw new ProfileUsage(`${path}: is a folder, not a site profile`, 2);
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof ProfileUsage) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new ProfileUsage(`${path}: cannot read the profile: ${err.code === 'ENOENT' ? 'no such file' : describeFsError(e)}`, 2);
  }
}

/** Walks inputs for a profile pass; "-" is stdin. Missing paths are a usage error. */
function listInputs(inputs: string[], o: { include?: string[]; exclude?: string[]; hidden?: boolean; quiet?: boolean; skipDirs?: string[] }, allowStdin: boolean): InputSpec[] {
  const specs = inputs.length ? inputs : ['-'];
  const list: InputSpec[] = [];
  for (const s of specs) {
    if (s === '-') {
      if (!allowStdin) throw new ProfileUsage('--learn reads its inputs twice, so it cannot read stdin: give files or folders (or build a profile first: unboil profile build)', 2);
      if (process.stdin.isTTY) throw new ProfileUsage('no input: give files or folders, or pipe JSON Lines into stdin with --from jsonl', 2);
      list.push({ kind: 'stdin' });
      continue;
    }
    try {
      statSync(s);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new ProfileUsage(`${s}: ${err.code === 'ENOENT' ? 'no such file or directory' : describeFsError(e)}`, 2);
    }
    const wo: Parameters<typeof walkInputs>[1] = {
      hidden: !!o.hidden,
      warn: (m) => {
        if (!o.quiet) process.stderr.write(`unboil: warning: ${m}\n`);
      },
    };
    if (o.include) wo.include = o.include;
    if (o.exclude) wo.exclude = o.exclude;
    if (o.skipDirs) wo.skipDirs = o.skipDirs;
    list.push(...walkInputs([s], wo));
  }
  return list;
}
export { listInputs };

interface BuildOpts extends LearnOptions {
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  repeatMinDocs: number;
  repeatShare: number;
}

/** Adds `profile build|merge|show` to the program; `setCode` receives the exit code. */
export function addProfileCommands(program: Command, setCode: (c: number) => void, bytesArg: (v: string) => number, defaultMaxBytes: number): void {
  const guard = (f: (...a: never[]) => Promise<number>) => async (...a: never[]) => {
    try {
      setCode(await f(...a));
    } catch (e) {
      const { ProfileError } = await import('../profile/file.js');
      if (e instanceof ProfileUsage) {
        process.stderr.write(`unboil: ${e.message}\n`);
        setCode(e.code);
      } else if (e instanceof ProfileError) {
        process.stderr.write(`unboil: ${e.message}\n`);
        setCode(1);
      } else throw e;
    }
  };
  const profile = program.command('profile').description('site profiles: learn the lines each site repeats across its pages (build, merge, show)');
  addInputOptions(profile.command('build'))
    .description('count, per site, its documents and the documents holding each normalised line; print the profile (JSON) on stdout')
    .argument('[inputs...]', 'capture files, folders, JSON Lines or WARC/WET files; "-" or nothing reads stdin (one capture, or JSON Lines with --from jsonl)')
    .addOption(new Option('--format <format>', 'capture format').choices(['auto', 'text', 'html']).default('auto'))
    .addOption(new Option('--from <kind>', 'what the inputs hold').choices(['auto', 'capture', 'jsonl', 'warc']).default('auto'))
    .option('--url <url>', 'URL of the page(s) read, for their site')
    .option('--max-bytes <size>', 'skip inputs larger than this', bytesArg, defaultMaxBytes)
    .option('--keep-text', 'also store each line\'s normalised text (for profile show)')
    .option('--max-lines <n>', 'line entries held before lines seen in one document only are pruned (default 500000)', (v) => minDocsArg(v))
    .option('--repeat-min-docs <k>', 'for the summary line: k', minDocsArg, DEFAULT_MIN_DOCS)
    .option('--repeat-share <p>', 'for the summary line: p', shareArg, DEFAULT_SHARE)
    .option('-q, --quiet', 'no summary on stderr; errors still shown')
    .action(guard(async (inputs: string[], o: BuildOpts) => {
      const list = listInputs(inputs, o, true);
      const { builder, stats } = await learn(list, { ...o, url: o.url ?? null });
      const data = builder.finish();
      const { serialiseProfile } = await import('../profile/file.js');
      const { SiteProfile } = await import('../profile/lookup.js');
      await writeOut(serialiseProfile(data));
      if (!o.quiet) process.stderr.write(summaryLine(new SiteProfile(data), o.repeatMinDocs, o.repeatShare, stats.noSite ? `; ${stats.noSite} documents without a URL or folder not counted` : ''));
      return stats.errors ? 1 : 0;
    }) as never);
  profile
    .command('merge')
    .description('merge profiles (shards of one input) into one; the same bytes as a profile of all their inputs')
    .argument('<profiles...>', 'profile files')
    .action(guard(async (files: string[]) => {
      const { parseProfile, serialiseProfile } = await import('../profile/file.js');
      const { mergeProfiles } = await import('../profile/merge.js');
      const ps = [];
      for (const f of files) ps.push(parseProfile(await readProfileText(f), f));
      await writeOut(serialiseProfile(mergeProfiles(ps, files)));
      return 0;
    }) as never);
  profile
    .command('show')
    .description('list the sites of a profile and each site\'s most repeated lines')
    .argument('<profile>', 'profile file')
    .option('--site <site>', 'only this site')
    .option('--top <n>', 'lines per site', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
      return n;
    }, 20)
    .option('--json', 'print as JSON')
    .action(guard(async (file: string, o: { site?: string; top: number; json?: boolean }) => {
      const { parseProfile } = await import('../profile/file.js');
      const { showProfile } = await import('../profile/show.js');
      const p = parseProfile(await readProfileText(file), file);
      if (o.site !== undefined && !p.sites.has(o.site)) throw new ProfileUsage(`${file}: no site ${JSON.stringify(o.site)} in the profile (unboil profile show ${file} lists them)`, 1);
      process.stdout.write(showProfile(p, { site: o.site ?? null, top: o.top, json: !!o.json }));
      return 0;
    }) as never);
}
