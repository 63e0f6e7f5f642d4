import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clean, ruleCatalog, ruleTableMarkdown } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const catalog = ruleCatalog();
const ids = new Set(catalog.map((r) => r.id));

function fixtureInputs(): { name: string; data: Buffer }[] {
  const out: { name: string; data: Buffer }[] = [];
  for (const sub of ['text', 'html']) {
    const dir = join(root, 'fixtures', sub);
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.json')) continue;
      out.push({ name: `${sub}/${f}`, data: readFileSync(join(dir, f)) });
    }
  }
  return out;
}

describe('rule catalog (unboil rules)', () => {
  it('ids are unique kebab-case with one-line descriptions', () => {
    expect(ids.size).toBe(catalog.length);
    for (const r of catalog) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.description).not.toContain('\n');
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it('every rule id in the records of the fixtures is in the catalog', () => {
    const inputs = fixtureInputs();
    expect(inputs.length).toBeGreaterThan(20);
    const unknown = new Set<string>();
    for (const { data } of inputs) for (const r of clean(data).removed) if (!ids.has(r.rule)) unknown.add(r.rule);
    expect([...unknown]).toEqual([]);
  });

  it('the README rule table is the one the rule modules give (node scripts/rules-doc.mjs)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('| id | kind | what it takes |');
    expect(start).toBeGreaterThan(0);
    const end = readme.indexOf('\n\n', start);
    expect(readme.slice(start, end)).toBe(ruleTableMarkdown());
  });

  it('the README documents every rule id', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const missing = catalog.filter((r) => !readme.includes(`\`${r.id}\``)).map((r) => r.id);
    expect(missing).toEqual([]);
  });
});
