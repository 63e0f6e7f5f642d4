import { describe, it, expect } from 'vitest';
import { parseByline, extractAuthors } from '../../src/parse/authors.js';

const cases: [string, string[] | null, string?][] = [
  ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
  ['By Sarah E. Needleman', ['Sarah E. Needleman']],
  ['Maya Lindgren - Nov 19, 2019, 10:31 pm CST', ['Maya Lindgren']],
  // a month as a middle name; first or last, a month word is a date (issue 12)
  ['by Nora June Calloway July 10, 2015', ['Nora June Calloway']],
  ['By Jane Doe June 5, 2020', ['Jane Doe']],
  ['By Dana Whitfield, CNN', ['Dana Whitfield']],
  ['By Owen Clarke, Consumer Reporter', ['Owen Clarke']],
  ['Von Julia Berger, Redaktion Nord', ['Julia Berger']],
  ['Por María García y Luis Pérez', ['María García', 'Luis Pérez']],
  ['Par Claire Dubois et Antoine Lefèvre', ['Claire Dubois', 'Antoine Lefèvre']],
  ['Автор: Иван Смирнов', ['Иван Смирнов']],
  ['Posted on March 3, 2020 by Sam Porter', ['Sam Porter']],
  ['Tom Krisher, AP Auto Writer', ['Tom Krisher']],
  ['By Jane Doe | July 14, 2020', ['Jane Doe']],
  ['By Ravi Menon, Harbor Business', ['Ravi Menon']],
  ['By Nora J. Pike, Lakeshore.com', ['Nora J. Pike']],
  ['By Meg JamesStaff Writer', ['Meg James']],
  ['By Elise Mandl, BSc', ['Elise Mandl']],
  ['Ravi Moss, Harbour Press', ['Ravi Moss'], 'an outlet after the comma'],
  ['Travel | 7 hours ago by Ravi Moss', ['Ravi Moss'], 'the date is the last field before "by"'],
  ['Mar 09 1:44p by Ravi Moss', ['Ravi Moss'], 'a one-letter pm glued to the time'],
  ['March 8, 2012 10:22 pm AEST — By Ravi Moss', ['Ravi Moss']],
  ['By Ravi Moss, Wednesday, 20 November 2019 08:05 GMT', ['Ravi Moss'], 'a date with its weekday after the names'],
  ['By Ravi Moss, Ada Vale, July 14, 2020', ['Ravi Moss', 'Ada Vale']],
  ['By Ravi Moss/Statehouse Bureau', ['Ravi Moss'], 'a desk after a slash'],
  ['By Ravi Moss / Lakeshore.com', ['Ravi Moss']],
  ['Posted by Ravi Moss on Sunday, October 28, 2012 at 06:18 PM in Notes, Essays', ['Ravi Moss'], '"on" and a date after the names'],
  ['Posted by Ravi Moss at 8:00 AM', ['Ravi Moss']],
  ['By Ada Vale at Harbour University', null],
  ['By Ravi Moss Writer and broadcaster', ['Ravi Moss'], 'a role after the names ends them, "and" or not'],
  ['06 November 2012 by Ravi Moss Discuss (0)', ['Ravi Moss'], 'a widget closing on a count in brackets'],
  ['HARBOUR JONES, A NEWS CORP COMPANY', null, 'an apposition after the comma is no outlet'],
  ['Ravi Moss, Harbour bridge reopens', null],
  ['By Business Insider', null],
  ['By Tuesday, the team had finished the bridge', null],
  ['Par ailleurs, la mairie a promis', null],
  ['By 2030 the city wants more trees', null],
  ['The minister said on Tuesday that talks would resume', null],
];

describe('parseByline', () => {
  for (const [text, want, why] of cases) it(`${text}${why ? ` (${why})` : ''}`, () => expect(parseByline(text)).toEqual(want));
});

describe('extractAuthors', () => {
  it('joins bylines in page order without repeats, reading a lone "By" with the next line', () => {
    expect(extractAuthors(['By Jane Doe', 'By', 'John Roe', 'By Jane Doe'])).toEqual(['Jane Doe', 'John Roe']);
  });
  it('a comma after the list\'s "and" ends the names: what follows is an employer or a credential', () => {
    expect(parseByline('By Ada Vale and Quinn Harbour, Example Lighting Works')).toEqual(['Ada Vale', 'Quinn Harbour']);
    expect(parseByline('By Ada Vale and Quinn Harbour, Esq')).toEqual(['Ada Vale', 'Quinn Harbour']);
    expect(parseByline('By Ada Vale, Quinn Harbour and Bo Chan')).toEqual(['Ada Vale', 'Quinn Harbour', 'Bo Chan']);
  });
  it('a lead word alone names nobody when no byline line follows it', () => {
    expect(extractAuthors(['By Ravi Moss', 'Author'])).toEqual(['Ravi Moss']);
    expect(extractAuthors(['Author', 'Ravi Moss'])).toEqual(['Ravi Moss']);
  });

  it('a photo credit names no author', () => {
    expect(extractAuthors(['Photo by Quinn Harbour', 'By Ada Vale'])).toEqual(['Ada Vale']);
    expect(extractAuthors(['Photos by Quinn Harbour'])).toEqual([]);
  });
  it('reads a names-only line', () => {
    expect(extractAuthors(['Kate Holton, Paul Sandle'])).toEqual(['Kate Holton', 'Paul Sandle']);
  });
});

