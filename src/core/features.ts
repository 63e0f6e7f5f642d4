/**
 * Per-block text features for body selection and the rules that need to know
 * what prose looks like. One pass over the characters, no regex per token;
 * results are cached per Block object.
 */
import type { Block } from './types.js';
import { FUNCTION_WORDS } from './stopwords.js';
import { plainOutsideAscii } from './twin.js';

export type BlockClass = 'good' | 'near' | 'short' | 'bad';

export interface BlockFeatures {
  /** Words (scripts written without spaces: two characters count as one word). */
  words: number;
  /** Share of function words among the tokens, or null when the text is not mostly in a script the lists cover (Latin, Cyrillic, Greek). */
  fw: number | null;
  /** Ends like a sentence (., !, ?, …, CJK full stops, closing quotes after them). */
  ends: boolean;
  /** Class with function words (when fw is known). */
  cls: BlockClass;
  /** Class from length and sentence end only (for languages without a list). */
  plainCls: BlockClass;
  /** Most content words after the first start with a capital: a headline or a name, not a sentence. */
  titleCase: boolean;
  /** Opens like a list item: a bullet, or a number followed by ")" / "." / "-". */
  bullet: boolean;
}

// Character classes, cached per UTF-16 code unit.
const SEP = 1; // not part of a word
const COVERED = 2; // Latin, Cyrillic, Greek letter
const LETTER = 3; // letter of another spaced script (Hangul, Arabic, Devanagari, ...)
const DENSE = 4; // Han, Kana, Thai, Lao, Khmer, Myanmar: written without spaces
const DIGIT = 5; // number or '_'
const MARK = 6; // combining mark: continues nothing, separates (as the benchmark's tokens do)
const table = new Uint8Array(65536);
// Built on the first character outside ASCII (V8 parses the Unicode classes as it builds a pattern).
let IS_WORD: RegExp, IS_COVERED: RegExp, IS_DENSE: RegExp, IS_LETTER: RegExp;
let patterns = false;

function classOf(cp: number): number {
  // punctuation outside ASCII ("’", "—") is no word character: no pattern needed
  if (cp < 0x10000 && plainOutsideAscii(cp)) return SEP;
  if (!patterns) {
    IS_WORD = /^[\p{L}\p{N}_]$/u;
    IS_COVERED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]$/u;
    IS_DENSE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
    IS_LETTER = /^\p{L}$/u;
    patterns = true;
  }
  const ch = String.fromCodePoint(cp);
  if (!IS_WORD.test(ch)) return SEP;
  if (!IS_LETTER.test(ch)) return /^\p{M}$/u.test(ch) ? MARK : DIGIT;
  if (IS_COVERED.test(ch)) return COVERED;
  if (IS_DENSE.test(ch)) return DENSE;
  return LETTER;
}
for (let c = 0; c < 128; c++) {
  table[c] = (c >= 48 && c <= 57) || c === 95 ? DIGIT : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? COVERED : SEP;
}

function charClass(code: number): number {
  let k = table[code]!;
  if (k === 0) {
    k = code >= 0xd800 && code <= 0xdfff ? SEP : classOf(code);
    table[code] = k;
  }
  return k;
}

const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0xbb, 0x2019, 0x201d, 0x203a, 0x300d, 0x300f, 0xff09]);
const ENDERS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0x61f, 0x964, 0xff0e]);

/** True when the text ends like a sentence; a right-to-left scan of the last few characters. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  let guard = 0;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i)) && guard++ < 4) i--;
  return i >= 0 && ENDERS.has(text.charCodeAt(i));
}

/** Ends with an ellipsis: a teaser cut short far more often than a sentence that trails off. */
export function endsTruncated(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  const c = text.charCodeAt(i);
  return c === 0x2026 || (c === 0x2e && text.charCodeAt(i - 1) === 0x2e && text.charCodeAt(i - 2) === 0x2e);
}

/** A list item's opening: a bullet sign, or "1)", "2.", "3 -". */
const BULLET = /^(?:[•·▪‣◦●○■□►▸*–-]\s|\d{1,2}[).:]\s|\d{1,2}\s[-–]\s)/u;

