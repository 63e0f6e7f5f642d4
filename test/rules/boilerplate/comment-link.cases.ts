import { commentLink } from '../../../src/rules/boilerplate/end-marker.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `This is sentence number ${i + 1} of the article, long enough to read as prose.`);

export const tables: RuleTable[] = [
  table(commentLink, [
    { name: 'comment links and buttons anywhere', lines: ['Comments', ...prose(2), 'Leave a comment', ...prose(2), 'Kommentare (3)'], hits: [1, 4, 7] },
    { name: 'a comment-section heading in other languages', lines: ['Комментарии', 'Commentaires', 'Comentarios', ...prose(1)], hits: [1, 2, 3] },
    { name: 'sentences about comments stay', lines: [...prose(2), 'Comments from readers were mostly positive, the editor said.', 'The discussion lasted two hours.'], hits: [] },
  ]),
];
