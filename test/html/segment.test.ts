/** The HTML segmenter: blocks, what never reaches the body, paths and lines; sniffing. */
import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../src/segment/html.js';
import { sniffFormat } from '../../src/segment/sniff.js';
import { clean } from '../../src/index.js';

const P = 'This sentence is long enough to be read as a paragraph of the article body, with commas, clauses and an end.';

describe('segmentHtml', () => {
  it('paragraphs, list items, headings, cells, <br><br> runs become blocks with tag, depth, link density, tokens, path and line', () => {
    const html = `<html><body>\n<div id="main" class="Story Body">\n<h2>Sub head</h2>\n<p>Para <a href="#">with a link</a> in it.</p>\n<ul><li>one</li><li>two</li></ul>\n<table><tr><td>cell A</td><td>cell B</td></tr></table>\nfirst run<br><br>second run\n</div></body></html>`;
    const { blocks } = segmentHtml(html);
    expect(blocks.map((b) => [b.tag, b.text])).toEqual([
      ['h2', 'Sub head'], ['p', 'Para with a link in it.'], ['li', 'one'], ['li', 'two'], ['td', 'cell A'], ['td', 'cell B'], ['div', 'first run'], ['div', 'second run'],
    ]);
    const p = blocks[1]!;
    expect(p.linkDensity).toBeCloseTo('with a link'.length / 'Para with a link in it.'.length, 5);
    expect(p.tokens).toEqual(['story', 'body', 'main']);
    expect(p.path).toBe('body:nth-child(1) > div#main > p:nth-child(2)');
    expect(p.line).toBe(4);
    expect(blocks[0]!.line).toBe(3);
    expect(p.depth).toBe(blocks[0]!.depth);
  });

  it('a path holds the ten innermost elements below <html>, after "… > " when there are more; blocks of one element share it', () => {
    // body > d1 > ... > d12 > p: 14 elements below <html>
    const open = Array.from({ length: 12 }, (_, k) => (k % 3 === 0 ? `<div id="d${k + 1}">` : k % 3 === 1 ? `<div class="c${k + 1} x">` : '<div>')).join('');
    const html = `<html><body>${open}<p>deep one<br>deep two</p>${'</div>'.repeat(12)}<p>shallow</p></body></html>`;
    const { blocks } = segmentHtml(html);
    const segs = ['body:nth-child(1)', ...Array.from({ length: 12 }, (_, k) => (k % 3 === 0 ? `div#d${k + 1}` : k % 3 === 1 ? `div.c${k + 1}:nth-child(1)` : 'div:nth-child(1)')), 'p:nth-child(1)'];
    const deep = `… > ${segs.slice(-10).join(' > ')}`;
    expect(blocks.map((b) => [b.text, b.path])).toEqual([
      ['deep one', deep],
      ['deep two', deep],
      ['shallow', 'body:nth-child(1) > p:nth-child(2)'],
    ]);
    // nine elements below <html>: no cut
    const nine = segmentHtml(`<html><body>${'<div>'.repeat(7)}<p>nine</p>${'</div>'.repeat(7)}</body></html>`).blocks[0]!;
    expect(nine.path).toBe(['body:nth-child(1)', ...Array(7).fill('div:nth-child(1)'), 'p:nth-child(1)'].join(' > '));
  });

  it('a page without <html> (or without <body>) has the same paths: none opens on a separator', () => {
    const inner = `<div id="main"><p>one</p></div>`;
    const want = segmentHtml(`<html><body>${inner}</body></html>`).blocks[0]!.path;
    expect(segmentHtml(`<body>${inner}</body>`).blocks[0]!.path).toBe(want);
    const bare = segmentHtml(inner).blocks[0]!.path!;
    expect(bare.startsWith(' > ')).toBe(false);
    expect(bare.endsWith('div#main > p:nth-child(1)')).toBe(true);
    // a deep chain without <html> is cut as with it: ten segments after the cut mark
    const deep = segmentHtml(`<body>${'<div>'.repeat(12)}<p>deep</p>${'</div>'.repeat(12)}</body>`).blocks[0]!.path!;
    expect(deep.startsWith('… > ')).toBe(true);
    expect(deep.slice(4).split(' > ')).toHaveLength(10);
  });

  it('a named anchor (no href) is no link: text an old page leaves inside an unclosed <a name> keeps its density, and its article its body', () => {
    const html = `<html><body><div class="nav"><a href="/">Home</a> <a href="/about">About</a></div>` +
      `<table><tr><td><a name="intro"><p>${P}</p><p>${P.replace('This', 'That')}</p><p>${P.replace('This', 'A third')}</p></td></tr></table></body></html>`;
    const { blocks } = segmentHtml(html);
    expect(blocks.find((b) => b.text === P)?.linkDensity ?? 0).toBe(0);
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain(P);
    expect(r.body).toContain('A third');
    // an anchor with an href stays a link, however empty the href
    const linked = segmentHtml(`<html><body><p><a href="">${P}</a></p></body></html>`).blocks[0]!;
    expect(linked.linkDensity).toBe(1);
  });

  it('script, style, noscript, template, svg, iframe, button never give text; forms and hidden elements are marked to drop', () => {
    const html = `<html><body><article><p>${P}</p>
<script>var x = "script text";</script><style>.a{}</style><noscript>noscript text</noscript><template><p>template text</p></template>
<svg><text>svg text</text></svg><iframe>iframe text</iframe><button>button text</button>
<form><p>form text</p></form><div hidden>hidden attr</div><div aria-hidden="true">aria hidden</div><div style="color:red; display: none">inline none</div>
</article></body></html>`;
    const { blocks } = segmentHtml(html);
    const texts = blocks.map((b) => b.text).join(' | ');
    for (const t of ['script text', 'noscript text', 'template text', 'svg text', 'iframe text', 'button text']) expect(texts).not.toContain(t);
    expect(blocks.find((b) => b.text === 'form text')?.drop).toBe('html-form');
    for (const t of ['hidden attr', 'aria hidden', 'inline none']) expect(blocks.find((b) => b.text === t)?.drop).toBe('html-hidden');
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe(P);
    for (const t of ['form text', 'hidden attr', 'aria hidden', 'inline none']) expect(r.removed.find((x) => x.text === t)?.rule).toBe('html-hidden');
  });

  it('a page-wide <form> (ASP.NET-style layout) is a wrapper, not a form', () => {
    const html = `<html><body><form id="aspnetForm"><article><p>${P}</p><p>${P}</p><p>${P}</p></article></form></body></html>`;
    expect(clean(html, { format: 'html' }).body).toBe([P, P, P].join('\n\n'));
  });

  it('keeps page order: headings, lists one item a line, blockquotes, tables', () => {
    const html = `<html><body><article><p>${P}</p><h2>Steps</h2><ol><li>Mix the flour.</li><li>Add the water.</li></ol><blockquote>${P}</blockquote><table><caption>Prices</caption><tr><td>Bread</td><td>2 EUR</td></tr></table><p>${P}</p></article></body></html>`;
    expect(clean(html, { format: 'html' }).body).toBe([P, 'Steps', 'Mix the flour.', 'Add the water.', P, 'Prices', 'Bread', '2 EUR', P].join('\n\n'));
  });

  it('furniture goes by tag, role and class words, in any language of class names', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><div role="banner">Site banner text</div>
<main><article><p>${P}</p><div class="social-share-bar"><a href="#">Share on Facebook</a></div><p>${P}</p>
<div class="newsletter-box"><p>Sign up for our newsletter to get the news every morning in your inbox.</p></div>
<div class="related-articles"><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></div></article>
<section class="comments"><p>What a great article, I agree with every word of it and will share it with friends.</p></section></main>
<aside><p>Sidebar text that is quite long and could look like prose if we only read the text of it.</p></aside>
<div id="cookie-notice"><p>We use cookies to improve your experience on our website and for analytics.</p></div><footer>Footer links</footer></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe(`${P}\n\n${P}`);
    const rule = (t: string) => r.removed.find((x) => x.text.startsWith(t))?.rule;
    expect(rule('Home')).toBe('html-tag-nav');
    expect(rule('Site banner')).toBe('html-role');
    expect(rule('Share on')).toBe('html-class-share');
    expect(rule('Sign up')).toBe('html-class-newsletter');
    expect(rule('Other story one')).toBe('html-class-related');
    expect(rule('What a great')).toBe('html-class-comments');
    expect(rule('Sidebar text')).toBe('html-tag-aside');
    expect(rule('We use cookies')).toBe('html-class-consent');
    expect(rule('Footer links')).toBe('html-tag-footer');
  });

  it('the article is found by its container, not by the longest text: long posts in another column stay out', () => {
    const long = `${P} ${P} ${P}`;
    const html = `<html><body><div class="wrap"><div class="col-a"><div class="story-body"><p>${P}</p><p>${P}</p><p>${P}</p><p>${P}</p></div></div>
<div class="col-b"><div class="user-posts"><div class="c"><p>${long}</p></div><div class="c"><p>${long}</p></div></div></div></div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe([P, P, P, P].join('\n\n'));
  });
});

describe('sniffFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['\ufeff  <html lang="en"><head></head></html>', 'html'],
    ['<!-- saved from url=(0042)https://example.com/ -->\n<html><body>', 'html'],
    ['<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html>', 'html'],
    ['<div class="a"><p>one</p><p>two</p></div>', 'html'],
    ['Breaking news\nThe <b> tag is bold in HTML.\nMore text', 'text'],
    ['Plain text capture\nwith lines\n', 'text'],
  ])('%j -> %s', (input, want) => {
    expect(sniffFormat(input)).toBe(want);
  });
});

describe('HTML-only rules', () => {
  it('take nothing from a text capture, even one that quotes markup-like words', () => {
    const text = `Menu\nShare\nRelated stories\n${P}\n${P}\nComments\nnav footer aside cookie-banner\n`;
    const r = clean(text, { format: 'text' });
    expect(r.input.format).toBe('text');
    expect(r.removed.filter((x) => x.rule.startsWith('html-'))).toEqual([]);
    expect(r.removed.every((x) => x.path === undefined)).toBe(true);
  });
});

describe('furniture words that name small widgets', () => {
  const p = (s: string) => `<p>${s} ${P}</p>`;
  const sidebar = `<div class="sidebar">${[1, 2, 3, 4, 5, 6].map((k) => `<div class="widget"><p>Widget ${k}: ${P} ${P}</p></div>`).join('')}</div>`;
  it('a date or meta-named element that holds the post (blog templates: "date-outer", "date-posts") is layout, even beside a wordy sidebar', () => {
    const html = `<html><head><title>Road trip</title></head><body><div class="main"><div class="date-outer"><h2 class="date-header">Monday, July 16, 2012</h2><div class="date-posts"><div class="post"><h3>Road trip</h3>${p('First')}${p('Second')}${p('Third')}</div></div></div></div>${sidebar}</body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain(`First ${P}`);
    expect(r.body).toContain(`Third ${P}`);
    expect(r.body).not.toContain('Widget');
  });
  it('a short post that markup names the article body (itemprop articleBody) beats a longer profile widget beside it', () => {
    const post = 'We will read from the new picture book at the corner bookshop this Saturday morning, come along.';
    const bio = `<div class="widget Profile"><h2>About me</h2><p>Thanks for dropping in. ${P} ${P}</p></div>`;
    const html = `<html><head><title>Book event</title></head><body><div class="widget Blog"><div class="date-outer"><h2 class="date-header">Monday, October 22, 2012</h2><div class="date-posts"><div class="post"><h3>Book event</h3><div class="post-body" itemprop="description articleBody">${post}<br>Hope to see you there.</div></div></div></div></div><div class="sidebar">${bio}</div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('We will read from the new picture book');
    expect(r.body).not.toContain('Thanks for dropping in');
  });
  it('the same words on a small widget still mark furniture', () => {
    const html = `<html><head><title>Road trip</title></head><body><article><h1>Road trip</h1><div class="article-meta"><span class="date">Monday, July 16, 2012</span> <span class="tags">Tags: travel, cars</span></div>${p('First')}${p('Second')}</article></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain(`First ${P}`);
    expect(r.body).not.toMatch(/Tags: travel|July 16, 2012/);
  });
});

