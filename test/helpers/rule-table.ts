/**
 * Table-driven rule tests. Each case is a small capture (one string per line,
 * '' for a blank line) and the 1-based line numbers the rule must take; every
 * other non-blank line must be left alone.
 */
import { describe, it, expect } from 'vitest';
import type { Doc, Rule } from '../../src/core/types.js';
import { segmentText } from '../../src/segment/text.js';

export interface RuleCase {
  name: string;
  lines: string[];
  /** 1-based line numbers the rule takes. */
  hits: number[];
  /** Optional: field the hits feed. */
  field?: string;
  /** Optional: indices of blocks set as body before the rule runs (post rules), by line number. */
  body?: number[];
}

export function docOf(lines: string[], bodyLines?: number[]): Doc {
  const blocks = segmentText(lines.join('\n'));
  const body = bodyLines ? new Set(blocks.filter((b) => bodyLines.includes(b.line)).map((b) => b.index)) : null;
  return { format: 'text', blocks, labels: blocks.map(() => null), meta: {}, warnings: [], body };
}

export function ruleHits(rule: Rule, lines: string[], bodyLines?: number[]): { lines: number[]; fields: (string | undefined)[] } {
  const doc = docOf(lines, bodyLines);
  const hits = rule.run(doc).sort((a, b) => a.block - b.block);
  return { lines: hits.map((h) => doc.blocks[h.block]!.line), fields: hits.map((h) => h.field) };
}

export function describeRule(rule: Rule, cases: RuleCase[]): void {
  describe(`rule ${rule.id}`, () => {
    it('has an id and a one-line description', () => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.description).not.toContain('\n');
    });
    for (const c of cases) {
      it(c.name, () => {
        const got = ruleHits(rule, c.lines, c.body);
        expect(got.lines).toEqual(c.hits);
        if (c.field !== undefined) for (const f of got.fields) expect(f).toBe(c.field);
      });
    }
  });
}
