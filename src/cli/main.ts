/** The unboil command line: a thin layer over clean() and the batch driver. */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { describeFsError, formatBytes, parseBytes } from '../io/errors.js';
import { walkInputs } from '../io/walk.js';
import { defaultJobs, runBatch } from '../batch/run.js';
import { kindOf, type From, type InputSpec } from '../batch/sources.js';
import { addProfileCommands, learn, listInputs, minDocsArg, ProfileUsage, readProfileText, shareArg, summaryLine } from './profile.js';
import { DEFAULT_MIN_DOCS, DEFAULT_SHARE } from '../profile/defaults.js';
import type { Format, SiteRules } from '../core/types.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/index.js';
import type { RulesFile } from '../user-rules/schema.js';
import { addInputOptions } from './input-options.js';

export const EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2 } as const;

/** Default --max-bytes: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const EXAMPLES = `
Examples:
  $ unboil page.txt                        clean one capture, print its JSON record
  $ cat page.txt | unboil > page.json      read stdin
  $ unboil page.html | jq .title           HTML captures are detected by their content
  $ unboil --to text page.html             the body only (the record's "body")
  $ unboil --to markdown --links page.html title as #, headings, lists, links kept
  $ unboil --to jsonl-body captures/       {id,url,title,published,body}, one line per input
  $ unboil --rules site.yaml page.html     your site rules: drop .share-bar, body from article .story
  $ unboil rules --rules site.yaml         every rule id, yours too ([off]: turned off by the file)
  $ unboil schema --rules                  JSON Schema of the rules file
  $ unboil --explain page.txt              show which rule removed each line
  $ unboil schema > record.schema.json     JSON Schema of the record
  $ unboil rules                           every rule id that can appear in "removed"
  $ unboil captures/ > records.jsonl       many inputs: JSON Lines on stdout, in a stable order
  $ unboil --out clean/ captures/          one .json per input, mirrored paths, atomic writes
  $ unboil --out clean/ --to text captures/  one .txt per input (the extension follows --to)
  $ unboil --out clean/ --resume captures/ rerun: skip inputs whose output is up to date
  $ unboil --include '*.html' --exclude 'drafts/**' site/
  $ unboil --from jsonl --text-field body pages.jsonl > clean.jsonl
  $ zcat pages.jsonl.gz | unboil --from jsonl --jobs 4 > clean.jsonl
  $ unboil crawl.warc.gz CC-MAIN-00000.warc.wet.gz > records.jsonl
  $ unboil --learn captures/ > records.jsonl   learn each site's repeated lines, then clean
  $ unboil profile build crawl/ > site.profile && unboil --profile site.profile crawl/

Every record (and error record) of a batch run has a top-level "id": the JSON Lines
--id-field value (else the line number), the WARC record id, or the path relative to the
folder given. With --to text or markdown, each document of a shared stream is followed
by a line holding a form feed (\\f).

Exit codes:
  0  every input was cleaned
  1  an input could not be cleaned (binary data, unreadable, malformed line, ...):
     its error record {"id","line","path","error","code"} takes its place
  2  usage error or missing input
`;

interface Opts {
  format: Format | 'auto';
  from: From;
  explain?: boolean;
  compact?: boolean;
  url?: string;
  debug?: boolean;
  out?: string;
  resume?: boolean;
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  textField: string;
  htmlField: string;
  idField: string;
  urlField: string;
  jobs?: number;
  quiet?: boolean;
  strict?: boolean;
  maxBytes: number;
  profile?: string;
  learn?: boolean;
  repeatMinDocs: number;
  repeatShare: number;
  to: OutputFormat;
  links?: boolean;
  rules?: string;
}

class Usage extends Error {}

/** Input refused before it was decoded. */
class TooLarge extends Error {}


function intArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function bytesArg(v: string): number {
  const n = parseBytes(v);
  if (n === null || n < 1) throw new InvalidArgumentError('expected a size such as 50M, 512K or 1048576');
  return n;
}

