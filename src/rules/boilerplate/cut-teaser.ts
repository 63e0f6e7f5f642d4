import type { Block, Doc, Hit, Rule } from '../../core/types.js';
import { blockCache, featuresOf } from '../../core/features.js';

/**
 * Teasers cut short: a sidebar's "Recent comments" or "Latest posts" box prints the opening
 * words of each entry and an ellipsis where it cut it ("Facebook is indeed an...", "I have to
 * agree with Brian... by Mr. Mo"). An author ends a paragraph with an ellipsis now and then;
 * a box does it on every entry, one entry after another. So: lines that end with an
 * ellipsis right after a word (past an attribution "by <name>"), MIN_RUN or more of them,
 * each at most MAX_BETWEEN lines from the last (the entry's name and title lines between).
 * Shape and position only, any language.
 */

/** Fewest cut lines in a row that make a box of teasers. */
const MIN_RUN = 3;
/** Most lines between two cut lines of one box (an entry's "by <name> on <post>" line, its title). */
const MAX_BETWEEN = 2;
/** Fewest words before the ellipsis: "More...", "Loading..." are ui-chrome's. */
const MIN_WORDS = 2;
/** Longest line read as a teaser (a box cuts its entries short). */
const MAX_CHARS = 300;

/** "… by <name>" closing a teaser: at most four words, no sentence inside. */
const BY_TAIL = /\s+(?:by|von|par|por|di|door|от)\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3}\.?$/iu;
/**
 * An ellipsis (three dots or the character) right after a letter or a digit, where a box cut
 * the word or the phrase; or a bracketed "[…]". An ellipsis after a space or a comma is the
 * author's "and so on" or a pause ("On my honor ...", "Debian, Fedora, ...").
 */
const CUT_END = /[\p{L}\p{N}](?:\.\.\.|…)$|[\p{L}\p{N},;]\s?\[(?:\.\.\.|…)\]$/u;
const WORD = /[\p{L}\p{N}]+/gu;

const cutCache = blockCache<boolean>('cutTeaser');

/** A line that ends where a box cut an entry short. */
export function isCutLine(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_CHARS || t.length < 6) return false;
  let head = t;
  if (!endsCut(t)) {
    // only a line with an ellipsis in it can end in one before its attribution
    if (!t.includes('...') && !t.includes('…')) return false;
    head = t.replace(BY_TAIL, '');
    if (head === t || !endsCut(head)) return false;
  }
  return (head.match(WORD) ?? []).length >= MIN_WORDS;
}

/** CUT_END.test(s), with the regex run only on a line whose last character can end an ellipsis ("." "…" "]"). */
function endsCut(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x2e) {
    if (s.charCodeAt(s.length - 2) !== 0x2e || s.charCodeAt(s.length - 3) !== 0x2e) return false;
  } else if (last !== 0x2026 && last !== 0x5d) return false;
  return CUT_END.test(s.length > 24 ? s.slice(-24) : s);
}

function cutOf(b: Block): boolean {
  let c = cutCache.get(b);
  if (c === undefined) cutCache.set(b, (c = isCutLine(b.text)));
  return c;
}

export const cutTeaser: Rule = {
  id: 'cut-teaser',
  description: 'A box of teasers cut short beside a headed article: three or more lines in a row (at most two lines between) that end with an ellipsis right after a word ("Facebook is indeed an...", "… by <name>"): recent comments, latest posts.',
  run(doc: Doc): Hit[] {
    const { blocks, labels } = doc;
    const runs: number[][] = [];
    let run: number[] = [];
    let lastCut = -Infinity;
    for (let k = 0; k < blocks.length; k++) {
      if (!cutOf(blocks[k]!)) continue;
      if (k - lastCut - 1 > MAX_BETWEEN) {
        if (run.length >= MIN_RUN) runs.push(run);
        run = [];
      }
      run.push(k);
      lastCut = k;
    }
    if (run.length >= MIN_RUN) runs.push(run);
    // a run whose lines mostly end on one word ("Ann said...", "Bo said...") is a template's
    // label repeated (a thread's comment headers), not entries cut wherever they ran out of room
    for (let r = runs.length - 1; r >= 0; r--) if (templated(runs[r]!.map((k) => blocks[k]!.text))) runs.splice(r, 1);
    if (runs.length === 0) return [];
    // A page of teasers (a blog's index, a board of ads) is its teasers: only beside an
    // article, under a headline or byline of its own and outside every box, is a box furniture.
    const headed = headedProse(doc);
    if (headed < 0 || runs.some((r) => r.includes(headed))) return [];
    const hits: Hit[] = [];
    for (const r of runs) for (const i of r) if (!labels[i]) hits.push({ block: i });
    return hits;
  },
};

/** The last word before a line's ellipsis, lower-cased ("said" of "Ann said..."). */
function lastWord(text: string): string {
  const words = text.trim().replace(BY_TAIL, '').match(WORD);
  return words ? words[words.length - 1]!.toLowerCase() : '';
}

/** Half or more of the lines end on one and the same word before their ellipsis. */
export function templated(lines: string[]): boolean {
  const counts = new Map<string, number>();
  let most = 0;
  for (const l of lines) {
    const w = lastWord(l);
    const c = (counts.get(w) ?? 0) + 1;
    counts.set(w, c);
    if (c > most) most = c;
  }
  return most * 2 >= lines.length;
}

/** Free lines at most between a header line and the paragraph it heads. */
const HEADER_REACH = 4;

/**
 * The first prose paragraph under the page's header (the first line a metadata rule took
 * as the title, else as a byline), or -1 when there is none.
 */
function headedProse(doc: Doc): number {
  const { blocks, labels } = doc;
  let anchor = -1;
  for (let i = 0; i < blocks.length; i++) {
    const f = labels[i]?.field;
    if (f === 'title') {
      anchor = i;
      break;
    }
    if (f === 'authors' && anchor < 0) anchor = i;
  }
  if (anchor < 0) return -1;
  let free = 0;
  for (let i = anchor + 1; i < blocks.length && free <= HEADER_REACH; i++) {
    if (labels[i]) continue;
    if (featuresOf(blocks[i]!).cls === 'good') return i;
    free++;
  }
  return -1;
}
