/**
 * Whole-line matching against phrase vocabularies: a line is covered when its
 * words can be cut into phrases of the vocabulary (plus counters and
 * separators). Glued words ("standardsDiscussion", "PlayFBI") are split at
 * lower->Upper boundaries first.
 */
import { codePointClass } from '../../../core/text.js';
import { plainOutsideAscii } from '../../../core/twin.js';

export { Twin } from '../../../core/twin.js';

/** Splits words glued by a missing separator: "standardsDiscussion" -> "standards Discussion", "PlayFBI" -> "Play FBI". */
export function unglue(text: string): string {
  let out: string | null = null;
  let from = 0;
  let prevLower = false;
  for (let i = 0; i < text.length; i++) {
    const k = caseOf(text.charCodeAt(i));
    if (k === UPPER && prevLower) {
      out = (out ?? '') + text.slice(from, i) + ' ';
      from = i;
    }
    prevLower = k === LOWER;
  }
  return out === null ? text : out + text.slice(from);
}

/** The last word of a line in lower case (cased letters only; trailing spaces and colons skipped). */
export function lastWord(text: string): string {
  let e = text.length;
  while (e > 0) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 58 || c === 0xff1a) e--;
    else break;
  }
  let b = e;
  while (b > 0 && caseOf(text.charCodeAt(b - 1)) !== OTHER) b--;
  return text.slice(b, e).toLowerCase();
}

const LOWER = 1;
const UPPER = 2;
const OTHER = 3;
const caseTable = new Uint8Array(65536);
const IS_LOWER = /^\p{Ll}$/u;
const IS_UPPER = /^\p{Lu}$/u;
/** Letter case of a UTF-16 code unit, cached (surrogates count as neither). */
function caseOf(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? LOWER : code >= 65 && code <= 90 ? UPPER : OTHER;
  let k = caseTable[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = IS_LOWER.test(ch) ? LOWER : IS_UPPER.test(ch) ? UPPER : OTHER;
    caseTable[code] = k;
  }
  return k;
}