/** Reads a whole file or stdin, refusing more than max bytes without reading them all. */
function readCapped(spec: string, max: number): Buffer {
  const fd = spec === '-' ? 0 : openSync(spec, 'r');
  try {
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 20);
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > max) throw new TooLarge(`input is over the --max-bytes limit of ${formatBytes(max)}; raise --max-bytes to clean it`);
      parts.push(buf.subarray(0, n));
    }
    return Buffer.concat(parts, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** The site profile of a run (--profile FILE or --learn), as the batch config carries it. */
type RunProfile = { text: string; name: string; minDocs: number; share: number } | undefined;

async function runSingle(spec: string, opts: Opts, rulesFile: RulesFile | null, profile: RunProfile): Promise<number> {
  // The core is loaded only when a capture is cleaned here (a worker pool's main thread never needs it).
  const { analyze } = await import('../pipeline/clean.js');
  const { render } = await import('../output/index.js');
  let rules: SiteRules | undefined;
  if (rulesFile) rules = (await import('../user-rules/compile.js')).compileRules(rulesFile);
  const { InputError } = await import('../decode/index.js');
  const path = spec === '-' ? null : spec;
  const name = path ?? 'stdin';
  let data: Buffer;
  try {
    data = readCapped(spec, opts.maxBytes);
  } catch (e) {
    if (e instanceof TooLarge) {
      process.stderr.write(`unboil: ${name}: ${e.message}\n`);
      return EXIT.INPUT_FAILED;
    }
    process.stderr.write(`unboil: ${name}: cannot read: ${describeFsError(e)}\n`);
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? EXIT.USAGE : EXIT.INPUT_FAILED;
  }
  try {
    const po = profile ? { profile: (await import('../profile/lookup.js')).loadProfile(profile.text, profile.name), repeatMinDocs: profile.minDocs, repeatShare: profile.share } : {};
    // the id a batch run would give it: the file's name (a file given directly), or "stdin"
    const a = analyze(data, {
      format: opts.format, path, url: opts.url ?? null, maxBytes: opts.maxBytes, id: path === null ? 'stdin' : basename(path),
      keepDom: opts.to === 'markdown' && !!opts.links, ...(rules ? { rules } : {}), ...po,
    });
    if (opts.explain) {
      // explain (and chalk with it) loads only when asked for
      const { renderExplain } = await import('./explain.js');
      process.stdout.write(renderExplain(a, process.stdout));
    } else {
      process.stdout.write(render(a, opts.to, { pretty: !opts.compact, links: !!opts.links }) + '\n');
    }
    if (!opts.quiet) for (const w of a.record.warnings) process.stderr.write(`unboil: ${name}: warning: ${w}\n`);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`unboil: ${name}: ${e.message}\n`);
    } else {
      process.stderr.write(`unboil: ${name}: internal error: ${(e as Error).message}; please report it with this input\n`);
      if (opts.debug) process.stderr.write(`${(e as Error).stack}\n`);
    }
    return EXIT.INPUT_FAILED;
  }
}

