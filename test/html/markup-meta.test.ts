/** Metadata from markup: JSON-LD shapes, meta tags, title cleanup, dates. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { normalizeDate, cleanTitle, headlineOnPage } from '../../src/segment/html/markup/index.js';

const page = (head: string, body = '<article><p>The committee published its report on Monday, and its findings were discussed at length by members of the public.</p></article>') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('JSON-LD', () => {
  it('NewsArticle: headline, dates, authors, publisher, keywords (string), section', () => {
    const r = clean(page(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Report published', datePublished: '2021-02-03T04:05:06+01:00', dateModified: '2021-02-04T00:00:00Z', author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Chan' }], publisher: { '@type': 'Organization', name: 'Daily Example' }, keywords: 'reports, committees', articleSection: 'Politics' })));
    expect(r.title).toBe('Report published');
    expect(r.published).toBe('2021-02-03T04:05:06+01:00');
    expect(r.updated).toBe('2021-02-04T00:00:00Z');
    expect(r.authors).toEqual(['Ann Lee', 'Bo Chan']);
    expect(r.site).toBe('Daily Example');
    expect(r.tags).toEqual(['reports', 'committees']);
    expect(r.section).toBe('Politics');
  });

  it('inside @graph, with an array of types, author by @id, keywords as an array', () => {
    const r = clean(page(ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'Example Site' },
      { '@type': ['Article', 'BlogPosting'], headline: 'Graph headline', datePublished: '2020-01-02', author: { '@id': '#p1' }, keywords: ['a', 'b'] },
      { '@type': 'Person', '@id': '#p1', name: 'Cy Dee' },
    ] })));
    expect(r.title).toBe('Graph headline');
    expect(r.published).toBe('2020-01-02');
    expect(r.authors).toEqual(['Cy Dee']);
    expect(r.tags).toEqual(['a', 'b']);
    expect(r.site).toBe('Example Site');
  });

  it('a Person node whose name lists several names each; a lead "By" goes, a suffix ("Jr.") stays', () => {
    const by = (name: string) => clean(page(ld({ '@type': 'NewsArticle', headline: 'Listed', author: { '@type': 'Person', name } }))).authors;
    expect(by('Ilse Brandt and Odd Berg')).toEqual(['Ilse Brandt', 'Odd Berg']);
    expect(by('By Ilse Brandt, Odd Berg')).toEqual(['Ilse Brandt', 'Odd Berg']);
    expect(by('Odd Berg, Jr.')).toEqual(['Odd Berg Jr.']);
  });

  it('a name written as a byline, with its role after a comma, names the person alone', () => {
    const by = (name: string) => clean(page(ld({ '@type': 'NewsArticle', headline: 'Listed', author: { '@type': 'Person', name } }))).authors;
    expect(by('By ILSE BRANDT, Chief Political Writer')).toEqual(['ILSE BRANDT']);
    expect(by('By Ilse Brandt, Staff Reporter')).toEqual(['Ilse Brandt']);
    expect(by('By Ilse Brandt, Odd Berg and Cy Dee')).toEqual(['Ilse Brandt', 'Odd Berg', 'Cy Dee']);
  });

  it('a Person author given by its name parts (givenName, familyName) is named by them', () => {
    const r = clean(page(ld({ '@type': 'BlogPosting', headline: 'Parts', author: { '@type': 'Person', givenName: 'Ilse', additionalName: 'M.', familyName: 'Brandt' } })));
    expect(r.authors).toEqual(['Ilse M. Brandt']);
  });

  it('broken JSON-LD is skipped with a warning, meta tags still read', () => {
    const r = clean(page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="From OG">'));
    expect(r.title).toBe('From OG');
    expect(r.warnings.join(' ')).toMatch(/JSON-LD/);
  });
});

describe('JSON-LD wrappers and authors', () => {
  const art = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Wrapped headline', datePublished: '2019-05-06', author: { '@type': 'Person', name: 'Ann Lee' } };
  it.each([
    ['bare CDATA', `<![CDATA[\n${JSON.stringify(art)}\n]]>`],
    ['CDATA behind //', `//<![CDATA[\n${JSON.stringify(art)}\n//]]>`],
    ['an HTML comment', `<!--${JSON.stringify(art)}-->`],
  ])('JSON-LD inside %s is read', (_, inner) => {
    const r = clean(page(`<meta property="og:title" content="A social title"><script type="application/ld+json">${inner}</script>`));
    expect(r.title).toBe('Wrapped headline');
    expect(r.published).toBe('2019-05-06');
    expect(r.authors).toEqual(['Ann Lee']);
    expect(r.warnings.join(' ')).not.toMatch(/JSON-LD/);
  });

  it('a Person author who shares the site name is kept (a personal blog); an organisation named like the site is not an author', () => {
    const person = clean(page(ld({ '@type': 'BlogPosting', headline: 'Notes on SQL', author: { '@type': 'Person', name: 'Ann Lee' }, publisher: { '@type': 'Organization', name: 'Ann Lee' } })));
    expect(person.authors).toEqual(['Ann Lee']);
    const org = clean(page(ld({ '@type': 'NewsArticle', headline: 'Rates rise', author: { '@type': 'Organization', name: 'Daily Example' }, publisher: { '@type': 'Organization', name: 'Daily Example' } })));
    expect(org.authors).toEqual([]);
  });

  it('a meta author written as a byline is read as one', () => {
    expect(clean(page('<meta name="author" content="By Ada Vale, with Quinn Harbour in Lisbon">')).authors).toEqual(['Ada Vale']);
    expect(clean(page('<meta name="author" content="Ada Vale and Quinn Harbour, Example Lighting Works">')).authors).toEqual(['Ada Vale', 'Quinn Harbour']);
    expect(clean(page('<meta name="author" content="Ada Vale">')).authors).toEqual(['Ada Vale']);
  });

  it('a source that names only the site gives way to the next one (meta author, the byline element)', () => {
    const org = ld({ '@type': 'NewsArticle', headline: 'Rates rise', author: { '@type': 'Organization', name: 'Daily Example' }, publisher: { '@type': 'Organization', name: 'Daily Example' } });
    const meta = clean(page(org + '<meta name="author" content="Ann Lee">'));
    expect(meta.authors).toEqual(['Ann Lee']);
    const byline = clean(page(org + '<meta name="dc.creator" content="Daily Example">', '<article><p class="byline">By <a rel="author" href="/ann">Ann Lee</a></p><p>The committee published its report on Monday, and its findings were discussed at length by members of the public.</p></article>'));
    expect(byline.authors).toEqual(['Ann Lee']);
  });

  it('a handle or a number is not a name', () => {
    const r = clean(page(ld({ '@type': 'NewsArticle', headline: 'Films', creator: 'CC7567' })));
    expect(r.authors).toEqual([]);
  });
});

describe('bylines in the page markup', () => {
  const P = '<p>The committee published its report on Monday, and its findings were discussed at length by members of the public.</p>';
  it('only the first byline names the authors: teaser and related-story bylines further down do not', () => {
    const r = clean(page('<title>Report</title>', `<article><h1>Report</h1><div class="meta">By <a rel="author" href="/a/ann">Ann Lee</a> and <a rel="author" href="/a/bo">Bo Chan</a></div>${P}${P}</article>
<aside><ul><li><a href="/x">Another story</a> <span class="byline">By <a rel="author" href="/a/cy">Cy Dee</a></span></li><li><a href="/y">And another</a> <a rel="author" href="/a/di">Di Eve</a></li></ul></aside>`));
    expect(r.authors).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('a class ending in an author word marks the byline ("pb-byline", "article__author"), and "By" is cut', () => {
    expect(clean(page('<title>Report</title>', `<article><h1>Report</h1><span class="pb-byline">By Owen Lachance</span>${P}</article>`)).authors).toEqual(['Owen Lachance']);
    expect(clean(page('<title>Report</title>', `<article><h1>Report</h1><div class="article__author">By\n\t\tScott Cunningham</div>${P}</article>`)).authors).toEqual(['Scott Cunningham']);
  });

  it('"byline" glued in camel case ("newsByLine"), "posted-by", and a "dateline" that opens with a by-word mark the byline', () => {
    const by = (el: string) => clean(page('<title>Report</title>', `<article><h1>Report</h1>${el}${P}</article>`)).authors;
    expect(by('<h3 class="storyByLine">Ines Marlow</h3>')).toEqual(['Ines Marlow']);
    expect(by('<span class="posted-by"><a href="/u/9">Tomas Ferrell</a></span>')).toEqual(['Tomas Ferrell']);
    expect(by('<p class="dateline">By Ruth Okafor // <a href="/2019/03/04/">March 4th, 2019</a> // 8:10 am</p>')).toEqual(['Ruth Okafor']);
    // a dateline that is a place or a date names nobody
    expect(by('<p class="dateline">LISBON —</p>')).toEqual([]);
    expect(by('<div class="dateline">Tue Mar 5, 2019 9:47 AM EST</div>')).toEqual([]);
  });

  it('a separator the author element kept after the name goes', () => {
    expect(clean(page('<title>Report</title>', `<article><h1>Report</h1><span class="author">Nicole Perrin —</span>${P}</article>`)).authors).toEqual(['Nicole Perrin']);
  });

  it('a job title on its own line under the name is not part of the name', () => {
    const r = clean(page('<title>Report</title>', `<article><h1>Report</h1><div class="author"><a href="/a/ben">Ben Silverman</a><div class="author-title">Games Editor</div></div>${P}</article>`));
    expect(r.authors).toEqual(['Ben Silverman']);
  });

  it('an author element is read as a byline: its lead line, several names, a role after them, a label with no name', () => {
    const by = (el: string, head = '<title>Report</title>') => clean(page(head, `<article><h1>Report</h1>${el}${P}${P}</article>`)).authors;
    expect(by('<div class="post-author">Posted by<div>Ann Lee and Bo Chan</div></div>')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(by('<span class="byline">Cy Dee, Staff Writer, The Daily Example</span>')).toEqual(['Cy Dee']);
    expect(by('<span class="byline">Dina Eve (Lisbon)</span>')).toEqual(['Dina Eve']);
    expect(by('<span class="byline">By Christopher MacManus</span>')).toEqual(['Christopher MacManus']);
    expect(by('<div class="author">About author<div>admin</div></div>')).toEqual(['admin']);
    expect(by('<span class="author">in Tracking Poll</span>')).toEqual([]);
    // a desk or outlet after a slash is no part of the name
    expect(by('<span class="author vcard"><a class="fn" href="/u/1">Mara Quint/Capitol Bureau</a></span>')).toEqual(['Mara Quint']);
    expect(by('<span class="byline">By Mara Quint / Harbour Gazette</span>')).toEqual(['Mara Quint']);
    // a handle after a lead ("Posted by") stands alone, and so does one with the date after it
    expect(by("<span class='post-author'>Posted by quietfox</span>")).toEqual(['quietfox']);
    expect(by('<p class="byline">by <a href="/u/quietfox">quietfox</a> on <a href="/2012/5/3">May 3, 2012 5:13 PM PDT</a></p>')).toEqual(['quietfox']);
    expect(by('<p class="byline">quietfox | 3 May 2012</p>')).toEqual(['quietfox']);
  });

  it('an itemprop=author element is read as a byline: its lead word and role go, several names part', () => {
    const by = (el: string) => clean(page('<title>Report</title>', `<article><h1>Report</h1>${el}${P}${P}</article>`)).authors;
    expect(by('<div itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Olga Brisk</span>, Staff Writer</div>')).toEqual(['Olga Brisk']);
    expect(by('<span itemprop="author">Von Till Anger und Ria Moll</span>')).toEqual(['Till Anger', 'Ria Moll']);
    // no name shape (a handle): taken as the element gives it
    expect(by('<span itemprop="author">quietfox</span>')).toEqual(['quietfox']);
    // an author item names itself with itemprop=name: as a content attribute, or beside an image and a job title
    expect(by('<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Olga M. Brisk"></div>')).toEqual(['Olga M. Brisk']);
    expect(by('<div itemprop="author" itemscope><img itemprop="image" src="o.jpg" alt=""><span itemprop="name">Olga Brisk</span><span itemprop="jobTitle">Reporter</span></div>')).toEqual(['Olga Brisk']);
    // a lead word the byline parser did not take is no part of a name; a desk is no author
    expect(by('<div itemprop="author" itemscope><span itemprop="name">By <span>EXAMPLE POST STAFF</span></span><div itemprop="name">MARCH 3, 2021 10:43</div></div>')).toEqual([]);
  });

  it('a meta author with an e-mail address beside the name keeps the name', () => {
    expect(clean(page('<meta name="author" content="Pia Lund (pia.lund@example.org)">')).authors).toEqual(['Pia Lund']);
    expect(clean(page('<meta name="author" content="Pia Lund <pia.lund@example.org>">')).authors).toEqual(['Pia Lund']);
    // and so does the outlet after a spaced separator
    expect(clean(page('<meta name="author" content="Pia Lund | Harbour Gazette">')).authors).toEqual(['Pia Lund']);
    expect(clean(page('<meta name="author" content="Pia Lund - Harbour Gazette">')).authors).toEqual(['Pia Lund']);
    expect(clean(page('<meta name="author" content="Pia Ortiz-Lund">')).authors).toEqual(['Pia Ortiz-Lund']);
    // and so with a web address after a comma
    expect(clean(page('<meta name="author" content="Pia Lund, www.example.org">')).authors).toEqual(['Pia Lund']);
    expect(clean(page('<meta name="author" content="Pia Lund and Odd Berg, https://example.org/team">')).authors).toEqual(['Pia Lund', 'Odd Berg']);
  });

  it('the class names Readability.js reads as bylines: plural "authors", "writtenby", "p-author"', () => {
    const by = (el: string) => clean(page('<title>Report</title>', `<article><h1>Report</h1>${el}${P}${P}</article>`)).authors;
    expect(by('<div class="authors">Ann Lee and Bo Chan</div>')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(by('<p class="writtenby">Written by Cy Dee</p>')).toEqual(['Cy Dee']);
    expect(by('<span class="p-author h-card">Dina Eve</span>')).toEqual(['Dina Eve']);
    // any class token, not only the first
    expect(clean(page('<title>Report</title>', `<article><h1>Report</h1>${P}<div class="meta byline">Ed Fox</div>${P}</article>`)).authors).toEqual(['Ed Fox']);
    // a job title and its employer after the name are not co-authors
    expect(by('<div class="byline">Posted by Evan Roe, Product Manager, Example Maps</div>')).toEqual(['Evan Roe']);
  });

  it('the word "author" is a label or a placeholder, never a name', () => {
    expect(clean(page('<title>Report</title><meta name="author" content="No Primary Author">', `<article><h1>Report</h1>${P}</article>`)).authors).toEqual([]);
  });

  it('author names inside the comments are commenters', () => {
    const r = clean(page('<title>Report</title>', `<article><h1>Report</h1>${P}${P}</article><section id="comments"><div class="comment"><span class="comment-author">Cy Dee</span><p>Great piece, thanks for writing it up so clearly.</p></div></section>`));
    expect(r.authors).toEqual([]);
  });
});

describe('meta tags and markup', () => {
  it('og / article:* / author / keywords / canonical / html[lang] / twitter:title', () => {
    const r = clean(
      `<html lang="pt-BR"><head><meta name="twitter:title" content="Twitter title"><meta property="og:site_name" content="Jornal"><meta property="article:published_time" content="2019-11-19T22:31:00-06:00"><meta property="article:modified_time" content="2019-11-20T08:00:00-06:00"><meta name="author" content="Ana Souza"><meta name="keywords" content="chuva, enchentes"><link rel="canonical" href="https://jornal.example/a/1"></head><body><article><p>A chuva forte causou enchentes em vários bairros da cidade durante a noite de terça-feira, segundo a defesa civil.</p></article></body></html>`,
    );
    expect(r.title).toBe('Twitter title');
    expect(r.site).toBe('Jornal');
    expect(r.published).toBe('2019-11-19T22:31:00-06:00');
    expect(r.updated).toBe('2019-11-20T08:00:00-06:00');
    expect(r.authors).toEqual(['Ana Souza']);
    expect(r.tags).toEqual(['chuva', 'enchentes']);
    expect(r.url).toBe('https://jornal.example/a/1');
  });

  it('<time datetime> and rel=author when nothing else says it', () => {
    const r = clean(page('<title>Plain page</title>', '<article><p>By <a rel="author" href="/u/x">Dee Eff</a> <time datetime="2018-07-01T10:00:00Z">1 July</time></p><p>The committee published its report on Monday, and its findings were discussed at length by members of the public.</p></article>'));
    expect(r.published).toBe('2018-07-01T10:00:00Z');
    expect(r.authors).toEqual(['Dee Eff']);
    expect(r.body).not.toContain('Dee Eff');
  });

  it('an og:title that only names the site (og:site_name) is no headline: the next source states it', () => {
    const r = clean(page('<title>Harbour ferries resume their winter timetable - Coastline Weekly</title><meta property="og:site_name" content="Coastline Weekly"><meta property="og:title" content="Coastline Weekly"><meta name="twitter:title" content="Harbour ferries resume their winter timetable">'));
    expect(r.title).toBe('Harbour ferries resume their winter timetable');
    expect(r.site).toBe('Coastline Weekly');
    // with no other source, the <title> states it
    const t = clean(page('<title>Harbour ferries resume their winter timetable - Coastline Weekly</title><meta property="og:site_name" content="Coastline Weekly"><meta property="og:title" content="Coastline Weekly">'));
    expect(t.title).toBe('Harbour ferries resume their winter timetable');
    // a page whose <title> is the site name too (a home page) keeps it
    const h = clean(page('<title>Coastline Weekly</title><meta property="og:site_name" content="Coastline Weekly"><meta property="og:title" content="Coastline Weekly">'));
    expect(h.title).toBe('Coastline Weekly');
  });

  it('a character reference the publisher escaped twice (JSON-LD, a meta tag, <title>) is read as its character', () => {
    const j = clean(page(ld({ '@type': 'Article', headline: 'Rowan&#039;s lamps light the quay', author: { '@type': 'Person', name: 'Ines M&uuml;ller' } })));
    expect(j.title).toBe("Rowan's lamps light the quay");
    expect(j.authors).toEqual(['Ines Müller']);
    expect(clean(page('<meta property="og:title" content="Q&amp;amp;A: the quay&amp;#8217;s lamps">')).title).toBe('Q&A: the quay\u2019s lamps');
    expect(clean(page('<title>Ferry &amp;quot;Ada&amp;quot; returns</title>')).title).toBe('Ferry "Ada" returns');
  });

  it('the title is never the first line of the body', () => {
    const r = clean(page('<title>Report published | Daily Example</title><meta property="og:site_name" content="Daily Example">', '<article><h1>Report published</h1><p>The committee published its report on Monday, and its findings were discussed at length by members of the public.</p></article>'));
    expect(r.title).toBe('Report published');
    expect(r.body.startsWith('The committee')).toBe(true);
    expect(r.removed.find((x) => x.text === 'Report published')).toMatchObject({ rule: 'html-title', field: 'title' });
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Storm hits coast | Daily Example', 'Daily Example', 'Storm hits coast'],
    ['Storm hits coast - Daily Example', 'Daily Example', 'Storm hits coast'],
    ['Daily Example: Storm hits the coast overnight', 'Daily Example', 'Storm hits the coast overnight'],
    ['Storm hits coast | World | dailyexample.com', 'Daily Example', 'Storm hits coast | World'],
    ['Storm hits coast - what we know', 'Daily Example', 'Storm hits coast - what we know'],
    ['Storm hits coast', null, 'Storm hits coast'],
  ])('%s', (raw, site, want) => {
    expect(cleanTitle(raw, site, raw)).toBe(want);
  });
});

describe('the headline the page shows above its prose', () => {
  const PROSE = '<p>The committee published its report on Monday, and its findings were discussed at length by members of the public in three long meetings.</p>';
  const blog = (title: string, head: string) =>
    `<html><head><title>${title}</title></head><body><div id="header"><h1><a href="/">Notes From Nowhere</a></h1><div>Thoughts on towns.</div></div><ul><li><a href="/a">About</a></li></ul>${head}${PROSE}${PROSE}</body></html>`;

  it('"Blog: Headline" in <title>: the headline heading the prose is the title, the blog its site', () => {
    const r = clean(blog('Notes From Nowhere: Council meets again', '<h2>Monday, March 3, 2014</h2><h3>Council meets again</h3>'));
    expect(r.title).toBe('Council meets again');
    expect(r.site).toBe('Notes From Nowhere');
  });

  it('"Headline | Site" and "Site » Headline": the masthead heading is not taken for the headline', () => {
    expect(clean(blog('Council meets again | Notes From Nowhere', '<h3>Council meets again</h3>')).title).toBe('Council meets again');
    const r = clean(blog('Notes » Council meets again to vote on the bridge', '<h3>Council meets again to vote on the bridge</h3>'));
    expect(r.title).toBe('Council meets again to vote on the bridge');
    expect(r.site).toBe('Notes');
  });

  it('a long piece after the headline is its subtitle, not a site name: the title stays whole', () => {
    const r = clean(blog('Council meets again - what the residents of the bay said at the hall that night', '<h3>Council meets again</h3>'));
    expect(r.title).toBe('Council meets again - what the residents of the bay said at the hall that night');
  });

  it('a headline the markup states keeps its colon ("Topic: Headline")', () => {
    const r = clean(`<html><head><meta property="og:title" content="Budget 2024: Council meets again"></head><body><h1>Council meets again</h1>${PROSE}</body></html>`);
    expect(r.title).toBe('Budget 2024: Council meets again');
  });

  it('an og:title no heading shows, while the <title> heads the prose, is a teaser: the page\'s headline wins', () => {
    const page2 = (og: string, title: string, h1: string) => clean(`<html><head><meta property="og:title" content="${og}"><title>${title}</title></head><body><h1>${h1}</h1>${PROSE}</body></html>`).title;
    expect(page2('Council in late-night vote', 'Council votes on the new bridge after a long night - Daily Example', 'Council votes on the new bridge after a long night')).toBe('Council votes on the new bridge after a long night');
    // the og:title the page shows stays, and so does one when the <title> shows nowhere either
    expect(page2('Council votes again', 'Council votes on the bridge', 'Council votes again')).toBe('Council votes again');
    expect(page2('Council in late-night vote', 'Daily Example', 'Weather today')).toBe('Council in late-night vote');
  });

  it('between two headings at the same distance from the prose, the usual order decides; a separator left at an end goes', () => {
    const h = (text: string) => ({ text, toProse: 1 });
    expect(headlineOnPage('The Fishbowl: Backwards again', [h('The Fishbowl'), h('Backwards again')])).toEqual({ title: 'Backwards again', site: 'The Fishbowl' });
    expect(headlineOnPage('Backwards again | The Fishbowl', [h('The Fishbowl'), h('Backwards again')])).toEqual({ title: 'Backwards again', site: 'The Fishbowl' });
    expect(headlineOnPage('» Backwards again', [])).toEqual({ title: 'Backwards again', site: null });
    // a heading far from any prose (a sidebar box) is no evidence
    expect(headlineOnPage('The Fishbowl: Backwards again', [{ text: 'Backwards again', toProse: Infinity }])).toBeNull();
  });

  it('pieces cut from both ends ("Author: Headline | Section | Site", "Date - Headline - Site"): the heading is the title, the last short piece the site', () => {
    const r = clean(blog('Mira Hollis: Council meets again | Local life | Notes From Nowhere', '<h3>Council meets again</h3>'));
    expect(r.title).toBe('Council meets again');
    expect(r.site).toBe('Notes From Nowhere');
    const h = (text: string) => ({ text, toProse: 1 });
    expect(headlineOnPage('Tuesday, May 4, 2010 - BRIDGE: Council meets again - Harbour Town Weekly', [h('BRIDGE: Council meets again')])).toEqual({ title: 'BRIDGE: Council meets again', site: 'Harbour Town Weekly' });
    // a long piece on either side is the headline's own subtitle or lead: nothing is cut
    expect(headlineOnPage('Mira Hollis: Council meets again | what the residents of the bay said at the hall that night', [h('Council meets again')])).toBeNull();
  });

  it('a site name glued to the headline with no separator, the page\'s masthead heading: it goes to site', () => {
    const h = (text: string, toProse = 1) => ({ text, toProse });
    expect(headlineOnPage('Council meets again in 2014Notes From Nowhere', [h('Notes From Nowhere', 30), h('Council meets again in 2014')])).toEqual({ title: 'Council meets again in 2014', site: 'Notes From Nowhere' });
    // the rest no heading shows, or a rest after a space, is part of the headline
    expect(headlineOnPage('Council meets again in 2014Notes From Nowhere', [h('Council meets again in 2014')])).toBeNull();
    expect(headlineOnPage('Council meets again Today', [h('Today', 30), h('Council meets again')])).toBeNull();
  });

  it('a bracketed note closing the title ("Headline (Source, date)") that the heading does not show goes', () => {
    const h = (text: string, toProse = 1) => ({ text, toProse });
    expect(headlineOnPage('Council meets again on the bridge (Harbour Weekly, 4-5-2010)', [h('Council meets again on the bridge')])).toEqual({ title: 'Council meets again on the bridge', site: null });
    // a heading that shows the brackets too, or one far from prose, keeps the title whole
    expect(headlineOnPage('Council meets again (part 2)', [h('Council meets again (part 2)')])).toBeNull();
    expect(headlineOnPage('Council meets again (part 2)', [h('Council meets again', 30)])).toBeNull();
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2020-07-14T21:39:00Z', '2020-07-14T21:39:00Z'],
    ['2020-07-14T21:39:00+00:00', '2020-07-14T21:39:00Z'],
    ['2020-07-14T21:39:00.123+0530', '2020-07-14T21:39:00+05:30'],
    ['2020-07-14 21:39', '2020-07-14T21:39:00'],
    ['2020-07-14', '2020-07-14'],
    ['20200714T213900Z', '2020-07-14T21:39:00Z'],
    ['Tue, 14 Jul 2020 21:39:00 GMT', '2020-07-14T21:39:00Z'],
    ['2020-13-40', null],
    ['yesterday', null],
    ['', null],
  ])('%s', (raw, want) => {
    expect(normalizeDate(raw)).toBe(want);
  });
});
