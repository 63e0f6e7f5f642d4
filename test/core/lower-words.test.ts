/** lowerWords (a hand-written scan) gives what words() gives, filtered by length and lower-cased. */
import { expect, test } from 'vitest';
import { lowerWords, words, hasTokens, wordCount } from '../../src/core/text.js';

const reference = (s: string, min: number) => words(s).filter((w) => w.length >= min).map((w) => w.toLowerCase());

const SAMPLES = [
  '',
  'The Council voted on Tuesday: 12 to 3.',
  'Über die Straße — naïve café, ΑΘΗΝΑ and Москва_2024!',
  'emoji 😀 between, 𝐁𝐨𝐥𝐝 astral letters, a lone \ud800 surrogate and \udc00 another',
  'x'.repeat(2500) + ' tail',
  'é'.repeat(1001),
  '𝐀'.repeat(1003) + ' end',
  'ab cd efg HIJK lmnop_q 9 99 999',
  '東京都で 会議が 開かれた',
];

test.each(SAMPLES.map((s) => [s.slice(0, 40), s] as const))('lowerWords of %j', (_name, s) => {
  for (const min of [1, 3]) expect(lowerWords(s, min)).toEqual(reference(s, min));
  for (const min of [0, 1, 2, 3, 4, 8]) expect(hasTokens(s, min)).toBe(wordCount(s) >= min);
});

test('lowerWords agrees with words() on random mixes of scripts, marks, digits and separators', () => {
  const pieces = ['a', 'B', 'é', 'ß', 'Я', 'ж', '東', '1', '_', ' ', '-', '’', '\u0301', '😀', '𝐀', '\ud800', '.', 'İ'];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let k = 0; k < 300; k++) {
    let s = '';
    const n = Math.floor(rnd() * 60);
    for (let i = 0; i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)];
    expect(lowerWords(s, 3)).toEqual(reference(s, 3));
    expect(hasTokens(s, 8)).toBe(wordCount(s) >= 8);
  }
});
