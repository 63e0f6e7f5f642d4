import { describe, it, expect } from 'vitest';
import { extractMetadata } from '../../src/extract/index.js';
import { docOf } from '../helpers/rule-table.js';

describe('extractMetadata', () => {
  const lines = ['Home > World > Europe', '21:39 GMT14 July 2020', 'By Jane Doe', 'MOSCOW (Sputnik) — The minister said the talks would resume next week in the capital.'];
  const tagged = () => {
    const doc = docOf(lines, [4]);
    doc.labels[0] = { rule: 'breadcrumb', field: 'section' };
    doc.labels[1] = { rule: 'date-line', field: 'published' };
    doc.labels[2] = { rule: 'byline', field: 'authors' };
    return doc;
  };
  it('assembles the fields the text rules tagged, and the dateline', () => {
    const m = extractMetadata(tagged(), [3]);
    expect(m.section).toBe('Europe');
    expect(m.published).toBe('2020-07-14T21:39:00Z');
    expect(m.publishedText).toBe('21:39 GMT14 July 2020');
    expect(m.authors).toEqual(['Jane Doe']);
    expect(m.dateline).toEqual({ place: 'MOSCOW', agency: 'Sputnik' });
    expect(m.bodyText.get(3)).toMatch(/^The minister/);
  });
  it('prefers markup metadata (doc.meta) over the text fallbacks', () => {
    const doc = tagged();
    doc.meta = { title: 'From markup', published: '2020-07-15T10:00:00Z', publishedText: '2020-07-15T10:00:00Z', authors: ['Markup Author'], section: 'Markup', tags: ['x'] };
    const m = extractMetadata(doc, [3]);
    expect(m.title).toBe('From markup');
    expect(m.published).toBe('2020-07-15T10:00:00Z');
    expect(m.authors).toEqual(['Markup Author']);
    expect(m.section).toBe('Markup');
    expect(m.tags).toEqual(['x']);
  });
  it('a byline above the article outranks one inside it (a quoted post, a sponsor)', () => {
    const doc = docOf(['Council approves the harbour bridge plan', 'By Jane Doe', 'The council voted on Tuesday to approve the plan after a long debate.', 'By Sam Roe', 'The works start in May and should take two years to finish.'], [3, 4, 5]);
    doc.labels[0] = { rule: 'title-line', field: 'title' };
    doc.labels[1] = { rule: 'byline', field: 'authors' };
    doc.labels[3] = { rule: 'byline', field: 'authors' };
    expect(extractMetadata(doc, [2, 4]).authors).toEqual(['Jane Doe']);
    // with no byline above, the one inside counts
    doc.labels[1] = null;
    expect(extractMetadata(doc, [1, 2, 4]).authors).toEqual(['Sam Roe']);
  });
  it('a photo credit names no author, even with no other byline', () => {
    const doc = docOf(['Council approves the harbour bridge plan', 'The council voted on Tuesday to approve the plan after a long debate.', 'Photo by Sam Roe', 'The works start in May and should take two years to finish.'], [2, 3, 4]);
    doc.labels[0] = { rule: 'title-line', field: 'title' };
    doc.labels[2] = { rule: 'byline', field: 'authors' };
    expect(extractMetadata(doc, [1, 3]).authors).toEqual([]);
  });
  it('with no date line, a full date inside a header line under the title', () => {
    const doc = docOf(['Council approves the harbour bridge plan', 'Posted by Jane Doe on March 3, 2014 in Politics | 5 Comments', 'The council voted on Tuesday to approve the plan after a long debate.'], [3]);
    doc.labels[0] = { rule: 'title-line', field: 'title' };
    const m = extractMetadata(doc, [2]);
    expect(m.published).toBe('2014-03-03');
    expect(m.publishedText).toBe('Posted by Jane Doe on March 3, 2014 in Politics | 5 Comments');
    // a date inside the body is no header date
    expect(extractMetadata(doc, [1, 2]).published).toBeNull();
  });
  it('a site name glued to the title line goes to site', () => {
    const doc = docOf(['Council approves the harbour bridge plan | Harbor Daily', 'The council voted on Tuesday to approve the plan after a long debate.'], [2]);
    doc.labels[0] = { rule: 'title-line', field: 'title' };
    const m = extractMetadata(doc, [1]);
    expect(m.title).toBe('Council approves the harbour bridge plan');
    expect(m.site).toBe('Harbor Daily');
    // markup's site (and title) win
    doc.meta = { site: 'From markup' };
    expect(extractMetadata(doc, [1]).site).toBe('From markup');
  });
});
