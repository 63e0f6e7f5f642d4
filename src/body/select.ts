/**
 * Body selection for text captures: among the blocks no pre rule took, find the
 * article's prose run.
 *
 * 1. Each block gets a class from its own text only (length in words, sentence
 *    end, share of function words; see `classify`): `good` (a prose paragraph),
 *    `near` (prose-like but short), `short` (a few words) or `bad` (long but not
 *    prose: headline lists, link rows, code, addresses).
 * 2. Each class gives a score (prose counts by its length, everything else is a
 *    small penalty; blocks a boilerplate rule took are gaps that cost a little).
 *    The article is the run of consecutive blocks with the largest total score
 *    (the maximum-subarray idea behind boilerpipe's and jusText's "prose
 *    surrounded by prose" smoothing): a subheading or list item between two
 *    paragraphs stays, a long promo sentence far from the run goes.
 * 3. The selection is repeated on its own output until it no longer changes, so
 *    that cleaning the body again keeps it whole.
 *
 * Everything left out gets one of the reasons in `SELECTION_REASONS`.
 */
import type { Block, Doc } from '../core/types.js';
import { endsLikeSentence } from '../core/text.js';
import { FUNCTION_WORDS, TIGHT, stopwords } from './stopwords.js';
import { selectHtmlBody } from './select-html.js';

export interface BodySelection {
  body: number[];
  /** Rule id for each free block left out of the body. */
  reasons: Map<number, string>;
}

/** Rule ids body selection gives the blocks it leaves out, with what they mean. */
export const SELECTION_REASONS = {
  'outside-article': 'A prose-like block that is not part of the article\'s main prose run (promos, bios, teasers, comments around the article).',
  'short-fragment': 'A short line (a few words) outside the article\'s prose run: menu items, buttons, labels, headlines.',
  'not-prose': 'A longer line that does not read as prose (few function words, no sentence shape) outside the article\'s prose run: headline lists, link rows, addresses.',
} as const;
export type SelectionReason = keyof typeof SELECTION_REASONS;

export type BlockClass = 'good' | 'near' | 'short' | 'bad';

export interface BlockFeatures {
  /** Words (CJK and Thai: two characters count as one word). */
  words: number;
  /** Share of function words among the tokens, or null when the script has no list (CJK, Hangul, Arabic...). */
  fw: number | null;
  /** Ends like a sentence. */
  ends: boolean;
  cls: BlockClass;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
/** Scripts written without spaces between words. */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const DENSE_G = new RegExp(DENSE.source, 'gu');
/** Letters of scripts that function-word lists cover (Latin, Cyrillic). */
const COVERED_G = /[\p{Script=Latin}\p{Script=Cyrillic}]/gu;
const LETTER_G = /\p{L}/gu;

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}

/** Extra stopwords for a detected language the tight lists do not cover (e.g. Vietnamese, Czech). */
function extraStopwords(language: string | null): Set<string> | null {
  if (!language || TIGHT[language]) return null;
  const s = stopwords(language);
  return s.size ? s : null;
}

export function blockFeatures(text: string, extra: Set<string> | null = null): BlockFeatures {
  const toks = text.match(TOKEN) ?? [];
  let words = toks.length;
  const dense = DENSE.test(text) ? countMatches(DENSE_G, text) : 0;
  if (dense > 0) {
    // A dense-script run is one token per clause: count its characters instead.
    let denseTokens = 0;
    for (const t of toks) if (DENSE.test(t)) denseTokens++;
    words = words - denseTokens + Math.round(dense / 2);
  }
  const letters = countMatches(LETTER_G, text);
  const covered = countMatches(COVERED_G, text);
  let fw: number | null = null;
  if (letters > 0 && covered / letters >= 0.5 && toks.length > 0) {
    let f = 0;
    for (const t of toks) {
      const l = t.toLowerCase();
      if (FUNCTION_WORDS.has(l) || (extra !== null && extra.has(l))) f++;
    }
    fw = f / toks.length;
  }
  const ends = endsLikeSentence(text);
  return { words, fw, ends, cls: classify(words, fw, ends) };
}

