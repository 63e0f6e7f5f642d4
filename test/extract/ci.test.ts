import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ciTest } from '../../src/extract/ci.js';

describe('ciTest', () => {
  const full = /\b(?:sign in|cookies?|back to top|ago)\b|\d+ of \d+|назад|вчера/iu;
  const fast = ciTest(/\b(?:sign in|cookies?|back to top|ago)\b|\d+ of \d+/i, /\b(?:sign in|cookies?|back to top|ago)\b|\d+ of \d+/iu, /назад|вчера/iu);
  it('answers as the whole /iu pattern, with the letters /iu folds onto ASCII', () => {
    for (const t of ['Sign in', 'SIGN IN now', 'ſign in', 'bacK to top', 'cookieſ', 'agoſ', 'ago', '3 of 10', 'Назад', 'ВЧЕРА', 'вчерa', 'back to topK', 'nothing']) {
      expect(fast(t)).toBe(full.test(t));
    }
  });
  it('agrees with the /iu pattern on random text', () => {
    const ch = fc.constantFrom(...'signcokebatpSIGNCOKEBATP 019ſKназдвчеНАЗДВЧЕ-_'.split(''));
    fc.assert(fc.property(fc.array(ch, { maxLength: 30 }).map((a) => a.join('')), (t) => fast(t) === full.test(t)), { numRuns: 5000 });
  });
  it('refuses patterns with the wrong flags', () => {
    expect(() => ciTest(/a/iu, /a/iu)).toThrow();
    expect(() => ciTest(/a/i, /b/iu)).toThrow();
  });
});
