import type { Hit, Rule } from '../../core/types.js';

/**
 * Blocks the markup itself keeps out of the article: hidden elements (`hidden`,
 * `aria-hidden=true`, inline `display:none`) and small forms (search, login,
 * newsletter sign-up). The segmenter marks them; the rule id says which.
 */
export const markupDrop: Rule = {
  id: 'html-hidden',
  description: 'Hidden elements and forms (marked by the HTML segmenter) never reach the body.',
  run(doc) {
    if (doc.format !== 'html') return [];
    const hits: Hit[] = [];
    for (const b of doc.blocks) if (b.drop && !doc.labels[b.index]) hits.push({ block: b.index });
    return hits;
  },
};
