import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseDate, parseDateLine } from '../../src/parse/date.js';

const cases: [string, string | null, string?][] = [
  ['21:39 GMT14 July 2020', '2020-07-14T21:39:00Z'],
  ['Updated 3:45 PM ET, Tue March 3, 2020', '2020-03-03T15:45:00-05:00'],
  ['Updated 3:45 PM ET, Tue July 7, 2020', '2020-07-07T15:45:00-04:00', 'ET in summer is daylight time'],
  ['2020-07-14 21:39', '2020-07-14T21:39:00'],
  ['2020-07-14T21:39:00+03:00', '2020-07-14T21:39:00+03:00'],
  ['14.07.2020', '2020-07-14'],
  ['Nov 19, 2019, 10:31 pm CST', '2019-11-19T22:31:00-06:00'],
  ['Nov. 19, 2019 8:03 am ET', '2019-11-19T08:03:00-05:00'],
  ['Published: 14 July 2020', '2020-07-14'],
  ['14 июля 2020', '2020-07-14'],
  ['14 июля 2020, 21:39 МСК', '2020-07-14T21:39:00+03:00'],
  ['14 de julio de 2020 - 12:35 CEST', '2020-07-14T12:35:00+02:00'],
  ['14. Juli 2020, 10:25 Uhr', '2020-07-14T10:25:00'],
  ['Le 14 juillet 2020 à 21h39', '2020-07-14T21:39:00'],
  ['mardi 3 mars 2020', '2020-03-03'],
  ['12:00 am UTC, January 1st, 2020', '2020-01-01T00:00:00Z'],
  ['7/14/2020 9:00 AM PDT', '2020-07-14T09:00:00-07:00'],
  ['July 2020', '2020-07'],
  ['3 hours ago', null],
  ['vor 3 Stunden', null],
  ['hace 3 horas', null],
  ['il y a 3 heures', null],
  ['3 часа назад', null],
  // issue 12: every listed language, month names and numeric forms
  ['5. Oktober 2020', '2020-10-05'],
  ['5 ottobre 2020', '2020-10-05'],
  ['5 de outubro de 2020', '2020-10-05'],
  ['5 oktober 2020', '2020-10-05', 'nl / sv'],
  ['Gepubliceerd op 5 mei 2020 om 14:30', '2020-05-05T14:30:00'],
  ['5 października 2020', '2020-10-05'],
  ['5 maja 2020 o 14:30', '2020-05-05T14:30:00'],
  ['5. října 2020', '2020-10-05'],
  ['2020. október 5.', '2020-10-05', 'hu: year, month, day'],
  ['2020. okt. 5. 14:30', '2020-10-05T14:30:00'],
  ['12 augusti 2020 kl. 14.00', '2020-08-12T14:00:00', 'sv: a dotted clock after the date'],
  ['5 Ekim 2020', '2020-10-05'],
  ['5 Kasım 2020 Perşembe', '2020-11-05'],
  ['Thu 3 Jan 2019 02.00 EST', '2019-01-03T02:00:00-05:00'],
  ['07/14/2020', '2020-07-14', 'the day over 12 settles the order'],
  ['Mar 9, 2012 1:44p', '2012-03-09T13:44:00', 'a one-letter pm glued to the minutes'],
  ['Mar 9, 2012 9:05a', '2012-03-09T09:05:00'],
  ['3 ore fa', null],
  ['há 2 horas', null],
  ['3 uur geleden', null],
  ['3 godziny temu', null],
  ['před 3 hodinami', null],
  ['3 órája', null],
  ['3 timmar sedan', null],
  ['3 saat önce', null],
];

