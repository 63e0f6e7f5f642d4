/** BlockSet: the body's block indices as a byte per block (issue 6: no Set<number> of half a million lines). */
import { describe, expect, test } from 'vitest';
import { BlockSet } from '../../src/core/block-set.js';
import { analyze, labelOf } from '../../src/pipeline/clean.js';

describe('BlockSet', () => {
  test.each([
    { indices: [], n: 0 },
    { indices: [], n: 5 },
    { indices: [0], n: 1 },
    { indices: [1, 3, 4], n: 6 },
    { indices: [0, 1, 2, 3], n: 4 },
  ])('$indices of $n blocks answers like a Set', ({ indices, n }) => {
    const b = new BlockSet(indices, n);
    const s = new Set(indices);
    expect(b.size).toBe(s.size);
    expect([...b]).toEqual([...s]);
    for (let i = -1; i <= n + 1; i++) expect(b.has(i)).toBe(s.has(i));
  });
});

describe('labels', () => {
  test('one frozen label per rule and field, shared by the blocks it takes', () => {
    expect(labelOf('ui-chrome')).toBe(labelOf('ui-chrome'));
    expect(labelOf('tag-line', 'tags')).toBe(labelOf('tag-line', 'tags'));
    expect(labelOf('tag-line', 'tags')).not.toBe(labelOf('tag-line'));
    expect(labelOf('tag-line', 'tags')).toEqual({ rule: 'tag-line', field: 'tags' });
    expect(Object.isFrozen(labelOf('ui-chrome'))).toBe(true);
  });

  test('a page of repeated chrome lines: every line removed, with its rule, and one label object for all', () => {
    const { doc, record } = analyze('Share\n'.repeat(500));
    expect(record.removed).toHaveLength(500);
    const labels = new Set(doc.labels);
    expect(labels.size).toBe(1);
    expect(record.removed.every((r) => r.rule === record.removed[0]!.rule)).toBe(true);
  });
});
