/**
 * Hostile inputs at a size CI can afford (512 KB): clean() returns a valid
 * record, without throwing, in reasonable time. `npm run bench:hostile`
 * measures the 1 MB / 10 MB scaling of the same shapes.
 */
import { describe, expect, it } from 'vitest';
import { clean, UnboilRecord } from '../../src/index.js';

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
      const t0 = performance.now();
      const r = clean(input);
      // Generous: quadratic code takes minutes at this size; shared CI machines are slow.
      expect(performance.now() - t0).toBeLessThan(30_000);
      expect(UnboilRecord.safeParse(r).success).toBe(true);
    });
  }
  it('maxBytes turns a larger input into InputError too-large', () => {
    expect(() => clean(fill('a', 2000), { maxBytes: 1000 })).toThrow(/size limit/);
  });
});
