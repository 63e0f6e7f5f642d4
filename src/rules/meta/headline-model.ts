/**
 * A learned headline scorer for text captures: a logistic model over cheap,
 * language-independent features of each candidate line above the article
 * (position, shape, neighbours, repetition of its words in the article's first
 * paragraphs). Its weights live in headline-weights.ts, written by
 * scripts/fit-headline.mjs from the tune halves of the development sets.
 *
 * The candidates are the lines of the WINDOW blocks above the article start that
 * body selection did not keep and that no rule took with a field (a chrome rule's
 * label is a feature, not a veto: a headline is sometimes taken for a menu item).
 * Each feature is computed once per candidate; nothing here runs a regular
 * expression over a whole capture.
 */
import type { Block, Doc } from '../../core/types.js';
import { wordCount, hasTokens, endsLikeSentence, lowerWords as lowerWordsOf } from '../../core/text.js';
import { blockCache } from '../../core/features.js';
import { capitalShare } from './shape.js';
import { WEIGHTS } from './headline-weights.js';
import { isPhotoCredit } from '../../parse/authors.js';

/** How far above the article's first line a headline may stand. */
export const MODEL_WINDOW = 60;
/** Fields whose lines sit next to a headline. */
const ANCHORS = new Set(['authors', 'published', 'updated']);

/** The feature names, in the order of a candidate's vector (the weights file keys them by name). */
export const FEATURES = [
  'bias',
  'shaped', // title-line's headline shape (4+ words)
  'near', // the line title-line's rules pick (near line, else the scored finder)
  'labelled', // a removal rule took it (menu, chrome, caption...)
  'words', // word count / 20, capped at 1
  'short', // under 4 words
  'long', // over 20 words
  'endMark', // ends with . ! ? or :
  'capitals', // share of capitalised words (4+ letters)
  'distance', // free lines between it and the article start / WINDOW
  'nearest', // the nearest shaped free line above the article
  'anchorBelow', // a byline or date line within three blocks below
  'anchorAbove', // a byline or date line within three blocks above
  'repeated', // the same text again before the article
  'again', // the same text again at or after the article start (share box, footer)
  'listy', // a neighbour (±1) is a shaped free line of other text
  'overlap', // share of its words (3+ characters) in the article's first paragraphs
  'overlapLead', // share of its words in the first body paragraph
  'separator', // a site separator (" | ", " - ", " – ", " — ") inside
  'first', // the first block of the capture
  'top', // among the first TOP blocks of the capture, far above the window
  'inBody', // one of the article's first lines, above its first paragraph (body selection kept the headline)
] as const;

/** Body lines read for a kept headline, from the article's first line on (stopping at its first paragraph). */
const BODY_HEAD = 4;

/** The first blocks of a capture are candidates too, however far above the article they stand. */
export const TOP = 40;

export interface Candidate {
  block: number;
  x: number[];
  /** Development trace only: title-line's veto keeps it out (an item of a list). */
  vetoed?: boolean;
}

/** How much of each lead paragraph the overlap features read. */
const LEAD_CHARS = 5000;

/** Its words of 3+ characters, lower-cased. */
const lowerWords = (s: string): string[] => lowerWordsOf(s, 3);

const share = (ws: string[], set: Set<string>): number => {
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (set.has(w)) n++;
  return n / ws.length;
};

/**
 * The candidates above the article start `start` with their feature vectors.
 * `shaped` is title-line's headline shape test, `loose` its looser test of a candidate;
 * `near` the block its rules pick (or null).
 */
