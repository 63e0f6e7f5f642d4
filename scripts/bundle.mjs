#!/usr/bin/env node
// Bundles the CLI into one CommonJS file, dist/unboil.cjs, after `tsc` (issue 14: cold start).
//
// A lone `unboil page.txt` used to resolve, read and compile about 120 ES modules (ours and
// the dependencies'), one file at a time; the bundle is one file, which bin/unboil.js compiles
// with V8's code cache (see there). CommonJS, because Node 20 has a code cache API only for
// scripts (vm.Script cachedData), not for ES modules.
//
// The worker threads of --jobs keep loading the unbundled dist/batch/worker.js: each
// `import.meta.url` in a bundled module is replaced by that module's own file URL under dist/,
// so `new URL('./worker.js', import.meta.url)` and createRequire() resolve as before.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

import { root } from './lib/args.mjs';

const dist = path.join(root, 'dist');
const entry = path.join(dist, 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  console.error('bundle: dist/cli/main.js is missing: run tsc first (npm run build does both).');
  process.exit(2);
}

/** import.meta.url of a dist module, as an expression evaluated inside the bundle (which lives in dist/). */
const metaUrlOf = (file) => `__unboilDistUrl(${JSON.stringify(path.relative(dist, file).split(path.sep).join('/'))})`;
/** Defined first in the bundle, where `require` is still the module's own (esbuild renames shadowing locals). */
const banner = 'const __unboilRequire = require; const __unboilDistUrl = (f) => require("node:url").pathToFileURL(require("node:path").join(__dirname, f)).href;';

/**
 * A lazy `await import('pkg')` of a package left out of the bundle becomes a require() at run
 * time: import() cannot run inside the vm.Script that bin/unboil.js compiles (V8 wants a loader
 * callback that vm gives only as an experimental feature). Every external package is CommonJS
 * as well as ESM, and the call sites take named exports, which both forms have.
 */
const DYNAMIC_IMPORT = /\bimport\((['"])([^'"./][^'"]*)\1\)/g;

/**
 * Static imports the bundle turns into loads on first call (issue 14, cold start): a text
 * capture needs none of them, and each costs start-up time when loaded at once: the HTML path
 * (htmlparser2 and the decode tables of its `entities`, set up at load), the named character
 * references of `entities` (needed only when a text capture holds one) and zlib (gzip input).
 * Keyed by a dist file (relative to dist/), the specifiers whose imports become lazy there.
 * Only functions and classes can be imported this way (each name becomes a wrapper that loads the
 * module on its first call or `new`); the unbundled dist/ (worker threads, the library) keeps its static imports.
 * A listed import that is no longer in its file stops the build, so the table cannot go stale.
 */
const LAZY = {
  'pipeline/round.js': ['../segment/html.js'],
  'decode/entities.js': ['entities'],
  'decode/index.js': ['node:zlib'],
  // fs/promises (and the readline it loads, about 2.5 ms of CPU) only for files read in batch and
  // atomic writes of -o; worker_threads (about 1.3 ms) only once a pool starts.
  'batch/sources.js': ['node:zlib', 'node:fs/promises'],
  'io/atomic.js': ['node:fs/promises'],
  'batch/pool.js': ['node:worker_threads'],
  // picomatch (a default import: about 1.3 ms of a lone run's CPU to set up) only for --include / --exclude
  'io/walk.js': ['picomatch'],
};

/**
 * commander requires node:child_process at load, for executable subcommands (which unboil has
 * none of): its one use, `childProcess.spawn`, loads it on first call instead. Should commander
 * change that line, the build stops here rather than quietly losing the saving.
 */
const COMMANDER_CHILD_PROCESS = "const childProcess = require('node:child_process');";

/**
 * `import { a, b as c } from 'spec';` as wrappers that require() the module on their first call;
 * `import a from 'spec';` (a CommonJS package whose export is a function) as one such wrapper.
 */
