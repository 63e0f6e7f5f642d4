#!/usr/bin/env node
/**
 * node scripts/audit-regex.mjs [--n 3000] [--all]
 *
 * Linear-time audit of every regular expression literal in src/ (issue 6
 * item 3): each literal is found with the oxc parser that vitest's bundler
 * ships, then run on hostile strings (long runs of one character class that
 * almost match and then fail) at n and 10n characters. A regex whose time
 * grows by more than 30x (linear gives ~10x) is reported with its file and
 * line. `new RegExp(...)` calls are listed too: their patterns are built at
 * run time, so they need a look by eye (or a test at their call site).
 *
 * Exit code 1 when a literal is reported as super-linear.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'rolldown/utils';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--n') + 1] || 0) || 3000;
const showAll = args.includes('--all');

function files(dir) {
  const out = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (n.endsWith('.ts')) out.push(p);
  }
  return out;
}

function lineOf(src, offset) {
  let l = 1;
  for (let i = 0; i < offset && i < src.length; i++) if (src.charCodeAt(i) === 10) l++;
  return l;
}

const literals = [];
const dynamic = [];
for (const file of files(join(root, 'src'))) {
  const src = readFileSync(file, 'utf8');
  const { program, errors } = parseSync(file, src);
  if (errors.length) console.error(`parse errors in ${file}: ${errors.length}`);
  const stack = [program];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const x of node) stack.push(x);
      continue;
    }
    if (node.type === 'Literal' && node.regex) {
      literals.push({ file: relative(root, file), line: lineOf(src, node.start), pattern: node.regex.pattern, flags: node.regex.flags });
    } else if (node.type === 'NewExpression' && node.callee && node.callee.name === 'RegExp') {
      dynamic.push({ file: relative(root, file), line: lineOf(src, node.start), text: src.slice(node.start, Math.min(node.end, node.start + 120)).replace(/\s+/g, ' ') });
    }
    for (const k of Object.keys(node)) if (k !== 'parent') stack.push(node[k]);
  }
}

/** Hostile inputs: runs of one kind of character, ending in something that breaks a match. */
const UNITS = ['a', 'A', 'Aa', ' ', 'a ', 'A ', '1', '12:', '(', ')', '.', ',', ':', '-', '/', '&', '<', '<a', '"', "'", '\t', '\u00a0', 'é', 'Ã©', 'ab.', '1.', 'a-', 'A.', '* ', '» ', '| ', 'Aa Bb ', 'aa, ', '— ', '..', '© '];
const ENDS = ['', '!', '\u0001', '\n', 'x'];
function inputs(n) {
  const out = [];
  for (const u of UNITS) for (const e of ENDS) out.push(u.repeat(Math.ceil(n / u.length)).slice(0, n) + e);
  return out;
}
const small = inputs(N);
const large = inputs(N * 10);

function run(re, s) {
  re.lastIndex = 0;
  if (re.global) s.replace(re, '');
  else re.test(s);
}

function worstRatio(lit) {
  let re;
  try {
    re = new RegExp(lit.pattern, lit.flags.replace('y', ''));
  } catch {
    return null;
  }
  let worst = { ratio: 0, ms: 0, input: '' };
  // Best of several runs: a GC pause or a busy machine must not pass for a quadratic.
  const best = (str, k) => {
    let b = Infinity;
    for (let j = 0; j < k; j++) {
      const t0 = performance.now();
      run(re, str);
      b = Math.min(b, performance.now() - t0);
    }
    return b;
  };
  for (let i = 0; i < small.length; i++) {
    const ts = Math.max(best(small[i], 3), 0.05);
    let tl = best(large[i], 1);
    if (tl / ts > 30 && tl > 20) tl = Math.min(tl, best(large[i], 2));
    const ratio = tl / ts;
    if (ratio > worst.ratio) worst = { ratio, ms: tl, input: JSON.stringify(large[i].slice(0, 12)) + '…' };
  }
  return worst;
}

let bad = 0;
for (const lit of literals) {
  const w = worstRatio(lit);
  if (!w) continue;
  if (w.ratio > 30 && w.ms > 20) {
    bad++;
    console.log(`SUPER-LINEAR ${lit.file}:${lit.line}  /${lit.pattern.slice(0, 140)}/${lit.flags}  ${w.ratio.toFixed(0)}x at 10n (${w.ms.toFixed(0)} ms on ${w.input})`);
  } else if (showAll) {
    console.log(`ok ${lit.file}:${lit.line} /${lit.pattern.slice(0, 80)}/${lit.flags} ${w.ratio.toFixed(1)}x`);
  }
}
console.log(`\n${literals.length} regex literals checked at n=${N} and ${N * 10}: ${bad} super-linear.`);
console.log(`${dynamic.length} new RegExp(...) call sites (patterns built at run time; check by eye):`);
for (const d of dynamic) console.log(`  ${d.file}:${d.line}  ${d.text}`);
process.exit(bad ? 1 : 0);
