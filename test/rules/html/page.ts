/**
 * A small HTML page for the HTML rule tables, one block per source line:
 * line 1 opens the page (head, title, meta), line 2 opens <article>, line 3 is
 * its <h1>, lines 4-6 are its paragraphs, line 7 closes it; `after` follows
 * from line 8, then the page closes. Written for these tests.
 */
export const TITLE = 'Council approves the new bridge plan';

export const PROSE = [
  'The city council voted on Tuesday to approve the plan for a new bridge, after a debate that lasted well into the night.',
  'Supporters said the crossing would cut travel times for thousands of commuters, while critics worried about the cost.',
  'Work is expected to begin next spring, and the mayor said the first cars could cross the river within three years.',
];

export interface PageOptions {
  /** Extra tags in <head>. */
  head?: string;
  /** The <h1> text (default: the title). */
  h1?: string;
  /** Lines of the article's paragraphs (default: PROSE as <p>). */
  article?: string[];
}

export function page(after: string[] = [], o: PageOptions = {}): string[] {
  return [
    `<!doctype html><html><head><title>${TITLE}</title>${o.head ?? ''}</head><body>`,
    '<article>',
    `<h1>${o.h1 ?? TITLE}</h1>`,
    ...(o.article ?? PROSE.map((p) => `<p>${p}</p>`)),
    '</article>',
    ...after,
    '</body></html>',
  ];
}
