import { lineRule } from '../../core/rule-kit.js';
import { endsLikeSentence } from '../../core/text.js';
import { hasGlue, countWords } from './vocab/match.js';

/**
 * Teaser cards whose headline and summary lost the line break between them:
 * "Ford Recalls F-150s; Loose Cable Can Cause StallingFord is recalling over 168,000 …".
 * The line has a lower->Upper (or ")"->Upper) glue point; before it, a title-case
 * headline without a sentence end; after it, a sentence. Brand names glued inside a
 * word (iPhone, YouTube, PlayStation) have lower-case sentence text before them.
 */
const GLUE = /[\p{Ll})’”'"?!]\p{Lu}/gu;
/** Capitalised words the headline needs (lower-case minor words not counted). */
const MIN_HEAD_WORDS = 4;
const MIN_TAIL_WORDS = 5;
const CAP_WORD = /^[\p{Lu}\p{N}]/u;
/** Short function words that title case leaves in lower case. */
const MINOR = new Set('a an the and or but of in on at to for by with from as vs via is are be de la le el y'.split(' '));

function isTitleCase(head: string): boolean {
  const ws = head.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  let caps = 0;
  let counted = 0;
  for (const w of ws) {
    const bare = w.replace(/^[^\p{L}\p{N}]+/u, '');
    if (MINOR.has(bare.toLowerCase())) continue;
    counted++;
    if (CAP_WORD.test(bare)) caps++;
  }
  return counted >= MIN_HEAD_WORDS && caps / counted >= 0.75;
}

export function isGluedTeaser(text: string): boolean {
  if (text.length > 1000 || text.length < 30) return false;
  if (!hasGlue(text)) return false;
  GLUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = GLUE.exec(text)) !== null && tries++ < 8) {
    const cut = m.index + 1;
    // an opening quote after a space ("Blasts 'Foolish' US ...") is no glue point
    if (/['"’”]/u.test(text[m.index]!) && /\s/u.test(text[m.index - 1] ?? ' ')) continue;
    const head = text.slice(0, cut);
    const tail = text.slice(cut);
    if (endsLikeSentence(head) && !/[?!]["'”’]?$/u.test(head)) continue;
    if (countWords(tail) < MIN_TAIL_WORDS) continue;
    if (isTitleCase(head)) return true;
    GLUE.lastIndex = m.index + 1;
  }
  return false;
}

export const gluedTeaser = lineRule(
  'glued-teaser',
  'A teaser card whose title-case headline is glued to its summary by a missing line break ("… StallingFord is recalling …").',
  (b) => isGluedTeaser(b.text),
);
