import type { Hit, Rule } from '../../core/types.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A spaced separator between a headline and the site's name in <title> ("Headline - Section - Site",
 * "Site | Headline"), or a colon after a word ("Blog name: Post title", the blog templates' form).
 */
const SEP = /\s+[|\-\u2013\u2014\u00b7\u00bb:]\s+|(?<=[\p{L}\p{N}]):\s+/gu;
/** Shortest normalised headline a title piece may be (a site name like "Home" or "News" is no headline). */
const MIN_PIECE = 12;

/** The title without one or more site pieces at its end or start, normalised ("Headline - Blog - Site": "headline", "headlineblog"). */
function titlePieces(title: string): Set<string> {
  const out = new Set<string>();
  const seps = [...title.matchAll(SEP)];
  for (const m of seps) {
    const head = norm(title.slice(0, m.index));
    const tail = norm(title.slice(m.index! + m[0].length));
    if (head.length >= MIN_PIECE) out.add(head);
    if (tail.length >= MIN_PIECE) out.add(tail);
  }
  return out;
}

/**
 * The headline is a field, never the first line of the body: a heading (or a
 * first block) whose text is the title, or the title followed by the site name,
 * goes to `title`; so does a heading (h1-h3) that is the title without the site's pieces
 * at its end or start ("Headline - Section - Site").
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
    const pieces = titlePieces(title);
    const shortest = Math.min(t.length * 0.8, ...[...pieces].map((x) => x.length));
    const hits: Hit[] = [];
    for (const b of doc.blocks) {
      if (doc.labels[b.index] || b.text.length > title.length * 2 + 40) continue;
      // norm() never lengthens a text (but for U+0130, which lower-cases to two units): too short to match either way
      if (b.text.length < shortest && !b.text.includes('\u0130')) continue;
      const x = norm(b.text);
      const heading = /^h[1-3]$/.test(b.tag ?? '');
      if (x === t || (heading && ((x.length >= t.length * 0.8 && (x.startsWith(t) || t.startsWith(x))) || pieces.has(x)))) {
        hits.push({ block: b.index, field: 'title' });
      }
    }
    return hits;
  },
};
