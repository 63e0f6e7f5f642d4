// Shared by the bench and profile scripts: the repository root and `--name value` options.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const args = process.argv.slice(2);
/** Value of `--name value`, or def. */
export const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};

/**
 * Stops the script `name` (exit 2) unless every path exists; `what` says what is missing.
 * The development data lives in ../shared beside the repository, which a user's clone lacks.
 */
export function need(name, paths, what) {
  if (paths.every((p) => fs.existsSync(p))) return;
  console.error(`${name}: ${what}`);
  process.exit(2);
}

/** The built library (dist/index.js), imported; stops the script `name` (exit 2) when it is not built. */
export async function builtLibrary(name) {
  const index = path.join(root, 'dist', 'index.js');
  need(name, [index], 'dist/ is missing: run `npm run build` first.');
  return import(index);
}
