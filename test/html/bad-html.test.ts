/**
 * Bad HTML never crashes unboil or overflows the stack, and the record says in
 * `warnings` what could not be done.
 */
import { describe, expect, it } from 'vitest';
import { clean, UnboilRecord } from '../../src/index.js';

const SENTENCE = 'The council met on Tuesday to discuss the budget for next year, and members agreed on most items after a long debate.';

describe('bad HTML', () => {
  it('unclosed and misnested tags: text kept, in order, nothing lost to the tree repair', () => {
    const html = `<!DOCTYPE html><html><head><title>Budget agreed</title></head><body>
<nav><a href="/">Home</a><a href="/news">News</nav>
<div class="story"><ul><li>Budget<li>Schools</ul><p>First paragraph: ${SENTENCE}
<p>Second <b>bold <i>both</b> italic</i> paragraph goes on: ${SENTENCE}
<p>Third paragraph, <a href="/x">a link</a> inside: ${SENTENCE}</div></span></td>
<footer>All rights reserved`;
    const r = clean(html);
    expect(r.input.format).toBe('html');
    expect(() => UnboilRecord.parse(r)).not.toThrow();
    const body = r.body;
    expect(body).toContain('First paragraph');
    expect(body).toContain('Second bold both italic paragraph goes on');
    expect(body.indexOf('First paragraph')).toBeLessThan(body.indexOf('Second bold'));
    expect(body.indexOf('Second bold')).toBeLessThan(body.indexOf('Third paragraph'));
    expect(body).not.toContain('All rights reserved');
  });

  it('20,000-deep nesting: no stack overflow, the text is read, a warning says the page is malformed', () => {
    const html = '<html><body>' + '<div>'.repeat(20000) + `<p>${SENTENCE}</p>` + '</div>'.repeat(20000) + '</body></html>';
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe(SENTENCE);
    expect(r.warnings.join(' ')).toMatch(/nest \d+ levels deep/);
    const spans = '<html><body>' + '<span><b><i>'.repeat(7000) + SENTENCE + '</i></b></span>'.repeat(7000) + '</body></html>';
    expect(() => clean(spans, { format: 'html' })).not.toThrow();
  });

  it('a 20 MB page: cleaned whole, no crash', () => {
    const para = `<p>${SENTENCE}</p>\n`;
    const html = '<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><article>' + para.repeat(Math.ceil(20e6 / para.length)) + '</article><footer>Contact us</footer></body></html>';
    expect(html.length).toBeGreaterThanOrEqual(20e6);
    const r = clean(Buffer.from(html), { format: 'html' });
    expect(r.body.startsWith(SENTENCE)).toBe(true);
    expect(r.body).not.toContain('Contact us');
    expect(r.removed.some((x) => x.text === 'Contact us' && x.rule.startsWith('html-'))).toBe(true);
  }, 120_000);

  it('a wrong declared charset: UTF-8 bytes declared as windows-1251 are read as UTF-8, with a warning', () => {
    const text = 'Городской совет во вторник утвердил бюджет на следующий год, и депутаты согласились почти со всеми статьями после долгих споров.';
    const html = `<html lang="ru"><head><meta charset="windows-1251"><title>Бюджет</title></head><body><article><p>${text}</p><p>${text}</p></article></body></html>`;
    const r = clean(Buffer.from(html, 'utf8'));
    expect(r.input.format).toBe('html');
    expect(r.body).toBe(`${text}\n\n${text}`);
    expect(r.warnings.join(' ')).toMatch(/windows-1251/i);
  });

  it('no <body>: blocks are read from the document, a warning says so', () => {
    const html = `<html><head><title>Short note</title></head><p>${SENTENCE}</p><p>${SENTENCE.replace('Tuesday', 'Monday')}</p></html>`;
    const r = clean(html, { format: 'html' });
    expect(r.body).toContain(SENTENCE);
    expect(r.warnings.join(' ')).toMatch(/no <body>/);
  });

  describe('HTML a browser forgives: the body opens where a browser opens it', () => {
    const S2 = 'Residents who spoke at the meeting asked the council to keep the library open on Sundays, and the mayor promised to look into it.';
    const both = (body: string) => {
      expect(body).toContain(SENTENCE);
      expect(body).toContain(S2);
      expect(body.indexOf(SENTENCE)).toBeLessThan(body.indexOf(S2));
    };
    it('no </head> and no <body>: the content htmlparser2 nests in <head> is the body', () => {
      const r = clean(`<html><head><title>Budget</title><meta charset="utf-8"><link rel="stylesheet" href="a.css"><div class="story"><p>${SENTENCE}</p><p>${S2}</p></div></html>`, { format: 'html' });
      both(r.body);
      expect(r.title).toBe('Budget');
      expect(r.warnings.join(' ')).toMatch(/no <body>/);
    });
    it('no </head>, then <body>: content before the body tag and inside it make one body', () => {
      const r = clean(`<html><head><title>Budget</title><link rel="stylesheet" href="a.css"><p>${SENTENCE}</p><body><p>${S2}</p></body></html>`, { format: 'html' });
      both(r.body);
      expect(r.removed).toEqual([]);
    });
    it('content between </head> and <body> joins the body', () => {
      const r = clean(`<html><head><title>Budget</title></head><p>${SENTENCE}</p><body><p>${S2}</p></body></html>`, { format: 'html' });
      both(r.body);
    });
    it('text straight inside <head> opens the body (a browser shows it)', () => {
      const r = clean(`<html><head><title>Budget</title>${SENTENCE}<br>${S2}</html>`, { format: 'html' });
      both(r.body);
    });
    it('no <html>, <head> or <body> tags at all', () => {
      const r = clean(`<title>Budget</title><h1>Budget agreed</h1><p>${SENTENCE}</p><p>${S2}</p>`, { format: 'html' });
      both(r.body);
    });
    it('head-only elements still stay out of the body: title, style, script, noscript', () => {
      const r = clean(`<html><head><title>Budget</title><style>p{color:red}</style><script>var x = 1;</script><noscript>Enable JavaScript</noscript><article><p>${SENTENCE}</p><p>${S2}</p></article></html>`, { format: 'html' });
      both(r.body);
      expect(r.body).not.toMatch(/color:red|var x|Enable JavaScript/);
      expect(r.body.startsWith(SENTENCE)).toBe(true);
    });
    it('paths name the body a browser builds', () => {
      const r = clean(`<html><head><title>Budget</title><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><p>${SENTENCE}</p><p>${S2}</p></html>`, { format: 'html' });
      both(r.body);
      const nav = r.removed.find((x) => x.text.startsWith('Home'));
      expect(nav?.path).toMatch(/^body:nth-child\(\d+\) > nav/);
    });
  });

  it('only a frameset: an empty body, and warnings that say the content is in frames', () => {
    const html = '<html><head><title>Old site</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"><noframes>Your browser does not support frames.</noframes></frameset></html>';
    const r = clean(html, { format: 'html' });
    expect(r.body).toBe('');
    expect(r.title).toBe('Old site');
    expect(r.warnings.join(' ')).toMatch(/frameset/);
  });

  it('garbage that merely starts like HTML never throws', () => {
    for (const s of ['<', '<html', '<html><', '<!DOCTYPE html><html><body><p>', '<html><body></body></html>', '<html><script>var a="</p>";', '<html>\u0000\u0001<p>x', '<svg><svg><svg>']) {
      expect(() => clean(s, { format: 'html' })).not.toThrow();
    }
  });
});
