import { markupByline } from '../../../src/rules/html/byline.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';
import { page, PROSE } from './page.js';

const author = '<meta name="author" content="Jane Doe">';
const withByline = (line: string) => [`<p>${line}</p>`, ...PROSE.map((p) => `<p>${p}</p>`)];

export const tables: RuleTable[] = [
  table(
    markupByline,
    [
      { name: 'a short block holding the author the markup names', lines: page([], { head: author, article: withByline('By Jane Doe') }), hits: [4], field: 'authors' },
      { name: 'a name with a place', lines: page([], { head: author, article: withByline('Jane Doe · Paris') }), hits: [4], field: 'authors' },
      { name: 'a sentence that mentions the author is left', lines: page([], { head: author, article: withByline('Jane Doe said the vote was a good day for the whole city.') }), hits: [] },
      { name: 'no author in the markup: nothing taken', lines: page([], { article: withByline('By Jane Doe') }), hits: [] },
    ],
    'html',
  ),
];
