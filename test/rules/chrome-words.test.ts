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

test('a document of many lines: blocks of equal text share one facts object, with the answers of a small document', async () => {
  const { factsOf, releaseFacts, chromeOf, mayHint } = await import('../../src/rules/boilerplate/vocab/facts.js');
  const { docOf } = await import('../helpers/rule-table.js');
  const lines = ['Share', 'Privacy Policy | Terms of Use', 'All rights reserved.'];
  const small = docOf(lines);
  const want = small.blocks.map((b) => {
    const f = factsOf(small, b);
    return { ...f, chrome: chromeOf(f, b.text), hint: mayHint(f, b.text) };
  });
  releaseFacts();
  const big = docOf(Array.from({ length: 30000 }, (_, i) => lines[i % 3]!));
  const a = factsOf(big, big.blocks[0]!);
  expect(factsOf(big, big.blocks[3]!)).toBe(a);
  expect(factsOf(big, big.blocks[1]!)).not.toBe(a);
  const got = big.blocks.slice(0, 3).map((b) => {
    const f = factsOf(big, b);
    return { ...f, chrome: chromeOf(f, b.text), hint: mayHint(f, b.text) };
  });
  releaseFacts();
  expect(got).toEqual(want);
});
