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
      {
        name: 'a heading that is <title> without the site pieces after it ("Headline - Section - Site")',
        lines: page([], { h1: TITLE }).map((l) => l.replace(`<title>${TITLE}</title>`, `<title>${TITLE} - Local news and weather - The Daily Example</title>`)),
        hits: [3],
        field: 'title',
      },
      {
        name: 'a heading that is <title> without the site piece before it ("Site | Headline")',
        lines: page([], { h1: TITLE }).map((l) => l.replace(`<title>${TITLE}</title>`, `<title>The Daily Example | ${TITLE}</title>`)),
        hits: [3],
        field: 'title',
      },
      {
        name: 'a heading that is <title> without the blog name and colon before it ("Blog name: Post title")',
        lines: page([], { h1: TITLE }).map((l) => l.replace(`<title>${TITLE}</title>`, `<title>Example Crafts: ${TITLE}</title>`)),
        hits: [3],
        field: 'title',
      },
      {
        name: 'a blog name in the banner and the post title over the post ("Blog name: Post title"): the banner is the site, the post heading the title, however short',
        lines: [
          '<!doctype html><html><head><title>Example Crafts Weekly: Stud Love</title></head><body>',
          '<div id="banner"><h1>Example Crafts Weekly</h1></div>',
          '<div class="post"><h3>Stud Love</h3>',
          '<p>I heart you.</p>',
          '</div></body></html>',
        ],
        hits: [2, 3],
      },
      {
        name: 'a short piece of the title ("News") is no headline',
        lines: page([], { h1: 'News' }).map((l) => l.replace(`<title>${TITLE}</title>`, `<title>News - ${TITLE}</title>`)),
        hits: [],
      },
    ],
    'html',
  ),
];
