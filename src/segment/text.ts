/** Text capture -> blocks: one block per non-blank line. */
import type { Block } from '../core/types.js';
import { fold } from '../core/text.js';

export function segmentText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let blank = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const folded = fold(raw);
    if (folded === '') {
      blank++;
      continue;
    }
    const indent = raw.length - raw.replace(/^[\s\u00a0]+/u, '').length;
    blocks.push({ index: blocks.length, line: i + 1, text: folded, indent, blankBefore: blank });
    blank = 0;
  }
  return blocks;
}
