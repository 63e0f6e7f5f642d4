/** Text capture -> blocks: one block per non-blank line. */
import type { Block } from '../core/types.js';
import { fold, isJsSpace } from '../core/text.js';

/**
 * A character that fold() rewrites, past a line's leading white space: white space other than
 * a plain space, or a plain space before white space (a run, a line break, the end: trailing).
 * Each match is one character long. No `u` flag: every character here is in the BMP.
 */
const FOLDS = /[\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| (?=\s|$)/g;

/** Longest line whose text is shared between equal lines (see segmentText). */
const SHARED_MAX = 64;
/** Slots of the table of recent short lines (a power of two). */
const SHARED_SLOTS = 512;

/**
 * One block per non-blank line: its leading white space (the indent; JS `\s`, as fold() and
 * trim() read it) counted by hand, and whether fold() would change it past that (white space
 * other than single inner spaces) learnt from one regex search that runs ahead to the next such
 * character, over many lines at once. A line that needs no folding, the common case, is one
 * slice of the capture: no regex run nor trim per line (issue 14).
 *
 * Equal short lines share one string: a table of recent lines, indexed by a hash of the
 * line's characters computed during the scan, is checked in place (startsWith at the line's
 * offset) before a slice is made. A page of a million "Share" lines then holds one "Share",
 * not a million (issue 6: the long-lived bytes per line are what the garbage collector copies
 * and marks, so a 10 MB page of short lines cost more than ten 1 MB ones).
 */
export function segmentText(text: string): Block[] {
  const blocks: Block[] = [];
  const shared: (string | undefined)[] = new Array(SHARED_SLOTS);
  let blank = 0;
  let line = 0;
  const n = text.length;
  let flag = -1;
  // Lines found with indexOf, not split('\n'): no array of every line (a CR-only or one-word-per-line
  // 10 MB capture has over half a million), only the blocks are kept.
  for (let start = 0; start <= n; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    line++;
    let i = start;
    while (i < end && isJsSpace(text.charCodeAt(i))) i++;
    const indent = i - start;
    if (i === end) {
      blank++;
      start = end + 1;
      continue;
    }
    const len = end - i;
    // the next character fold() would rewrite, found for many lines at once by one search
    if (flag < i) {
      FOLDS.lastIndex = i;
      flag = FOLDS.test(text) ? FOLDS.lastIndex - 1 : n;
    }
    const plain = flag >= end;
    const hashed = plain && len <= SHARED_MAX;
    let h = 0;
    if (hashed) for (let j = i; j < end; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    let folded: string;
    if (!plain) folded = fold(text.slice(i, end));
    else if (hashed) {
      const k = (h ^ (h >>> 15)) & (SHARED_SLOTS - 1);
      const s = shared[k];
      if (s !== undefined && s.length === len && text.startsWith(s, i)) folded = s;
      else shared[k] = folded = text.slice(i, end);
    } else folded = text.slice(i, end);
    blocks.push({ index: blocks.length, line, text: folded, indent, blankBefore: blank });
    blank = 0;
    start = end + 1;
  }
  return blocks;
}
