/** foldLarge: fold()'s result on any string, in linear time on strings with millions of white-space runs. */
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
