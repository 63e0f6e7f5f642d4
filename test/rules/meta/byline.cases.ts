import { byline, bylineNames } from '../../../src/rules/meta/byline.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';

export const tables: RuleTable[] = [
  table(byline, [
    { name: 'one word after "by" on neighbouring lines is a sort or browse menu, not a byline (issue 12)', lines: ['Sort', 'by Date', 'by Thread', 'BY WEEK', 'BY MONTH', 'By Ravi Moss', prose], hits: [6] },
    { name: 'a noun lead needs its colon; a line ending in a colon is a label (issue 12)', lines: ['Text Size', 'Author Email (optional):', 'Text: Ravi Moss', prose], hits: [3] },
    { name: 'it / pt / nl / pl / cs / hu / sv / tr lead words (issue 12)', lines: ['Di Marco Rossi', 'Por Ana Sousa e Rui Costa', 'Door Jan de Vries en Piet Jansen', 'Autorka: Anna Nowak', 'Autor: Jan Novák a Petr Svoboda', 'Szerző: Kiss Anna', 'Av Anna Svensson och Erik Lund', 'Yazar: Ayşe Yılmaz', prose], hits: [1, 2, 3, 4, 5, 6, 7, 8] },
    { name: 'a lead word and a date in each listed language, a date label after the names, hu "Írta"', lines: ['Von Till Anger | 03.03.2021, 10:15 Uhr', 'Par Léa Morel Publié le 3 mars 2021 à 10h15', 'Por Nuria Salas | 3 de marzo de 2021', 'Di Lia Ferri | 3 marzo 2021', 'Door Bram Smit | 3 maart 2021', 'Autor: Ola Wrona | 3 marca 2021', 'Autor: Eva Malá, 3. března 2021', 'Автор: Олег Белов | 3 марта 2021', 'Írta: Tóth Réka | 2021. március 3.', 'Av Nils Berg | 3 mars 2021', 'Yazar: Emre Kaya | 3 Mart 2021', 'Por Rui Lopes Atualizado em 3 de março de 2021', prose], hits: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    { name: 'a name, a short role field, then a date field', lines: ['Ada Vale | Local reporter | 3 March 2021', 'Top Stories | World | 3 March 2021', prose], hits: [1] },
    { name: 'names with a date glued on, or a relative time after them', lines: ['by Harriet Vale January 18, 2017 11:00 PM PST', 'By Owen Lachance March 18 at 3:57 PM Follow @owen', 'Alex Perry 1 day ago', prose], hits: [1, 2, 3] },
    { name: 'sentences in those languages that open with the lead word stay', lines: ['Di solito il treno arriva in ritardo.', 'Door de regen was de weg gesloten.', 'Av alla dessa skäl valde hon att stanna.', 'Vancouver Sun, January 27', prose], hits: [] },
    { name: 'By with two names', lines: ['By Jane Doe and John Roe', prose], hits: [1], field: 'authors' },
    { name: 'name, dash, date', lines: ['Maya Lindgren - Nov 19, 2019, 10:31 pm CST', prose], hits: [1], field: 'authors' },
    { name: 'Von / Por / Par / Автор', lines: ['Von Julia Berger', 'Por Lucía Ferrer', 'Par Claire Dubois et Antoine Lefèvre', 'Автор: Иван Смирнов', prose], hits: [1, 2, 3, 4] },
    { name: 'date then by', lines: ['Posted on March 3, 2020 by Sam Porter', prose], hits: [1] },
    { name: 'Escrito por', lines: ['Escrito por Carmen Ruiz', prose], hits: [1] },
    { name: 'name and role', lines: ['Tom Krisher, AP Auto Writer', prose], hits: [1] },
    { name: 'lone By with the name on the next line', lines: ['By', 'Tamsin Okoro', prose], hits: [1, 2] },
    { name: 'sentences that open with By, Par, Von stay', lines: ['By Tuesday, the team had finished the work on the bridge.', 'Par ailleurs, la mairie a promis de nouvelles pistes.', 'Von Montag an gilt die neue Regel.', 'By 2030 the city wants to plant a million trees', prose], hits: [] },
  ]),

  // byline-names reads the title the title-line rule found.
  table(bylineNames, [
    { name: 'names right below the title', lines: ['UK water regulator orders firms to cut bills by a fifth', 'Kate Holton, Paul Sandle', '', prose, prose], body: [4, 5], before: ['title-line'], hits: [2], field: 'authors' },
    { name: 'a single company name beside the title stays', lines: ['Northwind Robotics opens a new center in Austin', 'Northwind Robotics', '', prose], body: [4], before: ['title-line'], hits: [] },
    { name: 'one name alone under the title (issue 12)', lines: ['Why neon became the symbol of a whole century', 'Sarah Archer', '', prose, prose], body: [4, 5], before: ['title-line'], hits: [2], field: 'authors' },
    { name: 'one name under the title that a menu rule took (issue 12)', lines: ['Why neon became the symbol of a whole century', 'Sarah Archer', 'Share', 'Tweet', 'Email', prose, prose], body: [6, 7], before: ['nav-menu', 'title-line'], hits: [2], field: 'authors' },
    { name: 'one name alone under the title, with comment bylines below the article (issue 12)', lines: ['Why neon became the symbol of a whole century', 'Sarah Archer', '', prose, prose, 'Comments', 'By Tom Reader', 'Great piece.'], body: [4, 5], before: ['byline', 'title-line'], hits: [2], field: 'authors' },
    { name: 'one name alone under the title with a middle initial, an inner capital or an apostrophe', lines: ['Why neon became the symbol of a whole century', 'Ada M. Vale', '', prose, prose], body: [4, 5], before: ['title-line'], hits: [2], field: 'authors' },
    { name: 'inner capitals and apostrophes in a lone name', lines: ['Why neon became the symbol of a whole century', "Dara O'Neill McKay", '', prose, prose], body: [4, 5], before: ['title-line'], hits: [2], field: 'authors' },
    { name: 'one name alone under the title with a date line between, a separator left after the name', lines: ['Why neon became the symbol of a whole century', 'March 3, 2021', 'Ada Vale ·', prose, prose], body: [4, 5], before: ['date-line', 'title-line'], hits: [3], field: 'authors' },
    { name: 'a comment widget under the title is no lone name', lines: ['Why neon became the symbol of a whole century', 'March 3, 2021', 'No Comments', prose, prose], body: [4, 5], before: ['date-line', 'title-line'], hits: [] },
    { name: 'two date lines between: no lone name', lines: ['Why neon became the symbol of a whole century', 'March 3, 2021', 'Updated March 4, 2021', 'Ada Vale', prose, prose], body: [5, 6], before: ['date-line', 'title-line'], hits: [] },
    { name: 'initials alone or two of them are no lone name', lines: ['Why neon became the symbol of a whole century', 'A. B. Vale', '', prose, prose], body: [4, 5], before: ['title-line'], hits: [] },
    { name: 'a name in capitals under the title with a dated line after it (issue 12)', lines: ['Why neon became the symbol of a whole century', 'SARAH ARCHER', 'Example Wire March 3, 2016', prose, prose], body: [4, 5], before: ['title-line'], hits: [2], field: 'authors' },
    { name: 'a label in capitals under the title without a date after it stays', lines: ['Why neon became the symbol of a whole century', 'LIVE UPDATES', '', prose, prose], body: [4, 5], before: ['title-line'], hits: [] },
    { name: 'a capitals section label stays', lines: ['BUSINESS NEWS', 'UK water regulator orders firms to cut bills by a fifth', '', prose], body: [4], before: ['title-line'], hits: [] },
  ]),
];
