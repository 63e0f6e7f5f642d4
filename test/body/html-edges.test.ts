/**
 * HTML body selection at its edges: a comment heading the markup names in a flat page, and
 * the fallbacks for a page whose markup evidence leaves no body (a photo post).
 */
import { describe, it, expect } from 'vitest';
import { clean } from '../../src/index.js';

const para = (i: number) =>
  `<p>Paragraph ${i}: the council voted on Tuesday to close the old bridge, and the mayor said that the repairs would take at least two years to finish.</p>`;
const comment = (i: number) =>
  `<p>Comment ${i}: I drive over that bridge every single day and I honestly cannot believe it has taken them this long to notice the cracks.</p><p class="posted">Posted by: Reader ${i} at May 2, 2013 10:0${i} AM</p>`;
const page = (content: string, title = 'Council closes the old bridge for two years') =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><div class="content"><h3>${title}</h3>${content}</div></body></html>`;

describe('a comment heading in a flat page', () => {
  it('ends the article once its prose has begun: the thread after it, in the same container, is not body', () => {
    const r = clean(page(`${para(1)}${para(2)}${para(3)}<h2 id="comments">Comments</h2>${comment(1)}${comment(2)}${comment(3)}`), { format: 'html' });
    expect(r.body).toContain('Paragraph 3');
    expect(r.body).not.toContain('Comment 1');
    expect(r.removed.some((x) => x.rule === 'html-class-comments' && x.text.startsWith('Comment 2'))).toBe(true);
  });
  it('a comment heading above the article (a jump link to the thread) cuts nothing', () => {
    const r = clean(page(`<h2 id="comments">3 Comments</h2>${para(1)}${para(2)}${para(3)}${para(4)}`), { format: 'html' });
    for (const i of [1, 2, 3, 4]) expect(r.body).toContain(`Paragraph ${i}`);
  });
  it('a heading that says more than a label, in a box with other text, is no comment heading', () => {
    const r = clean(page(`${para(1)}${para(2)}<div class="comments-intro"><h2>What readers told us about the bridge this week</h2>${para(3)}</div>${para(4)}`), { format: 'html' });
    expect(r.body).toContain('Paragraph 4');
  });
});

describe('a page whose markup leaves no body', () => {
  const photo = (headline: string) =>
    `<!DOCTYPE html><html><head><title>${headline} | Daily Photo</title></head><body>` +
    `<div class="post"><h1>${headline}</h1><div class="photo"><img src="a.jpg" alt=""></div></div>` +
    `<div class="sidebar"><p>One photograph of our town every day since 2009, taken on the way to work and posted before breakfast.</p></div>` +
    `<div id="comments"><ol class="commentlist">${[1, 2, 3].map((i) => `<li class="comment"><p>Comment ${i}: what a wonderful shot, I walk across that bridge every morning and have never seen it like this.</p></li>`).join('')}</ol></div>` +
    `</body></html>`;
  it('a photo post: the body is its headline, never the sidebar blurb or a comment', () => {
    const r = clean(photo('Fog rolls over the harbour bridge at dawn'), { format: 'html' });
    expect(r.title).toBe('Fog rolls over the harbour bridge at dawn');
    expect(r.body).toBe('Fog rolls over the harbour bridge at dawn');
  });
  it('a headline of a word or three is a name or a label: no body, and a warning', () => {
    const r = clean(photo('Harbour fog'), { format: 'html' });
    expect(r.body).toBe('');
    expect(r.warnings.join(' ')).toMatch(/no article body/);
  });
});

describe('a text cut inside the article container', () => {
  it('leaves out its own marker line, and keeps the short lines it took after it (table cells, a heading) that markup puts in the article', () => {
    const html = page(
      `${para(1)}${para(2)}<p><a href="/comments">Comments</a></p>` +
        `<table><tr><th>Release</th><th>Date</th></tr><tr><td>4.2.3</td><td>March 2014</td></tr><tr><td>4.2.4</td><td>May 2014</td></tr></table>` +
        `<h4>Release notes</h4>${para(3)}${para(4)}`,
    );
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('Paragraph 4');
    expect(r.body).toContain('Release notes');
    expect(r.body).toContain('4.2.4');
    expect(r.body).not.toMatch(/^Comments$/m);
    expect(r.removed.some((x) => x.rule === 'end-marker' && x.text === 'Comments')).toBe(true);
  });
});

describe('a short post beside a longer sidebar', () => {
  it('a sidebar that holds most of the page prose but not the headline is a sidebar, not a layout wrapper: the post is the body', () => {
    const blurb = (i: number) => `<p>About us ${i}: we are a small team of makers who write about tools, workshops and the things we build on weekends, and we answer every letter.</p>`;
    const html =
      `<!DOCTYPE html><html><head><title>A pencil drawing that looks like a photograph</title></head><body><div class="wrapper">` +
      `<div class="main"><div class="post"><h3>A pencil drawing that looks like a photograph</h3>` +
      `<div class="post-body"><p>I stared at this for a long time and still cannot believe it is a pencil drawing and not a photograph.</p></div></div></div>` +
      `<div class="sidebar">${blurb(1)}${blurb(2)}${blurb(3)}</div>` +
      `</div></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe('I stared at this for a long time and still cannot believe it is a pencil drawing and not a photograph.');
    expect(r.removed.some((x) => x.rule === 'html-class-sidebar' && x.text.startsWith('About us 2'))).toBe(true);
  });
});

