import { describe, it, expect } from 'vitest';
import { selectTextBody, SELECTION_REASONS, blockFeatures, isCodeLine } from '../../src/body/text.js';
import { docOf } from '../helpers/rule-table.js';
import { clean } from '../../src/index.js';

const p = (i: number) =>
  `Paragraph ${i}: the council voted on Tuesday to close the old bridge, and the mayor said that the repairs would take at least two years to finish.`;

function select(lines: string[]) {
  const doc = docOf(lines);
  const sel = selectTextBody(doc, 'en');
  const kept = sel.body.map((i) => doc.blocks[i]!.line);
  const reasons = new Map([...sel.reasons].map(([i, r]) => [doc.blocks[i]!.line, r]));
  return { kept, reasons };
}

describe('body selection (text)', () => {
  it('keeps the prose run and drops a menu above it', () => {
    const { kept, reasons } = select(['Home', 'News', 'Sport', 'Weather', p(1), p(2), p(3)]);
    expect(kept).toEqual([5, 6, 7]);
    expect(reasons.get(1)).toBe('short-fragment');
  });

  it('keeps a subheading and list items between paragraphs', () => {
    const { kept } = select([p(1), 'What happens next', p(2), 'Flour and sugar', 'Two eggs', 'A pinch of salt', p(3)]);
    expect(kept).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the items a colon line announces, and the paragraph after them', () => {
    const items = ['any fish, sea or river', 'poultry of any kind', 'hard cheese in small amounts', 'fresh mushrooms', 'eggs of any kind', 'most green vegetables', 'olive oil and butter', 'unsweetened tea'];
    const after = 'Drink plenty of water during the first phase of the diet.';
    const { kept } = select([p(1), p(2), 'Foods you may eat on the diet:', ...items, after, 'Home', 'Contact', 'Sitemap']);
    expect(kept).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps a paragraph whose final full stop is missing, in the middle and at the end', () => {
    const last = 'The company expects its Austin workforce to reach four hundred people by the end of next year, the mayor said';
    const { kept } = select([p(1), last.replace('Austin', 'Dallas'), p(2), last, 'Home', 'Contact', 'Sitemap']);
    expect(kept).toEqual([1, 2, 3, 4]);
  });

  it('drops a promo sentence far from the article run', () => {
    const promo = 'Our award-winning team of reporters brings you the most important stories of the day, every day, wherever you are.';
    const related = ['Related', 'Mayor Promises New Bridge', 'Budget Vote Delayed Again', 'Local Team Wins Title', 'Storm Closes Schools', 'Police Seek Witnesses'];
    const { kept, reasons } = select([p(1), p(2), p(3), ...related, promo]);
    expect(kept).toEqual([1, 2, 3]);
    expect(reasons.get(10)).toBe('outside-article');
    expect(reasons.get(5)).toBe('short-fragment');
  });

  it('drops a headline list (title case, no sentence ends) as not-prose or short-fragment', () => {
    const heads = [
      'Mayor Promises New Bridge By The End Of Next Year In Speech',
      'Council Approves Budget After Long Night Of Heated Debate',
      'Local Team Wins Championship For The Third Straight Season',
    ];
    const { kept, reasons } = select([p(1), p(2), ...heads]);
    expect(kept).toEqual([1, 2]);
    for (const l of [3, 4, 5]) expect(Object.keys(SELECTION_REASONS)).toContain(reasons.get(l));
  });

  it('drops teaser cards (headline, one-sentence summary, headline, summary…) after the article', () => {
    const cards = [
      'Trending News',
      'Driver held after three bikes found in river, officers say',
      'The van was stopped on the ring road early on Sunday morning by a patrol.',
      'Rail inspectors urge change of brake on older trams',
      'The board said the brake could slip on wet rails and ordered new tests.',
      'Farmer wades into flood to save a calf from the river',
      'At least four bridges have closed and dozens of farms have been cut off by floods.',
      'More in World',
    ];
    const { kept } = select([p(1), p(2), p(3), p(4), ...cards]);
    expect(kept).toEqual([1, 2, 3, 4]);
  });

  it('gives every left-out block a documented reason', () => {
    const { reasons } = select(['Menu', 'Log in', p(1), p(2), '© 2020', 'Privacy', 'Some Long Title Case Line Without Any Sentence End Here']);
    expect(reasons.size).toBeGreaterThan(0);
    for (const r of reasons.values()) expect(SELECTION_REASONS).toHaveProperty(r);
    for (const d of Object.values(SELECTION_REASONS)) expect(d.length).toBeGreaterThan(20);
  });

  it('selects from length and sentence shape in a language without function-word lists', () => {
    const ja = '先日、不正に改造した端末を販売したとして、商標法違反の疑いで男性が逮捕されたというニュースを耳にしました。';
    const { kept } = select(['メニュー', 'ホーム', ja, ja.replace('先日', '昨日'), ja.replace('先日', '今日')]);
    expect(kept).toEqual([3, 4, 5]);
  });

  it('classifies prose, short lines and headline lists', () => {
    expect(blockFeatures(p(1)).cls).toBe('good');
    expect(blockFeatures('Sport').cls).toBe('short');
    expect(blockFeatures('Mayor Promises New Bridge By The End Of Next Year In Speech').cls).not.toBe('good');
  });
});