/** Characters that the word-edge trim removes (. ' ’ + -). */
const EDGE: ReadonlySet<number> = new Set([0x2e, 0x27, 0x2019, 0x2b, 0x2d]);
/** Lines longer than this are never rows of buttons or links. */
const MAX_CHROME_CHARS = 240;
const MAX_CHROME_WORDS = 30;
/** Counters: "12", "1.2K", "3,456". */
const COUNTER = /^\d+(?:[.,]\d+)?[kmкм]?$/iu;
/** Letters and digits, and ' - . + (ASCII) and ’, which join the parts of a chrome word. */
const isWordCp = codePointClass(/^[\p{L}\p{N}]$/u, (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 46 || c === 43);
function isWordChar(code: number): boolean {
  return code === 0x2019 || isWordCp(code);
}

/**
 * Lower-cased words of a line: split at separators and icons, and at glued
 * lower->Upper boundaries; counters dropped; empty for long lines.
 */
/**
 * The chrome word text[start, end): edge dots, quotes and dashes trimmed, lower-cased;
 * '' when nothing is left or the word is a counter (only a word that opens with a digit can be one).
 * A plain function, not a closure in chromeWords: no allocation per line beyond the words.
 */
/**
 * Lower-cased words repeat from line to line ("share", "the", "read"): the facts
 * of a page keep one copy of each short word, not one per line (a 10 MB capture
 * of repeated lines otherwise keeps millions of equal strings; issue 6). Bounded,
 * so a stream of distinct words costs a lookup and nothing more.
 */
const interned = new Map<string, string>();
const singles = new Map<string, readonly string[]>();
const MAX_INTERNED = 4096;
const MAX_INTERNED_CHARS = 24;
/** On only for documents of many lines (see internWords): on a page of a few hundred lines the lookups cost more than the copies. */
let interning = false;
/** Turns interning on or off (factsOf does, per document, by its number of lines). */
export function internWords(on: boolean): void {
  interning = on;
}
function intern(w: string): string {
  if (!interning || w.length > MAX_INTERNED_CHARS) return w;
  const s = interned.get(w);
  if (s !== undefined) return s;
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(w, w);
  return w;
}
/** The chrome words of a one-word line, one frozen array per word (see intern). */
function single(w: string): readonly string[] {
  if (!interning) return [w];
  let a = singles.get(w);
  if (a === undefined) {
    a = Object.freeze([w]);
    if (w.length <= MAX_INTERNED_CHARS) {
      if (singles.size >= MAX_INTERNED) singles.clear();
      singles.set(w, a);
    }
  }
  return a;
}

function chromeWord(text: string, start: number, end: number): string {
  let w = EDGE.has(text.charCodeAt(start)) || EDGE.has(text.charCodeAt(end - 1)) ? text.slice(start, end).replace(/^[.'’+-]+|[.'’-]+$/gu, '') : text.slice(start, end);
  if (w === '') return '';
  w = w.toLowerCase();
  const c0 = w.charCodeAt(0);
  return c0 >= 48 && c0 <= 57 && COUNTER.test(w) ? '' : intern(w);
}

const NO_WORDS: readonly string[] = Object.freeze([]);
/** Words of the line being split, reused: the result is an exact-size copy (a line's words live as long as its facts). */
const scratch: string[] = [];

export function chromeWords(text: string): readonly string[] {
  const out = scratch;
  out.length = 0;
  if (text.length > MAX_CHROME_CHARS) return NO_WORDS;
  let start = -1;
  let prevLower = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const word = i < text.length && isWordChar(code);
    const k = word ? caseOf(code) : OTHER;
    if (word && start >= 0 && k === UPPER && prevLower) {
      const w = chromeWord(text, start, i);
      if (w !== '') out.push(w);
      start = i;
    } else if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      const w = chromeWord(text, start, i);
      if (w !== '') out.push(w);
      start = -1;
      if (out.length > MAX_CHROME_WORDS) return NO_WORDS;
    }
    prevLower = k === LOWER;
  }
  return out.length === 0 ? NO_WORDS : out.length === 1 ? single(out[0]!) : out.slice();
}

/** Per vocabulary: for each first word, the most words of a phrase that opens with it. */
const phraseIndex = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, number>>();
let lastSet: ReadonlySet<string> | null = null;
let lastOpeners: ReadonlyMap<string, number> | null = null;
function openersOf(set: ReadonlySet<string>): ReadonlyMap<string, number> {
  if (set === lastSet) return lastOpeners!;
  let ix = phraseIndex.get(set);
  if (ix === undefined) {
    const m = new Map<string, number>();
    for (const p of set) {
      const parts = p.split(' ');
      m.set(parts[0]!, Math.max(m.get(parts[0]!) ?? 0, parts.length));
    }
    ix = m;
    phraseIndex.set(set, ix);
  }
  lastSet = set;
  lastOpeners = ix;
  return ix;
}

/**
 * True when words can be cut into phrases of `set` (phrases of up to `maxLen` words).
 * Linear in the number of words times maxLen. Words hold no spaces, so a phrase
 * of k words can start at a word only when some phrase of `set` opens with that
 * word and has k words or more: longer phrases are built only then.
 */
/** Boundaries reached, reused between calls (grown when a line has more words). */
let reached = new Uint8Array(64);

export function coveredBy(words: readonly string[], set: ReadonlySet<string>, maxLen = 5): boolean {
  const n = words.length;
  if (n === 0) return false;
  if (reached.length < n + 1) reached = new Uint8Array(2 * (n + 1));
  // ok[i] = 1 when words[0..i) can be cut into phrases
  const ok = reached;
  ok.fill(0, 0, n + 1);
  ok[0] = 1;
  const openers = openersOf(set);
  let reach = 0; // the furthest boundary reached; nothing beyond it can be
  for (let i = 0; i < n; i++) {
    if (i > reach) return false;
    if (ok[i] === 0) continue;
    const w = words[i]!;
    const kmax = Math.min(maxLen, openers.get(w) ?? 0, n - i);
    let phrase = w;
    for (let k = 1; k <= kmax; k++) {
      if (k > 1) phrase = `${phrase} ${words[i + k - 1]!}`;
      if (set.has(phrase)) {
        ok[i + k] = 1;
        if (i + k > reach) reach = i + k;
      }
    }
  }
  return ok[n] === 1;
}

