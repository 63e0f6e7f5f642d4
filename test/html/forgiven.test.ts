/**
 * HTML a browser forgives (issue 12): an element left open that would swallow the rest of
 * the page in a naive tree is closed where a browser's HTML parser closes it, so the
 * article the browser shows is the article unboil reads.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { segmentHtml } from '../../src/segment/html.js';

const P1 = 'The council met on Tuesday to discuss the budget for next year, and members agreed on most items after a long debate.';
const P2 = 'Residents who spoke at the meeting asked for more money for libraries, and the mayor promised to look at the figures again.';
const P3 = 'A final vote is planned for next month, after a public consultation that opens on Monday and runs for three weeks.';
const ARTICLE = `<h1>Council agrees budget</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

const page = (before: string, after = '') =>
  `<!DOCTYPE html><html><head><title>Council agrees budget</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
${before}
<div class="story">${ARTICLE}</div>
${after}<footer>All rights reserved</footer></body></html>`;

const texts = (html: string) => segmentHtml(html).blocks.filter((b) => !b.drop).map((b) => b.text);

describe('foreign content: an unclosed <svg> or <math> ends where HTML content opens', () => {
  it('an icon <svg> left open does not swallow the article', () => {
    const r = clean(page('<div class="logo"><a href="/">Home</a></div><svg viewBox="0 0 10 10"><path d="M0 0h10v10z"/>'));
    expect(r.body).toContain(P1);
    expect(r.body).toContain(P3);
  });

  it('an unclosed <math> breaks out at <p>; a <font> with color breaks out, a bare <font> does not', () => {
    const math = `<p>Area: <math><mi>x</mi><mo>=</mo><mn>2</mn><p>${P1}</p><p>${P2}</p>`;
    expect(texts(`<html><body>${math}</body></html>`)).toEqual(expect.arrayContaining([P1, P2]));
    const font = `<svg><g><font color="red">${P1}</font></g></svg>`;
    expect(texts(`<html><body>${font}</body></html>`)).toContain(P1);
    const bare = `<svg><g><font>${P1}</font></g></svg>`;
    expect(texts(`<html><body>${bare}</body></html>`)).not.toContain(P1);
  });

  it('HTML inside <foreignObject> stays in the SVG; text after a closed <svg> is untouched', () => {
    const fo = `<svg><foreignObject><div>${P1}</div></foreignObject></svg><p>${P2}</p>`;
    const t = texts(`<html><body>${fo}</body></html>`);
    expect(t).not.toContain(P1);
    expect(t).toContain(P2);
    // the svg's own text stays skipped; the paragraph after it is read once
    const closed = `<svg><text>Chart label</text></svg><p>${P3}</p>`;
    expect(texts(`<html><body>${closed}</body></html>`)).toEqual([P3]);
  });

  it('after the break-out the parser and the tree agree: later end tags close the right elements', () => {
    const html = `<html><body><div id="a"><svg><rect><div id="b"><p>${P1}</p></div></svg><p>${P2}</p></div><p>${P3}</p></body></html>`;
    expect(texts(html)).toEqual([P1, P2, P3]);
  });
});

describe('an unclosed <picture> or <dialog open> loses no page', () => {
  it('a <picture> with no end tag: the content after its image is read', () => {
    const r = clean(page('<figure><picture><source srcset="a.webp"><img src="a.jpg" alt="">', '</figure>'));
    expect(r.body).toContain(P1);
    expect(r.body).toContain(P3);
  });

  it('a <dialog open> with no end tag: the page after it is read; a closed dialog is still skipped', () => {
    const r = clean(page('<dialog open><p>We use cookies.</p><button>OK</button>'));
    expect(r.body).toContain(P1);
    expect(r.body).toContain(P3);
    const closed = texts(page('<dialog open><p>We use cookies.</p></dialog>'));
    expect(closed).not.toContain('We use cookies.');
    expect(closed).toContain(P1);
    // a dialog that is not open hides what it holds, in a browser too
    expect(texts(page('<dialog><p>We use cookies.</p>'))).not.toContain(P1);
  });
});

describe('a link wrapped around table rows', () => {
  it('is moved out of the table as a browser does: the cells are not link text', () => {
    const rows = [P1, P2, P3].map((p) => `<a href="/story"><tr><td>${p}</td></tr></a>`).join('');
    const blocks = segmentHtml(`<html><body><table>${rows}</table></body></html>`).blocks;
    const cells = blocks.filter((b) => b.text.length > 50);
    expect(cells.map((b) => b.text)).toEqual([P1, P2, P3]);
    for (const b of cells) expect(b.linkDensity).toBe(0);
  });

  it('a link inside a cell stays a link', () => {
    const blocks = segmentHtml(`<html><body><table><tr><td><a href="/story">${P1}</a></td></tr></table></body></html>`).blocks;
    expect(blocks.find((b) => b.text === P1)?.linkDensity).toBe(1);
  });
});

describe('an article that lives only in <noscript>', () => {
  it('is read when the rendered body is empty', () => {
    const html = `<html><head><title>Council agrees budget</title><noscript><img src="/pixel.gif"></noscript></head><body><div id="app"></div><noscript><article>${ARTICLE}</article></noscript><script>render()</script></body></html>`;
    const r = clean(html);
    expect(r.body).toContain(P1);
    expect(r.body).toContain(P3);
  });

  it('is not read beside a short post it does not outweigh', () => {
    const html = `<html><body><article><p>${P1}</p><noscript><p>Please enable JavaScript.</p></noscript></article></body></html>`;
    expect(texts(html)).toEqual([P1]);
  });

  it('is not read when the page shows its article (a noscript notice stays out)', () => {
    const r = clean(page('<noscript><p>Please enable JavaScript to see comments and our related stories.</p></noscript>'));
    expect(r.body).toContain(P1);
    expect(r.body).not.toContain('enable JavaScript');
  });
});
