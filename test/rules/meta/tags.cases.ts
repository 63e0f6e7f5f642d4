import { tagLine, tagList } from '../../../src/rules/meta/tags.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';

const far = Array.from({ length: 14 }, (_, i) => `Footer link ${i}`);

export const tables: RuleTable[] = [
  table(tagLine, [
    { name: 'labelled tag lines in it / pt / nl / pl / cs / hu / sv / tr (issue 12)', lines: [prose, 'Etichette: Roma, Trasporti', 'Palavras-chave: Lisboa, Cultura', 'Trefwoorden: Utrecht, Fiets', 'Tagi: Kraków, Transport', 'Štítky: Praha, Doprava', 'Címkék: Budapest, Közlekedés', 'Taggar: Göteborg, Trafik', 'Etiketler: Ankara, Ulaşım'], hits: [2, 3, 4, 5, 6, 7, 8, 9], field: 'tags' },
    { name: 'labelled tag lines in five languages', lines: [prose, 'Tags: a, b', 'Schlagwörter: Zoo, Tiere', 'Etiquetas: Educación, Alimentación', 'Теги: домашний сервер, NAS', 'Mots-clés : Écoles, Mobilité'], hits: [2, 3, 4, 5, 6], field: 'tags' },
    { name: 'a lone label with one tag per line, up to a related heading', lines: [prose, 'Related Topics', 'Moths', 'Conservation', 'More on this story', 'Butterfly numbers fall to lowest level on record'], hits: [2, 3, 4] },
    { name: 'a Topics menu atop the page is no tag block', lines: ['Topics', 'Video', 'Sign In', prose, prose], hits: [] },
  ]),

  table(tagList, [
    { name: 'trailing comma list of names after the article', lines: [prose, prose, 'Fisheries, Ingrid Solvang, Iceland, Norway, Cod'], body: [1, 2], hits: [3], field: 'tags' },
    { name: 'names with lower-case inner words', lines: [prose, prose, 'Московская область, Велосипеды, Транспорт'], body: [1, 2, 3], hits: [3] },
    { name: 'a list of names in the middle of the article stays', lines: [prose, 'Paris, London, Berlin, Madrid', prose, prose], body: [1, 2, 3, 4], hits: [] },
    { name: 'a headline with commas is no tag list', lines: [prose, prose, "Norway, Iceland Discuss Int'l, Regional Plans to Protect Cod Stocks"], body: [1, 2], hits: [] },
    { name: 'footer links are no tags', lines: [prose, prose, 'Privacy Policy, Terms of Use, Cookie Settings'], body: [1, 2], hits: [] },
  ]),

  table(tagLine, [
    { name: 'a Topics column far below the article is a footer menu', lines: [prose, prose, ...far, 'Topics', 'All Authors', 'Galleries'], hits: [] },
    { name: 'a tag block stops at footer links', lines: [prose, 'Tags', 'Zoning', 'Housing', 'Privacy Policy', 'Log In | Membership'], hits: [2, 3, 4] },
  ]),
];
