/** A Twin answers as its Unicode pattern on every line: by its ASCII twin where the line allows, else by the pattern itself. */
import { expect, test } from 'vitest';
import { scanLine, ub } from '../../src/rules/boilerplate/vocab/match.js';
import { Twin, isWide, requiredPieces } from '../../src/core/twin.js';

const PATTERNS: RegExp[] = [
  ub(/^(?:follow|reach) (?:\p{Lu}[\p{L}'’-]+|him|her)\b.{0,60}(?:@|twitter|\bat\b)/iu),
  ub(/^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:is|was) a\b.{0,40}\b(?:writer|редактор\p{L}*)\b/u),
  /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u,
  /^[^\p{L}\p{N}]+[\p{Lu}\p{M}'’.-]*$/u,
  ub(/\bnewsletters?\b.{0,100}\b(?:subscribe|inscri\p{L}*|подпис\p{L}*)\b/iu),
  /[\p{L}\p{N}]{3,}-\p{N}/u,
  // pieces of plain text it must hold (requiredPieces): a group's alternatives, a quantified letter, a case
  ub(/\b(?:we|this (?:web)?site|our site) (?:uses?|may use) (?:cookies|tracking technologies)\b/iu),
  ub(/\bdo not sell my (?:personal )?info(?:rmation)?\b|\bcookies? policy\b/iu),
  /Jane (?<who>Doe|Roe)s?x{2}/u,
];

const LINES = [
  'Follow Jane on Twitter @jane',
  'Follow José on twitter',
  'Follow Ⓐnna at home',
  'follow him at jane@example.com',
  'Jane Doe is a staff writer at the Times.',
  'Jane Doe is a writer’s friend',
  'José Pérez is a writer',
  'Иван Петров is a редактора',
  'Jane Doe is a writerſ',
  'Jane Doe',
  'Jane-Marie Doe',
  'Jane-Marie Doé',
  '— …',
  '— A’B.',
  'ÉCRIT',
  'Our newsletter: subscribe now',
  'Our newsletter: subscribeé now',
  'newsletter, inscrivez-vous',
  'newsletter — подпишитесь',
  'abc-12',
  'abc-１２',
  'ab́c-12',
  'KELVIN K newsletter subscribe',
  '«Follow Jane» at noon',
  'We use COOKIES to improve your visit',
  'This website may use Tracking Technologies.',
  'this site uses cookie',
  'We use ſookies', 'We use cooKies',
  'Do not sell my personal information', 'do not sell my info…', 'Cookie policy', 'COOKIE POLICY',
  'Jane Doesxx', 'Jane Roexx', 'Jane Doex', 'jane Doexx',
  '',
];

test.each(PATTERNS.map((re) => [re.source.slice(0, 40), re] as const))('twin of /%s…/ answers as the pattern', (_name, re) => {
  const twin = new Twin(re);
  for (const line of LINES) {
    expect([line, twin.test(line, scanLine(line).wide)]).toEqual([line, re.test(line)]);
    // a line of unknown facts is tested by the pattern itself
    expect([line, twin.test(line, true)]).toEqual([line, re.test(line)]);
  }
});

test.each(PATTERNS.map((re) => [re.source.slice(0, 40), re] as const))('twin of /%s…/ finds the same match and groups as the pattern', (_name, re) => {
  const twin = new Twin(re.source, re.flags);
  for (const line of LINES) expect([line, twin.exec(line, isWide(line))]).toEqual([line, re.exec(line)]);
});

test('isWide is the line facts\' wide', () => {
  for (const line of LINES) expect([line, isWide(line)]).toEqual([line, scanLine(line).wide]);
});

test('a line with a letter, digit, mark or cased character outside ASCII is wide; punctuation is not', () => {
  expect(scanLine('Jane’s “new” book — 50 € … ©').wide).toBe(false);
  for (const line of ['José', 'Ⓐ', 'a\u0301', '１', 'ſ', 'Ж', '😀']) expect([line, scanLine(line).wide]).toEqual([line, true]);
});

test('global and sticky patterns are refused', () => {
  expect(() => new Twin(/a/g)).toThrow(/global or sticky/);
  expect(() => new Twin(/a/y)).toThrow(/global or sticky/);
  expect(() => new Twin('a', 'gu')).toThrow(/global or sticky/);
});

test('a pattern not anchored everywhere names the plain pieces one of which a match holds', () => {
  expect(requiredPieces(String.raw`\bcookies?\b.{0,120}\b(?:consent|accept)\b`, 'iu')).toEqual(['cookie']);
  expect(requiredPieces(String.raw`\b(?:we|our site) (?:uses?|may use) (?:Cookies|tracking technologies)\b`, 'iu')).toEqual(['cookies', 'tracking technologies']);
  expect(requiredPieces(String.raw`Jane (?<who>Doe|Roe)s?`, 'u')).toEqual(['Jane ']);
  // anchored alternatives fail fast: no pieces; an alternative without a piece: none either
  expect(requiredPieces(String.raw`^(?:follow|like) us\b`, 'iu')).toBeNull();
  expect(requiredPieces(String.raw`\bcookies\b|\p{Lu}{2}`, 'iu')).toBeNull();
  expect(requiredPieces(String.raw`(?:cookies)?\d+`, 'iu')).toBeNull();
});
