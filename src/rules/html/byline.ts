import type { Hit, Rule } from '../../core/types.js';
import { endsLikeSentence, wordCount } from '../../core/text.js';
import { isProse } from '../../segment/html/furniture.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * When markup names the authors, a short block that carries one of those names
 * and little else ("By Jane Doe", "Jane Doe · Paris", "Words by Jane Doe") is
 * the byline: it feeds `authors` and leaves the body. Only person-like names
 * (two words or more), and only above the third prose paragraph: bylines sit at
 * the head of the article, and a one-word organisation name is no evidence.
 */
export const markupByline: Rule = {
  id: 'html-byline',
  description: 'A short block holding an author name the markup gives is the byline.',
  run(doc) {
    if (doc.format !== 'html') return [];
    const names = (doc.meta.authors ?? []).map(norm).filter((n) => n.length >= 4 && n.includes(' '));
    if (!names.length) return [];
    const hits: Hit[] = [];
    let prose = 0;
    for (const b of doc.blocks) {
      if (isProse(b) && ++prose >= 3) break;
      if (doc.labels[b.index] || b.text.length > 160) continue;
      const t = ` ${norm(b.text)} `;
      const name = names.find((n) => t.includes(` ${n} `));
      if (!name) continue;
      const extra = wordCount(b.text) - wordCount(name);
      if (extra <= 6 && !(endsLikeSentence(b.text) && extra >= 3)) hits.push({ block: b.index, field: 'authors' });
    }
    return hits;
  },
};
