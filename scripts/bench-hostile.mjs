#!/usr/bin/env node
/**
 * npm run bench:hostile [-- --case NAME] [--small MB] [--large MB] [--json]
 *
 * Hostile inputs against the built clean() (dist/: run `npm run build` first):
 * each case is generated at 1 MB and at 10 MB and cleaned; the script prints
 * the time of each size and the 10 MB / 1 MB ratio. Linear code gives about
 * 10; anything quadratic gives about 100. Every ratio must be <= 12 (exit 1
 * otherwise, or when a case throws).
 *
 * Times are the best of several interleaved runs (4 at 1 MB, 2 at 10 MB) to
 * keep a busy machine from inflating one size; cases below 5 ms at 1 MB are
 * too quick for a ratio to mean anything, so their ratio uses a 5 ms floor.
 * Run it on a quiet machine: under heavy load, memory-bound passes over a
 * 20 MB (UTF-16) string lose the CPU caches and the ratio drifts above 10.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist/index.js'))) {
  process.stderr.write('bench:hostile: dist/ is missing: run `npm run build` first\n');
  process.exit(2);
}
const { clean } = await import(join(root, 'dist/index.js'));

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SMALL = Number(opt('--small', '1')) * 1024 * 1024;
const LARGE = Number(opt('--large', '10')) * 1024 * 1024;
const only = opt('--case', null);
const MAX_RATIO = 12;
const FLOOR_MS = 5;

/** Repeats `unit` until the string is `bytes` long (in UTF-16 units; the units below are ASCII unless noted). */
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const PROSE =
  'The minister said on Tuesday that talks with the neighbouring countries would resume next month, ' +
  'according to officials familiar with the matter, who asked not to be named. ';

/** name -> (size in bytes) -> input string */
const CASES = {
  'single line, prose (no line break)': (n) => fill(PROSE, n),
  'single line, runs of "("': (n) => fill('(', n),
  'single line, one letter': (n) => fill('a', n),
  'single line, one letter then "("': (n) => fill('a', n - 1) + '(',
  'single line, spaces then a letter': (n) => fill(' ', n - 1) + 'x',
  'single line, punctuation mix ":|-.,;"': (n) => fill(':|-.,; ', n - 1) + 'x',
  'single line, digits and separators': (n) => fill('12:34 14.07.2020 1,234 ', n),
  'single line, "&amp;" chains': (n) => fill('&amp;', n - 1) + 'x',
  'single line, "&" runs': (n) => fill('&', n),
  'single line, mojibake-like "Ã©â€"': (n) => fill('Ã©â€', n),
  'single line, capitalised words (title case)': (n) => fill('Aaaa Bbbb Cccc ', n),
  'single line, URL-like': (n) => fill('http://example.com/a/b?c=d&e=f/', n),
  'repeated short lines "Share"': (n) => fill('Share\n', n),
  'repeated short lines, distinct': (n) => {
    const out = [];
    let len = 0;
    for (let i = 0; len < n; i++) {
      const l = `Item ${i}\n`;
      out.push(l);
      len += l.length;
    }
    return out.join('').slice(0, n);
  },
  'repeated prose paragraphs': (n) => fill(`${PROSE}\n\n`, n),
  'repeated blank lines then text': (n) => fill('\n', n - 5) + 'text.',
  'CR-only line breaks': (n) => fill('Some line of text.\r', n),
  'HTML: deep nesting <div>': (n) => `<!doctype html><html><body>${fill('<div>', n - 60)}text</body></html>`,
  'HTML: deep nesting <b> unclosed, with text': (n) => `<!doctype html><html><body>${fill('<b>x ', n - 60)}</body></html>`,
  'HTML: many paragraphs': (n) => `<!doctype html><html><body>${fill(`<p>${PROSE}</p>\n`, n - 60)}</body></html>`,
  'HTML: runs of "<"': (n) => `<!doctype html><html><body>${fill('<', n - 60)}</body></html>`,
  'HTML: one huge text node': (n) => `<!doctype html><html><body><p>${fill(PROSE, n - 60)}</p></body></html>`,
};

function time(input, repeats) {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    clean(input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const rows = [];
let failed = false;
const names = Object.keys(CASES).filter((n) => !only || n.includes(only));
const w = Math.max(...names.map((n) => n.length));
process.stdout.write(`${'case'.padEnd(w)}  ${'1 MB ms'.padStart(9)}  ${'10 MB ms'.padStart(9)}  ratio\n`);
for (const name of names) {
  const make = CASES[name];
  let small;
  let large;
  let error = null;
  try {
    const s = make(SMALL);
    const l = make(LARGE);
    clean(s); // warm-up
    // Interleaved rounds, best of each: on a shared machine the load changes
    // from second to second, and a slow phase must not land on one size only.
    small = Infinity;
    large = Infinity;
    for (let round = 0; round < 2; round++) {
      small = Math.min(small, time(s, 2));
      large = Math.min(large, time(l, 1));
    }
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  if (error) {
    failed = true;
    rows.push({ name, error });
    process.stdout.write(`${name.padEnd(w)}  THREW ${error.slice(0, 200)}\n`);
    continue;
  }
  const ratio = large / Math.max(small, FLOOR_MS);
  const bad = ratio > MAX_RATIO;
  if (bad) failed = true;
  rows.push({ name, smallMs: small, largeMs: large, ratio });
  process.stdout.write(`${name.padEnd(w)}  ${small.toFixed(1).padStart(9)}  ${large.toFixed(1).padStart(9)}  ${ratio.toFixed(2)}${bad ? `  > ${MAX_RATIO}: NOT LINEAR` : ''}\n`);
}
const ok = rows.filter((r) => r.ratio !== undefined);
const worst = ok.reduce((a, r) => (r.ratio > a.ratio ? r : a), { ratio: 0, name: '-' });
process.stdout.write(`\nworst 10 MB / 1 MB ratio: ${worst.ratio.toFixed(2)} (${worst.name}); limit ${MAX_RATIO}; ${failed ? 'FAIL' : 'ok'}\n`);
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(rows)}\n`);
process.exit(failed ? 1 : 0);
