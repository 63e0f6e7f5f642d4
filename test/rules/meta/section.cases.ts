import { seriesLabel, breadcrumb, sectionLine, sectionWord } from '../../../src/rules/meta/section.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';

export const tables: RuleTable[] = [
  table(seriesLabel, [
    { name: 'series label with an article count', lines: ['Barents Shelf Fisheries Talks (214)', prose], hits: [1], field: 'section' },
    { name: 'a comment count is no series', lines: ['Comments (12)', prose], hits: [] },
    { name: 'a column of category counts is a menu', lines: ['Politics (45)', 'Sports (33)', 'World (12)', prose], hits: [] },
  ]),

  table(breadcrumb, [
    { name: 'arrows', lines: ['Home > World > Europe', prose], hits: [1], field: 'section' },
    { name: 'slashes after a home word', lines: ['Главная / Политика', prose], hits: [1] },
    { name: 'a sentence with a slash stays', lines: ['Students and/or parents can apply online this week', prose], hits: [] },
  ]),

  table(sectionLine, [
    { name: 'category labels in it / pt / nl / pl / cs / hu / sv / tr (issue 12)', lines: ['Categoria: Cronaca', 'Publicado em Cultura', 'Rubriek: Binnenland', 'Kategoria: Kraj', 'Rubrika: Domácí', 'Rovat: Belföld', 'Kategori: Inrikes', 'Bölüm: Gündem', prose], hits: [1, 2, 3, 4, 5, 6, 7, 8], field: 'section' },
    { name: 'Posted in / Categorías / Рубрика', lines: ['Posted in Gardening', 'Categorías: Panes, Recetas básicas', 'Рубрика: Общество', prose], hits: [1, 2, 3], field: 'section' },
    { name: 'a sentence starting with "Posted in" stays', lines: ['posted in a hurry, the letter never arrived.', prose], hits: [] },
  ]),

  // section-word reads the title the title-line rule found.
  table(sectionWord, [
    { name: 'the kicker right above the title', lines: ['Menu', 'Unwetter', 'Feuerwehr im Landkreis mehr als 200 Mal im Einsatz', '', prose, prose], body: [5, 6], before: ['title-line'], hits: [2], field: 'section' },
    { name: 'a lone section word above the article when there is no title', lines: ['Politics', '', prose, prose], body: [3, 4], before: ['title-line'], hits: [1], field: 'section' },
    { name: 'a menu of section words stays', lines: ['World', 'Politics', 'Sport', '', prose, prose], body: [5, 6], before: ['title-line'], hits: [] },
  ]),
];