describe('a paragraph that ends with a picture credit', () => {
  const credit = 'I stared at this drawing for a long time, and despite the evidence I still cannot believe it was made with a pencil. Artwork and photos © Jane Doe';
  it('is the story own inside the article container, whatever the copyright-footer rule says of the line', () => {
    const r = clean(page(`<p>${credit}</p>${para(1)}`), { format: 'html' });
    expect(r.body).toContain('Artwork and photos © Jane Doe');
  });
  it('a footer line that opens with its copyright mark stays out', () => {
    const r = clean(page(`${para(1)}${para(2)}<p>© 2013 Example Media Ltd. All rights reserved. Reproduction without permission is prohibited.</p>`), { format: 'html' });
    expect(r.body).toContain('Paragraph 2');
    expect(r.body).not.toContain('All rights reserved');
  });
});

describe('a page left empty whose headline heads the article', () => {
  const hidden = (i: number) => `<p>Hidden ${i}: a copy of another story kept in the page for the viewer script, which the reader never sees unless a click shows it.</p>`;
  const title = 'Council closes the old bridge for two years';
  const shell = (story: string) =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>` +
    `<div class="overlay-view"><article><header><h1>${title}</h1></header>${story}</article></div>` +
    `<div style="display:none">${[1, 2, 3, 4, 5].map(hidden).join('')}</div>` +
    `<div class="comments"><p>Comment 1: I drive over that bridge every single day and I cannot believe it took them this long to notice.</p></div>` +
    `</body></html>`;
  it('an article in a viewer overlay (hidden copies outweigh it): the body reads on from the headline, without the hidden copies or the comments', () => {
    const r = clean(shell(`<div class="story">${para(1)}${para(2)}${para(3)}</div>`), { format: 'html' });
    expect(r.body.startsWith(title)).toBe(true);
    expect(r.body).toContain('Paragraph 3');
    expect(r.body).not.toContain('Hidden 1');
    expect(r.body).not.toContain('Comment 1');
  });
  it('under the headline, too little text to be an article: no body, and a warning', () => {
    const r = clean(shell(`<div class="story"><p>A short caption under the photo.</p></div>`), { format: 'html' });
    expect(r.body).toBe('');
    expect(r.warnings.join(' ')).toMatch(/no article body/);
  });
});

describe('a flat blog page whose comment heading no markup names', () => {
  const signed = (i: number) =>
    `<p>Comment ${i}: I drive over that bridge every single day and I honestly cannot believe it has taken them this long to notice the cracks.</p>` +
    `<p class="posted">Posted by: ${['Anna Berg', 'Tom Walsh', 'Lena Ortiz'][i - 1]} | Apr 6, 2007 1:1${i}:01 PM</p>`;
  it('a "Comments" heading followed, in the post own container, by three signed comments ends the article there', () => {
    const r = clean(page(`${para(1)}${para(2)}${para(3)}<p class="posted">Posted by Jane on April 6, 2007 | Permalink</p><h2>Comments</h2>${signed(1)}${signed(2)}${signed(3)}`), { format: 'html' });
    expect(r.body).toContain('Paragraph 3');
    expect(r.body).not.toContain('Comment 2');
    expect(r.removed.some((x) => x.rule === 'comment-thread' && x.text.startsWith('Comment 2'))).toBe(true);
  });
  it('without signed comments after it, such a heading cuts nothing the markup keeps', () => {
    const r = clean(page(`${para(1)}${para(2)}<h2>Comments</h2>${para(3)}${para(4)}`), { format: 'html' });
    expect(r.body).toContain('Paragraph 4');
  });
});

describe('a page whose article the capture hides (a script or an overlay shows it in the browser)', () => {
  const title = 'Council closes the old bridge for two years';
  const shell = (attr: string, headline = `<h1>${title}</h1>`) =>
    `<!DOCTYPE html><html><head><title>${title} | Town News</title></head><body>` +
    `<div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>` +
    `<div ${attr}>${headline}${para(1)}${para(2)}${para(3)}</div>` +
    `<div id="footer"><p>Copyright 2013 Town News. All rights reserved.</p></div></body></html>`;
  for (const [what, attr] of [
    ['inline display:none', 'id="story" style="display: none;"'],
    ['aria-hidden on the page wrapper (a sign-up overlay open)', 'class="page" aria-hidden="true"'],
  ] as const) {
    it(`${what}: the body reads on from the hidden heading that repeats the title`, () => {
      const r = clean(shell(attr), { format: 'html' });
      expect(r.body).toContain('Paragraph 1');
      expect(r.body).toContain('Paragraph 3');
      expect(r.body).not.toContain('All rights reserved');
    });
  }
  it('hidden prose no heading of the title heads stays out: no body, and a warning', () => {
    const r = clean(shell('style="display:none"', '<h2>More from the archive</h2>'), { format: 'html' });
    expect(r.body).toBe('');
    expect(r.warnings.join(' ')).toMatch(/no article body/);
  });
});

describe('a short post whose page holds longer prose elsewhere', () => {
  const title = 'Fog over the harbour bridge';
  const blurb = `<p>Our town in one picture a day since 2009: taken on the way to work, posted before breakfast, and never retouched. Write to us any time.</p>`;
  const links = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/a/${i}">Archive month ${i + 1}</a></li>`).join('')}</ul>`;
  const post = `<div class="entry"><h3>${title}</h3><div class="entry-content"><p>Seen at dawn today.</p><p>More soon!</p></div></div>`;
  const page3 = (left: string, mid: string, right: string) =>
    `<!DOCTYPE html><html><head><title>Daily Photo: ${title}</title></head><body><div id="layout">` +
    `<div id="alpha">${left}</div><div id="beta">${mid}</div><div id="gamma">${right}</div></div></body></html>`;
  it('a blurb in a column before the headline gives way to the headline and its lines', () => {
    const r = clean(page3(blurb + links(3), post, links(3)), { format: 'html' });
    expect(r.body).toBe(`${title}\n\nSeen at dawn today.\n\nMore soon!`);
    expect(r.removed.some((x) => x.rule === 'html-outside-article' && x.text.startsWith('Our town in one picture'))).toBe(true);
  });
  it('a blurb in a column far after the post gives way too', () => {
    const r = clean(page3(links(3), post + links(20), blurb), { format: 'html' });
    expect(r.body).toBe(`${title}\n\nSeen at dawn today.\n\nMore soon!`);
  });
  it('a short body right after its headline section (a brief under a header with a standfirst) stays', () => {
    const brief = `<p>The bridge closes on Monday, the council said, and the works will last for two years at least.</p>`;
    const html =
      `<!DOCTYPE html><html><head><title>${title}</title></head><body><article><header><h1>${title}</h1><p class="standfirst">Repairs begin next week.</p></header>` +
      `<div class="story">${brief}</div></article></body></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain('The bridge closes on Monday');
    expect(r.body).not.toBe(`${title}\n\nRepairs begin next week.`);
  });
});