describe('bylines in the issue 12 languages', () => {
  it('reads the names after each lead word, "and" in each language', () => {
    expect(parseByline('Door Jan de Vries en Piet Jansen')).toEqual(['Jan de Vries', 'Piet Jansen']);
    expect(parseByline('Av Anna Svensson och Erik Lund')).toEqual(['Anna Svensson', 'Erik Lund']);
    expect(parseByline('Autor: Jan Novák a Petr Svoboda')).toEqual(['Jan Novák', 'Petr Svoboda']);
    expect(parseByline('Yazar: Ayşe Yılmaz')).toEqual(['Ayşe Yılmaz']);
    // a role in brackets goes; a photo role makes the name a photographer's, no author's
    expect(parseByline('by Nora Vale (reporting) and Quinn Harbour (photography)')).toEqual(['Nora Vale']);
    expect(parseByline('by Quinn Harbour (photos), Nora Vale (text) and Ada Roe (reporting)')).toEqual(['Nora Vale', 'Ada Roe']);
    expect(parseByline('by Harriet Vale January 18, 2017 11:00 PM PST')).toEqual(['Harriet Vale']);
  });
  it('a date label after the names goes with its date, in each listed language ("\\b" knows no "é")', () => {
    expect(parseByline('Par Léa Morel Publié le 3 mars 2021 à 10h15')).toEqual(['Léa Morel']);
    expect(parseByline('Von Till Anger Veröffentlicht am 03.03.2021')).toEqual(['Till Anger']);
    expect(parseByline('Di Lia Ferri Pubblicato il 3 marzo 2021')).toEqual(['Lia Ferri']);
    expect(parseByline('Автор: Олег Белов Опубликовано 3 марта 2021')).toEqual(['Олег Белов']);
    expect(parseByline('Yazar: Emre Kaya Güncellendi 3 Mart 2021')).toEqual(['Emre Kaya']);
    expect(parseByline('Írta: Tóth Réka')).toEqual(['Tóth Réka']);
  });
  it('a photographer named with a photo role in brackets is no author, in each listed language', () => {
    expect(parseByline('Von Nora Vale (Text) und Till Anger (Fotos)')).toEqual(['Nora Vale']);
    expect(parseByline('Por Ana Ruiz (texto) y Rui Lopes (fotografía)')).toEqual(['Ana Ruiz']);
    expect(parseByline('Di Lia Ferri (testo) e Marco Neri (foto)')).toEqual(['Lia Ferri']);
    expect(parseByline('Автор: Иван Петров (текст) и Олег Белов (фото)')).toEqual(['Иван Петров']);
    expect(parseByline('Yazar: Emre Kaya (metin) ve Ali Demir (fotoğraf)')).toEqual(['Emre Kaya']);
    // a photo credit with a lead word of its own is no byline
    for (const credit of ['Foto: Anna Roe', 'Fotó: Kiss Anna', 'Фото: Иван Иванов', 'Zdjęcie: Jan Kowalski']) expect(parseByline(credit)).toBeNull();
  });
  it('a handle or an e-mail address after the names goes, glued to the name or not', () => {
    expect(parseByline('By Ann Lee @annlee and Bo Chan @bochan')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(parseByline('By Ann Lee@AnnByTheSea Nov 18, 2019, 11:47am EST')).toEqual(['Ann Lee']);
    expect(parseByline('Von Till Anger till.anger@example.de')).toEqual(['Till Anger']);
  });
  it('a name, one short role field, then a date field', () => {
    expect(parseByline('Ada Vale | Local reporter | 3 March 2021')).toEqual(['Ada Vale']);
    expect(parseByline('Ada Vale · Staff Writer · 3 March 2021 · 5 Comments')).toEqual(['Ada Vale']);
    // a field that is no role between: no byline
    expect(parseByline('Top Stories | World | 3 March 2021')).toBeNull();
  });
  it('"Name — date — more fields": a full date as the next field makes the name a byline', () => {
    expect(parseByline('Nicole Perrin — 2013-09-29— in Code — Permalink — License')).toEqual(['Nicole Perrin']);
    expect(parseByline('Nicole Perrin | March 3, 2014 | 5 Comments')).toEqual(['Nicole Perrin']);
    expect(parseByline('Nicole Perrin • 8h')).toEqual(['Nicole Perrin']);
    expect(parseByline('Nicole Perrin · 15 min')).toEqual(['Nicole Perrin']);
    expect(parseByline('Top Stories • 5')).toBeNull();
    // no date as the next field: no byline
    expect(parseByline('Harbour Bridge — Plans 2014 — Archive')).toBeNull();
  });
  it('a role after the names ends them: what follows is the employer', () => {
    expect(parseByline('By Daniel Roe, Senior Staff Technologist, Speech, Privacy, and Technology Project')).toEqual(['Daniel Roe']);
  });
  it('a job title or a titled phrase with a lower-case word after the names ends them', () => {
    expect(parseByline('Posted by Evan Roe, Product Manager, Example Maps')).toEqual(['Evan Roe']);
    expect(parseByline('By Ann Lee, Software Engineer')).toEqual(['Ann Lee']);
    expect(parseByline('By Ann Lee, Head of Research at Example Labs')).toEqual(['Ann Lee']);
    expect(parseByline('By Ann Lee, Bo Chan and Cy Dee')).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dee']);
    // after "and", a phrase with lower-case words is no role: the line is no byline
    expect(parseByline('Published by Example Books and Harbour and Hill in June 2006, proceeds go to charity')).toBeNull();
  });
  it("a date's own label before it is no name (\"Last Updated\", \"Originally Published\")", () => {
    expect(parseByline('Last Updated: July 3, 2010')).toBeNull();
    expect(parseByline('Originally Published March 3, 2011 10:00 AM')).toBeNull();
    expect(parseByline('Ann Lee Posted March 3, 2014')).toEqual(['Ann Lee']);
    expect(parseByline('Ann Lee March 3, 2014')).toEqual(['Ann Lee']);
  });
  it('a weekly or a monthly is an outlet, not a person', () => {
    expect(extractAuthors(['Example Weekly'])).toEqual([]);
    expect(parseByline('By Ann Lee, Example Monthly')).toEqual(['Ann Lee']);
  });
  it('a code of two or three capitals is no name', () => {
    expect(extractAuthors(['WA'])).toEqual([]);
    expect(parseByline('By Ann Lee, WA')).toEqual(['Ann Lee']);
  });
  it('an apposition in lower case ends the names, on a line of any length', () => {
    const bio = 'By Alex Roe, a deputy editor and author of the weekly newsletter. ' + 'He has covered the industry for over a decade. '.repeat(4);
    expect(bio.length).toBeGreaterThan(200);
    expect(parseByline(bio)).toEqual(['Alex Roe']);
    expect(parseByline('By Alex Roe, a deputy editor')).toEqual(['Alex Roe']);
    // a long line without a lead word stays no byline
    expect(parseByline('Alex Roe, a deputy editor and author of the weekly newsletter. ' + 'He has covered the industry for over a decade. '.repeat(4))).toBeNull();
  });
  it('Czech "a" parts two full names only; the English article "a" parts nothing', () => {
    expect(parseByline('Autor: Eva Dvořáková a Karel Malý')).toEqual(['Eva Dvořáková', 'Karel Malý']);
    // one side a single word: no list of names
    expect(parseByline('By Quinn a Harbour')).toBeNull();
    expect(extractAuthors(['Nora Vale Leave a Comment'])).toEqual(['Nora Vale']);
  });
  it('a comment or share widget after the name ends the byline', () => {
    expect(extractAuthors(['Nora Vale 3 Comments'])).toEqual(['Nora Vale']);
    expect(extractAuthors(['Nora Vale No Comments'])).toEqual(['Nora Vale']);
    expect(parseByline('By Nora Vale 12 Kommentare')).toEqual(['Nora Vale']);
    // a widget alone is no name
    expect(extractAuthors(['Leave a Comment'])).toEqual([]);
  });
  it('an English function word is no part of a name ("For Immediate Release"), Will and May are', () => {
    expect(extractAuthors(['For Immediate Release'])).toEqual([]);
    expect(extractAuthors(['About The Author'])).toEqual([]);
    // "And" in a byline in capitals parts the names
    expect(parseByline('By NORA VALE AND ADA QUILL')).toEqual(['NORA VALE', 'ADA QUILL']);
    expect(parseByline('By Will Harbour and Ada Quill')).toEqual(['Will Harbour', 'Ada Quill']);
    // a counter word alone after a name may be a surname
    expect(parseByline('By Anna Maria Read')).toEqual(['Anna Maria Read']);
  });
});