async function run(inputs: string[], opts: Opts): Promise<number> {
  const specs = inputs.length ? inputs : ['-'];
  if (specs.filter((s) => s === '-').length > 1) throw new Usage('stdin ("-") can be given only once');
  if (specs.includes('-') && process.stdin.isTTY) {
    throw new Usage('no input: give a file or folder, or pipe a capture into stdin (unboil --help)');
  }
  if (opts.resume && !opts.out) throw new Usage('--resume needs --out DIR (it skips inputs whose output file is up to date)');
  if (opts.explain && opts.to !== 'json') throw new Usage(`--explain shows the capture on the terminal; it does not go with --to ${opts.to}`);
  if (opts.links && opts.to !== 'markdown') throw new Usage('--links keeps links in Markdown: use it with --to markdown');
  const rulesFile = opts.rules ? await readRules(opts.rules) : null;
  // Every named path must exist before anything runs: a typo is a usage error, not a partial run.
  let anyDir = false;
  for (const s of specs) {
    if (s === '-') continue;
    try {
      // every path is stat'ed, also those after a folder
      const isDir = statSync(s).isDirectory();
      anyDir ||= isDir;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const what = err.code === 'ENOENT' ? 'no such file or directory' : describeFsError(e);
      process.stderr.write(`unboil: ${s}: ${what}\n`);
      return EXIT.USAGE;
    }
  }

  let profile: RunProfile;
  if (opts.profile !== undefined && opts.learn) throw new Usage('--profile and --learn do not go together: --learn builds the profile itself');
  if (opts.profile !== undefined) {
    const text = await readProfileText(opts.profile);
    // validated here, once, so a bad file is one clear message before anything runs
    const { loadProfile } = await import('../profile/lookup.js');
    loadProfile(text, opts.profile);
    profile = { text, name: opts.profile, minDocs: opts.repeatMinDocs, share: opts.repeatShare };
  } else if (opts.learn) {
    // the same inputs the cleaning pass walks: --out's folder is never read
    let skipDirs: string[] | undefined;
    if (opts.out) {
      try { skipDirs = [realpathSync(opts.out)]; } catch { skipDirs = [resolve(opts.out)]; }
    }
    const { builder, stats } = await learn(listInputs(specs, { ...opts, ...(skipDirs ? { skipDirs } : {}) }, false), { ...opts, url: opts.url ?? null, quiet: true });
    const { profileText } = await import('../profile/file.js');
    const { SiteProfile } = await import('../profile/lookup.js');
    const data = builder.finish();
    profile = { text: profileText(data), name: '--learn', minDocs: opts.repeatMinDocs, share: opts.repeatShare };
    if (!opts.quiet) process.stderr.write(summaryLine(new SiteProfile(data), opts.repeatMinDocs, opts.repeatShare, stats.errors ? `; ${stats.errors} inputs not read (cleaning reports them)` : ''));
  }

  const single = specs.length === 1 && !anyDir && !opts.out && kindOf(specs[0] === '-' ? '' : specs[0]!, opts.from) === 'capture';
  if (single) return runSingle(specs[0]!, opts, rulesFile, profile);
  if (opts.explain) throw new Usage('--explain works on one capture at a time');

  const walkOpts: Parameters<typeof walkInputs>[1] = {
    hidden: !!opts.hidden,
    warn: (m) => {
      if (!opts.quiet) process.stderr.write(`unboil: warning: ${m}\n`);
    },
  };
  if (opts.out) {
    let outReal: string;
    try { outReal = realpathSync(opts.out); } catch { outReal = resolve(opts.out); }
    walkOpts.skipDirs = [outReal];
  }
  if (opts.include) walkOpts.include = opts.include;
  if (opts.exclude) walkOpts.exclude = opts.exclude;
  const list: InputSpec[] = [];
  for (const s of specs) {
    if (s === '-') list.push({ kind: 'stdin' });
    else list.push(...walkInputs([s], walkOpts));
  }
  process.stdout.off('error', quietPipe);
  return runBatch(list, {
    from: opts.from,
    format: opts.format,
    out: opts.out ?? null,
    resume: !!opts.resume,
    maxBytes: opts.maxBytes,
    url: opts.url ?? null,
    textField: opts.textField,
    htmlField: opts.htmlField,
    idField: opts.idField,
    urlField: opts.urlField,
    debug: !!opts.debug,
    jobs: opts.jobs ?? defaultJobs(),
    quiet: !!opts.quiet,
    strict: !!opts.strict,
    ...(profile ? { profile } : {}),
    to: opts.to,
    links: !!opts.links,
    ...(rulesFile ? { rules: rulesFile } : {}),
  });
}

/** Reads and validates a rules file (--rules); a bad one is a usage error naming the file and the bad keys. */
async function readRules(path: string): Promise<RulesFile> {
  const { loadRulesFile, RulesError } = await import('../user-rules/load.js');
  try {
    return loadRulesFile(path);
  } catch (e) {
    if (e instanceof RulesError) throw new Usage(e.message);
    throw e;
  }
}

/**
 * A reader that went away (`unboil --help | head -1`, `unboil rules | head`) is no error:
 * stop quietly with the exit code so far, as a batch run does. A batch run owns stdout's
 * errors itself (it must finish its output files), so it removes this listener first.
 */
