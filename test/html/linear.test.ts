/** Linear time on hostile HTML (issue 6): folding huge blocks, text reported in millions of chunks. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldLarge } from '../../src/segment/html/walk.js';
import { fold } from '../../src/core/text.js';

describe('foldLarge', () => {
  it('equals fold() on large strings of mixed white space', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'é', '\u3000', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 5000 }), (parts, times) => {
        const s = parts.join('').repeat(times);
        expect(foldLarge(s)).toBe(fold(s));
      }),
      { numRuns: 60 },
    );
  });

  it('is linear: 10x the input of white-space runs costs far less than 40x the time', () => {
    const small = '   x '.repeat(200_000);
    const large = '   x '.repeat(2_000_000);
    foldLarge(small);
    const t0 = performance.now();
    foldLarge(small);
    const t1 = performance.now();
    foldLarge(large);
    const t2 = performance.now();
    expect(foldLarge(small)).toBe(fold(small));
    expect(t2 - t1).toBeLessThan(40 * Math.max(5, t1 - t0));
  });
});

describe('segmentHtml on text reported in millions of chunks', () => {
  it('"<<<<" runs give the same text as the string itself, in linear time', async () => {
    const { segmentHtml } = await import('../../src/segment/html.js');
    const page = (n: number) => `<html><body><p>a${'<'.repeat(n)} b</p></body></html>`;
    expect(segmentHtml(page(10_000)).blocks.map((b) => b.text)).toEqual([`a${'<'.repeat(10_000)} b`]);
    segmentHtml(page(100_000));
    const t0 = performance.now();
    segmentHtml(page(100_000));
    const t1 = performance.now();
    const big = segmentHtml(page(1_000_000));
    const t2 = performance.now();
    expect(big.blocks[0]!.text.length).toBe(1_000_003);
    expect(t2 - t1).toBeLessThan(40 * Math.max(5, t1 - t0));
  });
});
