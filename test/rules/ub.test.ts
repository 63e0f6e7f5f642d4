import { expect, test } from 'vitest';
import { ub, ubSource } from '../../src/rules/boilerplate/vocab/match.js';

// ub's boundaries must mean what \b means: on ASCII text a pattern with a non-ASCII
// alternative (so that ub rewrites it) matches exactly where the built-in \b pattern does.
const SHAPES: readonly string[] = [
  String.raw`(?:photo|image)\b(?:\s+by|:)`, // a word's end, a group after it
  String.raw`comments?\b(?:\s+on|\s*\()`, // an optional letter, then a group
  String.raw`\b(?:on|to)\b.*`,
  String.raw`[(\[]\s*(?:photo|credit)\b[^)\]]{0,20}[)\]]`, // a word's end, a class after it
  String.raw`(?:reuters\/|afp\/)\b`, // after a slash: a word must follow
  String.raw`\b(?:[a-z]+ ){0,2}app\b`,
  String.raw`(?:x|\.)\b.?`, // either side: the exact form
  String.raw`^(?:follow|reach) (?:[A-Z][a-z'’-]+|him)\b.{0,20}(?:@|\bat\b)`,
  String.raw`a\b\s\bb`,
];
const TEXTS: readonly string[] = [
  'photo by Jane', 'photo: AP', 'photos by Jane', 'telephoto: x', 'image by', 'imageby',
  '12 comments on Post', '1 comment (3)', 'comments(2)', 'commentson',
  'go on now', 'onto it', 'to', 'photon',
  '(Photo by Jane Doe)', '[credit AP]', '(photographer)', '(credit)',
  'Reuters/Jane Doe', 'reuters/ x', 'AFP/', 'afp/1',
  'download the app', 'the apple app', 'app', 'happ',
  'x.', 'x.y', '..y', 'xx', 'y.x', '.',
  'Follow Jane on Twitter at jd', "Follow O'Neil' at", 'follow him@x', 'reach Jo-',
  'a b', 'ab b', 'a  b', 'a bb',
];

test.each(SHAPES)('ub(/%s/) matches where \\b does, on ASCII text', (shape) => {
  const native = new RegExp(`(?:${shape})|ё`, 'iu');
  const rewritten = ub(native);
  expect(rewritten.source).not.toContain('\\b'); // rewritten, not left to the ASCII-only \b
  for (const s of TEXTS) expect([s, rewritten.test(s)]).toEqual([s, native.test(s)]);
});

test('a \\b that ends a word before a group is a word end, in any script', () => {
  // before the fix these read as word STARTS (a group follows) and never matched
  expect(ub(/(?:photo|фото)\b(?:\s+by|:)/iu).test('фото: ТАСС')).toBe(true);
  expect(ub(/(?:photo|фото)\b(?:\s+by|:)/iu).test('фотоаппарат: x')).toBe(false);
  expect(ub(/\d+\s+(?:comments?|комментари\p{L}*)\b(?:\s+(?:on|к)\b.*)?$/iu).test('12 комментариев к статье')).toBe(true);
  expect(ub(/[(\[]\s*(?:photo|фото)\b[^)\]]{0,80}[)\]]/iu).test('(Фото Ивана Петрова)')).toBe(true);
});

test('a \\b next to a letter of another script is a boundary; inside a word it is not', () => {
  expect(ub(/\b(?:фото|photo)\b/iu).test('фотография')).toBe(false);
  expect(ub(/\b(?:фото|photo)\b/iu).test('это фото.')).toBe(true);
  expect(ub(/(?:é|\.)\b/u).test('été')).toBe(true); // the last é ends the word
  expect(ub(/(?:é|\.)\b/u).test('éte')).toBe(false);
});

test('ASCII patterns keep the built-in \\b; the u flag is added', () => {
  expect(ubSource(String.raw`\bsign up\b`, 'i')).toEqual([String.raw`\bsign up\b`, 'iu']);
});