function quietPipe(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? EXIT.OK);
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  process.stdout.on('error', quietPipe);
  const program = new Command();
  program
    .name('unboil')
    .enablePositionalOptions()
    .description('Strip page boilerplate from article captures (visible text or HTML) and print clean JSON.')
    .argument('[inputs...]', 'capture files, folders, JSON Lines or WARC/WET files; "-" or nothing reads stdin')
    .addOption(new Option('--format <format>', 'capture format').choices(['auto', 'text', 'html']).default('auto'))
    .addOption(new Option('--from <kind>', 'what the inputs hold: auto = by extension (.jsonl/.ndjson, .warc/.wet[.gz]), else one capture per file').choices(['auto', 'capture', 'jsonl', 'warc']).default('auto'))
    .addOption(new Option('-t, --to <format>', 'output: json = the record; text = the body only; markdown = title, headings, lists; jsonl-body = {id,url,title,published,body} on one line').choices(OUTPUT_FORMATS).default('json'))
    .option('--links', 'with --to markdown: keep links as Markdown links (HTML captures)')
    .option('-r, --rules <file>', 'site rules (JSON or YAML): turn built-in rules off, add line rules and CSS-selector rules (unboil schema --rules)')
    .option('--explain', 'show the capture with each removed line tagged by its rule')
    .option('--compact', 'print a single record on one line')
    .option('--url <url>', 'URL of the page, stored in the record')
    .option('-o, --out <dir>', 'write one .json per input (JSON Lines / WARC input: one .jsonl per file) under DIR, mirroring input paths')
    .option('--resume', 'with --out: skip inputs whose output exists and is newer than the input')
    .option('--id-field <name>', 'JSON Lines: field naming the record in error messages', 'id');
  addInputOptions(program)
    .option('-j, --jobs <n>', `threads that clean: the main one and n - 1 workers (default: number of cores, ${defaultJobs()} here)`, intArg)
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 50M, 512K)', bytesArg, DEFAULT_MAX_BYTES)
    .option('--profile <file>', 'a site profile (unboil profile build): remove lines that repeat across the site\'s documents (rule site-repeat)')
    .option('--learn', 'build the site profile from the inputs first (a first pass), then clean with it; not for stdin')
    .option('--repeat-min-docs <k>', 'site-repeat: a line must be in at least k distinct documents of its site', minDocsArg, DEFAULT_MIN_DOCS)
    .option('--repeat-share <p>', 'site-repeat: ... and in at least this share of them (0 to 1)', shareArg, DEFAULT_SHARE)
    .option('--strict', 'stop at the first input that fails (exit 1)')
    .option('-q, --quiet', 'no progress, summary or warnings on stderr; errors still shown')
    .option('--debug', 'print stack traces on internal errors')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run unboil --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
    .action(async (inputs: string[], opts: Opts) => {
      try {
        code = await run(inputs, opts);
      } catch (e) {
        if (e instanceof ProfileUsage) {
          process.stderr.write(`unboil: ${e.message}\n`);
          code = e.code;
          return;
        }
        const { ProfileError } = await import('../profile/file.js');
        if (e instanceof ProfileError) {
          process.stderr.write(`unboil: ${e.message}\n`);
          code = EXIT.USAGE;
          return;
        }
        if (e instanceof Usage) {
          process.stderr.write(`unboil: ${e.message}\n`);
          code = EXIT.USAGE;
          return;
        }
        process.stderr.write(`unboil: internal error: ${(e as Error).message}\n`);
        if (opts.debug) process.stderr.write(`${(e as Error).stack}\n`);
        code = EXIT.INPUT_FAILED;
      }
    });

  program
    .command('rules')
    .description('list every rule id that can appear in "removed", with what it takes')
    .option('--json', 'print the list as JSON')
    .option('-r, --rules <file>', 'also list the rules of this site-rules file (and which built-in rules it turns off)')
    .action(async (o: { json?: boolean; rules?: string }) => {
      const { ruleCatalog } = await import('../pipeline/catalog.js');
      const list: { id: string; description: string; kind: string; disabled?: boolean }[] = ruleCatalog();
      if (o.rules) {
        const file = await readRules(o.rules);
        const { describeRules } = await import('../user-rules/compile.js');
        const off = new Set(file.disable ?? []);
        for (const r of list) if (off.has(r.id)) r.disabled = true;
        list.push(...describeRules(file));
      }
      if (o.json) process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      else {
        const w = Math.max(...list.map((r) => r.id.length));
        for (const r of list) process.stdout.write(`${r.id.padEnd(w)}  ${r.kind === 'user' ? '[user] ' : ''}${r.disabled ? '[off] ' : ''}${r.description}\n`);
      }
    });

  addProfileCommands(program, (c) => { code = c; }, bytesArg, DEFAULT_MAX_BYTES);

  program
    .command('schema')
    .description('print the JSON Schema of the output record (--rules: of the site-rules file)')
    .option('-r, --rules', 'print the JSON Schema of the site-rules file instead')
    .action(async (o: { rules?: boolean }) => {
      if (o.rules) {
        const { rulesJsonSchema } = await import('../user-rules/schema.js');
        process.stdout.write(JSON.stringify(rulesJsonSchema(), null, 2) + '\n');
        return;
      }
      const { recordJsonSchema } = await import('../schema/record.js');
      process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    // a subcommand's usage error (unboil rules --rules BAD)
    if (e instanceof Usage) {
      process.stderr.write(`unboil: ${e.message}\n`);
      return EXIT.USAGE;
    }
    throw e;
  }
  return code;
}
