/**
 * Reading a rules file: JSON or YAML, validated by the zod schema (schema.ts),
 * every error naming the file and the key path it is about
 * (`rules.yaml: html[2].select: not a CSS selector ...`).
 *
 * YAML is read by the `yaml` package: a complete, maintained YAML 1.2 parser
 * with line/column errors; YAML is what people write site lists in, and a
 * hand-written subset would misread quoting and multi-line strings.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { SiteRules } from '../core/types.js';
import { RulesFile } from './schema.js';
import { compileRules } from './compile.js';

/** A rules file that cannot be used: `issues` hold each problem with its key path. */
export class RulesError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'RulesError';
  }
}

/** `html[2].select` for a zod issue path. */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out || '(top level)';
}

/** Validates parsed rules data; throws RulesError listing every bad key. `name` names the source in messages. */
export function validateRules(data: unknown, name = 'rules'): RulesFile {
  const r = RulesFile.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: keyPath(i.path), message: i.message }));
  throw new RulesError(`${name}: invalid rules:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`, issues);
}

/** Parses the text of a rules file: JSON when `name` ends in .json, else YAML (a superset of JSON). */
export function parseRulesText(text: string, name = 'rules'): RulesFile {
  let data: unknown;
  if (/\.json$/i.test(name)) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new RulesError(`${name}: not valid JSON (${(e as Error).message})`);
    }
  } else {
    try {
      data = parseYaml(text);
    } catch (e) {
      const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
      throw new RulesError(`${name}: not valid YAML${where} (${(e as Error).message.split('\n')[0]})`);
    }
  }
  return validateRules(data, name);
}

/** Reads, validates and compiles a rules file (JSON or YAML). Throws RulesError. */
export function loadRulesFile(path: string): RulesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new RulesError(`${path}: cannot read the rules file (${err.code === 'ENOENT' ? 'no such file' : err.message})`);
  }
  // a byte order mark (Windows editors write one) is not part of the JSON or YAML
  return parseRulesText(text.replace(/^\uFEFF/, ''), path);
}

/**
 * Site rules for clean()'s `rules` option, from parsed data (an object as the
 * rules file holds it) or from a rules file's text. Throws RulesError.
 */
export function parseRules(rules: unknown, name = 'rules'): SiteRules {
  return compileRules(typeof rules === 'string' ? parseRulesText(rules, name) : validateRules(rules, name));
}

/** Site rules for clean()'s `rules` option, from a JSON or YAML file. Throws RulesError. */
export function loadRules(path: string): SiteRules {
  return compileRules(loadRulesFile(path));
}
