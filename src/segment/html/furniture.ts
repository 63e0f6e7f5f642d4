/**
 * Furniture regions: for each block, the nearest enclosing element that is
 * page furniture (see vocab.ts), or null. A class-flagged element (or figure)
 * that wraps most of the page's prose is a layout wrapper, not furniture.
 * Work per block is bounded by ANCESTOR_CAP and memoised per element.
 */
import type { Block, HtmlElement } from '../../core/types.js';
import { endsLikeSentence } from '../../core/text.js';
import { boilerReason, yieldsToProse } from './vocab.js';

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

/** Prose characters inside each element (bounded ancestor walk), and the page total. */
export function proseTotals(blocks: readonly Block[]): { prose: Map<HtmlElement, number>; total: number } {
  const prose = new Map<HtmlElement, number>();
  let total = 0;
  for (const b of blocks) {
    if (!isProse(b)) continue;
    const len = b.text.length;
    total += len;
    let e: HtmlElement | null = b.el ?? null;
    for (let k = 0; e && k < ANCESTOR_CAP; k++, e = e.parent) prose.set(e, (prose.get(e) ?? 0) + len);
  }
  return { prose, total };
}

/** Builds a memoised lookup: element -> the furniture region it sits in, or null. */
export function regionLookup(prose: Map<HtmlElement, number>, total: number): (start: HtmlElement | undefined) => Region | null {
  const memo = new Map<HtmlElement, Region | null>();
  return (start) => {
    if (!start) return null;
    const chain: HtmlElement[] = [];
    let e: HtmlElement | null = start;
    let found: Region | null | undefined;
    while (e && chain.length < ANCESTOR_CAP) {
      const c = memo.get(e);
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
        const p = prose.get(el) ?? 0;
        // any furniture mark on an element that wraps most of the page's prose is layout (or an unclosed tag), not furniture
        const wrapper = total > 0 && p > total * 0.5;
        // a weak mark (only a date or meta widget's words) on an element holding paragraphs of prose is layout too
        const holdsProse = p >= PROSE_HELD && yieldsToProse(el);
        if (!wrapper && !holdsProse) inherited = { el, rule };
      }
      memo.set(el, inherited);
    }
    return memo.get(start) ?? null;
  };
}

const lookupCache = new WeakMap<readonly Block[], (start: HtmlElement | undefined) => Region | null>();

/** The page's region lookup, judged against the whole page's prose (built once per blocks array, shared by the furniture rules and the article container search). */
export function pageRegionLookup(blocks: readonly Block[]): (start: HtmlElement | undefined) => Region | null {
  let lookup = lookupCache.get(blocks);
  if (!lookup) {
    const { prose, total } = proseTotals(blocks);
    lookup = regionLookup(prose, total);
    lookupCache.set(blocks, lookup);
  }
  return lookup;
}

const cache = new WeakMap<readonly Block[], (Region | null)[]>();

/** Furniture region of every block of a page (computed once per blocks array). */
export function furnitureOf(blocks: readonly Block[]): (Region | null)[] {
  let r = cache.get(blocks);
  if (!r) {
    const lookup = pageRegionLookup(blocks);
    r = blocks.map((b) => lookup(b.el));
    cache.set(blocks, r);
  }
  return r;
}
