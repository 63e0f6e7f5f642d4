import type { Rule } from '../../core/types.js';
import { articleSpan, capitalShare, headlineShaped } from './shape.js';
import { wordCount } from '../../core/text.js';

/** Lines of page chrome that can look like a headline. */
const CHROME = /\b(?:subscribe|sign in|sign up|log in|newsletter|cookies?|advertisement|skip to|read more|follow us|share this|click here|download|all rights reserved|copyright|listen|watch live|get short url|continue reading|menu|search)\b/iu;

/**
 * A headline-shaped line shortly before the article feeds `title`: free (no rule
 * took it), not in the body, 3..25 words, no end punctuation, capitalised, within
 * the eight free lines above the article start. Lines between it and the article
 * may be metadata or a standfirst (a sentence), never another headline-shaped line:
 * two candidates in a row mean a list, and the rule gives up. Conservative: when in
 * doubt there is no title.
 */
export const titleLine: Rule = {
  id: 'title-line',
  description: 'A headline-shaped line shortly before the article (never a body line) feeds title.',
  run(doc) {
    const span = articleSpan(doc);
    if (!span) return [];
    const { blocks, labels } = doc;
    const cand = (i: number) => {
      const t = blocks[i]!.text;
      return headlineShaped(t, 3, 25) && !/[.!…:]$/u.test(t) && !CHROME.test(t) && t !== t.toUpperCase() && !/\|/u.test(t);
    };
    let found = -1;
    for (let i = span[0] - 1, seen = 0; i >= 0 && seen < 8; i--) {
      if (labels[i]) continue;
      seen++;
      if (doc.body?.has(i)) continue;
      if (!cand(i)) continue;
      found = i;
      break;
    }
    if (found < 0) return [];
    // the free line above must not be another headline (a list of links, not a title)
    for (let j = found - 1; j >= 0; j--) {
      if (labels[j]) continue;
      if (cand(j) && wordCount(blocks[j]!.text) >= 4) return [];
      break;
    }
    // title case in a language that capitalises nouns alone is not enough; a sentence-case headline is fine
    if (capitalShare(blocks[found]!.text) === 0 && !/^\p{Lu}/u.test(blocks[found]!.text)) return [];
    return [{ block: found, field: 'title' }];
  },
};