describe('cleaning the body again keeps it whole', () => {
  const captures = [
    ['Home', 'News', p(1), 'Short subheading', p(2), 'Share', 'Comments', 'Great article!'],
    ['A single short paragraph of article text, kept on its own.'],
    [p(1)],
    ['Menu', p(1), 'Advertisement', p(2), 'Read more: Another story', p(3), '© 2020 Example Media. All rights reserved.'],
  ];
  for (const [i, lines] of captures.entries()) {
    it(`capture ${i + 1}`, () => {
      const body = clean(lines.join('\n'), { format: 'text' }).body;
      expect(body).not.toBe('');
      expect(clean(body, { format: 'text' }).body).toBe(body);
    });
  }
});

describe('the article starts under its header', () => {
  // Word counts matter here: four 27-word blurbs outweigh five 21-word paragraphs by a little,
  // which the paragraph right under the headline and byline makes up.
  const blurb = (k: number) => `Blurb ${k}: our readers keep sending questions about gardens, and this week we answer the ones about tomatoes, soil and watering in the dry months of summer.`;
  const para = (k: number) => `Paragraph ${k}: the council voted on Tuesday to close the old bridge, and the mayor said it would take two years.`;
  const menu = ['Archives', 'October 2012', 'September 2012', 'Categories', 'Gardening', 'Recipes', 'Tools', 'Seeds', 'Compost', 'Lawns', 'Pests', 'Trees'];
  it('a short article under its headline and byline beats a slightly longer run of sidebar blurbs', () => {
    const cap = ['Green Thumbs', 'From the blog', blurb(1), blurb(2), blurb(3), blurb(4), ...menu, 'Bridge to close for repairs', 'November 3, 2012 By Jane Doe', para(1), para(2), para(3), para(4), para(5), 'Share this', 'Copyright © 2012 Green Thumbs'].join('\n\n');
    const r = clean(cap, { format: 'text' });
    expect(r.body.startsWith('Paragraph 1:')).toBe(true);
    expect(r.body).toContain('Paragraph 5:');
    expect(r.body).not.toContain('Blurb');
  });
  it('without a header line the longer run still wins (the bonus is for the header, not for position)', () => {
    const cap = ['Green Thumbs', 'From the blog', blurb(1), blurb(2), blurb(3), blurb(4), ...menu, para(1), para(2), para(3), para(4), para(5), 'Share this'].join('\n\n');
    expect(clean(cap, { format: 'text' }).body.startsWith('Blurb 1:')).toBe(true);
  });
  it('a one-paragraph post under its header is not taken for a teaser card, so a longer comment below does not replace it', () => {
    const post = 'Slow cooking made easy! Add fresh ginger, garlic and cumin to tomatoes and chicken legs, and let the pot turn plain fare into a feast overnight.';
    const comment = 'after all that time spent browning the chicken before it goes into the pot, i would take another ten minutes to deglaze the pan with some broth or a little white wine, cider or whatever you have.';
    const cap = [...menu, 'October 31, 2012', 'Slow-Cooker Sweet and Spicy Chicken Tonight', 'Posted by Jane Doe', post, 'Sign in with your account to join the discussion here', 'Profile', 'Name', 'Email', 'Website', 'Last reply was two hours ago', 'reader42', comment, 'Subscribe to the magazine', 'Most Read Posts'].join('\n\n');
    const r = clean(cap, { format: 'text' });
    expect(r.body.startsWith('Slow cooking made easy!')).toBe(true);
    expect(r.body).not.toContain('deglaze');
  });

  // A sidebar's "about" box placed between the header and the article (a blog theme that puts
  // its sidebar first): the first prose under the header is the blurb, a single paragraph the
  // widgets end, and the article follows in more paragraphs with more words.
  const about = 'I am a home cook and a mother of three who writes about food and gardens. Thank you for stopping by and reading along with me. When I am not writing, you will find me in the garden with the dog.';
  const widgets = ['Recent Comments', 'Maria on A quiet Sunday', 'Tom on Why bread needs time', 'Archives', 'March 2020', 'February 2020', 'Blogroll', 'The Kitchn', 'Garden Notes', 'Share', 'Print'];
  const short = [
    'The council opened the new footbridge over the canal on Monday morning.',
    'The bridge is sixty metres long and links the station with the new housing estate on the far bank, and it cost the council about two million pounds.',
    'Cyclists say their ride is now shorter.',
  ];
  it('a sidebar blurb between the header and a longer article does not take the body', () => {
    const cap = ['Riverside Courier', 'Home', 'Town', 'New footbridge opens over the canal', 'By Jane Doe', 'May 5, 2020', about, ...widgets, ...short].join('\n');
    const body = clean(cap, { format: 'text' }).body;
    expect(body.startsWith('The council opened')).toBe(true);
    expect(body).toContain('Cyclists say');
    expect(body).not.toContain('home cook');
  });
  it('a standfirst above a photo credit and a share bar keeps its place at the head of the article', () => {
    const standfirst = 'The town will have its first new crossing in forty years, and it opens this week.';
    const cap = ['Riverside Courier', 'Home', 'Town', 'New footbridge opens over the canal', 'By Jane Doe', 'May 5, 2020', standfirst, 'Photo: Riverside Courier', 'Share', 'Tweet', 'Email', ...short, p(1), p(2), 'Most read', 'Weather', 'Contact us'].join('\n');
    const body = clean(cap, { format: 'text' }).body;
    expect(body.startsWith(standfirst)).toBe(true);
    expect(body).toContain('Paragraph 2:');
  });
  it('a longer run under another headline is not the one this header heads', () => {
    // A blog's front page: a one-paragraph post, then the next post under its own title and byline.
    const cap = ['Riverside Courier', 'New footbridge opens over the canal', 'By Jane Doe', 'May 5, 2020', about, ...widgets, 'Second post on the market', 'By John Roe', ...short].join('\n');
    const body = clean(cap, { format: 'text' }).body;
    expect(body).toContain('home cook');
  });

  // A page of many similar posts (a forum board, a listing of entries) has no dominant run:
  // the best run is one entry among many, and the body keeps them together.
  const entry = (k: number) => [`Entry ${k} title`, `Entry ${k}: a short description of what this class covers, written in two sentences. It runs every week of the spring term.`, `Tutor: Person ${k}`, `Day: week day ${k}`, `Fee: ${20 + k} pounds`];
  it('a listing of similar entries without a header keeps every entry', () => {
    const cap = ['Home', 'Classes', 'Contact', ...[1, 2, 3, 4, 5, 6].flatMap(entry), '© 2021 Example Centre'].join('\n');
    const body = clean(cap, { format: 'text' }).body;
    expect(body.startsWith('Entry 1: a short description')).toBe(true);
    expect(body).toContain('Entry 6: a short description');
    expect(body).not.toContain('Contact');
  });
  it('the same entries after an article under its headline stay out: the article is the body', () => {
    const cap = ['Home', 'Classes', 'Bridge to close for repairs', 'By Jane Doe', p(1), 'Share', 'Print', 'Most read', 'Weather', 'Sport', 'Jobs', 'More classes', ...[1, 2, 3, 4, 5, 6].flatMap(entry)].join('\n');
    const body = clean(cap, { format: 'text' }).body;
    expect(body.startsWith('Paragraph 1:')).toBe(true);
    expect(body).not.toContain('Entry 3');
  });

  it('tells code and markup lines by their punctuation, not counts or menus', () => {
    for (const code of ['var c = new Counter(2);', 'function Counter(start) {', '});', '}', '<script src="a.js"></script>', 'console.log(c.count)', 'print(x)']) {
      expect(isCodeLine(code), code).toBe(true);
    }
    for (const text of ['Comments (3)', '{ 12 comments… read them below or add one }', 'Desktop (Windows)', 'Home | News', 'He said so (twice).']) {
      expect(isCodeLine(text), text).toBe(false);
    }
  });
});
