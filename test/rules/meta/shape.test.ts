import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { capitalShare, headlineShaped } from '../../../src/rules/meta/shape.js';

/** The definition capitalShare() counts by hand. */
function byRegex(text: string): number {
  const w = text.match(/\p{L}{4,}/gu);
  if (!w) return 0;
  let caps = 0;
  for (const x of w) if (/^\p{Lu}/u.test(x)) caps++;
  return caps / w.length;
}

describe('capitalShare', () => {
  it('is the share of 4+ letter words that open with a capital', () => {
    expect(capitalShare('Hundreds of Coastal Boats Stay in Port')).toBe(1);
    expect(capitalShare('Hundreds of cool tasks for the evening')).toBe(0.25);
    expect(capitalShare('1 2 3')).toBe(0);
  });
  it('agrees with the regex definition, surrogates and marks included', () => {
    const ch = fc.constantFrom(...['a', 'B', 'é', 'É', 'ß', 'Ж', 'ж', ' ', '-', '1', '\u0301', '\u{1D400}', '\u{1D41A}', '\ud800', '\udc00', 'ǅ']);
    fc.assert(fc.property(fc.array(ch, { maxLength: 40 }).map((a) => a.join('')), (t) => capitalShare(t) === byRegex(t)), { numRuns: 5000 });
  });
});

describe('headlineShaped', () => {
  it('takes short capitalised lines and leaves sentences', () => {
    expect(headlineShaped('Hundreds of Coastal Boats Stay in Port')).toBe(true);
    expect(headlineShaped('the council voted on Tuesday')).toBe(false);
    expect(headlineShaped('The council voted on Tuesday.')).toBe(false);
    expect(headlineShaped('“Quoted Headline Stays Here')).toBe(true);
  });
});