describe('parseDate', () => {
  for (const [text, iso, why] of cases) {
    it(`${text}${why ? ` (${why})` : ''}`, () => {
      const d = parseDate(text);
      expect(d).not.toBeNull();
      expect(d!.iso).toBe(iso);
    });
  }
  it('CJK dates: year 年 month 月 day 日 (zh, ja), 년 월 일 (ko), with a time', () => {
    expect(parseDate('2017年03月09日 18:45')!.iso).toBe('2017-03-09T18:45:00');
    expect(parseDate('2020年7月14日')!.iso).toBe('2020-07-14');
    expect(parseDate('2020년 7월 14일')!.iso).toBe('2020-07-14');
    expect(parseDate('2020年13月14日')?.iso ?? null).toBeNull();
    // the date's own characters are no other words for callers that limit them
    expect(parseDate('2020年7月14日', { maxOther: 0 })!.iso).toBe('2020-07-14');
  });
  it('an impossible day gives no full date', () => {
    expect(parseDate('31 February 2020')?.iso ?? null).not.toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
  it('marks relative dates', () => {
    expect(parseDate('3 hours ago')!.relative).toBe(true);
    expect(parseDate('вчера, 21:39')!.relative).toBe(true);
    expect(parseDate('14 July 2020')!.relative).toBe(false);
  });
  it('reports the words a sentence adds', () => {
    expect(parseDate('On September 30, Russian forces began airstrikes')!.otherWords.length).toBeGreaterThan(2);
    expect(parseDate('Published on Tuesday, 14 July 2020 at 21:39')!.otherWords).toEqual([]);
  });
  it('reads slash dates day first when asked', () => {
    expect(parseDate('12/03/2020', { dayFirst: true })!.iso).toBe('2020-03-12');
    expect(parseDate('12/03/2020')!.iso).toBe('2020-12-03');
    expect(parseDate('25/03/2020')!.iso).toBe('2020-03-25');
  });
  it('names no date in plain text', () => {
    expect(parseDate('The deputy minister said that Iceland had laid the ground')).toBeNull();
    expect(parseDate('0 165')).toBeNull();
  });
  it('names no date in long runs of separators or date words', () => {
    // scaling is measured by bench:hostile ('digits and separators', 'colon runs'), by CPU time: not timed here
    expect(parseDate('1:'.repeat(100_000))).toBeNull();
    expect(parseDateLine('updated '.repeat(50_000))).toBeNull();
  });
});

describe('parseDateLine', () => {
  it('splits publication and update dates', () => {
    const l = parseDateLine('09:12 GMT 03.03.2020 (updated 09:47 GMT 03.03.2020)')!;
    expect(l.published!.iso).toBe('2020-03-03T09:12:00Z');
    expect(l.updated!.iso).toBe('2020-03-03T09:47:00Z');
    const f = parseDateLine('Publié le 14 juillet 2020 à 18h05 - Mis à jour le 15 juillet 2020 à 08h12')!;
    expect(f.published!.iso).toBe('2020-07-14T18:05:00');
    expect(f.updated!.iso).toBe('2020-07-15T08:12:00');
    const r = parseDateLine('14:25 14.07.2020 (обновлено: 15:02 14.07.2020)')!;
    expect(r.updated!.iso).toBe('2020-07-14T15:02:00');
  });
  it('a line that opens with Updated gives only an update', () => {
    const l = parseDateLine('Updated 3:45 PM ET, Tue March 3, 2020')!;
    expect(l.published).toBeNull();
    expect(l.updated!.iso).toBe('2020-03-03T15:45:00-05:00');
  });
});

describe('maxOther (the early stop for callers that reject other words)', () => {
  // words a date line can hold, words it cannot, and marks, in random order: the limited parse
  // must give the full parse whenever that one has at most maxOther other words, and null otherwise
  const pieces = ['14', '2020', '3', '12', '07', ':', '.', '/', '-', ',', '(', ')', '+', 'July', 'июля', 'de', 'Nov', 'PM', 'am', 'a', 'm', 'GMT', 'ET', 'МСК',
    'Updated', 'Published', 'on', 'at', 'Tue', 'hours', 'ago', 'il', 'y', 'yesterday', 'just', 'now', 'Uhr', 'h', 'T', 'th', 'er', 'the', 'council', 'voted', 'Reuters', 'plan', 'mis à jour', 'update'];
  const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
  it('agrees with the full parse', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 3 }), (text, k) => {
        const full = parseDate(text);
        const limited = parseDate(text, { maxOther: k });
        if (full && full.otherWords.length <= k) expect(limited).toEqual(full);
        else expect(limited === null || limited.otherWords.length > k).toBe(true);
        const fl = parseDateLine(text);
        const ll = parseDateLine(text, { maxOther: k });
        // a line with a date and an update date is kept when both have few other words
        if (fl && [fl.published, fl.updated].every((d) => !d || d.otherWords.length <= k)) expect(ll).toEqual(fl);
      }),
      { numRuns: 3000 },
    );
  });
});
