/**
 * Runs every rule table (test/**\/*.cases.ts, format in test/helpers/rule-table.ts)
 * and checks that every rule id of the catalog (`unboil rules`) has one.
 */
import { describe, it, expect } from 'vitest';
import { ruleCatalog } from '../../src/index.js';
import { describeTable, type RuleTable } from '../helpers/rule-table.js';

const modules = import.meta.glob<{ tables: RuleTable[] }>('../**/*.cases.ts', { eager: true });
const tables = Object.values(modules).flatMap((m) => m.tables);

for (const t of tables) describeTable(t);

describe('rule tables', () => {
  const catalog = ruleCatalog();

  it('are found', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(20);
  });

  it('every rule id of the catalog has a table with lines it takes and lines it leaves', () => {
    const missing: string[] = [];
    for (const r of catalog) {
      const cases = tables.filter((t) => t.id === r.id).flatMap((t) => t.cases);
      const taken = cases.some((c) => c.hits.length > 0);
      const left = cases.some((c) => c.lines.some((l, i) => l.trim() !== '' && !c.hits.includes(i + 1)));
      if (!taken || !left) missing.push(`${r.id}${cases.length ? ` (${taken ? 'no line left' : 'no line taken'})` : ''}`);
    }
    expect(missing).toEqual([]);
  });

  it('name only ids of the catalog, each rule module with its own id', () => {
    const ids = new Set(catalog.map((r) => r.id));
    expect(tables.map((t) => t.id).filter((id) => !ids.has(id))).toEqual([]);
    for (const t of tables) {
      const entry = catalog.find((r) => r.id === t.id)!;
      // a selection table is for a reason of body selection; a rule table runs a registered rule module
      if (t.run === 'pipeline') expect(entry.kind === 'selection' || t.id === 'html-outside-article').toBe(true);
      else expect(t.rule!.id).toBe(t.id);
    }
  });
});