/** True when some run of up to `maxLen` words is a phrase of `set`. */
export function containsPhrase(words: readonly string[], set: ReadonlySet<string>, maxLen: number): boolean {
  const openers = openersOf(set);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const kmax = Math.min(maxLen, openers.get(w) ?? 0, words.length - i);
    let phrase = w;
    for (let k = 1; k <= kmax; k++) {
      if (k > 1) phrase = `${phrase} ${words[i + k - 1]!}`;
      if (set.has(phrase)) return true;
    }
  }
  return false;
}

/** Word boundaries that know every script (JavaScript's \b only knows ASCII letters). */
const W = String.raw`[\p{L}\p{N}_]`;
/** One word character (what W matches), built on first use (a Unicode class costs start-up time to build). */
let tokenChar: RegExp | undefined;
const TOKEN_CHAR = { test: (s: string): boolean => (tokenChar ??= new RegExp(`^${W}$`, 'u')).test(s) };
const START = `(?<!${W})`;
const END = `(?!${W})`;
/** A \b whose sides the pattern does not fix: either edge of a word. */
const EITHER = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

/**
 * Rewrites \b in a regex into a Unicode-aware boundary (flags kept; 'u' added),
 * reading what the pattern matches on each side of it (boundaryKinds): after a
 * word character (a letter, \p{L}, a group whose every branch ends in one, "s?"
 * after a letter) it is "no word character after"; before one, "no word character
 * before"; with a non-word character on one side, "a word character on the other";
 * when neither side is fixed, the exact either-edge form. Patterns of ASCII words
 * only keep the fast built-in \b (exact for ASCII words).
 */
export function ub(re: RegExp): RegExp {
  const [source, flags] = ubSource(re.source, re.flags);
  return new RegExp(source, flags);
}

/**
 * ubSource's answers for the rules' own patterns, worked out when the CLI is bundled (issue 14, cold
 * start): scripts/bundle.mjs loads the rules, records each pattern ubSource rewrites (the hook
 * below) and writes the table into dist/unboil.cjs through esbuild's `define`, keyed by flags and
 * the whole source, so only the very same pattern can take an answer from it; any other pattern
 * (and every pattern in the unbundled dist/, where the name is undefined) is analysed as before.
 * The analysis took a lone run about 5 ms (66 patterns).
 */
declare const __UNBOIL_UB_TABLE__: Readonly<Record<string, readonly [string, string]>> | undefined;
const BUILT = typeof __UNBOIL_UB_TABLE__ === 'undefined' ? undefined : __UNBOIL_UB_TABLE__;
/** Set by scripts/bundle.mjs while it loads the rules: where ubSource records what it analysed. */
interface UbRecorder {
  __unboilUbRecord?: Map<string, readonly [string, string]>;
}

/** ub's source and flags, with no RegExp built (V8 parses a pattern as it builds it): what a Twin takes. */
export function ubSource(source: string, flags: string): [string, string] {
  const f = flags.includes('u') ? flags : flags + 'u';
  if (/^[\x00-\x7f]*$/.test(source) && !source.includes('\\p{')) return [source, f];
  const key = `${flags}/${source}`;
  const built = BUILT !== undefined && Object.hasOwn(BUILT, key) ? BUILT[key] : undefined;
  if (built !== undefined) return [built[0], built[1]];
  const out = analyse(source, f);
  (globalThis as UbRecorder).__unboilUbRecord?.set(key, out);
  return out;
}

