import { outsideArticle } from '../../../src/rules/html/outside.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';
import { page } from './page.js';

const teasers = (n: number) => Array.from({ length: n }, (_, i) => `<div><a href="/s${i}">Teaser headline number ${i} about the city</a></div>`);

export const tables: RuleTable[] = [
  table(
    outsideArticle,
    [
      // the five blocks right after the article stay for the text rules (tags), the rest go
      { name: 'teasers below the article, past its tail', lines: page(teasers(9)), hits: [13, 14, 15, 16] },
      { name: 'a few blocks right after the article are left', lines: page(teasers(4)), hits: [] },
      { name: 'a paragraph beside the article container is left', lines: page([...teasers(5), '<p>The council will publish the full plan on its website next week, with maps of the route.</p>']), hits: [] },
    ],
    'html',
  ),
];
