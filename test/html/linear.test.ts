/** Linear time on hostile HTML (issue 6): folding huge blocks, text reported in millions of chunks. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../src/core/text.js';

/** fold() as String#replace would give it: the oracle for its large-string path. */
const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const replaced = (s: string) => s.replace(SPACE_RUN, ' ').trim();

/** Best wall time of `runs` calls (ms): the machine is shared, one run can stall. */
function best(f: () => unknown, runs: number): number {
  let t = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t = Math.min(t, performance.now() - t0);
  }
  return t;
}

describe('fold on large strings', () => {
  it('equals the String#replace result on large strings of mixed white space', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'é', '\u3000', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 5000 }), (parts, times) => {
        const s = parts.join('').repeat(times);
        expect(fold(s)).toBe(replaced(s));
      }),
      { numRuns: 60 },
    );
  });

  it('is linear: 10x the input of white-space runs costs far less than 40x the time', () => {
    const small = '   x '.repeat(200_000);
    const large = '   x '.repeat(2_000_000);
    fold(small);
    const s = best(() => fold(small), 3);
    const l = best(() => fold(large), 2);
    expect(fold(small)).toBe(replaced(small));
    // String#replace here: about 60x; the exec loop: about 10x
    expect(l).toBeLessThan(40 * Math.max(10, s));
  });
});

describe('segmentHtml on text reported in millions of chunks', () => {
  it('"<<<<" runs give the same text as the string itself, in linear time', async () => {
    const { segmentHtml } = await import('../../src/segment/html.js');
    const page = (n: number) => `<html><body><p>a${'<'.repeat(n)} b</p></body></html>`;
    expect(segmentHtml(page(10_000)).blocks.map((b) => b.text)).toEqual([`a${'<'.repeat(10_000)} b`]);
    segmentHtml(page(100_000));
    const s = best(() => segmentHtml(page(100_000)), 3);
    const l = best(() => segmentHtml(page(1_000_000)), 2);
    expect(segmentHtml(page(1_000_000)).blocks[0]!.text.length).toBe(1_000_003);
    expect(l).toBeLessThan(40 * Math.max(10, s));
  });
});
