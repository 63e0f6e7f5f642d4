/**
 * A scored headline finder for text captures, for when the near rules of
 * title-line (beside the byline/date, or a few free lines above the article)
 * decide nothing, or decide on weaker evidence than a printed-twice headline.
 *
 * Evidence, all language-independent (position, repetition, neighbours):
 * - the candidate is a free, non-body, title-shaped line of 4+ words in the
 *   stretch before the article (at most WINDOW blocks above its first line);
 * - printed twice (the page's heading and its share card or breadcrumb
 *   heading) before the article: strong;
 * - a byline or date line within three blocks below it: strong;
 * - a neighbour that is title-shaped too makes it one item of a list of
 *   links: against, unless that neighbour is the same line again;
 * - nearer the article is better (a small cost per block of distance).
 */
import type { Doc } from '../../core/types.js';
import { wordCount } from '../../core/text.js';
import { splitNames } from '../../parse/authors.js';

/** How far above the article's first line a headline may stand. */
const WINDOW = 60;
/** Fields whose lines sit next to a headline. */
const ANCHORS = new Set(['authors', 'published', 'updated']);

export interface Scored {
  block: number;
  score: number;
  /** Printed twice before the article. */
  repeated: boolean;
}

/**
 * The best-scored headline candidate above the article start, or null when no
 * candidate reaches `min`. `shaped` is title-line's headline shape test.
 */
export function scoredHeadline(doc: Doc, start: number, shaped: (text: string) => boolean, min = 1.5): Scored | null {
  const { blocks, labels } = doc;
  const lo = Math.max(0, start - WINDOW);
  const ok = (i: number) => i >= 0 && i < start && !labels[i] && !doc.body?.has(i);
  const shapeOf = new Map<number, boolean>();
  const isShaped = (i: number) => {
    let s = shapeOf.get(i);
    if (s === undefined) {
      const t = blocks[i]!.text;
      s = ok(i) && wordCount(t) >= 4 && shaped(t);
      shapeOf.set(i, s);
    }
    return s;
  };
  // how often each text stands before the article
  const seen = new Map<string, number>();
  for (let i = lo; i < start; i++) {
    const t = blocks[i]!.text;
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  let best: Scored | null = null;
  for (let i = start - 1; i >= lo; i--) {
    if (!isShaped(i)) continue;
    const t = blocks[i]!.text;
    const repeated = (seen.get(t) ?? 0) >= 2;
    let score = 0;
    if (repeated) score += 2;
    for (let j = i + 1; j <= i + 3 && j < start; j++) {
      const f = labels[j]?.field;
      if ((f && ANCHORS.has(f)) || (!labels[j] && namesLine(blocks[j]!.text))) {
        score += 2;
        break;
      }
    }
    // a list of links: a title-shaped neighbour (the same line again does not count)
    const prev = i - 1, next = i + 1;
    const other = (j: number) => j >= lo && j < start && isShaped(j) && blocks[j]!.text !== t;
    // or a numbered list ("2.", headline, "on Site", "3.", headline...): title-shaped lines
    // at the same step on both sides
    const listy = other(prev) || other(next) || (other(i - 2) && other(i + 2)) || (other(i - 3) && other(i + 3));
    if (listy) score -= 2;
    score -= (start - i) / (2 * WINDOW);
    if (!best || score > best.score) best = { block: i, score, repeated };
  }
  return best && best.score >= min ? best : null;
}

/** A line of one to three full names and nothing else ("Patrick Allan"): a byline without its "By". */
function namesLine(text: string): boolean {
  if (text.length > 80) return false;
  const n = splitNames(text);
  return !!n && n.length <= 3 && n.every((x) => {
    const w = x.split(' ').length;
    return w >= 2 && w <= 4;
  });
}