/** Longest function word, in UTF-16 units. */
const MAX_FW_LEN = 12;

// Function words are looked up by a 32-bit FNV-1a hash of their lower-cased
// UTF-16 units, computed while scanning, so no token string is ever built.
const lowerTable = new Uint16Array(65536);
function lower(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let l = lowerTable[code]!;
  if (l === 0) {
    const s = String.fromCharCode(code).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : code;
    lowerTable[code] = l;
  }
  return l;
}
const FNV_OFFSET = 0x811c9dc5 | 0;
/** One FNV-1a step, in int32 (the same bits as the uint32 hash: no heap number per step). */
function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}
function hashWord(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = fnvStep(h, lower(w.charCodeAt(i)));
  return h;
}

/**
 * The function words' hashes in an open-addressing table of int32 (0 marks a free slot; a word
 * hashing to 0 is kept aside): a Set<number> of 32-bit hashes boxed every hash above 2^30 into
 * a heap number on each lookup, and blockFeatures is the hottest function of text cleaning (issue 14).
 */
const FW_LIST = [...new Set([...FUNCTION_WORDS].filter((w) => w.length <= MAX_FW_LEN).map(hashWord))];
let fwBits = 4;
while (1 << fwBits < FW_LIST.length * 4) fwBits++;
const FW_MASK = (1 << fwBits) - 1;
const FW_TABLE = new Int32Array(1 << fwBits);
const FW_ZERO = FW_LIST.includes(0);
for (const h of FW_LIST) {
  if (h === 0) continue;
  let k = h & FW_MASK;
  while (FW_TABLE[k] !== 0) k = (k + 1) & FW_MASK;
  FW_TABLE[k] = h;
}
function isFunctionWordHash(h: number): boolean {
  if (h === 0) return FW_ZERO;
  for (let k = h & FW_MASK; ; k = (k + 1) & FW_MASK) {
    const v = FW_TABLE[k]!;
    if (v === h) return true;
    if (v === 0) return false;
  }
}

export function blockFeatures(text: string): BlockFeatures {
  let tokens = 0;
  let denseChars = 0;
  let denseTokens = 0;
  let letters = 0;
  let covered = 0;
  let fwHits = 0;
  let capsWords = 0;
  let contentWords = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let k: number;
    let width = 1;
    if (code < 128) k = table[code]!;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const cp = text.codePointAt(i)!;
      k = classOf(cp);
      width = 2;
    } else k = charClass(code);
    if (k === SEP || k === MARK) {
      i += width;
      continue;
    }
    // a token starts
    const start = i;
    let isDense = false;
    let allCovered = true;
    let h = FNV_OFFSET;
    while (i < n) {
      code = text.charCodeAt(i);
      if (code < 128) {
        // ASCII: a letter (covered), a digit or '_', or a separator; no table miss, no surrogate
        k = table[code]!;
        if (k === SEP) break;
        if (k === COVERED) {
          letters++;
          covered++;
          h = Math.imul(h ^ (code <= 90 && code >= 65 ? code + 32 : code), 0x01000193);
        } else allCovered = false;
        i++;
        continue;
      }
      width = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        k = classOf(text.codePointAt(i)!);
        width = 2;
      } else k = charClass(code);
      if (k === SEP || k === MARK) break;
      if (k === DENSE) {
        isDense = true;
        denseChars++;
      }
      if (k !== DIGIT) letters++;
      if (k === COVERED) {
        covered++;
        h = fnvStep(h, lower(code));
      } else allCovered = false;
      i += width;
    }
    tokens++;
    if (isDense) denseTokens++;
    else if (allCovered && i - start <= MAX_FW_LEN && isFunctionWordHash(h)) fwHits++;
    else if (allCovered && tokens > 1) {
      contentWords++;
      const c0 = text.charCodeAt(start);
      if (lower(c0) !== c0) capsWords++;
    }
  }
  const words = denseChars > 0 ? tokens - denseTokens + Math.round(denseChars / 2) : tokens;
  const fw = letters > 0 && covered * 2 >= letters && tokens > 0 ? fwHits / tokens : null;
  const ends = endsSentence(text);
  const titleCase = contentWords >= 2 && capsWords >= 0.6 * contentWords;
  // no list item opens with an ASCII letter (the common case: no regex run)
  const c0 = text.charCodeAt(0) | 32;
  const bullet = !(c0 >= 97 && c0 <= 122) && BULLET.test(text);
  return { words, fw, ends, cls: classify(words, fw, ends), plainCls: classify(words, null, ends), titleCase, bullet };
}

