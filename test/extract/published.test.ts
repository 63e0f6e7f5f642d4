import { describe, it, expect } from 'vitest';
import { extractPublished } from '../../src/extract/published.js';

const L = (index: number, text: string) => ({ index, text });

describe('extractPublished', () => {
  it('prefers the date nearest above the article start', () => {
    const r = extractPublished([L(2, 'November 20, 2019'), L(8, 'Nov. 19, 2019 8:03 am ET'), L(40, 'November 21, 2019 at 9:00 am')], 10);
    expect(r.published).toBe('2019-11-19T08:03:00-05:00');
    expect(r.publishedText).toBe('Nov. 19, 2019 8:03 am ET');
  });
  it('takes a date inside the article (a byline after a standfirst) when none is above', () => {
    expect(extractPublished([L(6, 'March 4, 2020 at 8:12 am'), L(25, 'March 5, 2020')], 3, () => 'en', 10).published).toBe('2020-03-04T08:12:00');
  });
  it('a date in the page header beats one deep inside the article (a table of time stamps)', () => {
    expect(extractPublished([L(2, '21 September 2020'), L(60, '2020-08-01 18:00:00+00'), L(61, '2020-08-01 17:59:00+00')], 40, () => 'en', 90).published).toBe('2020-09-21');
    // with nothing above, the deep date still stands
    expect(extractPublished([L(60, '2020-08-01 18:00:00+00')], 40, () => 'en', 90).published).toMatch(/^2020-08-01T18:00/);
  });
  it('below the article only a line that says Published counts (bare dates there head comments)', () => {
    expect(extractPublished([L(20, 'March 4, 2020 at 8:12 am')], 3, () => 'en', 10).published).toBeNull();
    expect(extractPublished([L(20, 'March 4, 2020 at 8:12 am'), L(22, 'Published: March 3, 2020')], 3, () => 'en', 10).published).toBe('2020-03-03');
  });
  it('an archive list (month-only dates on neighbouring lines) is no publication date; a lone month line is', () => {
    const archive = [L(3, 'May 2017'), L(4, 'April 2017'), L(5, 'March 2017')];
    expect(extractPublished(archive, 9, () => 'en', 12).published).toBeNull();
    // (a count beside each month changes nothing)
    expect(extractPublished([L(3, 'May 2017 (4)'), L(5, 'April 2017 (7)')], 9, () => 'en', 12).published).toBeNull();
    // the article's own date still wins below an archive list
    expect(extractPublished([...archive, L(8, 'June 2, 2017')], 9, () => 'en', 12).published).toBe('2017-06-02');
    expect(extractPublished([L(8, 'June 2017')], 9, () => 'en', 12).published).toBe('2017-06');
  });
  it('a header date beats a page-top "today" date further up', () => {
    expect(extractPublished([L(2, 'November 20, 2019'), L(25, 'Nov. 19, 2019 8:03 am ET')], 24, () => 'en', 40).published).toBe('2019-11-19T08:03:00-05:00');
  });
  it('an Updated line feeds updated, and published only when nothing else does', () => {
    const a = extractPublished([L(1, 'Updated 3:45 PM ET, Tue March 3, 2020')], 5);
    expect(a.updated).toBe('2020-03-03T15:45:00-05:00');
    expect(a.published).toBe('2020-03-03T15:45:00-05:00');
    const b = extractPublished([L(1, 'March 2, 2020'), L(2, 'Updated March 3, 2020')], 5);
    expect(b.published).toBe('2020-03-02');
    expect(b.updated).toBe('2020-03-03');
  });
  it('a relative date keeps its text and no time', () => {
    const r = extractPublished([L(1, '3 hours ago')], 5);
    expect(r.published).toBeNull();
    expect(r.publishedText).toBe('3 hours ago');
  });
  it('dates from a byline line count', () => {
    expect(extractPublished([L(1, 'Maya Lindgren - Nov 19, 2019, 10:31 pm CST')], 5).published).toBe('2019-11-19T22:31:00-06:00');
  });
  it('slash dates: day first on non-English pages or when the page shows one', () => {
    expect(extractPublished([L(1, '12/03/2020')], 5, () => 'es').published).toBe('2020-03-12');
    expect(extractPublished([L(1, '12/03/2020')], 5, () => 'en').published).toBe('2020-12-03');
    expect(extractPublished([L(1, '12/03/2020'), L(30, '25/03/2020')], 5, () => 'en').published).toBe('2020-03-12');
  });
  it('nothing gives nothing', () => {
    expect(extractPublished([], 0)).toEqual({ published: null, publishedText: null, updated: null });
  });
});