export function headlineCandidates(doc: Doc, start: number, near: number | null, shaped: (text: string) => boolean, loose: (text: string) => boolean): Candidate[] {
  const { blocks, labels } = doc;
  const lo = Math.max(0, start - MODEL_WINDOW);
  // the article's first paragraphs: words of the first three body blocks of 8+ words
  const lead = new Set<string>();
  const first = new Set<string>();
  let paras = 0;
  for (let i = start; i < blocks.length && paras < 3; i++) {
    if (doc.body && !doc.body.has(i)) continue;
    const b = blocks[i]!;
    if (!hasTokens(b.text, 8)) continue;
    for (const w of leadWords(b)) {
      lead.add(w);
      if (paras === 0) first.add(w);
    }
    paras++;
  }
  const free = (i: number) => i >= 0 && i < start && !labels[i] && !doc.body?.has(i);
  const shapeOf = new Map<number, boolean>();
  const isShaped = (i: number): boolean => {
    let s = shapeOf.get(i);
    if (s === undefined) {
      s = free(i) && shaped(blocks[i]!.text) && wordCount(blocks[i]!.text) >= 4;
      shapeOf.set(i, s);
    }
    return s;
  };
  // a photo credit ("Photo by Jane Doe") under a caption is no byline beside a headline
  const anchorAt = (j: number) => j >= 0 && j < blocks.length && ANCHORS.has(labels[j]?.field ?? '') && !(labels[j]!.field === 'authors' && isPhotoCredit(blocks[j]!.text));

  const out: Candidate[] = [];
  let freeSeen = 0;
  let nearestDone = false;
  // the article's first line when it is short (a kept headline), then the window above it
  // (nearest first), then the top of the capture above the window
  const order: number[] = [];
  // (a kept headline must have the headline shape, and something must stand above it: a
  // body cleaned again, which opens with its first paragraph, gives no title)
  // The body's first lines up to its first paragraph: body selection keeps a headline that
  // sits in the article's run ("Hi, I'm Jane." / "Headline" / first paragraph). A body cleaned
  // again opens at its first block (start 0) and gives none.
  const kept = new Set<number>();
  if (start > 0) {
    for (let i = start, k = 0; i < blocks.length && k < BODY_HEAD; i++) {
      if (!doc.body?.has(i)) continue;
      k++;
      const t = blocks[i]!.text;
      const n = wordCount(t);
      // the article's first line needs the strict headline shape, or the loose one within 20
      // words right above a byline or date line (a headline may end in "!" or "?"; a first
      // sentence "... every week!" is the article's); a line under it (a headline under a
      // kicker or a greeting) the loose one.
      // The head ends at the first paragraph: a line of 8+ words that ends like a sentence,
      // or one of more than 30 words. A line of 8+ words with no sentence end (a breadcrumb
      // "Home / News / Headline of the st...", a teaser link) does not end it.
      if (i === start ? n >= 4 && (shaped(t) || (n <= 20 && loose(t) && (anchorAt(i + 1) || anchorAt(i + 2)))) : n <= 30 && loose(t)) {
        kept.add(i);
        order.push(i);
      } else if ((n >= 8 && endsLikeSentence(t)) || n > 30) break; // the first paragraph
    }
  }
  for (let i = start - 1; i >= lo; i--) order.push(i);
  for (let i = Math.min(lo, TOP) - 1; i >= 0; i--) order.push(i);
  for (const i of order) {
    const label = labels[i];
    const inBody = kept.has(i);
    if ((!inBody && doc.body?.has(i)) || label?.field) continue;
    const t = blocks[i]!.text;
    if (!label && !inBody) freeSeen++;
    if (t.length > 250 || t.length < 3) continue;
    // a candidate has at least the loose shape of a headline (opens with a capital or a
    // digit, no end mark but ! or ?, no link, not chrome); the strict shape is a feature
    if (!loose(t)) continue;
    // (loose holds only for 4..30 words: the 2..30 bound on n that stood before it is implied)
    const n = wordCount(t);
    const sh = inBody || label ? shaped(t) && n >= 4 : isShaped(i);
    const ws = lowerWords(t);
    let anchorBelow = 0;
    for (let j = i + 1; j <= i + 3; j++) if (anchorAt(j)) anchorBelow = 1;
    let anchorAbove = 0;
    for (let j = i - 3; j < i; j++) if (anchorAt(j)) anchorAbove = 1;
    const other = (j: number) => j !== i && isShaped(j) && blocks[j]!.text !== t;
    const last = t.charCodeAt(t.length - 1);
    const x = [
      1,
      sh ? 1 : 0,
      i === near ? 1 : 0,
      label ? 1 : 0,
      Math.min(n, 20) / 20,
      n < 4 ? 1 : 0,
      n > 20 ? 1 : 0,
      last === 46 || last === 33 || last === 63 || last === 58 ? 1 : 0,
      capitalShare(t),
      Math.min(freeSeen, MODEL_WINDOW) / MODEL_WINDOW,
      sh && !nearestDone && !inBody ? 1 : 0,
      anchorBelow,
      anchorAbove,
      0, // repeated: set below, for the few candidates at once
      0, // again: set below, for the few candidates at once
      other(i - 1) || other(i + 1) ? 1 : 0,
      share(ws, lead),
      share(ws, first),
      / [|\-–—] /u.test(t) ? 1 : 0,
      i === 0 ? 1 : 0,
      i < lo ? 1 : 0,
      inBody ? 1 : 0,
    ];
    if (sh && !inBody) nearestDone = true;
    out.push({ block: i, x });
  }
  // 'again': the candidate's text at or after the article start (lines of 250 characters or
  // fewer), looked up only among lines of a candidate's length
  if (out.length > 0) {
    const lengths = new Set<number>();
    const texts = new Set<string>();
    for (const c of out) {
      const t = blocks[c.block]!.text;
      lengths.add(t.length);
      texts.add(t);
    }
    const again = new Set<string>();
    for (let i = start; i < blocks.length; i++) {
      const t = blocks[i]!.text;
      if (t.length <= 250 && lengths.has(t.length) && texts.has(t)) again.add(t);
    }
    if (again.size > 0) for (const c of out) if (again.has(blocks[c.block]!.text)) c.x[AGAIN] = 1;
    // 'repeated': the candidate's text twice or more in the window above the article
    const before = new Map<string, number>();
    for (let i = lo; i < start; i++) {
      const t = blocks[i]!.text;
      if (lengths.has(t.length) && texts.has(t)) before.set(t, (before.get(t) ?? 0) + 1);
    }
    for (const c of out) if ((before.get(blocks[c.block]!.text) ?? 0) >= 2) c.x[REPEATED] = 1;
  }
  return out;
}