/** ubSource's rewrite of each \b (see ub). */
function analyse(source: string, f: string): [string, string] {
  let out = '';
  let from = 0;
  for (const [at, before, after] of boundaryKinds(source)) {
    const b = before === WORD ? END : after === WORD ? START : before === NONWORD ? `(?=${W})` : after === NONWORD ? `(?<=${W})` : EITHER;
    out += source.slice(from, at) + b;
    from = at + 2;
  }
  return [out + source.slice(from), f];
}

/** What a pattern matches on one side of a \b: a word character, a non-word one (or the input's edge), or either. */
const WORD = 1;
const NONWORD = 2;
const EITHER_KIND = 3;
type Side = typeof WORD | typeof NONWORD | typeof EITHER_KIND;
function both(a: Side, b: Side): Side {
  return a === b ? a : EITHER_KIND;
}

interface Tok {
  /** 'c' literal, 'e' escape, 'k' class, '.' any, '(' open, ')' close, '|', '^', '$', 'q' quantifier, 'b' \b or \B. */
  t: string;
  at: number;
  text: string;
  /** open/close: the matching token; '|': its group's open (-1 at top level). */
  mate: number;
  /** open: a lookaround (zero width). */
  look: boolean;
  /** quantifier: may match zero times. */
  zero: boolean;
}

/** Tokens of a regex source (u mode), groups matched. */
function tokenize(source: string): Tok[] {
  const toks: Tok[] = [];
  const open: number[] = [];
  const tok = (t: string, at: number, end: number, look = false, zero = false): Tok => ({ t, at, text: source.slice(at, end), mate: -1, look, zero });
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    let end = i + 1;
    if (c === '\\') {
      const n = source[i + 1];
      if ((n === 'p' || n === 'P' || n === 'u') && source[i + 2] === '{') end = source.indexOf('}', i) + 1;
      else if (n === 'u') end = i + 6;
      else if (n === 'x') end = i + 4;
      else if (n === 'c') end = i + 3;
      else end = i + 2;
      toks.push(tok(n === 'b' || n === 'B' ? 'b' : 'e', i, end));
    } else if (c === '[') {
      end = i + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      end++;
      toks.push(tok('k', i, end));
    } else if (c === '(') {
      const m = /^\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?/.exec(source.slice(i))!;
      end = i + m[0].length;
      const look = /^\(\?<?[=!]$/.test(m[0]);
      open.push(toks.length);
      toks.push(tok('(', i, end, look));
    } else if (c === ')') {
      const o = open.pop() ?? -1;
      const t = tok(')', i, end);
      t.mate = o;
      if (o >= 0) toks[o]!.mate = toks.length;
      toks.push(t);
    } else if (c === '|') {
      const t = tok('|', i, end);
      t.mate = open.length > 0 ? open[open.length - 1]! : -1;
      toks.push(t);
    } else if (c === '?' || c === '*' || c === '+' || (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i)))) {
      if (c === '{') end = source.indexOf('}', i) + 1;
      if (source[end] === '?') end++;
      toks.push(tok('q', i, end, false, c === '?' || c === '*' || (c === '{' && /^\{0[,}]/.test(source.slice(i)))));
    } else {
      end = i + (source.codePointAt(i)! > 0xffff ? 2 : 1);
      toks.push(tok(c === '^' || c === '$' || c === '.' ? c : 'c', i, end));
    }
    i = end;
  }
  return toks;
}

