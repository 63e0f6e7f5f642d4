/**
 * Every runtime dependency carries its weight: each one in package.json's
 * "dependencies" is imported (import, dynamic import or require) by a source
 * file under src/, comments aside; and every package src/ imports is a runtime
 * dependency (not a devDependency an installed package would lack).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './cli/helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(n) ? [p] : [];
  });
}

/** The packages a file imports: `from 'x'`, `import('x')`, `require('x')`, with comments removed first. */
function importsOf(code: string): string[] {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of bare.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    // a package name (npm's rules), not a string that follows the word "from" in a message
    if (!/^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]+)?$/.test(spec) && !spec.startsWith('.')) continue;
    if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
    out.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return out;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const used = new Map<string, string[]>();
for (const f of sources(join(ROOT, 'src'))) {
  for (const name of importsOf(readFileSync(f, 'utf8'))) used.set(name, [...(used.get(name) ?? []), f]);
}

test('the import finder sees the three forms and skips comments', () => {
  expect(importsOf(`import a from 'aa';\nconst b = await import('bb/sub');\nconst c = require("@s/cc/x");\n// import d from 'dd'\n/* require('ee') */`)).toEqual(['aa', 'bb', '@s/cc']);
});

test.each(Object.keys(pkg.dependencies))('runtime dependency %s is imported under src/', (name) => {
  expect(used.get(name), `${name} is in "dependencies" but no file under src/ imports it: remove it or use it`).toBeDefined();
});

test('every package src/ imports is a runtime dependency', () => {
  const missing = [...used.keys()].filter((n) => !(n in pkg.dependencies));
  expect(missing, `imported by src/ but not in "dependencies": ${missing.join(', ')}`).toEqual([]);
});
