import { countWords } from './vocab/match.js';
import type { Rule, Hit } from '../../core/types.js';
import { endsLikeSentence, isJsSpace } from '../../core/text.js';

/**
 * Navigation menus. Runs after body selection:
 * - a line of menu items split by pipes, bullets or slashes ("Home | News | Sport"), anywhere;
 * - outside the article, a run of three or more very short lines (section names, links).
 */
const SPLIT = /\s*(?:\||•|·|»|›|\/|\s-\s|\s–\s)\s*/u;
const MAX_ITEM_WORDS = 4;
/**
 * SPLIT can cut the line only where one of its separators is: a sign, or a dash between spaces
 * (/[|•·»›/]|\s[-–]\s/u, by hand: the regex call cost more than the scan on these short lines, issue 14).
 */
function hasSep(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x7c || c === 0x2f || c === 0x2022 || c === 0xb7 || c === 0xbb || c === 0x203a) return true;
    if ((c === 0x2d || c === 0x2013) && i > 0 && i + 1 < t.length && isJsSpace(t.charCodeAt(i - 1)) && isJsSpace(t.charCodeAt(i + 1))) return true;
  }
  return false;
}
const MIN_RUN = 3;

export function isMenuLine(text: string): boolean {
  if (text.length > 300 || !hasSep(text)) return false;
  const parts = text.split(SPLIT).filter((p) => p !== '');
  if (parts.length < 3) return false;
  for (const p of parts) if (countWords(p) > MAX_ITEM_WORDS || endsLikeSentence(p)) return false;
  return true;
}

function isItem(text: string): boolean {
  if (text.length > 40) return false;
  const n = countWords(text);
  return n >= 1 && n <= MAX_ITEM_WORDS && !endsLikeSentence(text) && text.length <= 40;
}

export const navMenu: Rule = {
  id: 'nav-menu',
  description: 'A navigation menu: a line of items split by pipes or bullets, or (outside the article) a run of three or more very short lines.',
  run(doc) {
    const hits: Hit[] = [];
    const taken = new Set<number>();
    for (let bi = 0; bi < doc.blocks.length; bi++) {
      const b = doc.blocks[bi]!;
      if (doc.labels[b.index]) continue;
      if (isMenuLine(b.text)) {
        hits.push({ block: b.index });
        taken.add(b.index);
      }
    }
    if (!doc.body) return hits;
    let run: number[] = [];
    const flush = () => {
      if (run.length >= MIN_RUN) for (const i of run) if (!taken.has(i)) hits.push({ block: i });
      run = [];
    };
    for (let bi = 0; bi < doc.blocks.length; bi++) {
      const b = doc.blocks[bi]!;
      if (doc.labels[b.index] || taken.has(b.index)) continue; // taken lines do not break a run
      if (!doc.body.has(b.index) && isItem(b.text)) run.push(b.index);
      else flush();
    }
    flush();
    return hits;
  },
};