function lazyImports(src, file, specs) {
  let n = 0;
  for (const spec of specs) {
    const quoted = spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const def = new RegExp(`^import ([A-Za-z_$][\\w$]*) from '${quoted}';$`, 'm').exec(src);
    if (def) {
      const mod = `__unboilLazy${n++}`;
      const local = def[1];
      src = src.replace(def[0], `let ${mod}_m; const ${mod} = () => (${mod}_m ??= require(${JSON.stringify(spec)})); function ${local}(...a) { return ${mod}()(...a); }`);
      continue;
    }
    const re = new RegExp(`^import \\{([^}]*)\\} from '${quoted}';$`, 'm');
    const m = re.exec(src);
    if (!m) throw new Error(`bundle: no \`import { ... } from '${spec}'\` (or \`import name from '${spec}'\`) in dist/${file} (see LAZY in scripts/bundle.mjs)`);
    const mod = `__unboilLazy${n++}`;
    const wrappers = m[1].split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const [name, local = name] = s.split(/\s+as\s+/);
      // A function, not an arrow: `new Worker(...)` constructs through it as well.
      return `function ${local}(...a) { return new.target ? Reflect.construct(${mod}().${name}, a) : ${mod}().${name}(...a); }`;
    });
    src = src.replace(re, `let ${mod}_m; const ${mod} = () => (${mod}_m ??= require(${JSON.stringify(spec)})); ${wrappers.join(' ')}`);
  }
  return src;
}

const rewrite = {
  name: 'own-import-meta-url-and-lazy-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const src = await fs.promises.readFile(args.path, 'utf8');
      if (!src.includes(COMMANDER_CHILD_PROCESS)) throw new Error(`bundle: commander no longer has \`${COMMANDER_CHILD_PROCESS}\` (see scripts/bundle.mjs)`);
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: src.replace(COMMANDER_CHILD_PROCESS, lazy), loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let src = await fs.promises.readFile(args.path, 'utf8');
      const rel = path.relative(dist, args.path).split(path.sep).join('/');
      if (LAZY[rel]) src = lazyImports(src, rel, LAZY[rel]);
      else if (!src.includes('import.meta.url') && !DYNAMIC_IMPORT.test(src)) return undefined;
      DYNAMIC_IMPORT.lastIndex = 0;
      const contents = src
        // The bundle's own require (bin/unboil.js makes it for dist/unboil.cjs) resolves packages
        // from dist/ as a dist module's would (no dist/*/node_modules), without another
        // createRequire and file URL per module at load (about 2 ms of a lone run).
        .replaceAll('createRequire(import.meta.url)', '__unboilRequire')
        .replaceAll('import.meta.url', metaUrlOf(args.path))
        .replace(DYNAMIC_IMPORT, (_, q, spec) => `Promise.resolve().then(() => __unboilRequire(${JSON.stringify(spec)}))`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * ub()'s rewrite of each rule pattern (src/rules/boilerplate/vocab/match.ts), worked out here once
 * instead of at every start: the rules are loaded with a recorder set, and what ubSource analysed
 * goes into the bundle as __UNBOIL_UB_TABLE__, keyed by flags and the whole source (a pattern
 * changed since cannot take a stale answer: it misses the table and is analysed at load).
 */
globalThis.__unboilUbRecord = new Map();
await import(pathToFileURL(path.join(dist, 'index.js')).href);
const ubTable = Object.fromEntries(globalThis.__unboilUbRecord);
delete globalThis.__unboilUbRecord;
if (Object.keys(ubTable).length === 0) throw new Error('bundle: loading dist/index.js recorded no ub() pattern (see __UNBOIL_UB_TABLE__ in vocab/match.ts)');

await build({
  entryPoints: [entry],
  outfile: path.join(dist, 'unboil.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  plugins: [rewrite],
  logLevel: 'warning',
  legalComments: 'none',
  // Whitespace and syntax only: names stay, so stack traces in bug reports still read.
  minifyWhitespace: true,
  minifySyntax: true,
  // Loaded from node_modules only on the paths that need them (all by lazy import or require):
  // zod (`unboil schema`), warcio (WARC input), iconv-lite and chardet (non-UTF-8 input),
  // cli-progress (a bar on a terminal), stopwords-iso (a JSON file, read by body/stopwords),
  // cheerio and yaml (site rules, --rules: user-rules/ is imported lazily).
  external: ['zod', 'warcio', 'iconv-lite', 'chardet', 'cli-progress', 'stopwords-iso', 'cheerio', 'yaml'],
  banner: { js: banner },
  define: { __UNBOIL_UB_TABLE__: JSON.stringify(ubTable) },
});
