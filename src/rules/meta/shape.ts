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
  // an end mark (/[.:;,…]$/), unless a full stop closes an abbreviation
  const last = text.charCodeAt(text.length - 1);
  if ((last === 46 || last === 58 || last === 59 || last === 44 || last === 0x2026) && !(last === 46 && /\b\p{Lu}[\p{L}]{0,4}\.$/u.test(text))) return -1;
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
  // the matches of /\p{L}{4,}/gu are the maximal runs of four letters or more: counted by hand, without the arrays
  let runs = 0, caps = 0, len = 0, upper = false;
  for (let i = 0; i <= text.length; i++) {
    let cp = i < text.length ? text.charCodeAt(i) : 32;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const k = letterKind(cp);
    if (k !== 0) {
      if (len === 0) upper = k === 2;
      len++;
    } else if (len > 0) {
      if (len >= 4) {
        runs++;
        if (upper) caps++;
      }
      len = 0;
    }
  }
  return runs === 0 ? 0 : caps / runs;
}

/** 0 not a letter, 1 a letter, 2 an upper-case letter (\p{Lu}); cached per BMP code unit. */
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const kindTable = new Uint8Array(65536); // 0 unknown, else kind + 1
function letterKind(cp: number): number {
  if (cp < 128) return cp >= 65 && cp <= 90 ? 2 : cp >= 97 && cp <= 122 ? 1 : 0;
  if (cp > 0xffff) {
    const s = String.fromCodePoint(cp);
    return UPPER.test(s) ? 2 : LETTER.test(s) ? 1 : 0;
  }
  let k = kindTable[cp]!;
  if (k === 0) {
    const s = String.fromCharCode(cp);
    k = (cp >= 0xd800 && cp <= 0xdfff ? 0 : UPPER.test(s) ? 2 : LETTER.test(s) ? 1 : 0) + 1;
    kindTable[cp] = k;
  }
  return k - 1;
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
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const b = doc.blocks[bi]!;
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
