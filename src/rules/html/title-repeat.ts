import type { Hit, Rule } from '../../core/types.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The headline is a field, never the first line of the body: a heading (or a
 * first block) whose text is the title, or the title followed by the site name,
 * goes to `title`.
 */
export const titleRepeat: Rule = {
  id: 'html-title',
  description: 'A heading that repeats the page title is the title, not body.',
  run(doc) {
    if (doc.format !== 'html') return [];
    const title = doc.meta.title;
    if (!title) return [];
    const t = norm(title);
    if (t.length < 3) return [];
    const hits: Hit[] = [];
    for (const b of doc.blocks) {
      if (doc.labels[b.index] || b.text.length > title.length * 2 + 40) continue;
      // norm() never lengthens a text (but for U+0130, which lower-cases to two units): too short to match either way
      if (b.text.length < t.length * 0.8 && !b.text.includes('\u0130')) continue;
      const x = norm(b.text);
      if (x === t || (/^h[1-3]$/.test(b.tag ?? '') && x.length >= t.length * 0.8 && (x.startsWith(t) || t.startsWith(x)))) {
        hits.push({ block: b.index, field: 'title' });
      }
    }
    return hits;
  },
};
