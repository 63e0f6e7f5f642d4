/** chromeWords / firstWordOf give the same words whether short words are interned (big documents) or not. */
import { afterEach, expect, test } from 'vitest';
import { chromeWords, firstWordOf, internWords } from '../../src/rules/boilerplate/vocab/match.js';

const LINES = ['Share', 'Share this article', 'Privacy Policy | Terms of Use', 'SHARE', "Read more'", '12 Comments', 'Facebook Twitter WhatsApp', '', 'Ça va', 'Подписаться на новости'];

afterEach(() => internWords(false));

test.each(LINES)('%j: same words with and without interning', (line) => {
  internWords(false);
  const plain = [chromeWords(line), firstWordOf(line)];
  internWords(true);
  const shared = [chromeWords(line), firstWordOf(line)];
  const again = [chromeWords(line), firstWordOf(line)];
  expect(shared).toEqual(plain);
  expect(again).toEqual(plain);
});

test('interned one-word lists are shared and frozen; words are lower-cased', () => {
  internWords(true);
  const a = chromeWords('Share');
  expect(a).toEqual(['share']);
  expect(chromeWords('SHARE')).toBe(a);
  expect(Object.isFrozen(a)).toBe(true);
});
