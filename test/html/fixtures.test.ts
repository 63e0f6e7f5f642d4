/**
 * Hand-written HTML pages in the styles of different outlets (fixtures/html/<name>.html)
 * against hand-written expected records (<name>.expected.json): every field the
 * expected file lists is compared (keys starting with `_` are notes). For every
 * page, whatever the expected file lists: the record validates, the body has no
 * NBSP / doubled space / edge white space, the title is not repeated at the
 * start of the body, and every removed block carries a rule id, a CSS-like path
 * and a source line.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, UnboilRecord } from '../../src/index.js';

const dir = fileURLToPath(new URL('../../fixtures/html/', import.meta.url));
const FIELDS = ['title', 'url', 'published', 'updated', 'dateline', 'authors', 'site', 'section', 'tags', 'related', 'language', 'body'] as const;

const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.expected.json'))))
  .sort()
  .map((f) => ({
    name: f.replace(/\.html$/, ''),
    input: readFileSync(join(dir, f)),
    expected: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8')) as Record<string, unknown>,
  }));

describe('HTML fixtures', () => {
  it('there are at least 10 hand-written pages with expected records', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
  it('cover JSON-LD pages, meta-tag-only pages and pages with neither, in at least four languages', () => {
    const html = cases.map((c) => c.input.toString('utf8'));
    expect(html.filter((h) => h.includes('application/ld+json')).length).toBeGreaterThanOrEqual(3);
    expect(html.filter((h) => !h.includes('ld+json') && /<meta (?:property|name)="(?:og|article):/.test(h)).length).toBeGreaterThanOrEqual(2);
    expect(html.filter((h) => !h.includes('ld+json') && !/<meta (?:property|name)="(?:og|article|author)/.test(h)).length).toBeGreaterThanOrEqual(2);
    const langs = new Set(cases.map((c) => c.expected.language));
    expect(langs.size).toBeGreaterThanOrEqual(4);
  });
});

for (const c of cases) {
  describe(`fixture ${c.name}`, () => {
    const record = clean(c.input, { path: `${c.name}.html` });

    it('is read as HTML and validates against the schema', () => {
      expect(record.input.format).toBe('html');
      expect(() => UnboilRecord.parse(record)).not.toThrow();
    });

    for (const field of FIELDS) {
      if (!(field in c.expected)) continue;
      it(`${field} is as expected`, () => {
        if (field === 'body') {
          const want = String(c.expected.body).split('\n\n');
          const got = record.body.split('\n\n');
          for (let i = 0; i < Math.max(want.length, got.length); i++) expect(got[i], `paragraph ${i + 1}`).toBe(want[i]);
        } else {
          expect(record[field]).toEqual(c.expected[field]);
        }
      });
    }

    it('body is clean text: no NBSP, no doubled space, no edge white space, one blank line between paragraphs', () => {
      expect(record.body).not.toMatch(/\u00a0| {2}|\n{3,}/);
      expect(record.body).toBe(record.body.trim());
    });

    it('the title is not repeated at the start of the body (unless the headline is all the post says: a photo post)', () => {
      if (record.title && record.body !== record.title) expect(record.body.startsWith(record.title)).toBe(false);
    });

    it('every removed block has a rule id, a CSS-like path and a source line', () => {
      expect(record.removed.length).toBeGreaterThan(0);
      const lines = c.input.toString('utf8').split('\n');
      for (const r of record.removed) {
        expect(r.rule).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(r.path).toMatch(/^(?:… > )?[a-z][\w-]*/);
        expect(r.line).toBeGreaterThanOrEqual(1);
        expect(r.line).toBeLessThanOrEqual(lines.length);
      }
    });
  });
}
