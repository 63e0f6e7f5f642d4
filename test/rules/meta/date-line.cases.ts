import { dateLine } from '../../../src/rules/meta/date-line.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';

export const tables: RuleTable[] = [
  table(dateLine, [
    { name: 'it / pt / nl / pl / cs / hu / sv / tr month names (issue 12)', lines: ['5 ottobre 2020, 14:30', 'Publicado em 5 de outubro de 2020 às 14h30', 'Gepubliceerd op 5 mei 2020 om 14:30', '5 października 2020, 14:30', '5. října 2020 v 14:30', '2020. október 5. 14:30', 'Publicerad 12 augusti 2020 kl. 14.00', '5 Ekim 2020 14:30', prose], hits: [1, 2, 3, 4, 5, 6, 7, 8] },
    { name: 'relative times in it / pt / nl / pl / cs / hu / sv / tr (issue 12)', lines: ['3 ore fa', 'há 2 horas', '3 uur geleden', '3 godziny temu', 'před 3 hodinami', '3 órája', '3 timmar sedan', '3 saat önce', prose], hits: [1, 2, 3, 4, 5, 6, 7, 8] },
    { name: 'clock glued to a date', lines: ['21:39 GMT14 July 2020', prose], hits: [1], field: 'published' },
    { name: 'a full date first, then one or two short fields of words (tags, a section); not a teaser headline nor a numbered field', lines: ['Published 21 November 2019 · Tagged with harbour tooling', 'March 3, 2021 · Harbour bridge costs rise again for the town', 'Jan 5, 2021 · Notes · 3 photos', prose], hits: [1], field: 'published' },
    { name: 'a full date and a short field with a number beside it (a reading time, in any language)', lines: ['Jan 5, 2021 · 4 min read', '5 Min. Lesezeit · 5. Januar 2021', 'Politics · 5 Comments', 'March 2021 · 4 min read', prose], hits: [1, 2], field: 'published' },
    { name: 'updated line with zone and weekday', lines: ['Updated 3:45 PM ET, Tue March 3, 2020', prose], hits: [1], field: 'published' },
    { name: 'ISO date and time', lines: [prose, '2020-07-14 21:39'], hits: [2] },
    { name: 'dotted date', lines: ['14.07.2020', prose], hits: [1] },
    { name: 'month first with zone', lines: ['Feb 6, 2018, 4:17 pm CST', prose], hits: [1] },
    { name: 'relative date', lines: ['3 hours ago', prose], hits: [1] },
    { name: 'Published label', lines: ['Published: 14 July 2020', prose], hits: [1] },
    { name: 'Russian, Spanish, German, French month names', lines: ['14 июля 2020', '14 de julio de 2020', '14. Juli 2020, 10:25 Uhr', 'Publié le 14 juillet 2020 à 18h05', prose], hits: [1, 2, 3, 4] },
    { name: 'published and updated on one line', lines: ['09:12 GMT 03.03.2020 (updated 09:47 GMT 03.03.2020)', prose], hits: [1] },
    { name: 'relative in German, Spanish, French, Russian', lines: ['vor 3 Stunden', 'hace 3 horas', 'il y a 3 heures', '3 часа назад', prose], hits: [1, 2, 3, 4] },
    { name: 'an agency, the date and its update in brackets (issue 12)', lines: ['AFP 12 mars 2016 à 09:41 (Mis à jour : 12 mars 2016 à 10:05)', prose], hits: [1] },
    { name: 'yesterday in it / pt / nl / pl / cs / hu / sv / tr (issue 12)', lines: ['ieri', 'ontem', 'gisteren', 'wczoraj', 'včera', 'tegnap', 'igår', 'dün', prose], hits: [1, 2, 3, 4, 5, 6, 7, 8] },
    { name: 'a source name beside a full date', lines: ['Reuters February 5, 2018 9:26 PM', prose], hits: [1] },
    { name: 'a sentence that mentions a date stays', lines: ['On April 12, Norwegian survey ships began joint sonar counts.', 'Since March 2019, the coastal fleets have fished under a stopgap quota.'], hits: [] },
    { name: 'a short sentence with a date stays', lines: ['The vote is on March 3, 2020 in the city hall', prose], hits: [] },
    { name: 'a line of code holding a time stamp is no date line (issue 12)', lines: ["-- seen_at < '2021-03-15 08:30 UTC'::timestamptz", "WHERE updated_at <= '2021-03-15 08:30';", prose], hits: [] },
    { name: 'bare numbers and years are no dates', lines: ['2019', '0 165', '14', prose], hits: [] },
  ]),
];
