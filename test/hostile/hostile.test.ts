/**
 * Hostile inputs at a size CI can afford (512 KB): clean() returns a valid
 * record, without throwing. How the time scales (1 MB against 10 MB, CPU time)
 * is `npm run bench:hostile`'s to measure, not a unit test's: a timed test
 * fails on a loaded machine, not on slow code.
 */
import { describe, expect, it } from 'vitest';
import { clean, UnboilRecord } from '../../src/index.js';
import { segmentText } from '../../src/segment/text.js';

const N = 512 * 1024;
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const PROSE = 'The minister said on Tuesday that talks would resume next month, officials said. ';

const CASES: Record<string, string> = {
  'single line of prose': fill(PROSE, N),
  'runs of "("': fill('(', N),
  'one letter': fill('a', N),
  'one letter, two-byte string': fill('a', N) + '’',
  'spaces then a letter, two-byte': fill(' ', N) + 'x’',
  'colons then a letter': fill(':', N) + 'x',
  '"&amp;" chains': fill('&amp;', N) + 'x',
  'mojibake-like': fill('Ã©â€', N),
  'repeated short lines': fill('Share\n', N),
  'CR-only line breaks': fill('Some line of text.\r', N),
  'deep <div> nesting': `<!doctype html><html><body>${fill('<div>', N)}text</body></html>`,
  'unclosed <b> nesting': `<!doctype html><html><body>${fill('<b>x ', N)}</body></html>`,
  'runs of "<" in HTML': `<!doctype html><html><body>${fill('<', N)}</body></html>`,
};

describe('hostile inputs', () => {
  for (const [name, input] of Object.entries(CASES)) {
    it(`${name}: a valid record, no throw`, () => {
      const r = clean(input);
      expect(UnboilRecord.safeParse(r).success).toBe(true);
    });
  }
  it('a 9M-character run of spaces in a two-byte string: no RangeError from a backtracking regex', () => {
    // /^[\s\u00a0]+/u (the indent of a line) pushed a backtrack entry per character and overflowed the stack past ~8M.
    const r = clean(`${' '.repeat(9 * 1024 * 1024)}x\u2019 and more words here.`);
    expect(UnboilRecord.safeParse(r).success).toBe(true);
    expect(r.body.includes('x\u2019') || r.removed.some((l) => l.text.includes('x\u2019'))).toBe(true);
  });
  it('line indent counts the leading white space that JS \\s matches', () => {
    const spaces = ['\t', '\v', '\f', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u202f', '\u205f', '\u3000', '\ufeff'];
    for (const sp of spaces) {
      const [b] = segmentText(`${sp}${sp} word`);
      expect(b!.indent).toBe(3);
    }
    // Not white space: zero-width space, and a letter.
    expect(segmentText('\u200bword')[0]!.indent).toBe(0);
    expect(segmentText('word  ')[0]!.indent).toBe(0);
  });
  it('maxBytes turns a larger input into InputError too-large', () => {
    expect(() => clean(fill('a', 2000), { maxBytes: 1000 })).toThrow(/size limit/);
  });
});
