import { titleRepeat } from '../../../src/rules/html/title-repeat.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';
import { page, TITLE } from './page.js';

export const tables: RuleTable[] = [
  table(
    titleRepeat,
    [
      { name: 'an <h1> that repeats <title>', lines: page(), hits: [3], field: 'title' },
      { name: 'a heading that is the title with the site name after it', lines: page([], { h1: `${TITLE} | The Daily Example` }), hits: [3], field: 'title' },
      { name: 'a heading that differs from <title> is left', lines: page([], { h1: 'What the vote means for commuters' }), hits: [] },
    ],
    'html',
  ),
];
