/**
 * Furniture regions: for each block, the nearest enclosing element that is
 * page furniture (see vocab.ts), or null. A class-flagged element (or figure)
 * that wraps most of the page's prose is a layout wrapper, not furniture.
 * Work per block is bounded by ANCESTOR_CAP and memoised per element.
 */
import type { Block, HtmlElement, Label } from '../../core/types.js';
import { endsLikeSentence } from '../../core/text.js';
import { boilerReason, strongFurniture, yieldsToProse } from './vocab.js';

export const ANCESTOR_CAP = 64;

/** Prose characters (about two paragraphs) past which a weakly marked element is taken for layout (see yieldsToProse). */
const PROSE_HELD = 240;

export interface Region {
  el: HtmlElement;
  rule: string;
}

/** Long, sentence-like, nearly link-free: the text an article is made of. */
export function isProse(b: Block): boolean {
  return b.text.length >= 80 && (b.linkDensity ?? 0) < 0.12 && endsLikeSentence(b.text);
}

/** itemprop naming the article's body (schema.org articleBody): markup that says "this is the article". */
const ARTICLE_ITEM = /\barticlebody\b/;

/**
 * Per-element totals of proseTotals, indexed by HtmlElement.id (ids are serial in document
 * order, an element's ancestors have lower ids): typed arrays rather than Maps keyed by
 * element, one hash look-up per ancestor and block (issue 14). An id past the end reads 0.
 */
export interface ProseTotals {
  /** prose characters inside each element */
  prose: Float64Array;
  total: number;
  /** elements that wrap one marked as the article's text (itemprop articleBody): 1 */
  holdsArticle: Uint8Array;
  /** how many elements holdsArticle marks */
  holdsArticleN: number;
  /** the page's prose before the element's first prose block */
  before: Float64Array;
  /** what article-like text each element holds (see holdsArticleText) */
  shape: Float64Array;
}

/**
 * Prose characters inside each element (bounded ancestor walk), the page total, and the
 * elements that wrap an element marked as the article's text (itemprop articleBody).
 */
export function proseTotals(blocks: readonly Block[]): ProseTotals {
  let size = 0;
  for (const b of blocks) if (b.el && b.el.id >= size) size = b.el.id + 1;
  const prose = new Float64Array(size);
  const before = new Float64Array(size);
  const shape = new Float64Array(size);
  const holdsArticle = new Uint8Array(size);
  let holdsArticleN = 0;
  let total = 0;
  for (const b of blocks) {
    const sentence = isSentence(b);
    const heading = b.el !== undefined && HEADING.test(b.el.tag);
    // ancestors of a marked article body (a blog post's "date-outer" around its post-body),
    // and what article-like text each element holds (see shape)
    let inArticle = false;
    for (let k = 0, x: HtmlElement | null = b.el ?? null; x && k < ANCESTOR_CAP; k++, x = x.parent) {
      const id = x.id;
      if (sentence || heading) {
        const v = shape[id]!;
        shape[id] = sentence ? v + 1 : v | HAS_HEADING;
      }
      if (inArticle) {
        if (holdsArticle[id] === 1) {
          if (!sentence && !heading) break;
        } else {
          holdsArticle[id] = 1;
          holdsArticleN++;
        }
      } else if (x.item !== '' && ARTICLE_ITEM.test(x.item)) inArticle = true;
    }
    if (!isProse(b)) continue;
    const len = b.text.length;
    total += len;
    let e: HtmlElement | null = b.el ?? null;
    for (let k = 0; e && k < ANCESTOR_CAP; k++, e = e.parent) {
      const id = e.id;
      const p = prose[id]!;
      // the page's prose that precedes the element's first prose block (a prose block has 80+ characters: 0 is none yet)
      if (p === 0) before[id] = total - len;
      prose[id] = p + len;
    }
  }
  return { prose, total, holdsArticle, holdsArticleN, before, shape };
}

const HEADING = /^h[1-3]$/;
/** Bit of a shape value: the element holds a heading (h1-h3); the bits below count its sentence blocks. */
const HAS_HEADING = 1 << 20;

/** A sentence of text: 40+ characters, nearly link-free, ending like a sentence (shorter than isProse asks). */
function isSentence(b: Block): boolean {
  return b.text.length >= 40 && (b.linkDensity ?? 0) < 0.12 && (endsLikeSentence(b.text) || SENTENCE_INSIDE.test(b.text));
}
/** A sentence end followed by another sentence ("... a pencil drawing. Mind...blown. Artwork © X"). */
const SENTENCE_INSIDE = /\p{Ll}[.!?]\s+\p{Lu}/u;

/**
 * What a date or meta widget never holds: two sentences, or a heading and a sentence
 * (a short post, "date-outer" around its headline and one paragraph; a "meta-information"
 * box of three short paragraphs).
 */
function holdsArticleText(shape: number): boolean {
  const n = shape & (HAS_HEADING - 1);
  return n >= 2 || (n >= 1 && shape >= HAS_HEADING);
}

/** The element is (or sits inside) the one markup names the article's body. */
function underArticleBody(el: HtmlElement): boolean {
  for (let k = 0, x: HtmlElement | null = el; x && k < ANCESTOR_CAP; k++, x = x.parent) if (x.item !== '' && ARTICLE_ITEM.test(x.item)) return true;
  return false;
}

/** Furniture kinds that sit beside an article, never around it: under a headline, such a box that does not hold the headline wraps no article. */
const BESIDE = new Set(['html-class-sidebar', 'html-class-related', 'html-class-comments', 'html-class-ad', 'html-class-newsletter', 'html-class-nav']);

