import { lineRule } from '../../core/rule-kit.js';
import { hasGlue, hasWordsFrom, glueFrom } from './vocab/match.js';
import { factsOf } from './vocab/facts.js';

/**
 * Teaser cards whose headline and summary lost the line break between them:
 * "Volvo Recalls XC-40s; Faulty Seat Belt Can Fail In A CrashVolvo is recalling over 74,000 …".
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

const MAX_MINOR_CHARS = Math.max(...[...MINOR].map((w) => w.length));
const ASCII_WORD = /^[\x00-\x7f]*$/;

/** Word classes: -1 no letter or digit (not a word), 0 minor word, 1 capitalised, 2 other. */
function wordClass(w: string): number {
  if (ASCII_WORD.test(w)) {
    // ASCII only: \p{L}|\p{N} is [A-Za-z0-9], \p{Lu} is [A-Z]; no regex, and a string only for short words
    let i = 0;
    while (i < w.length && !isAlnum(w.charCodeAt(i))) i++;
    if (i === w.length) return -1;
    if (w.length - i <= MAX_MINOR_CHARS && MINOR.has((i === 0 ? w : w.slice(i)).toLowerCase())) return 0;
    const c = w.charCodeAt(i);
    return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;
  }
  if (!/\p{L}|\p{N}/u.test(w)) return -1;
  const bare = w.replace(/^[^\p{L}\p{N}]+/u, '');
  if (MINOR.has(bare.toLowerCase())) return 0;
  return CAP_WORD.test(bare) ? 1 : 2;
}
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTitleCase(head: string): boolean {
  const ws = head.split(/\s+/);
  // Words that can still count: a head with more lower-case words than a quarter of them fails early.
  const limit = ws.length / 4;
  let caps = 0;
  let counted = 0;
  for (const w of ws) {
    const k = wordClass(w);
    if (k <= 0) continue;
    counted++;
    if (k === 1) caps++;
    else if (counted - caps > limit) return false;
  }
  return counted >= MIN_HEAD_WORDS && caps / counted >= 0.75;
}

// endsLikeSentence (core/text) on text.slice(0, end), read right to left: closing marks, then a sentence end.
const CLOSING: ReadonlySet<number> = new Set([...'”’"\'»)]'].map((c) => c.charCodeAt(0)));
const ENDING: ReadonlySet<number> = new Set([...'.!?…。！？؟।'].map((c) => c.charCodeAt(0)));
function endsSentenceAt(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && CLOSING.has(text.charCodeAt(i))) i--;
  return i >= 0 && ENDING.has(text.charCodeAt(i));
}
/** /[?!]["'”’]?$/ on text.slice(0, end). */
const QUOTES: ReadonlySet<number> = new Set([...'"\'”’'].map((c) => c.charCodeAt(0)));
function endsQuestionAt(text: string, end: number): boolean {
  const isQ = (c: number) => c === 0x3f || c === 0x21;
  const last = text.charCodeAt(end - 1);
  return isQ(last) || (QUOTES.has(last) && end >= 2 && isQ(text.charCodeAt(end - 2)));
}

const QUOTE_MARKS: ReadonlySet<number> = new Set([0x27, 0x22, 0x2019, 0x201d]);
const SURROGATE = /[\ud800-\udfff]/;

/** `glued`: hasGlue(text); `astral`: the text has a surrogate; when the caller knows them already. */
export function isGluedTeaser(text: string, glued?: boolean, astral?: boolean, known?: (word: string) => boolean): boolean {
  if (text.length > 1000 || text.length < 30) return false;
  if (!(glued ?? hasGlue(text))) return false;
  // GLUE's matches, found by a scan of char codes when every character is in the BMP.
  const bmp = !(astral ?? SURROGATE.test(text));
  let from = 0;
  let tries = 0;
  for (;;) {
    let at: number;
    let next: number;
    if (bmp) {
      at = glueFrom(text, from);
      if (at < 0) break;
      next = at + 2;
    } else {
      GLUE.lastIndex = from;
      const m = GLUE.exec(text);
      if (m === null) break;
      at = m.index;
      next = GLUE.lastIndex;
    }
    if (tries++ >= 8) break;
    from = next;
    const cut = at + 1;
    // an opening quote after a space ("Blasts 'Foolish' US ...") is no glue point
    if (QUOTE_MARKS.has(text.charCodeAt(at)) && /\s/u.test(text[at - 1] ?? ' ')) continue;
    // a name's own capital after its prefix ("McCarthy", "MacPhail", "O’Connor", "D’Angelo") is no glue point
    if (namePrefixBefore(text, cut)) continue;
    // head = text.slice(0, cut), tail = text.slice(cut); tested in place, the head is built last
    if (endsSentenceAt(text, cut) && !endsQuestionAt(text, cut)) continue;
    if (!hasWordsFrom(text, cut, MIN_TAIL_WORDS)) continue;
    if (isTitleCase(text.slice(0, cut))) {
      // A word the capture writes elsewhere too ("MacLeod", "WiFi") is a name, not two glued lines.
      if (known === undefined || !known(wordAround(text, cut))) return true;
    }
    from = at + 1;
  }
  return false;
}

/** The word part right before a glue point is a surname's prefix: Mc, Mac, or one capital and an apostrophe. */
const NAME_PREFIX = /(?:^|[^\p{L}\p{N}])(?:Mc|Mac|[OD]['’])$/u;
function namePrefixBefore(text: string, cut: number): boolean {
  return NAME_PREFIX.test(text.slice(Math.max(0, cut - 4), cut));
}

/** The word (letters, digits and inner marks) around position `at` of text. */
function wordAround(text: string, at: number): string {
  let a = at;
  let e = at;
  while (a > 0 && !WORD_EDGE.test(text[a - 1]!)) a--;
  while (e < text.length && !WORD_EDGE.test(text[e]!)) e++;
  return text.slice(a, e).replace(EDGE_MARKS, '');
}
const WORD_EDGE = /[\s,;:()\[\]{}"“”«»]/u;
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Whether `word` occurs in another block of the capture: a word written twice is a name
 * ("MacLeod", "WiFi"), where a glue point is one-off. Asked only when a line
 * already looks glued; answers are kept per capture, and a capture gets at most
 * MAX_SCANS scans (then a line is judged by its text alone, as before), so a hostile
 * capture of glued lines stays linear.
 */
const scansOf = new WeakMap<object, { left: number; seen: Map<string, boolean> }>();
const MAX_SCANS = 16;
function elsewhere(doc: { blocks: readonly { index: number; text: string }[] }, self: number, word: string): boolean {
  if (word.length < 4) return false;
  let st = scansOf.get(doc);
  if (st === undefined) scansOf.set(doc, (st = { left: MAX_SCANS, seen: new Map() }));
  const known = st.seen.get(word);
  if (known !== undefined) return known;
  if (st.left <= 0) return false;
  st.left--;
  let found = false;
  for (const o of doc.blocks) {
    if (o.index !== self && o.text.includes(word)) {
      found = true;
      break;
    }
  }
  st.seen.set(word, found);
  return found;
}

export const gluedTeaser = lineRule(
  'glued-teaser',
  'A teaser card whose title-case headline is glued to its summary by a missing line break ("… DelayedCouncil is reopening …"); a word the capture writes elsewhere too ("MacLeod") is a name, not a glue point.',
  (b, doc) => {
    const f = factsOf(doc, b);
    return isGluedTeaser(b.text, f.glued, f.astral, (word) => elsewhere(doc, b.index, word));
  },
);