/** What one character-matching token (literal, escape, class, dot) matches. */
function atomSide(tk: Tok): Side {
  const x = tk.text;
  if (tk.t === '.') return EITHER_KIND;
  if (tk.t === 'c') return TOKEN_CHAR.test(x) ? WORD : NONWORD;
  if (tk.t === 'e') return escapeSide(x);
  // a class: every member a word character, or none
  if (x.startsWith('[^')) return EITHER_KIND;
  const body = x.slice(1, -1);
  let side: Side | null = null;
  for (let i = 0; i < body.length; ) {
    let s: Side;
    let end: number;
    if (body[i] === '\\') {
      const n = body[i + 1];
      end = (n === 'p' || n === 'P' || n === 'u') && body[i + 2] === '{' ? body.indexOf('}', i) + 1 : i + 2;
      s = escapeSide(body.slice(i, end));
    } else {
      end = i + (body.codePointAt(i)! > 0xffff ? 2 : 1);
      const ch = body.slice(i, end);
      // a range: word when both ends are letters or both digits, else unknown
      if (body[end] === '-' && end + 1 < body.length) {
        const to = body[end + 1]!;
        end += 2;
        s = TOKEN_CHAR.test(ch) && TOKEN_CHAR.test(to) ? WORD : EITHER_KIND;
      } else s = TOKEN_CHAR.test(ch) ? WORD : NONWORD;
    }
    side = side === null ? s : both(side, s);
    i = end;
  }
  return side ?? EITHER_KIND;
}
function escapeSide(x: string): Side {
  const n = x[1]!;
  if (n === 's' || n === 'W' || n === 'n' || n === 't' || n === 'r' || n === 'f' || n === 'v') return NONWORD;
  if (n === 'd' || n === 'w') return WORD;
  if (n === 'p') return /^\\p\{(?:L|Lu|Ll|Lt|Lm|Lo|N|Nd|Nl|No|Letter|Number)\}$/.test(x) ? WORD : /^\\p\{(?:M|Mn|Mc|Me|P|S|Z|Zs)\}$/.test(x) ? NONWORD : EITHER_KIND;
  if (n === 'u' || n === 'x') {
    const code = parseInt(x.slice(2).replace(/[{}]/g, ''), 16);
    return TOKEN_CHAR.test(String.fromCodePoint(code)) ? WORD : NONWORD;
  }
  if (/[A-Za-z0-9]/.test(n)) return EITHER_KIND; // \S, \D, \P{…}, back-references
  return NONWORD; // an escaped punctuation mark: \. \/ \(
}

/** What the pattern matches just before token k. */
function sideBefore(toks: readonly Tok[], k: number): Side {
  const j = k - 1;
  if (j < 0) return EITHER_KIND; // the pattern's start: any character may precede
  const tk = toks[j]!;
  switch (tk.t) {
    case 'b':
      return sideBefore(toks, j);
    case '^':
      return NONWORD;
    case '$':
      return EITHER_KIND;
    case '|':
      return tk.mate < 0 ? EITHER_KIND : sideBefore(toks, tk.mate);
    case '(':
      return tk.look ? EITHER_KIND : sideBefore(toks, j);
    case ')': {
      const o = tk.mate;
      if (o < 0) return EITHER_KIND;
      if (toks[o]!.look) return sideBefore(toks, o);
      // every branch's last character
      let side = sideBefore(toks, j);
      for (let i = o + 1; i < j; i++) if (toks[i]!.t === '|' && toks[i]!.mate === o) side = both(side, sideBefore(toks, i));
      return side;
    }
    case 'q': {
      const atomEnd = j - 1;
      if (atomEnd < 0) return EITHER_KIND;
      const atomStart = toks[atomEnd]!.t === ')' ? toks[atomEnd]!.mate : atomEnd;
      const side = sideBefore(toks, j);
      return tk.zero ? both(side, sideBefore(toks, atomStart)) : side;
    }
    default:
      return atomSide(tk);
  }
}

