import type { Hit, Rule } from '../../core/types.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * norm(text) === t, reading ASCII characters one at a time and giving up at the first that
 * differs (issue 14: norm() of every block of the page was ~2% of an HTML clean(), and most
 * blocks differ from the title in their first letter); the rest of a text from its first other
 * character is compared through norm() itself. ASCII letters lower-case alone and ASCII
 * characters other than letters and digits are what norm() removes, so the prefix compared
 * is the prefix of norm(text).
 */
function normIs(text: string, t: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) return norm(text) === t;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) continue;
    if (j >= t.length || t.charCodeAt(j) !== c) return false;
    j++;
  }
  return j === t.length;
}

/**
 * A spaced separator between a headline and the site's name in <title> ("Headline - Section - Site",
 * "Site | Headline"), or a colon after a word ("Blog name: Post title", the blog templates' form).
 */
const SEP = /\s+[|\-\u2013\u2014\u00b7\u00bb:]\s+|(?<=[\p{L}\p{N}]):\s+/gu;
/** Shortest normalised headline a title piece may be (a site name like "Home" or "News" is no headline). */
const MIN_PIECE = 12;
/** Shortest normalised piece a heading may match when a heading before it matched the rest of the title (see titleRepeat). */
const MIN_PAIRED = 3;

/**
 * The title cut at each separator into the piece before and the piece after it, normalised
 * ("Headline - Blog - Site": "headline" | "blogsite", "headlineblog" | "site").
 */
function titleCuts(title: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of title.matchAll(SEP)) out.push([norm(title.slice(0, m.index)), norm(title.slice(m.index! + m[0].length))]);
  return out;
}

/**
 * The headline is a field, never the first line of the body: a heading (or a
 * first block) whose text is the title, or the title followed by the site name,
 * goes to `title`; so does a heading (h1-h3) that is the title without the site's pieces
 * at its end or start ("Headline - Section - Site").
 *
 * A blog template shows both pieces of "Blog name: Post title" as headings: the blog's name in
 * the banner, the post's title over the post. When a heading matches one piece and a later
 * heading the rest of the title (however short: "Stud Love"), the first is the site's name
 * (field `site`, still no body) and the later one the page's headline.
 */
/**
 * A test of whether a heading's text repeats the page title (as titleRepeat reads it: the whole
 * title, the title with the site's pieces at its end or start, or one piece of 12+ characters).
 */
export function titleMatcher(title: string): (text: string) => boolean {
  const t = norm(title);
  const pieces = new Set<string>();
  for (const [head, tail] of titleCuts(title)) {
    if (head.length >= MIN_PIECE) pieces.add(head);
    if (tail.length >= MIN_PIECE) pieces.add(tail);
  }
  return (text) => {
    if (t.length < 3 || text.length > title.length * 2 + 40) return false;
    const x = norm(text);
    return x === t || (x.length >= t.length * 0.8 && (x.startsWith(t) || t.startsWith(x))) || pieces.has(x);
  };
}

export const titleRepeat: Rule = {
  id: 'html-title',
  description: 'A heading that repeats the page title is the title, not body.',
  run(doc) {
    if (doc.format !== 'html') return [];
    const title = doc.meta.title;
    if (!title) return [];
    const t = norm(title);
    if (t.length < 3) return [];
    const cuts = titleCuts(title);
    const pieces = new Set<string>();
    for (const [head, tail] of cuts) {
      if (head.length >= MIN_PIECE) pieces.add(head);
      if (tail.length >= MIN_PIECE) pieces.add(tail);
    }
    const shortest = Math.min(t.length * 0.8, MIN_PAIRED, ...[...pieces].map((x) => x.length));
    const hits: Hit[] = [];
    // the piece a heading matched, and the rest of the title at that cut (what a later heading may be)
    let site: { hit: Hit; rest: string } | null = null;
    let paired = false;
    for (const b of doc.blocks) {
      if (doc.labels[b.index] || b.text.length > title.length * 2 + 40) continue;
      // norm() never lengthens a text (but for U+0130, which lower-cases to two units): too short to match either way
      if (b.text.length < shortest && !b.text.includes('\u0130')) continue;
      const heading = /^h[1-3]$/.test(b.tag ?? '');
      // a block that is no heading matters only when it is the title (x === t)
      if (!heading) {
        if (normIs(b.text, t)) hits.push({ block: b.index, field: 'title' });
        continue;
      }
      const x = norm(b.text);
      if (x === t || (heading && ((x.length >= t.length * 0.8 && (x.startsWith(t) || t.startsWith(x))) || pieces.has(x)))) {
        const hit: Hit = { block: b.index, field: 'title' };
        hits.push(hit);
        if (!site && !paired && heading && x !== t) {
          const cut = cuts.find(([head, tail]) => head === x || tail === x);
          if (cut) site = { hit, rest: cut[0] === x ? cut[1] : cut[0] };
        } else if (site && !paired && heading && x === site.rest) {
          site.hit.field = 'site';
          paired = true;
        }
      } else if (site && !paired && heading && x.length >= MIN_PAIRED && x === site.rest) {
        site.hit.field = 'site';
        hits.push({ block: b.index, field: 'title' });
        paired = true;
      }
    }
    return hits;
  },
};
