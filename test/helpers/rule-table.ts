/**
 * Table-driven rule tests, one format for every rule id (ESLint's RuleTester
 * idea). A rule module `src/rules/<group>/<name>.ts` is paired with
 * `test/rules/<group>/<name>.cases.ts`, which exports `tables`; the reasons body
 * selection gives have theirs in `test/body/selection.cases.ts`.
 * test/rules/tables.test.ts runs every table and checks that every rule id of
 * the catalog (`unboil rules`) has one, with lines the rule takes and lines it
 * leaves.
 *
 * A case is a small capture (one string per line, '' for a blank line; for an
 * HTML table, the page's source lines, one block per line) and the 1-based line
 * numbers the rule must take, with the field they feed; every other non-blank
 * line must be left alone by it.
 */
import { describe, it, expect } from 'vitest';
import type { Doc, Format, Rule } from '../../src/core/types.js';
import { segmentText } from '../../src/segment/text.js';
import { segmentHtml } from '../../src/segment/html.js';
import { allRules } from '../../src/rules/index.js';
import { analyze } from '../../src/pipeline/clean.js';
import { hitTakes } from '../../src/pipeline/round.js';

export interface RuleCase {
  name: string;
  lines: string[];
  /** 1-based line numbers the rule takes (HTML: the line a block starts on). */
  hits: number[];
  /** Optional: field the hits feed. */
  field?: string;
  /** Optional: blocks set as body before the rule runs (post rules), by line number. */
  body?: number[];
  /** Optional: ids of rules that run first, in order; their labels stand (first rule wins), as in the pipeline. */
  before?: string[];
}

export interface RuleTable {
  /** The rule id the table is for. */
  id: string;
  /** The rule module; absent for a reason of body selection. */
  rule?: Rule;
  /**
   * `rule`: the rule alone on the segmented capture. `pipeline`: the whole of
   * clean() on the capture; the hits are the lines `removed` gives this id
   * (reasons of body selection, which no module runs alone).
   */
  run: 'rule' | 'pipeline';
  format: Format;
  cases: RuleCase[];
}

/** A table of cases for a rule module. */
export function table(rule: Rule, cases: RuleCase[], format: Format = 'text'): RuleTable {
  return { id: rule.id, rule, run: 'rule', format, cases };
}

/** A table of cases for a reason body selection gives (run through clean()). */
export function selectionTable(id: string, cases: RuleCase[], format: Format = 'text'): RuleTable {
  return { id, run: 'pipeline', format, cases };
}

export function docOf(lines: string[], bodyLines?: number[], format: Format = 'text'): Doc {
  const src = lines.join('\n');
  const seg = format === 'html' ? segmentHtml(src) : { blocks: segmentText(src), meta: {}, warnings: [] };
  const blocks = seg.blocks;
  const body = bodyLines ? new Set(blocks.filter((b) => bodyLines.includes(b.line)).map((b) => b.index)) : null;
  return { format, blocks, labels: blocks.map(() => null), meta: seg.meta, warnings: [], body };
}

function ruleById(id: string): Rule {
  const r = allRules.find((x) => x.id === id);
  if (!r) throw new Error(`no registered rule ${id}`);
  return r;
}

export function ruleHits(rule: Rule, lines: string[], bodyLines?: number[], format: Format = 'text', before: string[] = []): { lines: number[]; fields: (string | undefined)[] } {
  const doc = docOf(lines, bodyLines, format);
  for (const id of before) for (const h of ruleById(id).run(doc)) doc.labels[h.block] ??= h.field ? { rule: id, field: h.field } : { rule: id };
  const hits = rule.run(doc).filter((h) => hitTakes(doc.labels[h.block] ?? null, h)).sort((a, b) => a.block - b.block);
  return { lines: hits.map((h) => doc.blocks[h.block]!.line), fields: hits.map((h) => h.field) };
}

/** What clean() gives rule `id`: the lines of `removed` with that id. */
export function pipelineHits(id: string, lines: string[], format: Format): { lines: number[]; fields: (string | undefined)[] } {
  const removed = analyze(lines.join('\n'), { format }).record.removed.filter((r) => r.rule === id);
  return { lines: removed.map((r) => r.line), fields: removed.map((r) => r.field) };
}

export function describeTable(t: RuleTable): void {
  describe(`${t.run === 'rule' ? 'rule' : 'selection'} ${t.id} (${t.format})`, () => {
    if (t.rule) {
      const rule = t.rule;
      it('has an id and a one-line description', () => {
        expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(rule.description.length).toBeGreaterThan(10);
        expect(rule.description).not.toContain('\n');
      });
    }
    for (const c of t.cases) {
      it(c.name, () => {
        const got = t.rule ? ruleHits(t.rule, c.lines, c.body, t.format, c.before) : pipelineHits(t.id, c.lines, t.format);
        expect(got.lines).toEqual(c.hits);
        if (c.field !== undefined) for (const f of got.fields) expect(f).toBe(c.field);
      });
    }
  });
}

/** Shorthand for a test file that runs one table of a text rule. */
export function describeRule(rule: Rule, cases: RuleCase[]): void {
  describeTable(table(rule, cases));
}