/** Builds a memoised lookup: element -> the furniture region it sits in, or null. */
export function regionLookup(totals: ProseTotals, headline: HtmlElement | null = null): (start: HtmlElement | undefined) => Region | null {
  const { prose, total, holdsArticle, holdsArticleN, before, shape } = totals;
  // by element id: undefined (not looked up yet), null (no region) or the region
  const memo: (Region | null | undefined)[] = new Array<Region | null | undefined>(prose.length).fill(undefined);
  const chain: HtmlElement[] = [];
  return (start) => {
    if (!start) return null;
    chain.length = 0;
    let e: HtmlElement | null = start;
    let found: Region | null | undefined;
    while (e && chain.length < ANCESTOR_CAP) {
      const c = memo[e.id];
      if (c !== undefined) {
        found = c;
        break;
      }
      chain.push(e);
      e = e.parent;
    }
    let inherited = found ?? null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      const rule = boilerReason(el);
      if (rule) {
        const id = el.id;
        const p = prose[id] ?? 0;
        // any furniture mark on an element that wraps most of the page's prose is layout (or an unclosed tag), not furniture;
        // unless markup names the article's body elsewhere (a short post beside a longer sidebar bio)
        // but a comment section that follows paragraphs of prose (a long thread after a short post) is not the article's wrapper
        // nor is one that ends before the page's headline (a blog's profile blurb above a post of short lines)
        const wrapper = total > 0 && p > total * 0.5 && !(rule === 'html-class-comments' && (before[id] ?? 0) >= PROSE_HELD) &&
          (headline === null || holds(el, headline) || (el.id > headline.id && !BESIDE.has(rule))) &&
          (holdsArticleN === 0 || holdsArticle[id] === 1 || underArticleBody(el));
        // a weak mark (only a date or meta widget's words, or a component word beside a content name) on an
        // element holding paragraphs of prose, or what a widget never holds (see holdsArticleText), is layout too
        const holdsProse = (p >= PROSE_HELD || holdsArticleText(shape[id] ?? 0)) && yieldsToProse(el);
        // so is a class-word mark on an element around the one markup names the article's body
        // (itemprop articleBody): a blog's short post inside "date-outer" and a "widget" column
        const holdsArticleBody = holdsArticle[id] === 1 && !strongFurniture(el);
        if (!wrapper && !holdsProse && !holdsArticleBody) inherited = { el, rule };
      }
      memo[el.id] = inherited;
    }
    return memo[start.id] ?? null;
  };
}

/** `a` is `e` or one of its ancestors (bounded walk). */
export function holds(a: HtmlElement, e: HtmlElement | null | undefined): boolean {
  for (let k = 0, x: HtmlElement | null = e ?? null; x && k < ANCESTOR_CAP; k++, x = x.parent) if (x === a) return true;
  return false;
}

/**
 * The page's headline: the first heading (h1-h3) the html-title rule took as the title, when no
 * furniture word or tag marks an element around it (a site name in a banner is no headline).
 */
function headlineOf(page: PageLabels): HtmlElement | null {
  for (const b of page.blocks) {
    const l = page.labels[b.index];
    if (!l || l.rule !== 'html-title' || l.field !== 'title' || !b.el || !HEADING.test(b.el.tag)) continue;
    for (let k = 0, x: HtmlElement | null = b.el; x && k < ANCESTOR_CAP; k++, x = x.parent) if (boilerReason(x)) return null;
    return b.el;
  }
  return null;
}

/** The blocks of a page and the labels the rules before have given them. */
export interface PageLabels {
  blocks: readonly Block[];
  labels: readonly (Label | null)[];
}

const lookupCache = new WeakMap<readonly Block[], (start: HtmlElement | undefined) => Region | null>();

/**
 * The page's region lookup, judged against the whole page's prose and its headline (built once per
 * blocks array, by the first caller, after the html-title rule: shared by the furniture rules and
 * the article container search).
 */
export function pageRegionLookup(page: PageLabels): (start: HtmlElement | undefined) => Region | null {
  let lookup = lookupCache.get(page.blocks);
  if (!lookup) {
    lookup = regionLookup(proseTotals(page.blocks), headlineOf(page));
    lookupCache.set(page.blocks, lookup);
  }
  return lookup;
}

const cache = new WeakMap<readonly Block[], (Region | null)[]>();

/** Furniture region of every block of a page (computed once per blocks array). */
export function furnitureOf(page: PageLabels): (Region | null)[] {
  const blocks = page.blocks;
  let r = cache.get(blocks);
  if (!r) {
    const lookup = pageRegionLookup(page);
    r = blocks.map((b) => lookup(b.el));
    cache.set(blocks, r);
  }
  return r;
}

const byRuleCache = new WeakMap<readonly Block[], ReadonlyMap<string, readonly number[]>>();

/**
 * The blocks of a page by the furniture rule of their region, in page order (computed once
 * per blocks array): each furniture rule reads its own list, not every block of the page.
 */
export function furnitureByRule(page: PageLabels): ReadonlyMap<string, readonly number[]> {
  let m = byRuleCache.get(page.blocks);
  if (!m) {
    const f = furnitureOf(page);
    const out = new Map<string, number[]>();
    for (let i = 0; i < f.length; i++) {
      const r = f[i];
      if (!r) continue;
      let list = out.get(r.rule);
      if (list === undefined) out.set(r.rule, (list = []));
      list.push(i);
    }
    m = out;
    byRuleCache.set(page.blocks, m);
  }
  return m;
}
