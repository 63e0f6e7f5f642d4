/**
 * html-title on a blog template that shows both pieces of "Blog name: Post title" as headings:
 * which of the two is the site's name and which the page's headline (the hits' fields, which the
 * rule table does not tell apart).
 */
import { describe, it, expect } from 'vitest';
import { titleRepeat } from '../../../src/rules/html/title-repeat.js';
import { docOf } from '../../helpers/rule-table.js';

const fields = (lines: string[]) => {
  const doc = docOf(lines, undefined, 'html');
  return titleRepeat.run(doc).map((h) => [doc.blocks[h.block]!.text, h.field]);
};
const blog = (title: string, banner: string, post: string) => [
  `<!doctype html><html><head><title>${title}</title></head><body>`,
  `<div class="blog-name"><h1>${banner}</h1></div>`,
  `<div class="post"><h3>${post}</h3>`,
  '<p>I heart you.</p>',
  '</div></body></html>',
];

describe('html-title: a blog name and a post title, both headings', () => {
  it('the banner heading is the site, the post heading (however short) the title', () => {
    expect(fields(blog('Example Crafts Weekly: Stud Love', 'Example Crafts Weekly', 'Stud Love'))).toEqual([
      ['Example Crafts Weekly', 'site'],
      ['Stud Love', 'title'],
    ]);
  });
  it('so with the site pieces last ("Post title - Tagline - Blog name")', () => {
    const site = 'Things to Make, Crafts for Kids - The Example Crafts Blog';
    expect(fields(blog(`Indian Corn Printing Craft - ${site}`, site, 'Indian Corn Printing Craft'))).toEqual([
      [site, 'site'],
      ['Indian Corn Printing Craft', 'title'],
    ]);
  });
  it('a lone heading that is a piece of the title stays the title', () => {
    expect(fields(blog('Example Crafts Weekly: Stud Love', 'Example Crafts Weekly', 'Something else entirely'))).toEqual([['Example Crafts Weekly', 'title']]);
  });
  it('a short heading that is the rest of the title, with no heading for the other piece, is not taken', () => {
    expect(fields(blog('Example Crafts Weekly: Stud Love', 'Welcome', 'Stud Love'))).toEqual([]);
  });
});
