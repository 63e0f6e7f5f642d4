/**
 * nfc-safe.ts's table against ICU (issue 14): normalizeText skips normalize('NFC') for a text whose
 * characters all lie in the table, which holds only if NFC never changes, composes or reorders them.
 */
import { describe, expect, it } from 'vitest';
import { NFC_SAFE_RANGES } from '../../src/decode/nfc-safe.js';
import { normalizeText } from '../../src/decode/index.js';

/** Characters that compose with a character before them: the non-first code points of every canonical decomposition. */
function composesBackward(): Set<number> {
  const s = new Set<number>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const d = [...String.fromCodePoint(cp).normalize('NFD')];
    for (let k = 1; k < d.length; k++) s.add(d[k]!.codePointAt(0)!);
  }
  return s;
}

describe('NFC-safe characters', () => {
  it('the table is sorted, disjoint ranges of BMP code points without surrogates', () => {
    expect(NFC_SAFE_RANGES.length % 2).toBe(0);
    for (let k = 0; k < NFC_SAFE_RANGES.length; k += 2) {
      const [a, b] = [NFC_SAFE_RANGES[k]!, NFC_SAFE_RANGES[k + 1]!];
      expect(a).toBeLessThanOrEqual(b);
      expect(b).toBeLessThanOrEqual(0xffff);
      if (k > 0) expect(a).toBeGreaterThan(NFC_SAFE_RANGES[k - 1]! + 1);
      expect(b < 0xd800 || a > 0xdfff).toBe(true);
    }
  });

  it('NFC leaves every character of the table alone, no character composes with one before it, none is reordered', () => {
    const backward = composesBackward();
    const bad: string[] = [];
    for (let k = 0; k < NFC_SAFE_RANGES.length; k += 2) {
      for (let cp = NFC_SAFE_RANGES[k]!; cp <= NFC_SAFE_RANGES[k + 1]!; cp++) {
        const c = String.fromCharCode(cp);
        // its first code point once decomposed carries its combining class: 0 unless a mark of class 1 or 202 moves past it
        const first = String.fromCodePoint(c.normalize('NFD').codePointAt(0)!);
        const reordered = ('a' + first + '\u0334').normalize('NFD') !== 'a' + first + '\u0334' || ('a\u0327' + first).normalize('NFD') !== 'a\u0327' + first;
        if (c.normalize('NFC') !== c || backward.has(cp) || reordered) bad.push(cp.toString(16));
      }
    }
    expect(bad).toEqual([]);
  });

  it('a text of table characters skips nothing NFC would change; one with a combining mark is composed', () => {
    const safe = 'Grüße — “Привет” 你好 안녕 Ελλάδα';
    expect(normalizeText(safe)).toBe(safe.normalize('NFC'));
    expect(normalizeText('Cafe\u0301 \u212b \uac00\u11a8')).toBe('Café \u00c5 \uac01');
    expect(normalizeText('Ὰ\u0345 e\u0323\u0302')).toBe('Ὰ\u0345 e\u0323\u0302'.normalize('NFC'));
  });
});
