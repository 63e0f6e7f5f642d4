import { titleLine } from '../../../src/rules/meta/title.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

/** Short lines between a header and the article: a table of contents. */
const far = Array.from({ length: 26 }, (_, k) => `Part ${k + 1}`);
const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';

export const tables: RuleTable[] = [
  table(titleLine, [
    { name: 'a headline right before the article', lines: ['Menu', 'Council approves backyard cottages after long debate', '', prose, prose], body: [4, 5], hits: [2], field: 'title' },
    { name: 'a list of headlines is no title', lines: ['Harwick takes 5th straight Class B relay crown', 'No word yet on Millbrook blaze', prose, prose], body: [3, 4], hits: [] },
    { name: 'a headline over its longer deck: the headline (issue 12)', lines: ['Suscribite', 'Un acuerdo posible para el conflicto del puerto', 'Los pescadores artesanales exigen reglas que siguen sin cumplirse hace años', prose, prose], body: [4, 5], hits: [2], field: 'title' },
    { name: 'the same headline twice is one headline (issue 12)', lines: ['Tech Industry', 'Lindqvist hints at the chipmaker merger plans', 'Lindqvist hints at the chipmaker merger plans', prose, prose], body: [4, 5], hits: [3], field: 'title' },
    { name: 'chrome and video teasers are no title', lines: ['Get short URL', 'PlayHighlights: Harbor City 2-1 Riverton 03:12', prose, prose], body: [3, 4], hits: [] },
    { name: 'a sentence-case headline that opens with a number (no capitalised word) is a headline', lines: ['Menu', "2012's harbour polls are consistent, even if they prove wrong", '', prose, prose], body: [4, 5], hits: [2], field: 'title' },
    { name: 'a breadcrumb path is no title: the headline under it is (issue 12)', lines: ['Menu', 'You are here: Home > Harbour > Council approves backyard cottages', 'Council approves backyard cottages after a long debate', '', prose, prose], body: [5, 6], hits: [3], field: 'title' },
    { name: 'a byline with a two-word lead is no title (issue 12)', lines: ['Menu', 'Posted by Tamsin Okoro in News and Reviews', '', prose, prose], body: [4, 5], hits: [] },
    { name: 'never a body line', lines: ['A Nordic plan has lifted the hopes of the coastal fleets', prose, prose], body: [1, 2, 3], hits: [] },
    { name: 'no candidate: no title', lines: ['21:39 GMT14 July 2020', 'Listen Live', prose, prose], body: [3, 4], hits: [] },
    { name: 'a numeric date with a clock time is a publication line, not a headline (issue 12)', lines: ['Menu', 'Harbour Gazette Weekly Edition 3/9 (Thu) 18:45 Delivered', prose, prose], body: [3, 4], hits: [] },
    { name: 'nor is one with the date in the German form ("10.03.2017, 09:58 Uhr") (issue 12)', lines: ['Menu', 'Harbour Gazette Weekly 10.03.2017, 09:58 Uhr Coastal Wire Service', prose, prose], body: [3, 4], hits: [] },
  ]),

  // Beside a byline or a date (the rules that find them run first).
  table(titleLine, [
    { name: 'the headline above the byline, past a standfirst', lines: ['Councillors Are Following the Mayor Into a Corner', 'There is a warning tucked in the failure to pass a budget.', 'By Tamsin Okoro', prose, prose], body: [4, 5], before: ['byline', 'date-line'], hits: [1], field: 'title' },
    { name: 'the headline below the date', lines: ['14:25 14.07.2020', 'В Подмосковье открыли первый участок велодорожки', 'Велосипедисты на набережной. Архивное фото', prose, prose], body: [4, 5], before: ['byline', 'date-line'], hits: [2], field: 'title' },
    { name: 'with no near line, a headline printed twice far above the article is the title (issue 12)', lines: ['Attack stokes fears of instability across the region', 'Sign In', 'Attack stokes fears of instability across the region', ...far, prose, prose], body: [4 + far.length, 5 + far.length], hits: [3], field: 'title' },
    { name: 'a headline far above the article, its byline name and date under it (issue 12)', lines: ['Weekly notes from the browser team: issue 85', 'Mike Conley', 'December 18, 2020', ...far, prose, prose], body: [4 + far.length, 5 + far.length], before: ['byline', 'date-line'], hits: [1], field: 'title' },
    { name: 'one item of a numbered list far above is no title, even with a byline under it (issue 12)', lines: ['1.', 'Local council approves the new harbour bridge plan', 'on Harbor Daily', '2.', 'Storm closes the coastal road for a second week', 'on Harbor Daily', 'Written by Gordon Pell', 'Why you should test your old smoke alarms', 'Lift rust off cast iron pans with a lemon rub', ...far, prose, prose], body: [10 + far.length, 11 + far.length], before: ['byline', 'date-line'], hits: [] },
    { name: 'a headline over a shorter deck with a clause: the headline (issue 12)', lines: ['Coach says he erred in taking the cup to the former president in 2012', 'At the time, the coach handed a replica of the trophy to him', 'Copy link', prose, prose], body: [4, 5], hits: [1], field: 'title' },
    { name: 'teasers with their bylines next to the article are no title; the headline over the date is (issue 12)', lines: ['Third victim of the quake was a tourist from Lyon', 'April 30, 2015', 'Share', 'Related', 'Exodus under pressure in the capital', 'By Sam Farr', 'Interview', 'The hours pass and we are less useful', 'By Laura Dean', prose, prose], body: [10, 11], before: ['byline', 'date-line'], hits: [1], field: 'title' },
    { name: 'no title when the byline block has no headline beside it', lines: ['Harbor City FC', 'Match stats', 'Lineups', 'PlayHighlights: Harbor City 2-1 Riverton 03:12', '2020-07-14 21:39', 'By Marcus Lee', prose, prose], body: [7, 8], before: ['byline', 'date-line'], hits: [] },
  ]),
];
