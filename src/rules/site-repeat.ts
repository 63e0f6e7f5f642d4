/**
 * site-repeat: a line that repeats across the documents of its site (a promo
 * headline, a poll widget, "Story continued below", a donation appeal) is the
 * site's boilerplate, whatever its language or wording. The evidence is the
 * site profile (src/profile/) given in the options: the line, normalised, must
 * be in at least `minDocs` distinct documents of the site and in at least a
 * share `share` of them. Near-duplicate documents count once there, so an
 * article copied or re-crawled does not make its own prose look repeated.
 *
 * A pre rule that runs after every other pre rule, so that lines that feed a
 * field (bylines, dates, tags...) keep their rule and field. After body selection
 * the blocks it took are offered to the post rules first (selectRound), which
 * read them in context (a "Related" list feeds related, a comments marker ends
 * the article); what they leave keeps the site-repeat label.
 */
import type { Rule, Hit } from '../core/types.js';
import { normaliseLine } from '../profile/normalise.js';
import { hash53 } from '../profile/hash.js';

export const SITE_REPEAT = 'site-repeat';

export const siteRepeat: Rule = {
  id: SITE_REPEAT,
  description: 'A line that repeats across the documents of its site (with --profile or --learn): in at least k of them and a share p of them.',
  run(doc) {
    const sr = doc.siteRepeat;
    if (!sr) return [];
    const { counts, minDocs, share, hits: taken } = sr;
    const hits: Hit[] = [];
    if (counts.docs < minDocs) return hits;
    const need = Math.max(minDocs, share * counts.docs);
    for (let bi = 0; bi < doc.blocks.length; bi++) {
      const b = doc.blocks[bi]!;
      if (doc.labels[b.index]) continue;
      const n = normaliseLine(b.text);
      if (n === '') continue;
      const c = counts.lines.get(hash53(n));
      if (c === undefined || c < need) continue;
      hits.push({ block: b.index });
      taken.set(b.index, c);
    }
    return hits;
  },
};
