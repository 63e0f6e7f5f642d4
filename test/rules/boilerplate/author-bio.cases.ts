import { authorBio } from '../../../src/rules/boilerplate/author-bio.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const para = 'The council voted on Tuesday to close the old bridge, and the mayor said repairs would take at least two years.';

export const tables: RuleTable[] = [
  table(authorBio, [
    {
      name: 'English bios under the article',
      lines: [
        para,
        'Jane Doe is a staff writer at The Daily Planet covering city hall and transport.',
        'John Roe (@jroe) is an Ideas contributor and the host of a weekly podcast.',
        'Pulitzer Prize-winning journalist Ann Smith writes a daily blog on the economy.',
        'About the author',
      ],
      hits: [2, 3, 4, 5],
    },
    {
      name: 'bios in German, Spanish, French and Russian',
      lines: [
        'Max Mustermann ist Redakteur im Ressort Politik.',
        'María López es periodista y corresponsal en Bruselas.',
        'Jean Dupont est journaliste au service économie.',
        'Иван Петров — журналист и обозреватель отдела политики.',
        para,
      ],
      hits: [1, 2, 3, 4],
    },
    {
      name: 'article sentences about people and jobs stay',
      lines: [
        para,
        'Mayor Jane Doe said the editor of the local paper had warned about the bridge years ago.',
        'The reporter who broke the story was later promoted.',
        'Smith is a former soldier who now runs a bakery in the town.',
      ],
      hits: [],
    },
  ]),
];
