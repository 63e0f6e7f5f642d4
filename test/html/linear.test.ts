/**
 * Hostile HTML (issue 6): folding huge blocks, text reported in millions of chunks. These tests
 * check what comes out at sizes where the old quadratic paths gave up; how the time scales is
 * measured by `npm run bench:hostile` (CPU time, 1 MB against 10 MB), never here: a timed unit
 * test fails on a loaded machine, not on slow code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../src/core/text.js';

/** fold() as String#replace would give it: the oracle for its large-string path. */
const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const replaced = (s: string) => s.replace(SPACE_RUN, ' ').trim();

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

  it('folds 10 MB of white-space runs (the large-string path) to one space per run', () => {
    const small = '   x '.repeat(200_000);
    expect(fold(small)).toBe(replaced(small));
    // String#replace on this input scales about 60x per 10x; the exec loop fold() uses, about 10x
    // (bench:hostile, "white-space runs"). Here: the same answer at 10 MB, built without a regex.
    expect(fold('   x '.repeat(2_000_000))).toBe(new Array(2_000_000).fill('x').join(' '));
  });
});

describe('segmentHtml on text reported in millions of chunks', () => {
  it('"<<<<" runs give the same text as the string itself, one text node, at 10 KB and 1 MB', async () => {
    const { segmentHtml } = await import('../../src/segment/html.js');
    const page = (n: number) => `<html><body><p>a${'<'.repeat(n)} b</p></body></html>`;
    expect(segmentHtml(page(10_000)).blocks.map((b) => b.text)).toEqual([`a${'<'.repeat(10_000)} b`]);
    // a million chunks from the tokenizer, joined in batches (BatchedText), not a million-link cons string;
    // bench:hostile ('HTML: runs of "<"') measures the scaling
    expect(segmentHtml(page(1_000_000)).blocks.map((b) => b.text)).toEqual([`a${'<'.repeat(1_000_000)} b`]);
  });
});