/** Index of the 'again' feature in a candidate's vector. */
const AGAIN = FEATURES.indexOf('again');
/** Index of the 'repeated' feature in a candidate's vector. */
const REPEATED = FEATURES.indexOf('repeated');

/**
 * The lower-cased words (3+ characters) of a lead paragraph's first LEAD_CHARS characters, once per
 * block: the settle round reads the same paragraphs again. A headline's words stand near a
 * paragraph's start; reading a huge line whole only makes garbage (a 10 MB one-line capture:
 * most of the run went to GC, bench:hostile).
 */
const leadCache = blockCache<readonly string[]>('lead words');
function leadWords(b: Block): readonly string[] {
  let ws = leadCache.get(b);
  if (ws === undefined) {
    const t = b.text;
    ws = lowerWords(t.length > LEAD_CHARS ? t.slice(0, LEAD_CHARS) : t);
    leadCache.set(b, ws);
  }
  return ws;
}

/** The model's score (log-odds) of one candidate. */
export function modelScore(x: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += (WEIGHTS.w[k] ?? 0) * x[k]!;
  return s;
}

/** Development hook: scripts/fit-headline.mjs reads every title-line decision's candidates. */
export const headlineTrace: { fn: ((doc: Doc, start: number, near: number | null, cands: Candidate[]) => void) | null } = { fn: null };

/** Development hook only: the candidates of a decision the rules took without the model. */
export function modelTrace(doc: Doc, start: number, near: number | null, shaped: (text: string) => boolean, loose: (text: string) => boolean): void {
  if (headlineTrace.fn) headlineTrace.fn(doc, start, near, headlineCandidates(doc, start, near, shaped, loose));
}

/** The best candidate that `veto` lets pass when its score reaches the model's threshold, else null. */
export function modelHeadline(doc: Doc, start: number, near: number | null, shaped: (text: string) => boolean, loose: (text: string) => boolean, veto: (block: number) => boolean): number | null {
  const cands = headlineCandidates(doc, start, near, shaped, loose);
  // (the fit must know which candidates the veto keeps out, to score its weights as title-line uses them)
  if (headlineTrace.fn) headlineTrace.fn(doc, start, near, cands.map((c) => (veto(c.block) ? { ...c, vetoed: true } : c)));
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of cands) {
    const s = modelScore(c.x);
    if (s > bestScore && !veto(c.block)) {
      best = c;
      bestScore = s;
    }
  }
  return best && bestScore >= WEIGHTS.threshold ? best.block : null;
}
