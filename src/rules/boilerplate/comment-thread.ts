import type { Rule, Hit } from '../../core/types.js';
import { proseWords, MIN_PROSE_BEFORE } from './end-marker.js';

/**
 * Reader comments under an article: repeated "<name> says:" / "<name> on <date> said:"
 * author lines. From the first of them (after the article prose) to the end is not article.
 */
const AUTHOR_LINE = /^\S.{0,80}?\s(?:says|said|wrote|writes|commented|replied|dice|dijo|escribió|comentó|sagt|schreibt|meint|a écrit|écrit|dit|пишет|написал|написала|ответил|ответила)\s*:?\s*$/iu;
/** Author lines needed (within the next blocks) to call it a thread. */
const MIN_AUTHORS = 2;
const WINDOW = 40;

export function isCommentAuthorLine(text: string): boolean {
  return text.length <= 120 && AUTHOR_LINE.test(text);
}

export const commentThread: Rule = {
  id: 'comment-thread',
  description: 'Reader comments: from the first of repeated "<name> says:" / "<name> on <date> said:" author lines after the article prose to the end.',
  run(doc) {
    const n = doc.blocks.length;
    const authors: number[] = [];
    for (let i = 0; i < n; i++) if (!doc.labels[i] && isCommentAuthorLine(doc.blocks[i]!.text)) authors.push(i);
    if (authors.length < MIN_AUTHORS) return [];
    const prose = proseWords(doc);
    let before = 0;
    let k = 0;
    for (let i = 0; i < n && k < authors.length; i++) {
      if (i === authors[k]) {
        const within = authors.filter((a) => a >= i && a < i + WINDOW).length;
        if (before >= MIN_PROSE_BEFORE && within >= MIN_AUTHORS) {
          const hits: Hit[] = [];
          for (let j = i; j < n; j++) if (!doc.labels[j]) hits.push({ block: j });
          return hits;
        }
        k++;
      }
      before += prose[i]!;
    }
    return [];
  },
};