describe('the headline marks where the article is', () => {
  const items = ['The most honest advert of the week, from a bakery', 'Subway posters placed in unfortunate spots', 'The shortest film synopsis ever written', 'Election results counted in chewing gum', 'Seven zoo adverts from the last five years'];
  const post = `<div class="post"><h3 class="post-title">Five posts worth reading</h3><div class="post-body">${items.map((t) => `<div>\u2022 ${t}.</div>`).join('')}</div></div>`;
  const profile = `<div class="col"><div class="me"><p>I have written copy for agencies in this city for nineteen years, and I keep notes on what works. ${P}</p></div></div>`;
  it('a post of short lines under the heading that repeats the page title beats a wordier column elsewhere', () => {
    const html = `<html><head><title>Five posts worth reading</title></head><body><div class="main">${post}</div>${profile}</body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('Subway posters placed in unfortunate spots');
    expect(r.body).not.toContain('copy for agencies');
  });
  it('a sidebar-named column before the post is furniture, though it holds most of the page\'s prose ("Blog name: Post title")', () => {
    const side = `<div id="sidebar"><div class="profile"><p>I have written copy for agencies in this city for nineteen years, and I keep notes on what works. ${P}</p></div></div>`;
    const html = `<html><head><title>Adverts daily: Five posts worth reading</title></head><body><div id="content">${side}<div class="main">${post}</div></div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.removed.find((x) => x.text === 'Five posts worth reading')?.rule).toBe('html-title');
    expect(r.body).toContain('Subway posters placed in unfortunate spots');
    expect(r.body).not.toContain('copy for agencies');
  });
  it('a sidebar-named layout wrapper after the headline, around the story, is still layout', () => {
    const html = `<html><head><title>Five posts worth reading</title></head><body><div class="row"><h1>Five posts worth reading</h1></div><div class="row share-wrap"><div class="body"><p>${P}</p><p>${P}</p></div></div></body></html>`;
    expect(clean(html, { format: 'html' }).body).toBe(`${P}\n\n${P}`);
  });
  it('without a heading that repeats the title, the column of prose is still chosen (the headline is the evidence)', () => {
    const html = `<html><head><title>A blog about adverts</title></head><body><div class="main">${post}</div>${profile}</body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('copy for agencies');
  });
});

describe('markup overrules a text rule that judged a line by its shape', () => {
  it('a paragraph of the article with a bold lead-in glued to it, and a link, is not a glued teaser card', () => {
    const glued = '<p><b>The Quilt Shop On Main Street Opens</b>Local designer Ann Reyes opened the shop with two friends, and her <a href="/q">patterned quilts</a> sell in three sizes for the price of a dinner out.</p>';
    const html = `<html><head><title>Quilts for everyone</title></head><body><article><h1>Quilts for everyone</h1><p>${P}</p>${glued}<p>${P}</p></article></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('Local designer Ann Reyes opened the shop');
    // the same line in a text capture has no markup to vouch for it
    const t = clean(`Quilts for everyone\n\n${P}\n\nThe Quilt Shop On Main Street OpensLocal designer Ann Reyes opened the shop with two friends, and her patterned quilts sell in three sizes for the price of a dinner out.\n\n${P}\n`, { format: 'text' });
    expect(t.removed.find((x) => x.text.startsWith('The Quilt Shop'))?.rule).toBe('glued-teaser');
  });
});

