/** Issue 13 points 3 and 5: the site-repeat rule, with a profile learned from the batch. */
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/pipeline/clean.js';
import { ProfileBuilder } from '../../src/profile/build.js';
import { SiteProfile } from '../../src/profile/lookup.js';
import { documentLines } from '../../src/profile/document.js';
import { siteOf } from '../../src/profile/site.js';
import { APPEAL, POLL, PROMO, article, page, paragraph, rng, styleA, styleB, type Article } from './corpus.js';

interface Doc { url: string; text: string }

function learn(docs: Doc[]): SiteProfile {
  const b = new ProfileBuilder();
  for (const d of docs) b.add(siteOf(d.url, null)!, documentLines(d.text, 'auto').lines);
  return new SiteProfile(b.finish());
}

const siteA = (n: number, from = 0): Doc[] => Array.from({ length: n }, (_, i) => ({ url: `https://www.valley.example/news/${from + i}`, text: page(article(100 + from + i), styleA) }));
const siteB = (n: number, from = 0): Doc[] => Array.from({ length: n }, (_, i) => ({ url: `https://harbour.example/${from + i}.html`, text: page(article(900 + from + i), styleB) }));

describe('site-repeat', () => {
  const docs = [...siteA(12), ...siteB(8)];
  const profile = learn(docs);

  test('the site\'s repeated appeal, promo and poll leave the body; the article stays', () => {
    const d = docs[3]!;
    const plain = clean(d.text, { url: d.url });
    // without a profile the prose-shaped appeal sits in the body (no rule knows it)
    expect(plain.body).toContain(APPEAL);
    const r = clean(d.text, { url: d.url, profile });
    expect(r.body).not.toContain(APPEAL);
    for (const p of article(103).paragraphs) expect(r.body).toContain(p);
    const taken = r.removed.filter((x) => x.rule === 'site-repeat');
    expect(taken.map((x) => x.text)).toEqual(expect.arrayContaining([APPEAL]));
    // 12 pages hold them; a page whose smallest long-line hash is the appeal itself may merge with another (build.ts)
    for (const x of taken) expect(x.docs).toBeGreaterThanOrEqual(10);
    for (const x of taken) expect(x.docs).toBeLessThanOrEqual(12);
    // lines site-repeat did not take carry no docs field
    for (const x of r.removed.filter((x) => x.rule !== 'site-repeat')) expect(x).not.toHaveProperty('docs');
    expect(r.body).not.toContain(PROMO);
    expect(r.body).not.toContain(POLL);
  });

  test('a repeated byline and tag line still feed their fields', () => {
    const d = docs[5]!;
    const r = clean(d.text, { url: d.url, profile });
    expect(r.authors).toEqual(['Jane Doe']);
    expect(r.tags).toEqual(['council', 'transport', 'budget']);
    expect(r.removed.find((x) => x.text === 'By Jane Doe')).toMatchObject({ rule: 'byline', field: 'authors' });
    expect(r.removed.find((x) => x.text.startsWith('Tags:'))).toMatchObject({ field: 'tags' });
  });

  test('the record of another site, or of a site not in the profile, is the record without a profile', () => {
    const other = { url: 'https://elsewhere.example/a', text: page(article(7), styleA) };
    expect(clean(other.text, { url: other.url, profile })).toEqual(clean(other.text, { url: other.url }));
    // no URL and no path: no site
    expect(clean(other.text, { profile })).toEqual(clean(other.text, {}));
  });

  test('k and p are honoured', () => {
    const d = docs[3]!;
    // 12 documents hold the appeal: k = 13 keeps it, and so does a share above 12/12... (p 1 still takes it)
    expect(clean(d.text, { url: d.url, profile, repeatMinDocs: 13 }).body).toContain(APPEAL);
    expect(clean(d.text, { url: d.url, profile, repeatShare: 1 }).body).not.toContain(APPEAL);
    expect(() => clean(d.text, { url: d.url, profile, repeatMinDocs: 1 })).toThrow(RangeError);
    expect(() => clean(d.text, { url: d.url, profile, repeatShare: 1.5 })).toThrow(RangeError);
    expect(() => clean(d.text, { url: d.url, profile: {} as never })).toThrow(TypeError);
  });

  test('a line in a share p of a big site\'s documents is taken, a rarer one is not', () => {
    // 40 pages; a teaser for one story shows on 6 of them (15%), another on 2 (5%)
    const many: Doc[] = Array.from({ length: 40 }, (_, i) => {
      const s = { ...styleB, tail: [...styleB.tail, ...(i % 7 === 0 ? ['The ferry that never sails again, and the town that waits'] : []), ...(i % 20 === 0 ? ['Our weekly podcast on the harbour and its people'] : [])] };
      return { url: `https://harbour.example/${i}`, text: page(article(3000 + i), s) };
    });
    const p = learn(many);
    const r0 = clean(many[0]!.text, { url: many[0]!.url, profile: p, repeatShare: 0.1 });
    expect(r0.removed.filter((x) => x.rule === 'site-repeat').map((x) => x.text)).toContain('The ferry that never sails again, and the town that waits');
    expect(r0.removed.find((x) => x.text.startsWith('Our weekly podcast'))?.rule).not.toBe('site-repeat');
  });

  test('prose repeated in every document of a site with fewer than k documents is kept', () => {
    const small = siteA(4);
    const p = learn(small);
    for (const d of small) expect(clean(d.text, { url: d.url, profile: p }).body).toContain(APPEAL);
    // with k at 4 it goes
    expect(clean(small[0]!.text, { url: small[0]!.url, profile: p, repeatMinDocs: 4 }).body).not.toContain(APPEAL);
  });
});

