/** Text capture -> blocks: one block per non-blank line. */
import type { Block } from '../core/types.js';
import { TextBlock } from '../core/features.js';
import { fold, isJsSpace } from '../core/text.js';

/** Longest line whose text is shared between equal lines (see segmentText). */
const SHARED_MAX = 64;
/** Slots of the table of recent short lines (a power of two). */
const SHARED_SLOTS = 512;

/**
 * One block per non-blank line. Each line is scanned once, by hand: its leading white space
 * (the indent; JS `\s`, as fold() and trim() read it), and whether fold() would change it past
 * that (white space other than single inner spaces). A line that needs no folding, the common
 * case, is one slice of the capture: no regex, no trim (issue 14).
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
    const hashed = len <= SHARED_MAX;
    let h = 0;
    let plain = true;
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      if (hashed) h = Math.imul(h ^ c, 0x01000193);
      if (c > 0x20 && c < 0xa0) continue;
      // a single plain space before a character that is not white space is left as it is
      if (c === 0x20 ? j + 1 === end || isJsSpace(text.charCodeAt(j + 1)) : isJsSpace(c)) {
        plain = false;
        break;
      }
    }
    let folded: string;
    if (!plain) folded = fold(text.slice(i, end));
    else if (hashed) {
      const k = (h ^ (h >>> 15)) & (SHARED_SLOTS - 1);
      const s = shared[k];
      if (s !== undefined && s.length === len && text.startsWith(s, i)) folded = s;
      else shared[k] = folded = text.slice(i, end);
    } else folded = text.slice(i, end);
    blocks.push(new TextBlock(blocks.length, line, folded, indent, blank));
    blank = 0;
    start = end + 1;
  }
  return blocks;
}