describe('a short post that no prose makes a body', () => {
  const shell = (headline: string, entry: string) =>
    `<!DOCTYPE html><html><head><title>${headline} | Town Blog</title></head><body>` +
    `<div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li></ul></div>` +
    `<div class="post"><h2>${headline}</h2><div class="entry">${entry}</div></div>` +
    `<div id="sidebar"><p>About me: I have written about this town and the people in it since 2004, and I answer every letter I get.</p></div>` +
    `<div id="footer"><p>Copyright 2010 Town Blog. All rights reserved.</p></div></body></html>`;
  it('a video with a line under it: the headline and the line, never the sidebar blurb', () => {
    const r = clean(shell('New video', '<object><embed src="clip.swf"></object><p>Filmed at the harbour on Sunday</p>'), { format: 'html' });
    expect(r.body).toBe('New video\n\nFilmed at the harbour on Sunday');
  });
  it('a poem of short lines: the headline and every line', () => {
    const lines = ['The snow came down at night', 'and covered all the roads', 'the town was white and quiet'];
    const r = clean(shell('Winter song', `<p>${lines.join('<br>')}</p>`), { format: 'html' });
    expect(r.body).toBe(['Winter song', ...lines].join('\n\n'));
  });
  it('a title in a <div> (no heading tag) that html-title took heads the post as well', () => {
    const lines = ['The snow came down at night', 'and covered all the roads'];
    const html = shell('Winter song', `<p>${lines.join('<br>')}</p>`).replace('<h2>Winter song</h2>', '<div class="post-title">Winter song</div>').replace(/<div id="sidebar">.*?<\/div>/, '');
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe(['Winter song', ...lines].join('\n\n'));
  });
  it('a lone word under the headline makes no post: no body, and a warning', () => {
    const r = clean(shell('New video', '<object><embed src="clip.swf"></object><p>Enjoy</p>'), { format: 'html' });
    expect(r.body).toBe('');
    expect(r.warnings.join(' ')).toMatch(/no article body/);
  });
});

