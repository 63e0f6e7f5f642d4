/** Shapes shared by the metadata rules: headline-like lines, list headings, the article's span. */
import type { Block, Doc } from '../../core/types.js';
import { wordCount, endsLikeSentence } from '../../core/text.js';

/** A headline: a short line that does not end like a sentence or a lead-in. */
export function headlineShaped(text: string, minWords = 3, maxWords = 25): boolean {
  // cheap tests first: length, first and last character; the word count last
  if (text.length > 250 || text.length < 2 * minWords - 1) return false;
  return headlineWords(text, maxWords) >= minWords;
}

/**
 * The word count of a headline-shaped line with at most maxWords words, or -1:
 * headlineShaped(text, min, max) is text.length >= 2 * min - 1 && headlineWords(text, max) >= min,
 * so callers that try several minimums compute this once.
 */
export function headlineWords(text: string, maxWords = 25): number {
  if (text.length > 250) return -1;
  // the first character first: most lines that fail, fail here
  if (!opensLikeHeadline(text)) return -1;
  if (/[.:;,…]$/u.test(text) && !/\b\p{Lu}[\p{L}]{0,4}\.$/u.test(text)) return -1;
  if (/https?:\/\/|www\.|@\w/u.test(text)) return -1;
  const n = wordCount(text);
  return n <= maxWords ? n : -1;
}

const OPENS = /^["'‘“«„(¿¡]?[\p{Lu}\p{N}]/u;
/** OPENS.test(text), without the regex for a text that opens with an ASCII letter or digit. */
function opensLikeHeadline(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c >= 97 && c <= 122) return false;
  return OPENS.test(text);
}

/** Share of words (4+ letters) that begin with a capital: title-case headlines score high. */
export function capitalShare(text: string): number {
  const w = text.match(/\p{L}{4,}/gu);
  if (!w) return 0;
  let caps = 0;
  for (const x of w) if (/^\p{Lu}/u.test(x)) caps++;
  return caps / w.length;
}

/** Prose: a long line that ends like a sentence. */
export function proseShaped(text: string): boolean {
  return text.length >= 23 && endsLikeSentence(text) && wordCount(text) >= 12;
}

/**
 * The article's span as block indices [first, last]: the body chosen by body
 * selection when there is one, else the first and last prose lines.
 */
export function articleSpan(doc: Doc): [number, number] | null {
  if (doc.body && doc.body.size > 0) {
    let lo = Infinity, hi = -1;
    for (const i of doc.body) {
      if (i < lo) lo = i;
      if (i > hi) hi = i;
    }
    return [lo, hi];
  }
  let lo = -1, hi = -1;
  for (const b of doc.blocks) {
    if (doc.labels[b.index]) continue;
    if (proseShaped(b.text)) {
      if (lo < 0) lo = b.index;
      hi = b.index;
    }
  }
  return lo < 0 ? null : [lo, hi];
}

/** Normalises a heading for lookup: lower case, glued words split, counts and trailing marks dropped. */
export function headingKey(text: string): string {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/\(\d+\)|\d+/gu, '')
    .replace(/(?<![\s:|•·›»>–—\-.…])[\s:|•·›»>–—\-.…]+$/u, '')
    .replace(/^[\s|•·›»>–—\-]+/u, '')
    .trim();
}

export function isFree(doc: Doc, b: Block): boolean {
  return !doc.labels[b.index];
}
