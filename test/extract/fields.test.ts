import { describe, it, expect } from 'vitest';
import { parseCounters } from '../../src/parse/counters.js';
import { parseLabelledTags, parseBareTags, extractTags } from '../../src/parse/tags.js';
import { parseSection, parseSeriesLabel, parseBreadcrumb } from '../../src/parse/section.js';
import { extractRelated } from '../../src/extract/related.js';
import { extractTitle, splitTitle } from '../../src/extract/title.js';

describe('parseCounters', () => {
  const cases: [string, number[] | null][] = [
    ['0 165', [0, 165]],
    ['05 SHARES', [5]],
    ['1.2K views', [1200]],
    ['1,2 k vues', [1200]],
    ['12K просмотров', [12000]],
    ['1,234 views', [1234]],
    ['Comments (12)', [12]],
    ['3.5 miles', null],
    ['12 Angry Men', null],
    ['Share', null],
  ];
  for (const [t, want] of cases) it(t, () => expect(parseCounters(t)?.numbers ?? null).toEqual(want));
});

describe('tags', () => {
  it('labelled lines in five languages', () => {
    expect(parseLabelledTags('Tags: a, b')).toEqual(['a', 'b']);
    expect(parseLabelledTags('Schlagwörter: Zoo, Tiere')).toEqual(['Zoo', 'Tiere']);
    expect(parseLabelledTags('Etiquetas: Educación | Medio ambiente')).toEqual(['Educación', 'Medio ambiente']);
    expect(parseLabelledTags('Теги: домашний сервер, NAS')).toEqual(['домашний сервер', 'NAS']);
    expect(parseLabelledTags('Mots-clés : Écoles, Mobilité')).toEqual(['Écoles', 'Mobilité']);
    expect(parseLabelledTags('Note: this is a sentence, with commas')).toBeNull();
  });
  it('bare lists of short capitalised names', () => {
    expect(parseBareTags('Fisheries, Ingrid Solvang, Iceland, Norway, Cod')).toEqual(['Fisheries', 'Ingrid Solvang', 'Iceland', 'Norway', 'Cod']);
    expect(parseBareTags('Iran, Syria')).toBeNull();
    expect(parseBareTags('1475 W. Harbor Drive, Suite C, Eastport, ME 04631')).toBeNull();
    expect(parseBareTags('Yesterday, we went home, and then it rained')).toBeNull();
    expect(parseBareTags("Norway, Iceland Discuss Int'l, Regional Plans to Protect Cod Stocks")).toBeNull();
  });
  it('joins tag lines without repeats, skipping a lone label', () => {
    expect(extractTags(['Related Topics', 'Moths', 'Conservation', 'Tags: moths, Scotland'])).toEqual(['Moths', 'Conservation', 'Scotland']);
  });
});

describe('section', () => {
  it('series label, breadcrumb, labelled line, kicker', () => {
    expect(parseSeriesLabel('Barents Shelf Fisheries Talks (214)')).toBe('Barents Shelf Fisheries Talks');
    expect(parseSeriesLabel('Comments (12)')).toBeNull();
    expect(parseBreadcrumb('Home > World > Europe')).toEqual(['Home', 'World', 'Europe']);
    expect(parseSection('Home > World > Europe')).toBe('Europe');
    expect(parseSection('Home » Dare to Play »')).toBe('Dare to Play');
    expect(parseSection('Posted in Gardening')).toBe('Gardening');
    expect(parseSection('Categorías: Panes, Recetas básicas')).toBe('Panes');
    expect(parseSection('Science & Environment')).toBe('Science & Environment');
    expect(parseSection('The minister said so on Tuesday.')).toBeNull();
    expect(parseSection('‹ › ×')).toBeNull();
    expect(parseSection('View all')).toBeNull();
    expect(parseSection('Home > Learn More')).toBeNull();
  });
});

describe('related and title', () => {
  it('related: inline teasers lose their lead, repeats go', () => {
    expect(extractRelated(['Lire aussi : Pollution de l’air : les abords des écoles', 'A headline here', 'A headline here'])).toEqual(['Pollution de l’air : les abords des écoles', 'A headline here']);
  });
  it('title: first tagged line, a trailing site name cut', () => {
    expect(extractTitle([])).toBeNull();
    expect(extractTitle(['Council approves cottages | The Daily Courier'])).toBe('Council approves cottages');
    expect(splitTitle(['Council approves cottages | The Daily Courier'])).toEqual({ title: 'Council approves cottages', site: 'The Daily Courier' });
    expect(splitTitle(['Council approves cottages'])).toEqual({ title: 'Council approves cottages', site: null });
  });
  it('title: after a spaced hyphen or middle dot, only a name-shaped tail is the site (issue 12)', () => {
    expect(splitTitle(['Council approves cottages - The Daily Courier'])).toEqual({ title: 'Council approves cottages', site: 'The Daily Courier' });
    expect(splitTitle(['Building small binaries with a new toolchain · Dev Notes'])).toEqual({ title: 'Building small binaries with a new toolchain', site: 'Dev Notes' });
    expect(splitTitle(['Harbour bridge costs rise again - courier-news.example'])).toEqual({ title: 'Harbour bridge costs rise again', site: 'courier-news.example' });
    // a clause after the hyphen is the headline's own
    expect(splitTitle(['Harbour bridge vote - what happens next'])).toEqual({ title: 'Harbour bridge vote - what happens next', site: null });
    expect(splitTitle(['Harbour bridge vote - Council says yes, finally.'])).toEqual({ title: 'Harbour bridge vote - Council says yes, finally.', site: null });
    // too short a headline would be left: the line stays whole
    expect(splitTitle(['Spider-Man - Review'])).toEqual({ title: 'Spider-Man - Review', site: null });
  });
  it('title: after a dash, a tail in lower case is the headline\'s clause, not a site (a domain still is)', () => {
    expect(splitTitle(['Harbour polls are steady – even if they prove wrong'])).toEqual({ title: 'Harbour polls are steady – even if they prove wrong', site: null });
    expect(splitTitle(['Harbour bridge costs rise again — courier.example'])).toEqual({ title: 'Harbour bridge costs rise again', site: 'courier.example' });
    expect(splitTitle(['Harbour bridge costs rise again | courier news'])).toEqual({ title: 'Harbour bridge costs rise again', site: 'courier news' });
  });
});
