/**
 * The properties a capture in the seed's shape must have (issue 3 item 4): one suite, run on the
 * real seed (test/seed.test.ts, when ../shared is present) and on a capture we wrote ourselves in
 * the same shape (test/seed-shaped.test.ts). Both have the article's seven paragraphs on lines
 * 7, 9, ..., 19, the published line first, the series label on line 4, counters on line 5, the
 * related list from line 24 and the tag line on line 32.
 */
import { describe, it, expect } from 'vitest';
import { clean } from '../../src/index.js';

export interface SeedShape {
  /** How paragraphs 1, 2 and 7 begin, and how paragraph 6 (no final full stop) ends. */
  starts: [RegExp, RegExp, RegExp];
  sixthEnds: RegExp;
  dateline: { place: string; agency: string };
  published: string;
  publishedText: string;
  section: string;
  counters: number[];
  tags: string[];
  /** Related headlines by their index in page order (eight in all). */
  related: Record<number, string>;
}

const BODY_LINES = new Set([7, 9, 11, 13, 15, 17, 19]);

export function seedShapeSuite(name: string, input: string, want: SeedShape, skip = false): void {
  describe.skipIf(skip)(name, () => {
    const record = clean(input);
    const paragraphs = record.body.split('\n\n');

    it('body: the seven article paragraphs and nothing else', () => {
      expect(paragraphs).toHaveLength(7);
      expect(paragraphs[0]).toMatch(want.starts[0]);
      expect(paragraphs[1]).toMatch(want.starts[1]);
      expect(paragraphs[6]).toMatch(want.starts[2]);
      // the paragraph without a final full stop stays
      expect(paragraphs[5]).toMatch(want.sixthEnds);
    });

    it('no NBSP and no doubled space in the body', () => {
      expect(record.body).not.toMatch(/\u00a0/);
      expect(record.body).not.toMatch(/ {2}/);
    });

    it('dateline moved out of the second paragraph', () => {
      expect(record.dateline).toEqual(want.dateline);
    });

    it('published time and its text', () => {
      expect(record.published).toBe(want.published);
      expect(record.publishedText).toBe(want.publishedText);
    });

    it('section, counters, tags', () => {
      expect(record.section).toBe(want.section);
      expect(record.counters).toEqual(want.counters);
      expect(record.tags).toEqual(want.tags);
    });

    it('the eight related headlines, in page order', () => {
      expect(record.related).toHaveLength(8);
      for (const [k, headline] of Object.entries(want.related)) expect(record.related[Number(k)]).toBe(headline);
    });

    it('no title (the capture has none) and language en', () => {
      expect(record.title).toBeNull();
      expect(record.language).toBe('en');
    });

    it('every other non-blank line is in removed, with its rule and line number', () => {
      const lines = input.split('\n');
      const rest = lines.map((l, i) => ({ line: i + 1, text: l.replace(/[\s\u00a0]+/gu, ' ').trim() })).filter((l) => l.text !== '' && !BODY_LINES.has(l.line));
      expect(record.removed.map((r) => ({ line: r.line, text: r.text }))).toEqual(rest);
      for (const r of record.removed) expect(r.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('lines that fed a field say so', () => {
      const field = (line: number) => record.removed.find((r) => r.line === line)?.field;
      expect(field(1)).toBe('published');
      expect(field(4)).toBe('section');
      expect(field(5)).toBe('counters');
      expect(field(24)).toBe('related');
      expect(field(32)).toBe('tags');
    });
  });
}
