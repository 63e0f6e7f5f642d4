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
  it('with no byline in the header or the article, a post footer after it counts: "Posted by" and a date, the only one there', () => {
    const rel = ['Related posts:', 'Bridge costs rise again', 'Ferry timetable for the summer', 'Council minutes, July', 'A new harbour master'];
    const lines = ['Council approves the harbour bridge plan', 'The council voted on Tuesday to approve the plan after a long debate.', ...rel, 'Posted by Ravi Moss at May 1, 2004 03:43 PM', 'Comments', 'Posted by: Ada Vale | May 2, 2004 09:12 AM'];
    const doc = docOf(lines, [2]);
    doc.labels[0] = { rule: 'title-line', field: 'title' };
    doc.labels[7] = { rule: 'byline', field: 'authors' };
    doc.labels[9] = { rule: 'byline', field: 'authors' };
    expect(extractMetadata(doc, [1]).authors).toEqual(['Ravi Moss']);
    // comments that each open with "Posted by": no post footer
    const thread = docOf([...lines.slice(0, 8), 'Great post.', 'Posted by Ada Vale on May 2, 2004 at 9:12 am | Reply'], [2]);
    thread.labels[0] = { rule: 'title-line', field: 'title' };
    thread.labels[7] = { rule: 'byline', field: 'authors' };
    thread.labels[9] = { rule: 'byline', field: 'authors' };
    expect(extractMetadata(thread, [1]).authors).toEqual([]);
  });
  it('in the header, a byline below the title outranks one above it (a teaser\'s, a sidebar\'s)', () => {
    const doc = docOf(['Popular now', 'Ten bridges worth a detour', 'By Ann Lee', 'Council approves the harbour bridge plan', 'By Jane Doe', 'The council voted on Tuesday to approve the plan after a long debate.'], [6]);
    doc.labels[2] = { rule: 'byline', field: 'authors' };
    doc.labels[3] = { rule: 'title-line', field: 'title' };
    doc.labels[4] = { rule: 'byline', field: 'authors' };
    expect(extractMetadata(doc, [5]).authors).toEqual(['Jane Doe']);
    // with none below the title, the one above it counts
    doc.labels[4] = null;
    expect(extractMetadata(doc, [5]).authors).toEqual(['Ann Lee']);
  });
  it('a second by-line apart from the first (a teaser headline between) heads another story; names on the next line stay', () => {
    const doc = docOf(['Council approves the harbour bridge plan', 'Par Jeanne Morel', 'Read also', 'Ferry fares rise again', 'Par Luc Brun', 'The council voted on Tuesday to approve the plan after a long debate.'], [6]);
    doc.labels[0] = { rule: 'title-line', field: 'title' };
    doc.labels[1] = { rule: 'byline', field: 'authors' };
    doc.labels[4] = { rule: 'byline', field: 'authors' };
    expect(extractMetadata(doc, [5]).authors).toEqual(['Jeanne Morel']);
    // a lead word alone with its names on the next line, then a co-author's line right below: one byline
    const two = docOf(['Council approves the harbour bridge plan', 'By', 'Jane Doe', 'and Sam Roe', 'The council voted on Tuesday to approve the plan after a long debate.'], [5]);
    two.labels[0] = { rule: 'title-line', field: 'title' };
    for (const i of [1, 2, 3]) two.labels[i] = { rule: 'byline', field: 'authors' };
    expect(extractMetadata(two, [4]).authors).toEqual(['Jane Doe', 'Sam Roe']);
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
  it('with no title line, the header date is read around the body\'s first block (a short post whose body is its headline)', () => {
    const doc = docOf(['Blog', 'We finally moved the workshop to the old mill by the river.', 'March 3, 2021 at 10:15 · Workshop · Sam Porter', 'Share'], [3]);
    const m = extractMetadata(doc, [1]);
    expect(m.published).toBe('2021-03-03T10:15:00');
    expect(m.publishedText).toBe('March 3, 2021 at 10:15 · Workshop · Sam Porter');
  });
  it('with none around the title, a date line just above the article\'s start (a standfirst and a caption between)', () => {
    const doc = docOf(['Council approves the harbour bridge plan', 'The vote ends a year of debate over the cost of the crossing and its tolls.', 'Photo: the harbour at dusk', 'Share', 'Email', 'Example Wire, Monday 3 March 2014 10.15 GMT', 'The council voted on Tuesday to approve the plan after a long debate.'], [7]);
    doc.labels[0] = { rule: 'title-line', field: 'title' };
    const m = extractMetadata(doc, [6]);
    expect(m.published).toBe('2014-03-03T10:15:00Z');
    expect(m.publishedText).toBe('Example Wire, Monday 3 March 2014 10.15 GMT');
  });
  it('with no header date, a publication line at the article\'s end, in any listed language; a bare date there heads a comment', () => {
    const prose = ['Council approves the harbour bridge plan', 'The council voted on Tuesday to approve the plan after a long debate.', 'The works start in May and should take two years to finish.'];
    const at = (end: string[], body = [1, 2]) => {
      const doc = docOf([...prose, ...end], [3]);
      doc.labels[0] = { rule: 'title-line', field: 'title' };
      return extractMetadata(doc, body).published;
    };
    expect(at(['This entry was posted on March 3, 2021 in Local News.', 'Leave a Reply'])).toBe('2021-03-03');
    expect(at(['Pubblicato il 3 marzo 2021 alle 10:15 nella categoria Cronaca'], [1, 2, 3])).toBe('2021-03-03T10:15:00');
    expect(at(['Bu haber 3 Mart 2021 tarihinde yayınlandı.'])).toBe('2021-03-03');
    // a name and a bare date below the article head a reader comment
    expect(at(['Leave a Reply', 'Sam Roe 4 March 2021 at 9:12', 'Great news for the town!'])).toBeNull();
    // a date line in the header wins over the footer's
    const doc = docOf(['Council approves the harbour bridge plan', 'Posted by Jane Doe on March 1, 2021 in Politics', ...prose.slice(1), 'Published on 3 March 2021'], [3]);
    doc.labels[0] = { rule: 'title-line', field: 'title' };
    expect(extractMetadata(doc, [2, 3]).published).toBe('2021-03-01');
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
