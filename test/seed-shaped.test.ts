/**
 * A capture we wrote ourselves in the exact shape of the seed (fixtures/text/wire-seed-shaped-en.txt):
 * an invented agency story with the clock glued to the date, 'Listen Live', 'Get short URL', a
 * story-series label, a counters line, the dateline in the second paragraph, related headlines,
 * a tag line and a glued comment footer. It checks the same kinds of properties as
 * test/seed.test.ts and runs without ../shared.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { clean } from '../src/index.js';

const path = fileURLToPath(new URL('../fixtures/text/wire-seed-shaped-en.txt', import.meta.url));
const input = readFileSync(path, 'utf8');
const record = clean(input);
const paragraphs = record.body.split('\n\n');

describe('seed-shaped capture', () => {
  it('body: the seven article paragraphs and nothing else', () => {
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(/^A Nordic plan to share the cod quota/);
    expect(paragraphs[1]).toMatch(/^In a talk with Faroese radio/);
    expect(paragraphs[6]).toMatch(/^Oslo has meanwhile pushed for a wider settlement/);
    // the paragraph without a final full stop stays
    expect(paragraphs[5]).toMatch(/the larger fish$/);
  });

  it('no NBSP and no doubled space in the body', () => {
    expect(record.body).not.toMatch(/\u00a0/);
    expect(record.body).not.toMatch(/ {2}/);
  });

  it('dateline moved out of the second paragraph', () => {
    expect(record.dateline).toEqual({ place: 'BERGEN', agency: 'Tidewire' });
  });

  it('published time and its text', () => {
    expect(record.published).toBe('2021-03-23T07:52:00Z');
    expect(record.publishedText).toBe('07:52 GMT23 March 2021');
  });

  it('section, counters, tags', () => {
    expect(record.section).toBe('Barents Shelf Fisheries Talks');
    expect(record.counters).toEqual([0, 165]);
    expect(record.tags).toEqual(['Fisheries', 'Ingrid Solvang', 'Iceland', 'Norway', 'Cod']);
  });

  it('the eight related headlines, in page order', () => {
    expect(record.related).toHaveLength(8);
    expect(record.related[0]).toBe('Faroese Trawlers Turn Back From Barents Shelf as Quota Talks Drag On');
    expect(record.related[5]).toBe("'The Long Winter': Fishing Villages Count Cost of Closed Season");
    expect(record.related[7]).toBe('Norwegian Directorate Has Counted 384 Foreign Trawlers on Shelf Since May 1');
  });

  it('no title (the capture has none) and language en', () => {
    expect(record.title).toBeNull();
    expect(record.language).toBe('en');
  });

  it('every other non-blank line is in removed, with its rule and line number', () => {
    const lines = input.split('\n');
    const bodyLines = new Set([7, 9, 11, 13, 15, 17, 19]);
    const want = lines.map((l, i) => ({ line: i + 1, text: l.replace(/[\s\u00a0]+/gu, ' ').trim() })).filter((l) => l.text !== '' && !bodyLines.has(l.line));
    expect(record.removed.map((r) => ({ line: r.line, text: r.text }))).toEqual(want);
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