describe('syndication is not boilerplate (point 5)', () => {
  /** A wire story, and a re-crawled copy of it: a paragraph edited, the chrome changed. */
  const wire: Article = article(5555, 6);
  const recrawl = (a: Article, seed: number): Article => {
    const r = rng(seed);
    const ps = a.paragraphs.slice();
    ps[ps.length - 1] = paragraph(r);
    return { title: a.title, paragraphs: ps };
  };

  test('an article on two sites keeps its body on both', () => {
    const docs = [...siteA(10), ...siteB(10), { url: 'https://valley.example/wire', text: page(wire, styleA) }, { url: 'https://harbour.example/wire', text: page(wire, styleB) }];
    const p = learn(docs);
    for (const d of docs.slice(-2)) {
      const r = clean(d.text, { url: d.url, profile: p, repeatMinDocs: 2, repeatShare: 0 });
      for (const para of wire.paragraphs) expect(r.body).toContain(para);
    }
  });

  // other teasers around each copy (words, not numbers: digits normalise to 0)
  const TEASERS = ['the ferry that never sails', 'a bakery on the quay', 'the storm in the hills', 'ten years of the market', 'the choir from the north', 'a bridge too far', 'the last tram home', 'the mayor and the goats'];
  const trending = (i: number) => ({ ...styleA, tail: [...styleA.tail, `Trending now: ${TEASERS[i % 8]}`, `Most shared: ${TEASERS[(i * 3 + 1) % 8]} and more`] });

  test('re-crawls of one article (other chrome, a typo fixed) do not make its prose look repeated, even at k = 2', () => {
    const copies: Doc[] = [];
    for (let i = 0; i < 8; i++) {
      // each crawl has other teasers around it; some fixed a typo in the last sentence
      const ps = wire.paragraphs.slice();
      if (i % 3 === 1) ps[ps.length - 1] = ps[ps.length - 1]!.replace(/ said /, ' says ');
      copies.push({ url: `https://valley.example/wire-${i % 2 ? 'a' : 'b'}?crawl=${i}`, text: page({ title: wire.title, paragraphs: ps }, trending(i)) });
    }
    const docs = [...siteA(10), ...copies];
    const p = learn(docs);
    // near-duplicates count once: 10 articles and 1 story
    expect(p.site('valley.example')!.docs).toBe(11);
    for (const d of copies) {
      // the thresholds as low as they go: any line in 2 distinct documents would be taken
      const r = clean(d.text, { url: d.url, profile: p, repeatMinDocs: 2, repeatShare: 0 });
      for (const para of wire.paragraphs.slice(0, -1)) expect(r.body).toContain(para);
      expect(r.body).not.toContain(APPEAL);
      expect(r.removed.filter((x) => x.rule === 'site-repeat').map((x) => x.text)).toContain(APPEAL);
    }
  });

  test('six copies of a wire story under six URLs, three with a paragraph rewritten, keep their body with the default k and p', () => {
    const copies: Doc[] = [];
    for (let i = 0; i < 6; i++) {
      const ps = wire.paragraphs.slice();
      if (i % 2) ps[ps.length - 1] = paragraph(rng(40 + i));
      copies.push({ url: `https://valley.example/wire-${i}`, text: page({ title: wire.title, paragraphs: ps }, trending(i)) });
    }
    const docs = [...siteA(10), ...copies];
    const p = learn(docs);
    // counted once per copy, each line of the story would be in 6 of 16 documents: over k = 5 and p = 0.1
    for (const d of copies) {
      const r = clean(d.text, { url: d.url, profile: p });
      for (const para of wire.paragraphs.slice(0, -1)) expect(r.body).toContain(para);
      expect(r.body).not.toContain(APPEAL);
    }
  });

  test('exact duplicate documents count once', () => {
    const d = siteA(1)[0]!;
    const p = learn([d, d, d, d, d, d]);
    expect(p.site('valley.example')!.docs).toBe(1);
    expect(Math.max(...p.site('valley.example')!.lines.values(), 0)).toBe(0);
    expect(clean(d.text, { url: d.url, profile: p, repeatMinDocs: 2, repeatShare: 0 })).toEqual(clean(d.text, { url: d.url }));
  });
});
