/** Issue 13 points 2 and 6: profiles merge exactly; the file is versioned and validated. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ProfileBuilder } from '../../src/profile/build.js';
import { mergeProfiles } from '../../src/profile/merge.js';
import { parseProfile, profileText, ProfileError } from '../../src/profile/file.js';
import { SiteProfile } from '../../src/profile/lookup.js';
import { normaliseLine } from '../../src/profile/normalise.js';
import { siteOf } from '../../src/profile/site.js';
import type { ProfileData } from '../../src/profile/types.js';

/** A document: its site and lines, drawn from small pools so that lines and documents repeat. */
const docArb = fc.record({
  site: fc.constantFrom('a.example', 'b.example', 'c.example'),
  lines: fc.array(
    fc.oneof(
      fc.constantFrom('Share this', 'Subscribe to our newsletter today', 'Read more', 'Story continued below'),
      fc.integer({ min: 0, max: 40 }).map((i) => `paragraph ${'abcdefghij'[i % 10]} of the story with enough words to count as long line ${'klmnopqrst'[Math.floor(i / 4)]}`),
    ),
    { maxLength: 8 },
  ),
});

/** Small sketch sizes, so that the estimates (not only exact sets) take part. */
const build = (docs: { site: string; lines: string[] }[], keepText = false): ProfileData => {
  const b = new ProfileBuilder({ lineK: 4, siteK: 6, keepText });
  for (const d of docs) b.add(d.site, d.lines);
  return b.finish();
};
const bytes = (p: ProfileData) => profileText(p);

describe('merge', () => {
  test('building shards and merging them gives the bytes of one build; merge is associative, commutative, idempotent', () => {
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 30 }), fc.array(docArb, { maxLength: 30 }), fc.array(docArb, { maxLength: 30 }), fc.boolean(), (a, b, c, keep) => {
        const [A, B, C] = [build(a, keep), build(b, keep), build(c, keep)];
        const whole = bytes(build([...a, ...b, ...c], keep));
        expect(bytes(mergeProfiles([A, B, C]))).toBe(whole);
        expect(bytes(mergeProfiles([mergeProfiles([A, B]), C]))).toBe(whole);
        expect(bytes(mergeProfiles([A, mergeProfiles([B, C])]))).toBe(whole);
        expect(bytes(mergeProfiles([C, A, B]))).toBe(whole);
        expect(bytes(mergeProfiles([B, A]))).toBe(bytes(mergeProfiles([A, B])));
        expect(bytes(mergeProfiles([A, A]))).toBe(bytes(A));
        // and the text round-trips
        expect(bytes(parseProfile(whole, 'p'))).toBe(whole);
      }),
      { numRuns: 150 },
    );
  });

  test('a document split across shards, or duplicated in both, counts once', () => {
    const d = { site: 'a.example', lines: ['one long line of a story with plenty of words in it', 'Share this'] };
    const e = { site: 'a.example', lines: ['another long line of a story with plenty of words in it', 'Share this'] };
    const m = new SiteProfile(mergeProfiles([build([d, e]), build([d])]));
    expect(m.site('a.example')!.docs).toBe(2);
    expect([...m.site('a.example')!.lines.values()]).toEqual([2]);
  });

  test('sketch sizes must agree', () => {
    const a = new ProfileBuilder({ lineK: 4 }).finish();
    const b = new ProfileBuilder({ lineK: 8 }).finish();
    expect(() => mergeProfiles([a, b], ['a.profile', 'b.profile'])).toThrow(/b\.profile: sketch sizes/);
  });
});

describe('the profile file', () => {
  const good = profileText(build([{ site: 'a.example', lines: ['Share this', 'x y z'] }]));

  test('keys are sorted and it stores hashes, not text, unless asked', () => {
    const o = JSON.parse(good);
    expect(Object.keys(o)).toEqual([...Object.keys(o)].sort());
    expect(good).not.toContain('share this');
    expect(profileText(build([{ site: 'a.example', lines: ['Share this'] }], true))).toContain('"share this"');
  });

  test.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another JSON file', '{"name":"unboil","version":"0.1.0"}', /not a site profile \(its "format" is null/],
    ['a record of unboil', '{"schemaVersion":1,"body":""}', /not a site profile/],
    ['a newer version', good.replace('"version":1}', '"version":2}'), /site profile version 2; this unboil reads version 1/],
    ['another normalisation', good.replace('"normalisation":1', '"normalisation":9'), /another line normalisation/],
    ['a bad hash', good.replace(/"lines":\{"[0-9a-f]{14}"/, '"lines":{"zz"'), /not a valid site profile: sites\.a\.example\.lines/],
    ['an unknown field', good.replace('"pruned":false', '"pruned":false,"extra":1'), /not a valid site profile/],
    ['unsorted sketches', good.replace(/"docs":\[\["([0-9a-f]{14})"\]/, '"docs":[["$1","00000000000000"]'), /not sorted/],
  ])('%s is refused with a message naming the file', (_what, text, re) => {
    expect(() => parseProfile(text, 'x.profile')).toThrow(ProfileError);
    expect(() => parseProfile(text, 'x.profile')).toThrow(/^x\.profile: /);
    expect(() => parseProfile(text, 'x.profile')).toThrow(re);
  });
});

describe('normalisation and sites', () => {
  test.each([
    ['Story continued below', 'story continued below'],
    ['  STORY   continued\tbelow… ', 'story continued below'],
    ['12 comments', '0 comments'],
    ['Comments (345)', 'comments 0'],
    ['« Share | Tweet »', 'share tweet'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['Читайте также:', 'читайте также'],
    ['— · —', ''],
  ])('%j normalises to %j', (a, b) => expect(normaliseLine(a)).toBe(b));

  test.each([
    ['https://www.Example.com:8080/a/b?c', null, 'example.com'],
    ['http://user@news.example.org./x', null, 'news.example.org'],
    [null, 'crawl/site-a/page1.html', 'crawl/site-a'],
    [null, 'page.html', '.'],
    ['not a url', 'dir/p.txt', 'dir'],
    [null, null, null],
  ])('url %j, path %j: site %j', (url, path, site) => expect(siteOf(url, path)).toBe(site));
});

describe('pruning at the size limit', () => {
  test('lines seen in one document only are dropped, repeated ones kept, and the profile says so', () => {
    const b = new ProfileBuilder({ maxLines: 20 });
    for (let i = 0; i < 40; i++) b.add('a.example', ['Share this', `unique line number ${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26)]}`]);
    const p = b.finish();
    expect(p.pruned).toBe(true);
    expect(p.sites.get('a.example')!.lines.size).toBeLessThanOrEqual(21);
    expect(new SiteProfile(p).site('a.example')!.lines.size).toBe(1);
    expect(profileText(p)).toContain('"pruned":true');
  });
});