describe('a wrapper that wins the container search by its class words alone', () => {
  const lead = '<p>Lead: the council met late on Tuesday night, and what it decided about the old bridge will change how half the town drives to work.</p>';
  const side = (i: number) => `<p>Side ${i}: our weekly letter carries every story of the week in full, with the pictures, and reaches readers on Friday morning.</p>`;
  const wrapped = (inner: string) =>
    `<!DOCTYPE html><html><head><title>Council closes the old bridge for two years</title></head><body>` +
    `<div class="main">${inner}<div class="cell"><div class="inner">${side(1)}</div></div></div></body></html>`;
  it('gives way to the container inside it that holds most of its prose: a box beside the story in the wrapper is not body', () => {
    const r = clean(wrapped(`<div class="col-a">${para(1)}${para(2)}${para(3)}</div>`), { format: 'html' });
    for (const i of [1, 2, 3]) expect(r.body).toContain(`Paragraph ${i}`);
    expect(r.body).not.toContain('Side 1');
  });
  it('a wrapper with a line of its own (a short intro before a quoted statement) keeps it', () => {
    const r = clean(wrapped(`<p>The mayor of the town put it to the council this way:</p><blockquote>${para(1)}${para(2)}${para(3)}</blockquote>`), { format: 'html' });
    expect(r.body).toContain('The mayor of the town put it to the council this way:');
    expect(r.body).toContain('Paragraph 3');
  });
  it('a list inside the wrapper never takes its place', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `<li>Item ${i}: the council voted on Tuesday to close the old bridge, and the mayor said that repairs would take two years, at least.</li>`).join('');
    const r = clean(wrapped(`<ul>${items}</ul><div class="col-a">${para(1)}${para(2)}</div>`), { format: 'html' });
    expect(r.body).toContain('Item 1');
    expect(r.body).toContain('Paragraph 2');
  });
});

describe('a list whose items are the article', () => {
  const item = (i: number) =>
    `<li>Item ${i}: the library reopened its reading room on Monday after a year of repairs, and the staff said that the old card catalogue will stay.</li>`;
  const linked = (i: number) => `<li><a href="/notes/${i}">Linked note ${i} on the reading room</a></li>`;
  const list = (head: string, tail = '') =>
    page(`<ul>${head}${item(1)}${item(2)}${item(3)}</ul>${tail}`, 'Weekly notes from the town library');
  it('link items that open it, in the same list as its prose items, are the article too', () => {
    const r = clean(list(`${linked(1)}${linked(2)}`), { format: 'html' });
    expect(r.body).toContain('Linked note 1');
    expect(r.body).toContain('Linked note 2');
    expect(r.body).toContain('Item 3');
  });
  it('a link list of its own before the article stays out', () => {
    const r = clean(page(`<ul>${linked(1)}${linked(2)}</ul><ul>${item(1)}${item(2)}${item(3)}</ul>`, 'Weekly notes from the town library'), { format: 'html' });
    expect(r.body).toContain('Item 1');
    expect(r.body).not.toContain('Linked note 1');
  });
});

describe('a story split over two containers', () => {
  const split = (before: string) =>
    page(`${before}<div class="inline-promo"><a href="/sub">Subscribe now for only $1</a></div><div class="rest"><div class="text">${[3, 4, 5, 6, 7, 8].map(para).join('')}</div></div>`);
  it('its first paragraphs, in a container before the wrapper of the rest (a promo between), are body', () => {
    const r = clean(split(`<div class="intro">${para(1)}${para(2)}</div>`), { format: 'html' });
    for (const i of [1, 2, 3, 8]) expect(r.body).toContain(`Paragraph ${i}`);
    expect(r.body).not.toContain('Subscribe now');
  });
  it('a box of teasers (a third of their text is links) before it is no first half', () => {
    const teasers = [1, 2, 3].map((i) => `<p><a href="/s/${i}">Story ${i}: the school board met again</a> on Monday night to discuss the budget for next year, and parents came to ask questions.</p>`).join('');
    const r = clean(split(`<div class="box">${teasers}</div>`), { format: 'html' });
    expect(r.body).toContain('Paragraph 3');
    expect(r.body).not.toContain('Story 1');
  });
});