export function classify(words: number, fw: number | null, ends: boolean): BlockClass {
  if (words < 5 && !(ends && words >= 3)) return 'short';
  if (fw === null) {
    if (words >= 12 && (ends || words >= 30)) return 'good';
    if (ends) return 'near';
    return words < 8 ? 'short' : 'bad';
  }
  if (words >= 10 && fw >= 0.2 && (ends || words >= 25)) return 'good';
  if (words >= 7 && ends && fw >= 0.15) return 'good';
  if (fw >= 0.12 || (ends && fw >= 0.08)) return 'near';
  return words < 8 ? 'short' : 'bad';
}

function score(f: BlockFeatures): number {
  switch (f.cls) {
    case 'good':
      return f.words;
    case 'near':
      return f.ends ? 0.3 * f.words : -1;
    case 'short':
      return -1.5;
    case 'bad':
      return -Math.max(2, 0.5 * f.words);
  }
}

/** Maximum-sum run of consecutive items; ties go to the longer run. Returns [start, end] inclusive or null. */
function bestRun(scores: readonly number[]): [number, number] | null {
  let best = 0;
  let bestS = -1;
  let bestE = -1;
  let cur = -1;
  let curS = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (cur >= 0) cur += s;
    else {
      cur = s;
      curS = i;
    }
    if (cur > best || (cur === best && best > 0 && curS === bestS)) {
      best = cur;
      bestS = curS;
      bestE = i;
    }
  }
  return best > 0 ? [bestS, bestE] : null;
}

/** One pass: the free blocks (in order, with penalties for taken blocks between them) -> kept blocks. */
function selectOnce(items: readonly { block: Block; f: BlockFeatures | null; gap: number }[]): Set<number> {
  const scores = items.map((it) => (it.f ? score(it.f) : -it.gap));
  const run = bestRun(scores);
  const kept = new Set<number>();
  if (!run) return kept;
  for (let i = run[0]; i <= run[1]; i++) {
    const it = items[i]!;
    if (it.f) kept.add(it.block.index);
  }
  return kept;
}

export function selectTextBody(doc: Doc, language: string | null): BodySelection {
  const extra = extraStopwords(language);
  const feats = new Map<number, BlockFeatures>();
  const items: { block: Block; f: BlockFeatures | null; gap: number }[] = [];
  for (const b of doc.blocks) {
    const label = doc.labels[b.index];
    if (label) {
      // Lines a rule took: metadata lines sit inside articles, chrome lines less so.
      items.push({ block: b, f: null, gap: label.field ? 0.25 : 1 });
      continue;
    }
    const f = blockFeatures(b.text, extra);
    feats.set(b.index, f);
    items.push({ block: b, f, gap: 0 });
  }

  let kept = selectOnce(items);
  // Repeat on the selection alone (as cleaning the body again would) until stable.
  for (let iter = 0; iter < 4; iter++) {
    const sub = items.filter((it) => it.f && kept.has(it.block.index));
    const again = selectOnce(sub);
    if (again.size === kept.size) break;
    kept = again;
  }

  const body: number[] = [];
  const reasons = new Map<number, string>();
  for (const [i, f] of feats) {
    if (kept.has(i)) {
      body.push(i);
      continue;
    }
    const reason: SelectionReason = f.cls === 'good' || f.cls === 'near' ? (f.cls === 'near' && f.words < 5 ? 'short-fragment' : 'outside-article') : f.cls === 'short' ? 'short-fragment' : 'not-prose';
    reasons.set(i, reason);
  }
  body.sort((a, b) => a - b);
  return { body, reasons };
}

/** Chooses the body blocks: HTML documents add markup evidence to the text selection. */
export function selectBody(doc: Doc, language: string | null): BodySelection {
  return doc.format === 'html' ? selectHtmlBody(doc, language) : selectTextBody(doc, language);
}
