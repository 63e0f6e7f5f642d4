/**
 * doc.cleared: blocks every line rule has found nothing in are not tested by
 * the line rules again in a later round over the same text (settle, HTML's
 * text round). Sound only because line rules judge a block by its text alone
 * and all of them run before body selection.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { selectRound, seedOf } from '../../src/pipeline/clean.js';
import { lineRule } from '../../src/core/rule-kit.js';
import { preRules, postRules } from '../../src/rules/index.js';
import type { Block, Doc } from '../../src/core/types.js';

const block = (text: string, index: number): Block => ({ index, line: index + 1, text, indent: 0, blankBefore: 0 });
const docOf = (texts: string[], cleared?: number[]): Doc => {
  const blocks = texts.map(block);
  return { format: 'text', blocks, labels: blocks.map(() => null), meta: {}, warnings: [], body: null, ...(cleared ? { cleared: Uint8Array.from(cleared) } : {}) };
};

describe('lineRule and doc.cleared', () => {
  test('line rules all run before body selection, so "free after the pre rules" means "cleared by every line rule"', () => {
    expect(preRules.filter((r) => r.byText).length).toBeGreaterThan(5);
    expect(postRules.filter((r) => r.byText).map((r) => r.id)).toEqual([]);
  });

  test.each([
    { cleared: undefined, asked: [0, 1, 2] },
    { cleared: [0, 0, 0], asked: [0, 1, 2] },
    { cleared: [1, 0, 1], asked: [1] },
  ])('cleared $cleared: the test is asked about blocks $asked', ({ cleared, asked }) => {
    const seen: number[] = [];
    const rule = lineRule('probe', 'probe', (b) => (seen.push(b.index), b.text === 'Share'));
    const hits = rule.run(docOf(['Share', 'Share', 'Share'], cleared));
    expect(seen).toEqual(asked);
    expect(hits.map((h) => h.block)).toEqual(asked);
  });
});

describe('selectRound carries cleared blocks of unchanged text', () => {
  const FOOTER = '© 2021 Example Media Group. All rights reserved.';
  const PROSE = 'The council voted on Tuesday to expand the bus network, a plan that officials said would cut waiting times.';
  const text = [PROSE, PROSE, FOOTER].join('\n\n');

  test('a seed that cleared a footer line keeps the line rules off it (the seed is trusted)', () => {
    const first = selectRound(text, { format: 'text' });
    expect(first.doc.labels[2]?.rule).toBe('copyright-footer');
    // a seed claiming the footer was cleared: the line rules do not look at it again
    const seed = { blocks: first.doc.blocks, cleared: [1, 1, 1] };
    const again = selectRound(text, { format: 'text' }, seed);
    expect(again.doc.labels[2]?.rule).not.toBe('copyright-footer');
  });

  test('a seed block of other text is tested again', () => {
    const other = selectRound([PROSE, PROSE, 'Something else entirely, said in a sentence.'].join('\n\n'), { format: 'text' });
    const again = selectRound(text, { format: 'text' }, { blocks: other.doc.blocks, cleared: [1, 1, 1] });
    expect(Array.from(again.doc.cleared!)).toEqual([1, 1, 0]);
    expect(again.doc.labels[2]?.rule).toBe('copyright-footer');
  });

  test('the first round clears exactly the blocks the pre rules left free', () => {
    const first = selectRound(text, { format: 'text' });
    expect(Array.from(first.doc.cleared!)).toEqual([1, 1, 0]);
  });
});

describe('on the fixtures, a seeded round decides as an unseeded one', () => {
  const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  const inputs = [
    ...fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).map((f) => ({ f: `text/${f}`, format: 'text' as const })),
    ...fs.readdirSync(path.join(dir, 'html')).filter((f) => f.endsWith('.html')).map((f) => ({ f: `html/${f}`, format: 'html' as const })),
  ];
  test.each(inputs)('$f', ({ f, format }) => {
    const first = selectRound(fs.readFileSync(path.join(dir, f), 'utf8'), { format });
    // every block of the capture, so both rounds see all of it: kept, taken and cleared
    const all = first.doc.blocks.map((b) => b.index).filter((i) => !first.doc.blocks[i]!.text.includes('\n') && first.doc.blocks[i]!.text !== '');
    const text = all.map((i) => first.doc.blocks[i]!.text).join('\n\n');
    const seeded = selectRound(text, { format: 'text' }, seedOf(first.doc, all));
    const fresh = selectRound(text, { format: 'text' });
    // blocks are folded single lines: each stays one paragraph, so seed block k is block k
    expect(seeded.doc.blocks.map((b) => b.text)).toEqual(all.map((i) => first.doc.blocks[i]!.text));
    expect(seeded.doc.cleared!.some((c) => c === 1)).toBe(true);
    expect(seeded.doc.labels).toEqual(fresh.doc.labels);
    expect(seeded.body).toEqual(fresh.body);
  });
});
