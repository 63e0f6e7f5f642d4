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
 * - a byline or date line within three blocks below it, or a line of names
 *   that a longer line of the capture holds too (the author's name, then
 *   "Written by ..." or a profile link; "Follow Followed" stands alone): strong;
 * - a neighbour that is title-shaped too makes it one item of a list of
 *   links: against, unless that neighbour is the same line again;
 * - nearer the article is better (a small cost per block of distance).
 */
import type { Doc } from '../../core/types.js';
import { wordCount } from '../../core/text.js';
import { splitNames } from '../../parse/authors.js';
import { remembered, NAMES } from './line-memo.js';

/** How far above the article's first line a headline may stand. */
const WINDOW = 60;
/** Fields whose lines sit next to a headline. */
const ANCHORS = new Set(['authors', 'published', 'updated']);

export interface Scored {
  block: number;
  score: number;
  /** Printed twice before the article. */
  repeated: boolean;
  /** One item of a list of links (or of teasers with their bylines). */
  listy: boolean;
}

/** The lowest score of a headline the finder names on its own. */
export const MIN_SCORE = 1.5;

/**
 * Every headline candidate above the article start, scored, nearest first.
 * `shaped` is title-line's headline shape test.
 */
export function scoreHeadlines(doc: Doc, start: number, shaped: (text: string) => boolean): Scored[] {
  const { blocks } = doc;
  const { lo, isShaped, neighbourListy, anchored: anchoredAt } = candidateTests(doc, start, shaped);
  // how often each text stands before the article
  const seen = new Map<string, number>();
  for (let i = lo; i < start; i++) {
    const t = blocks[i]!.text;
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const out: (Scored & { anchored: boolean })[] = [];
  for (let i = start - 1; i >= lo; i--) {
    if (!isShaped(i)) continue;
    const t = blocks[i]!.text;
    const repeated = (seen.get(t) ?? 0) >= 2;
    const anchored = anchoredAt(i);
    const listy = neighbourListy(i);
    out.push({ block: i, score: (repeated ? 2 : 0) + (anchored ? 2 : 0) - (listy ? 2 : 0) - (start - i) / (2 * WINDOW), repeated, listy, anchored });
  }
  // teasers with their bylines ("Headline", "By A", "Headline", "By B"): two anchored
  // candidates of different text within three blocks are items of one list
  for (const c of out) {
    if (!c.anchored || c.listy) continue;
    const t = blocks[c.block]!.text;
    if (out.some((d) => d !== c && d.anchored && Math.abs(d.block - c.block) <= 3 && blocks[d.block]!.text !== t)) {
      c.listy = true;
      c.score -= 2;
    }
  }
  return out.map(({ anchored: _, ...c }) => c);
}

/**
 * Whether block i would be a candidate that scoreHeadlines marks `listy`, without scoring
 * every candidate: title-line asks this of its near line, and needs the whole finder only
 * when the answer is yes or there is no near line.
 */
export function listyCandidate(doc: Doc, start: number, i: number, shaped: (text: string) => boolean): boolean {
  const { lo, isShaped, neighbourListy, anchored } = candidateTests(doc, start, shaped);
  if (i < lo || i >= start || !isShaped(i)) return false;
  if (neighbourListy(i)) return true;
  // the teaser pass of scoreHeadlines: two anchored candidates of different text within three blocks
  if (!anchored(i)) return false;
  const t = doc.blocks[i]!.text;
  for (let d = Math.max(lo, i - 3); d <= i + 3 && d < start; d++) {
    if (d !== i && isShaped(d) && anchored(d) && doc.blocks[d]!.text !== t) return true;
  }
  return false;
}

/** The per-block tests of the finder over the stretch [lo, start) above the article. */
function candidateTests(doc: Doc, start: number, shaped: (text: string) => boolean) {
  const { blocks, labels } = doc;
  const lo = Math.max(0, start - WINDOW);
  const ok = (i: number) => i >= 0 && i < start && !labels[i] && !doc.body?.has(i);
  const shapeOf = new Map<number, boolean>();
  const isShaped = (i: number) => {
    let s = shapeOf.get(i);
    if (s === undefined) {
      const t = blocks[i]!.text;
      s = ok(i) && shaped(t) && wordCount(t) >= 4;
      shapeOf.set(i, s);
    }
    return s;
  };
  /** A byline or date line, or a line of names held by a longer line, within three blocks below. */
  const anchored = (i: number) => {
    for (let j = i + 1; j <= i + 3 && j < start; j++) {
      const f = labels[j]?.field;
      if ((f && ANCHORS.has(f)) || (!labels[j] && blocks[j]!.text.length <= 80 && remembered(blocks[j]!.text, NAMES, namesLine) && namedElsewhere(doc, j))) return true;
    }
    return false;
  };
  /**
   * A list of links: a title-shaped neighbour (the same line again does not count), or a
   * numbered list ("2.", headline, "on Site", "3.", headline...): title-shaped lines at the
   * same step on both sides.
   */
  const neighbourListy = (i: number) => {
    const t = blocks[i]!.text;
    const other = (j: number) => j >= lo && j < start && isShaped(j) && blocks[j]!.text !== t;
    return other(i - 1) || other(i + 1) || (other(i - 2) && other(i + 2)) || (other(i - 3) && other(i + 3));
  };
  return { lo, isShaped, anchored, neighbourListy };
}

/**
 * The best candidate of `cands` when it reaches MIN_SCORE, else null: one printed twice
 * first (the strongest evidence), then the best score (the nearest on a tie).
 */
export function bestHeadline(cands: readonly Scored[]): Scored | null {
  let best: Scored | null = null;
  for (const c of cands) if (!best || (c.repeated && !best.repeated) || (c.repeated === best.repeated && c.score > best.score)) best = c;
  return best && best.score >= MIN_SCORE ? best : null;
}

/** A line of one to three full names and nothing else ("Moira Castell"): a byline without its "By". */
function namesLine(text: string): boolean {
  if (text.length > 80) return false;
  const n = splitNames(text);
  return !!n && n.length <= 3 && n.every((x) => {
    const w = x.split(' ').length;
    return w >= 2 && w <= 4;
  });
}

/** A longer line of the capture holds the names of line j. */
function namedElsewhere(doc: Doc, j: number): boolean {
  const t = doc.blocks[j]!.text.trim();
  for (const b of doc.blocks) if (b.index !== j && b.text.length > t.length + 2 && b.text.includes(t)) return true;
  return false;
}
