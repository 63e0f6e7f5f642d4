/**
 * Synthetic news sites for the profile tests: articles whose prose differs
 * from page to page (seeded word choices), framed by each site's own chrome
 * and by boilerplate the site repeats (a donation appeal mid-article, a promo
 * headline, a poll widget) that no vocabulary rule knows.
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ['ba', 'ko', 'ri', 'tan', 'mel', 'do', 'sa', 'vin', 'lu', 'pe', 'gor', 'ni', 'zu', 'ha', 'ter', 'mo'];
const ROLES = ['councillor', 'minister', 'teacher', 'farmer', 'nurse', 'judge', 'engineer', 'mayor', 'driver', 'banker'];
const VERBS = ['said', 'warned', 'argued', 'told reporters', 'confirmed', 'admitted', 'insisted', 'wrote'];
const ADJ = ['new', 'old', 'northern', 'costly', 'delayed', 'second', 'small', 'public', 'local', 'main'];
const NOUNS = ['bridge', 'school', 'budget', 'clinic', 'harbour', 'library', 'factory', 'railway', 'market', 'reservoir'];
const PRED = ['would close', 'had been delayed', 'would cost more', 'was running late', 'needed repairs', 'would reopen', 'was too small', 'had lost money'];
const WHEN = ['this winter', 'next year', 'in the spring', 'before the election', 'after the floods', 'within a month'];

/** A made-up name: two or three syllables, capitalised. */
function name(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** One prose paragraph of three sentences; names and word choices vary from page to page. */
export function paragraph(r: () => number): string {
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  return [0, 1, 2].map(() => `The ${pick(ROLES)} ${name(r)} ${pick(VERBS)} that the ${pick(ADJ)} ${pick(NOUNS)} in ${name(r)} ${pick(PRED)} ${pick(WHEN)}, and ${name(r)} said the ${pick(NOUNS)} ${pick(PRED)} as well.`).join(' ');
}

export interface Article {
  title: string;
  paragraphs: string[];
}

export function article(seed: number, n = 5): Article {
  const r = rng(seed);
  const paragraphs = Array.from({ length: n }, () => paragraph(r));
  return { title: `Council story ${seed} raises new questions`, paragraphs };
}

export interface SiteStyle {
  /** Lines of chrome above the article. */
  head: string[];
  /** A line injected after the second paragraph (the repeated boilerplate under test). */
  inject: string | null;
  /** Lines after the article. */
  tail: string[];
  /** Author byline (a line that feeds authors). */
  byline: string | null;
  /** Tag line (feeds tags). */
  tags: string | null;
}

/** A site whose every page carries the same appeal and promo: prose-shaped boilerplate. */
export const APPEAL = 'Our small newsroom depends on readers like you, and a gift of any size keeps our reporting free for everyone who needs it.';
export const PROMO = 'Read our special report on how the floods changed the valley for good';
export const POLL = 'Reader poll: should the town build a second bridge across the river this year?';

export const styleA: SiteStyle = {
  head: ['Valley Courier', 'Home', 'Local', 'Business', 'Sport'],
  inject: APPEAL,
  tail: [PROMO, POLL, 'Contact the newsroom', '© 2024 Valley Courier'],
  byline: 'By Jane Doe',
  tags: 'Tags: council, transport, budget',
};

export const styleB: SiteStyle = {
  head: ['Harbour Times', 'Front page', 'News', 'Opinion'],
  inject: null,
  tail: ['Most read this week', 'Harbour Times is an independent paper.'],
  byline: 'By John Roe',
  tags: null,
};

/** A text capture of `a` in the style `s`. */
export function page(a: Article, s: SiteStyle): string {
  const body: string[] = [];
  a.paragraphs.forEach((p, i) => {
    body.push(p, '');
    if (i === 1 && s.inject) body.push(s.inject, '');
  });
  return [...s.head, '', a.title, '', ...(s.byline ? [s.byline, ''] : []), ...body, ...(s.tags ? [s.tags, ''] : []), ...s.tail, ''].join('\n');
}