/**
 * The class of a block:
 * - good: a prose paragraph (long enough, ends like a sentence or is long, enough function words);
 * - near: prose-like but shorter or thinner;
 * - short: a few words;
 * - bad: long but not prose (headline lists, link rows, addresses, code).
 */
export function classify(words: number, fw: number | null, ends: boolean): BlockClass {
  if (words < 5 && !(ends && words >= 3)) return 'short';
  if (fw === null) {
    if (words >= 12 && (ends || words >= 30)) return 'good';
    if (ends) return 'near';
    return words < 8 ? 'short' : 'bad';
  }
  if (words >= 10 && fw >= 0.2 && (ends || words >= 25)) return 'good';
  if (words >= 7 && ends && fw >= 0.15) return 'good';
  if (fw >= 0.12 || (ends && fw >= 0.08)) return 'near';
  return words < 8 ? 'short' : 'bad';
}

/**
 * Per-block caches live on the block object under one symbol, as a
 * non-enumerable property (invisible to JSON, spreads and deep equality): a
 * property read is several times cheaper than a WeakMap lookup, and rules ask
 * for a block's features about twice per block. The slot remembers the text
 * its values were computed from, so a block whose text changes is computed
 * again. One slot per block, holding every cache's value (issue 14: a
 * defineProperty per cache and block cost ~1.7% of clean()'s CPU; a value
 * written into an existing slot is a plain store).
 */
const SLOT = Symbol('block caches');
type Slot = { text: string; v: unknown[] };
let caches = 0;
function slotOf(block: Block): Slot | undefined {
  return (block as unknown as Record<symbol, Slot | undefined>)[SLOT];
}
export function blockCache<T>(_name: string): { get(block: Block): T | undefined; set(block: Block, value: T): void } {
  const k = caches++;
  return {
    get(block) {
      const s = slotOf(block);
      return s !== undefined && s.text === block.text ? (s.v[k] as T | undefined) : undefined;
    },
    set(block, value) {
      let s = slotOf(block);
      if (s === undefined || s.text !== block.text) {
        const fresh: Slot = { text: block.text, v: [] };
        if (s === undefined) Object.defineProperty(block, SLOT, { value: fresh, writable: true, configurable: true, enumerable: false });
        else (block as unknown as Record<symbol, Slot>)[SLOT] = fresh;
        s = fresh;
      }
      s.v[k] = value;
    },
  };
}

/**
 * Gives `to` the cached values of `from` (every blockCache): a later round that
 * segments the same paragraph again (the settle round, HTML's text round) then
 * does not compute its features again. The slot keeps the text it was computed
 * from, so a block with other text ignores what it inherited. The values are shared,
 * not copied: they are functions of that text alone.
 */
export function inheritCaches(from: Block, to: Block): void {
  const s = slotOf(from);
  if (s === undefined || s.text !== to.text) return;
  // One string for both (equal text): each later get compares a string with itself, not two
  // equal strings character by character, and `to` shares the slot itself, values and all (no
  // new slot per block and round: issue 14).
  (to as { text: string }).text = s.text;
  const t = slotOf(to);
  if (t === undefined) Object.defineProperty(to, SLOT, { value: s, writable: true, configurable: true, enumerable: false });
  else (to as unknown as Record<symbol, Slot>)[SLOT] = s;
}

const cache = blockCache<BlockFeatures>('features');
/** Features of a block, computed once per block object (and again if its text changes). */
export function featuresOf(block: Block): BlockFeatures {
  const c = cache.get(block);
  if (c !== undefined) return c;
  const f = blockFeatures(block.text);
  cache.set(block, f);
  return f;
}
