#!/usr/bin/env node
// The layering check of npm test: dependency-cruiser with .dependency-cruiser.cjs over src/.
// Fails on any violation, and also when dependency-cruiser did not read every .ts file of
// src/ (without its swc parser it would skip them all and find nothing wrong).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { root } from './lib/args.mjs';

const bin = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
let out;
try {
  out = execFileSync(process.execPath, [bin, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
} catch (e) {
  // exit code = number of errors; the JSON is still on stdout
  out = e.stdout;
  if (!out) throw e;
}
const { summary } = JSON.parse(out);
const files = fs.readdirSync(path.join(root, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts'));
for (const v of summary.violations) {
  const what = v.cycle ? [v.from, ...v.cycle.map((c) => c.name ?? c)].join(' -> ') : `${v.from} -> ${v.to}`;
  console.error(`layers: ${v.rule.name}: ${what}`);
}
if (summary.totalCruised < files.length) {
  console.error(`layers: dependency-cruiser read ${summary.totalCruised} modules, src/ has ${files.length} .ts files: is @swc/core installed?`);
  process.exit(1);
}
if (summary.error > 0) {
  console.error(`layers: ${summary.error} import(s) break the layering of .dependency-cruiser.cjs (README, How it works)`);
  process.exit(1);
}
console.log(`layers: ${summary.totalCruised} modules, ${summary.totalDependenciesCruised} imports, no cycle, none upward`);