/** What the pattern matches from token k on. */
function sideAfter(toks: readonly Tok[], k: number): Side {
  if (k >= toks.length) return EITHER_KIND; // the pattern's end: any character may follow
  const tk = toks[k]!;
  let atomEnd = k;
  let side: Side;
  switch (tk.t) {
    case 'b':
      return sideAfter(toks, k + 1);
    case '$':
      return NONWORD;
    case '^':
    case 'q':
      return EITHER_KIND;
    case '|':
    case ')': {
      // the end of a branch: what follows its group (a repeated group may start again: unknown)
      const o = tk.mate;
      if (o < 0) return EITHER_KIND;
      const close = tk.t === ')' ? k : toks[o]!.mate;
      if (toks[o]!.look || close < 0 || toks[close + 1]?.t === 'q') return EITHER_KIND;
      return sideAfter(toks, close + 1);
    }
    case '(': {
      if (tk.mate < 0) return EITHER_KIND;
      if (tk.look) return sideAfter(toks, tk.mate + 1);
      atomEnd = tk.mate;
      side = sideAfter(toks, k + 1);
      for (let i = k + 1; i < tk.mate; i++) if (toks[i]!.t === '|' && toks[i]!.mate === k) side = both(side, sideAfter(toks, i + 1));
      break;
    }
    default:
      side = atomSide(tk);
  }
  const q = toks[atomEnd + 1];
  // an atom that may match nothing: what follows it may come instead
  return q?.t === 'q' && q.zero ? both(side, sideAfter(toks, atomEnd + 2)) : side;
}

/** Each \b of a source (outside classes): its index, and what the pattern matches before and after it. */
export function boundaryKinds(source: string): [number, Side, Side][] {
  const toks = tokenize(source);
  const out: [number, Side, Side][] = [];
  toks.forEach((tk, k) => {
    if (tk.t === 'b' && tk.text === '\\b') out.push([tk.at, sideBefore(toks, k), sideAfter(toks, k + 1)]);
  });
  return out;
}

const tokenTable = new Uint8Array(65536); // 0 unknown, 1 token char, 2 not
function isTokenChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  let k = tokenTable[code]!;
  if (k === 0) {
    // Surrogate halves: astral letters (rare) count as token characters.
    k = code >= 0xd800 && code <= 0xdfff ? 1 : TOKEN_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    tokenTable[code] = k;
  }
  return k === 1;
}

/** Number of word tokens (runs of letters, digits, '_'), as core/text's wordCount, without a regex. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = isTokenChar(s.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/**
 * Where /[\p{Ll})’”'"?!]\p{Lu}/u would next match from `from` (the index of its first
 * character), or -1; exact for text without surrogates, as caseOf reads the BMP.
 */
export function glueFrom(text: string, from: number): number {
  let prev = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = caseOf(c);
    if (k === UPPER && prev) return i - 1;
    prev = k === LOWER || c === 0x29 || c === 0x2019 || c === 0x201d || c === 0x27 || c === 0x22 || c === 0x3f || c === 0x21;
  }
  return -1;
}

/** countWords(text.slice(from)) >= min, counted in place and stopping at min. */
export function hasWordsFrom(text: string, from: number, min: number): boolean {
  if (min <= 0) return true;
  let n = 0;
  let inWord = false;
  for (let i = from; i < text.length; i++) {
    const w = isTokenChar(text.charCodeAt(i));
    if (w && !inWord && ++n >= min) return true;
    inWord = w;
  }
  return false;
}

/**
 * The first word of a line as chromeWords would give it (lower case, glued
 * words split, counters skipped), or '' when there is none in the first 60
 * characters: a cheap gate before matching a whole line.
 */
export function firstWordOf(text: string): string {
  const n = Math.min(text.length, 60);
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    let prevLower = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      const k = caseOf(c);
      if (k === UPPER && prevLower) break;
      prevLower = k === LOWER;
      i++;
    }
    if (i === start) break;
    // The trim regex runs only when the word opens or closes with one of its characters.
    const a = text.charCodeAt(start);
    const z = text.charCodeAt(i - 1);
    const trimmed = EDGE.has(a) || EDGE.has(z) ? text.slice(start, i).replace(/^[.'’+-]+|[.'’-]+$/gu, '') : text.slice(start, i);
    if (trimmed === '') continue;
    const w = trimmed.toLowerCase();
    const c0 = w.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && COUNTER.test(w)) continue; // counters ("12", "1.2K") are skipped, as chromeWords does
    return intern(w);
  }
  return '';
}

