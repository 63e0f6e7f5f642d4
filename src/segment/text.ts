/** Text capture -> blocks: one block per non-blank line. */
import type { Block } from '../core/types.js';
import { fold } from '../core/text.js';

/** JS `\s` (which holds U+00A0): tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000..U+200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Width of the line's leading white space, counted by hand: the regex
 * /^[\s\u00a0]+/u pushed a backtrack entry per character and threw
 * RangeError on a 10 MB run of spaces in a two-byte string (issue 6).
 */
function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

export function segmentText(text: string): Block[] {
  const blocks: Block[] = [];
  let blank = 0;
  let line = 0;
  // Lines found with indexOf, not split('\n'): no array of every line (a CR-only or one-word-per-line
  // 10 MB capture has over half a million), only the blocks are kept.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    line++;
    start = end + 1;
    const folded = fold(raw);
    if (folded === '') {
      blank++;
      continue;
    }
    blocks.push({ index: blocks.length, line, text: folded, indent: indentOf(raw), blankBefore: blank });
    blank = 0;
  }
  return blocks;
}