describe('link lists inside the article', () => {
  const links = ['Here is our year in review', 'The performance year in review', 'New importer for saved logins'].map((t, k) => `<li><a href="/n/${k}">${t}</a></li>`).join('');
  it('a list of links between the article\'s paragraphs is part of it', () => {
    const html = `<html><head><title>Weekly notes</title></head><body><article><h1>Weekly notes</h1><p>${P}</p><ul>${links}</ul><p>${P}</p></article></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('The performance year in review');
  });
  it('the same list after the last paragraph is a teaser row, not body', () => {
    const html = `<html><head><title>Weekly notes</title></head><body><article><h1>Weekly notes</h1><p>${P}</p><p>${P}</p><ul>${links}</ul></article></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).not.toContain('The performance year in review');
  });
});

describe('a thread of posts inside the article container', () => {
  it('is the body: name-and-date headers there are not a comment section cut off after the first post', () => {
    const posts = [
      ['Don', 'Why do you think the bridge plan will fail? The council has funded it twice already, and the river crossing is overdue by years.'],
      ['Maria', 'Because the last three crossings all ran over budget, and nobody on the council has explained how this one will be different.'],
      ['Terry', 'Both of you are right in part: the money is there, but the plan still lacks a timetable that anyone outside the council can check.'],
    ];
    const reply = ([n, t]: string[], k: number) => `<div class="post"><div class="who"><div>${n}</div><div>10-1${k}-2004, 03:3${k} PM</div></div><div class="text"><p>${t}</p><p>${P}</p></div></div>`;
    const html = `<html><head><title>Will the bridge plan work?</title></head><body><div class="thread"><h1>Will the bridge plan work?</h1><div class="post"><div class="text"><p>${P}</p><p>${P}</p></div></div>${posts.map(reply).join('')}</div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('Because the last three crossings all ran over budget');
    expect(r.body).toContain('Both of you are right in part');
    expect(r.removed.filter((x) => x.rule === 'comment-thread')).toEqual([]);
  });
});

describe('when the markup leaves no body, the prose is read again', () => {
  const para = (k: number) => `<p>Paragraph ${k} of the post. ${P}</p>`;
  const aside = `<aside>${[1, 2, 3, 4, 5].map((k) => `<div class="widget"><h2>About ${k}</h2><p>Widget ${k}: ${P} ${P}</p></div>`).join('')}</aside>`;
  it('a post in a "widget" wrapper beside a wordier sidebar is the body, not nothing', () => {
    const html = `<html><head><title>Road trip</title></head><body><div class="main"><div class="widget Blog"><h3>Road trip</h3>${para(1)}${para(2)}${para(3)}</div></div>${aside}</body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('Paragraph 1 of the post.');
    expect(r.body).toContain('Paragraph 3 of the post.');
    expect(r.body).not.toContain('Widget');
    expect(r.warnings.join(' ')).not.toMatch(/no article body/);
  });
  it('reader comments are not made the body of a page whose article has no prose (a video)', () => {
    const comments = `<div class="comments">${[1, 2, 3].map((k) => `<div class="comment"><p>Comment ${k}: ${P}</p></div>`).join('')}</div>`;
    const html = `<html><head><title>Watch: the launch</title></head><body><div class="video"><video src="v.mp4"></video></div>${comments}</body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).not.toContain('Comment');
  });
});

describe('paragraphs beside the wrapper of the container', () => {
  const para = (k: number) => `<p>Paragraph ${k} of the story. ${P}</p>`;
  const rest = [3, 4, 5, 6, 7, 8].map(para).join('');
  const wrapped = `<div id="more"><div class="more-link"><a href="#">Read more</a></div><div class="ad-slot"></div><div id="more-content">${rest}</div></div>`;
  it('the story\'s opening paragraphs, beside a "read more" wrapper around its second half, are body (and an intro in a wrapper of its own)', () => {
    const html = `<html><head><title>Data bill</title></head><body><div class="story"><div class="intro"><p><strong>The intro of the story. ${P}</strong></p></div>${para(1)}${para(2)}${wrapped}</div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('The intro of the story.');
    expect(r.body).toContain('Paragraph 1 of the story.');
    expect(r.body).toContain('Paragraph 8 of the story.');
  });
  it('a paragraph after the wrapper (a copyright line) and a scored teaser list before it stay out', () => {
    const teasers = `<div class="breaking"><ul>${[1, 2, 3, 4].map((k) => `<li><b>Teaser ${k}</b> NEW DELHI: a summary of another story, with a clause, and another, and more, ${P}</li>`).join('')}</ul></div>`;
    const html = `<html><head><title>Data bill</title></head><body><div class="main">${teasers}${wrapped}<p>The site and its content are owned by the publisher, all of them, in every country, for every reader.</p></div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('Paragraph 3 of the story.');
    expect(r.body).not.toContain('Teaser');
    expect(r.body).not.toContain('owned by the publisher');
  });
});

describe('a line a word rule took for an author bio, inside the article', () => {
  const bio = 'Mr Petrov is the editor of a small weekly paper in the valley.';
  it('stays when it sits between the article\'s paragraphs', () => {
    const html = `<html><head><title>Fuel bank</title></head><body><div class="story-body"><h1>Fuel bank</h1><p>${P}</p><p>${bio}</p><p>${P} ${P}</p></div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain(bio);
  });
  it('after the last paragraph it is still a bio', () => {
    const html = `<html><head><title>Fuel bank</title></head><body><div class="story-body"><h1>Fuel bank</h1><p>${P}</p><p>${P} ${P}</p><p>Jane Roe is the editor of a small weekly paper in the valley.</p></div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).not.toContain('Jane Roe');
    expect(r.removed.find((x) => x.text.startsWith('Jane Roe'))?.rule).toBe('author-bio');
  });
});

describe('image captions inside the article', () => {
  const cap = (k: number) => `<figure><img src="${k}.jpg"><figcaption>The crowd on the quay waits for boat number ${k} in the rain.</figcaption></figure>`;
  it('are body when the story is told in pictures (captions weigh as much as its prose)', () => {
    const html = `<html><head><title>A day at the harbour</title></head><body><article><h1>A day at the harbour</h1><p>${P}</p>${[1, 2, 3, 4].map(cap).join('')}</article><aside><p>${P}</p></aside></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain(P);
    for (const k of [1, 2, 3, 4]) expect(r.body).toContain(`boat number ${k} in the rain.`);
  });
  it('stay out beside a story told in prose, and so do credits and captions in other furniture', () => {
    const html = `<html><head><title>Harbour plan</title></head><body><article><p>${P}</p>${cap(1)}<p>${P}</p><p>${P}</p><figure><figcaption>Photo: Jane Roe</figcaption></figure></article>
<div class="related"><figure><figcaption>The crowd on the quay waits for another boat in the rain.</figcaption></figure></div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe([P, P, P].join('\n\n'));
    expect(r.removed.find((x) => x.text.startsWith('The crowd on the quay waits for boat'))?.rule).toBe('html-tag-figure');
  });
  it('a photo post: its captions are body, a caption in a related box is not', () => {
    const html = `<html><head><title>Boats</title></head><body><article><p>${P}</p>${[1, 2, 3, 4].map(cap).join('')}</article>
<div class="related"><figure><figcaption>The crowd on the quay waits for another boat in the rain.</figcaption></figure></div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('boat number 4 in the rain.');
    expect(r.body).not.toContain('another boat');
  });
  it('a caption box written into the paragraph flow, between paragraphs, is body (a sentence end or not); one in a figure, or above the first paragraph, is not', () => {
    const flowCap = (t: string) => `<div class="caption">${t}</div>`;
    const html = `<html><head><title>Harbour plan</title></head><body><article>${flowCap('The old harbour wall seen from the north pier at dawn')}<p>${P}</p>${flowCap('The council wants the ferry terminal moved to the east quay')}<p>${P}</p><p>${P}</p>${cap(1)}<p>${P}</p><p>${P}</p></article></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe([P, 'The council wants the ferry terminal moved to the east quay', P, P, P, P].join('\n\n'));
    expect(r.removed.find((x) => x.text.startsWith('The old harbour wall'))?.rule).toBe('html-class-caption');
    expect(r.removed.find((x) => x.text.startsWith('The crowd on the quay waits for boat'))?.rule).toBe('html-tag-figure');
  });
  it('a credit line in the paragraph flow stays out: its words are a name\'s, not a phrase\'s', () => {
    const html = `<html><head><title>Harbour plan</title></head><body><article><p>${P}</p><div class="caption">Photo: Jane Roe For The Harbour Times</div><p>${P}</p></article></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe([P, P].join('\n\n'));
    expect(r.removed.find((x) => x.text.startsWith('Photo: Jane Roe'))?.rule).toBe('html-class-caption');
  });
  it('a photo post whose captions are phrases without a full stop keeps them; a caption shown twice (full and truncated views) is told once', () => {
    const phrase = (k: number) => `<figure><img src="${k}.jpg"><figcaption>The crowd on the quay waiting for boat number ${k} in the rain</figcaption></figure>`;
    const twice = `<figure><img src="5.jpg"><figcaption><div class="caption-full">The last ferry of the day leaving the harbour under a grey sky, with the crowd still on the quay</div><div class="caption-short">The last ferry of the day leaving the harbour under a grey sky, with ...</div></figcaption></figure>`;
    const html = `<html><head><title>Boats</title></head><body><article><p>${P}</p>${[1, 2, 3].map(phrase).join('')}${twice}</article><aside><p>${P}</p></aside></body></html>`;
    const r = clean(html, { format: 'html' });
    for (const k of [1, 2, 3]) expect(r.body).toContain(`boat number ${k} in the rain`);
    expect(r.body.split('The last ferry of the day').length - 1).toBe(1);
  });
});