/** First words of the phrases of a vocabulary. */
export function firstWords(phrases: Iterable<string>): ReadonlySet<string> {
  const s = new Set<string>();
  for (const p of phrases) s.add(p.split(' ')[0]!);
  return s;
}

/** True when a lower-case letter or a closing mark ) ’ ” ' " ? ! runs straight into a capital. */
export function hasGlue(text: string): boolean {
  let prev = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = caseOf(c);
    if (k === UPPER && prev) return true;
    prev = k === LOWER || c === 0x29 || c === 0x2019 || c === 0x201d || c === 0x27 || c === 0x22 || c === 0x3f || c === 0x21;
  }
  return false;
}

/** What one pass over a line's characters tells the rules (see scanLine). */
export interface LineScan {
  /** countWords(text). */
  words: number;
  /** countWords(unglue(text)): each glue point splits a word in two. */
  wordsUnglued: number;
  /** hasGlue(text). */
  glued: boolean;
  /** A code unit outside ASCII: only then can a pattern with non-ASCII letters match. */
  nonAscii: boolean;
  /** A surrogate code unit (a character outside the BMP, an emoji say). */
  astral: boolean;
  /**
   * A code unit outside ASCII that is a letter, a digit, a mark, has a case or is a surrogate
   * (see plainOutsideAscii): only then can a pattern's ASCII twin answer differently (asciiTwin).
   */
  wide: boolean;
}

// Per code unit: token char (countWords), lower / upper case (caseOf), closing mark (hasGlue); 0 = unknown.
const F_TOKEN = 1;
const F_LOWER = 2;
const F_UPPER = 4;
const F_CLOSER = 8;
const F_KNOWN = 16;
const F_WIDE = 32;
const flagTable = new Uint8Array(65536);
const CLOSERS: ReadonlySet<number> = new Set([0x29, 0x2019, 0x201d, 0x27, 0x22, 0x3f, 0x21]);
function flagsOf(code: number): number {
  let f = flagTable[code]!;
  if (f === 0) {
    const k = caseOf(code);
    f = F_KNOWN | (isTokenChar(code) ? F_TOKEN : 0) | (k === LOWER ? F_LOWER : k === UPPER ? F_UPPER : 0) | (CLOSERS.has(code) ? F_CLOSER : 0) | (code >= 128 && !plainOutsideAscii(code) ? F_WIDE : 0);
    flagTable[code] = f;
  }
  return f;
}
for (let c = 0; c < 128; c++) flagsOf(c);

/**
 * countWords, the glue points of unglue and hasGlue in one pass, with no string
 * built: the rules share it instead of walking every line several times.
 */
export function scanLine(text: string): LineScan {
  return scanLineInto(text, { words: 0, wordsUnglued: 0, glued: false, nonAscii: false, astral: false, wide: false });
}

/** scanLine writing into `out` (the facts of a line are one object, not two). */
export function scanLineInto<T extends LineScan>(text: string, out: T): T {
  let words = 0;
  let glues = 0;
  let glued = false;
  let nonAscii = false;
  let astral = false;
  let wide = false;
  let inWord = false;
  let prevLower = false;
  let prevGlue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      nonAscii = true;
      if (c >= 0xd800 && c <= 0xdfff) astral = true;
    }
    const f = flagsOf(c);
    if ((f & F_WIDE) !== 0) wide = true;
    const tok = (f & F_TOKEN) !== 0;
    if (tok && !inWord) words++;
    inWord = tok;
    if ((f & F_UPPER) !== 0) {
      if (prevLower) glues++;
      if (prevGlue) glued = true;
    }
    prevLower = (f & F_LOWER) !== 0;
    prevGlue = (f & (F_LOWER | F_CLOSER)) !== 0;
  }
  out.words = words;
  out.wordsUnglued = words + glues;
  out.glued = glued;
  out.nonAscii = nonAscii;
  out.astral = astral;
  out.wide = wide;
  return out;
}
