import type { Hit, Rule } from '../../core/types.js';
import { parseCounters } from '../../parse/counters.js';

/** A lone widget word ("Share", "Comments", "Views") next to a bare number makes the number a counter. */
const WIDGET_WORD = /^(?:share|shares|comments?|views?|likes?|text|print|email|tweet|reads?|поделиться|комментарии|просмотры|compartir|comentarios|teilen|kommentare|partager|commentaires)$/iu;

function consecutive(n: number[]): boolean {
  for (let i = 1; i < n.length; i++) if (n[i] !== n[i - 1]! + 1) return false;
  return true;
}

/**
 * Counter widgets feed `counters`: "0 165", "05 SHARES", "1.2K views", "12 comments",
 * "Comments (12)". A line of bare numbers counts when it holds two or more numbers
 * that are not a page list ("1 2 3"), or one number beside a widget word.
 */
export const counterWidget: Rule = {
  id: 'counter-widget',
  description: 'A share / view / comment counter ("0 165", "05 SHARES", "1.2K views") feeds counters.',
  run(doc) {
    const hits: Hit[] = [];
    const { blocks, labels } = doc;
    for (let i = 0; i < blocks.length; i++) {
      if (labels[i]) continue;
      const p = parseCounters(blocks[i]!.text);
      if (!p) continue;
      let ok = p.words > 0;
      if (!ok && p.numbers.length >= 2) ok = !consecutive(p.numbers) && p.numbers.every((n) => n < 1900 || n > 2100);
      if (!ok && p.numbers.length === 1) {
        for (let j = Math.max(0, i - 2); j <= Math.min(blocks.length - 1, i + 1) && !ok; j++) {
          if (j !== i && WIDGET_WORD.test(blocks[j]!.text)) ok = true;
        }
      }
      if (ok) hits.push({ block: i, field: 'counters' });
    }
    return hits;
  },
};
