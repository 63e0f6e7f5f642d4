import type { Block, Hit, Rule } from '../../core/types.js';
import { articleRegion } from '../../segment/html/region.js';

/** Blocks kept free around the article for the text metadata rules (headline, byline, date above; tags below). */
const HEAD_ZONE = 12;
const TAIL_ZONE = 5;

/**
 * What lies outside the article container the markup shows (see
 * src/segment/html/region.ts) is not body. Taking it before the text rules run
 * spares them most of a page; the blocks just above the article (headline,
 * byline, date) and just below it (tags) stay for the text metadata rules.
 */
export const outsideArticle: Rule = {
  id: 'html-outside-article',
  description: 'Blocks outside the article container (and away from its head and tail) are not body.',
  run(doc) {
    if (doc.format !== 'html') return [];
    const free: Block[] = doc.blocks.filter((b) => !doc.labels[b.index]);
    const art = articleRegion(doc, free);
    if (!art) return [];
    let first = -1;
    let last = -1;
    for (const b of free) {
      if (art.regionOf(b.el) || !art.inArticle(b)) continue;
      if (first < 0) first = b.index;
      last = b.index;
    }
    if (first < 0) return [];
    const hits: Hit[] = [];
    for (const b of free) {
      if (b.index >= first - HEAD_ZONE && b.index <= last + TAIL_ZONE) continue;
      if (!art.inArticle(b)) hits.push({ block: b.index });
    }
    return hits;
  },
};
