/**
 * normalizeText and decodeEntities skip work by scanning first (issue 5) and
 * avoid replace() with callbacks (issue 6). Their output must stay exactly
 * what the straightforward regex chain gives: these oracles are that chain.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, repairMojibake, decodeEntities } from '../../src/decode/index.js';
import { CP1252_HIGH } from '../../src/decode/cp1252.js';

const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const JOINER = /(?<![\p{L}\p{M}\p{Extended_Pictographic}\uFE0F])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

/** The regex chain normalizeText replaced: every step, always, in the same order. */
function oracleNormalize(s: string, warnings?: string[]): string {
  let t = s.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  t = t.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const moji = repairMojibake(t);
  if (moji.count > 0) {
    t = moji.text;
    warnings?.push(`repaired ${moji.count} mojibake character${moji.count === 1 ? '' : 's'} (UTF-8 text that had been read as Windows-1252)`);
  }
  t = t.replace(/[\u0080-\u009f]/g, (ch) => {
    const cp = CP1252_HIGH[ch.charCodeAt(0) - 0x80]!;
    return cp < 0xa0 ? '' : String.fromCharCode(cp);
  });
  t = t.replace(INVISIBLE, '');
  t = t.replace(JOINER, '');
  t = t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  return t.normalize('NFC');
}

/** Characters each step reacts to, plus letters, marks, emoji halves and mojibake material. */
const ALPHABET = [
  'a', 'Z', ' ', '\t', '\n', '\r', '\u2028', '\u2029', '\u0000', '\u0007', '\u000b', '\u001f', '\u007f',
  '\u0080', '\u0081', '\u0085', '\u0092', '\u009d', '\u00a0', '\u00ad', '\u00c2', '\u00c3', '\u00a9', '\u00e2', '\u00f0',
  '\u0178', '\u2122', '\u20ac', '\u201d', '\u0153', '\u0301', '\u0065', '\u00e9', '\u061c', '\u180e', '\u200b', '\u200c',
  '\u200d', '\u200e', '\u202a', '\u2066', '\u2060', '\ufeff', '\ufe0f', '\ud83d', '\ude00', '\udc00', '\ud800', 'я', 'ی',
  '\u1e9b', '\u0323', '\uac00', '\u1100', '\u1161', '&', ';', '#', 'amp', 'x', '3', '8',
];
const arbText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((a) => a.join(''));

describe('normalizeText equals the plain regex chain', () => {
  it('on random mixes of the characters each step handles', () => {
    fc.assert(
      fc.property(arbText, (s) => {
        const w1: string[] = [];
        const w2: string[] = [];
        expect(normalizeText(s, w1)).toBe(oracleNormalize(s, w2));
        expect(w1).toEqual(w2);
      }),
      { numRuns: 3000 },
    );
  });
  it('on long texts full of line separators, one-byte and two-byte', () => {
    const lines = fc.constantFrom('\r\n', '\r', '\n', '\u2028', '\u2029', 'word ', '\u00e9', '\u0100', '\ud83d\ude00', '\ud800', '\u00c3\u00a9');
    fc.assert(
      fc.property(fc.array(lines, { maxLength: 400 }).map((a) => a.join('')), (s) => {
        expect(normalizeText(s)).toBe(oracleNormalize(s));
      }),
      { numRuns: 500 },
    );
  });
  it('on mojibake that decodes to characters later steps handle', () => {
    // UTF-8 of U+200B, U+0085, U+2028, U+00AD read as Windows-1252 / Latin-1.
    for (const s of ['a\u00e2\u20ac\u2039b', 'x\u00c2\u0085y', 'p\u00e2\u20ac\u00a8q', 'Bundes\u00c2\u00adregierung', '\u00c3\u00a9\u0301']) {
      expect(normalizeText(s)).toBe(oracleNormalize(s));
    }
  });
});

/** The replace()-with-callback version of decodeEntities. */
const REF = /&((?:amp;|AMP;|#0*38;|#[xX]0*26;)*)(#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,7};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
function oracleEntities(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(REF, (all: string, chain: string, ref: string) => {
    const d = decodeEntities(`&${ref}`);
    if (d.count === 0) {
      if (chain === '') return all;
      count++;
      return `&${ref}`;
    }
    count++;
    return d.text;
  });
  return { text: out, count };
}

describe('decodeEntities equals the replace() version', () => {
  const parts = ['&', 'amp;', 'AMP;', '#38;', '#x26;', '#0038;', 'lt;', 'eacute;', 'notaname;', '#8217;', '#x1F600;', '#128;', '#10;', 'a', ' ', ';'];
  it('on random reference chains', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((a) => a.join('')), (s) => {
        expect(decodeEntities(s)).toEqual(oracleEntities(s));
      }),
      { numRuns: 3000 },
    );
  });
});
