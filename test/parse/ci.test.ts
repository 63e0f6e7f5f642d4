import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { asciiTest, prefiltered } from '../../src/parse/ci.js';

const samples = ['Sign in', 'SIGN IN now', 'ſign in', 'bacK to top', 'cookieſ', 'agoſ', 'ago', '3 of 10', 'Назад', 'ВЧЕРА', 'вчерa', 'back to topK', 'nothing', 'ago é'];
const ch = fc.constantFrom(...'signcokebatpSIGNCOKEBATP 019ſKназдвчеНАЗДВЧЕé-_'.split(''));
const text = fc.array(ch, { maxLength: 30 }).map((a) => a.join(''));

describe('asciiTest', () => {
  const full = /\b(?:sign in|cookies?|back to top|ago)\b|\d+ of \d+/iu;
  const fast = asciiTest(/\b(?:sign in|cookies?|back to top|ago)\b|\d+ of \d+/i, /\b(?:sign in|cookies?|back to top|ago)\b|\d+ of \d+/iu);
  it('answers as the /iu pattern, with the letters /iu folds onto ASCII', () => {
    for (const t of samples) expect(fast(t)).toBe(full.test(t));
    fc.assert(fc.property(text, (t) => fast(t) === full.test(t)), { numRuns: 5000 });
  });
  it('refuses patterns with other flags or sources', () => {
    expect(() => asciiTest(/a/iu, /a/iu)).toThrow();
    expect(() => asciiTest(/a/i, /b/iu)).toThrow();
  });
});

describe('prefiltered', () => {
  const full = /\b(?:sign in|cookies?|back to top|ago)\b|\d+ of \d+|назад|вчера/iu;
  const fast = prefiltered(/\b(?:sign in|cookies?|back to top|ago)\b|\d+ of \d+/i, full);
  it('answers as the full pattern', () => {
    for (const t of samples) expect(fast(t)).toBe(full.test(t));
    fc.assert(fc.property(text, (t) => fast(t) === full.test(t)), { numRuns: 5000 });
  });
  it('refuses patterns with other flags', () => {
    expect(() => prefiltered(/a/iu, /a/iu)).toThrow();
  });
});
