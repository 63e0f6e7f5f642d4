import { counterWidget } from '../../../src/rules/meta/counter.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';

export const tables: RuleTable[] = [
  table(counterWidget, [
    { name: 'two bare numbers', lines: ['0 165', prose], hits: [1], field: 'counters' },
    { name: 'counts with words', lines: ['05 SHARES', '1.2K views', '12 comments', 'Comments (12)', prose], hits: [1, 2, 3, 4] },
    { name: 'ru / es / de / fr words', lines: ['165 просмотров', '23 comentarios', '8 Kommentare', '312 partages', prose], hits: [1, 2, 3, 4] },
    { name: 'a bare number beside a share button', lines: ['SHARE', '16', prose], hits: [2] },
    { name: 'a page list and a lone number or year stay', lines: ['1 2 3 4 5', '16', '2019', prose], hits: [] },
    { name: 'words that are no counter words stay', lines: ['12 Angry Men', '3 things to know', prose], hits: [] },
  ]),
];
