/**
 * Twin regexes (issue 14, cold start): a Unicode pattern beside an ASCII twin that answers
 * alike on text whose characters outside ASCII are all caseless punctuation.
 */

/**
 * A character outside ASCII that no Unicode class of a pattern can tell from punctuation: not a
 * letter, digit or mark, without case, not a surrogate half ("’", "—", "…", "«", "©", NBSP).
 */
const NOT_PLAIN = /^[\p{L}\p{N}\p{M}]$/u;
export function plainOutsideAscii(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const ch = String.fromCharCode(code);
  return !NOT_PLAIN.test(ch) && ch.toLowerCase() === ch && ch.toUpperCase() === ch;
}

/** ASCII ranges of the Unicode classes a twin may replace (inside a class). */
const ASCII_OF: Readonly<Record<string, string>> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };

/**
 * The source of re with every \p{L}, \p{Lu}, \p{Ll}, \p{N}, \p{M} replaced by its ASCII part
 * ([A-Za-z], [A-Z], [a-z], [0-9], nothing); null when it has another property class.
 * On text whose characters outside ASCII are all plain (isWide false) the two match
 * alike: such a class can only match, or fail on, the ASCII characters of that text, and
 * under /i both sides fold the same ASCII letters.
 */
function asciiSource(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const p = source[i + 1];
      if ((p === 'p' || p === 'P') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        const ascii = ASCII_OF[source.slice(i + 3, close)];
        if (p === 'P' || close < 0 || ascii === undefined) return null;
        out += inClass ? ascii : ascii === '' ? '[]' : `[${ascii}]`;
        i = close;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A regex with an ASCII twin (issue 14, cold start): the Unicode classes of a pattern (and the
 * boundaries ub writes, [\p{L}\p{N}_] twice per \b) cost V8 most of a millisecond each to
 * build and compile, on first use. A line with nothing outside ASCII but punctuation
 * (isWide false, LineScan.wide in the line rules: most lines of a page in a Latin-script language) is tested by the twin,
 * whose classes are ASCII ranges, with the same answer; the Unicode pattern is built only when a
 * wider line comes. Not for /g or /y patterns (test() moves their lastIndex).
 */
export class Twin {
  readonly source: string;
  readonly flags: string;
  private full: RegExp | null = null;
  private ascii: RegExp | null | undefined = undefined;
  /** Pieces of plain text one of which any match holds (requiredPieces); null when not known. */
  private needs: readonly string[] | null | undefined = undefined;
  /** From a regex, or from a source and flags (then no RegExp is built until a line needs one: V8 parses a pattern, Unicode classes and all, as it builds it). */
  constructor(re: RegExp | string, flags = '') {
    this.source = typeof re === 'string' ? re : re.source;
    this.flags = typeof re === 'string' ? flags : re.flags;
    if (this.flags.includes('g') || this.flags.includes('y')) throw new Error(`Twin: /${this.source}/${this.flags} is global or sticky`);
  }
  /** re.test(text); `wide` is isWide(text) (LineScan.wide; true when unknown). */
  test(text: string, wide: boolean): boolean {
    if (!wide) {
      if (this.needs === undefined) this.needs = requiredPieces(this.source, this.flags);
      if (this.needs !== null && !holdsAny(text, this.needs, this.flags.includes('i'))) return false;
    }
    return this.pick(wide).test(text);
  }
  /** re.exec(text), as test(): on a text that is not wide the twin matches the same span with the same groups. */
  exec(text: string, wide: boolean): RegExpExecArray | null {
    return this.pick(wide).exec(text);
  }
  private pick(wide: boolean): RegExp {
    if (!wide) {
      if (this.ascii === undefined) {
        const src = asciiSource(this.source);
        this.ascii = src === null ? null : new RegExp(src, this.flags);
      }
      if (this.ascii !== null) return this.ascii;
    }
    return (this.full ??= new RegExp(this.source, this.flags));
  }
}

/** Shortest piece of plain text worth a search before a pattern runs. */
const MIN_PIECE = 3;

/**
 * A piece of plain text (ASCII letters, digits, spaces; lower-cased under /i) from each top-level
 * alternative of a pattern, which every match of that alternative holds: the longest run of such
 * characters outside groups, classes and escapes, without a character a quantifier makes optional
 * or repeats. Null when the pattern is anchored at the start of every alternative (it fails fast
 * without help) or an alternative has no such piece of MIN_PIECE characters.
 *
 * A text that is not wide (isWide) holds, under /i, a match of such a piece only as the same
 * ASCII letters in some case: its characters outside ASCII are caseless punctuation, and the
 * letters /iu folds onto ASCII ones (ſ, K) are wide. So on such a text a pattern none of whose
 * pieces the text holds (lower-cased) cannot match, and the regex is not run (issue 14: the
 * unanchored /iu patterns of the line rules cost microseconds per line, their \b lookbehinds
 * tried at every position; a search for a word costs a few dozen nanoseconds).
 */
export function requiredPieces(source: string, flags: string): string[] | null {
  const alts = topAlternatives(source);
  if (alts.every((alt) => alt.startsWith('^'))) return null;
  const pieces = piecesOf(alts);
  if (pieces === null) return null;
  return [...new Set(flags.includes('i') ? pieces.map((p) => p.toLowerCase()) : pieces)];
}

/** Pieces one of which every match of one of the alternatives holds; null when an alternative has none. */
function piecesOf(alts: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const alt of alts) {
    const p = altPieces(alt);
    if (p === null) return null;
    out.push(...p);
  }
  return out;
}

/** The index of the ')' closing the group opened at `open` (the last index when none does); escapes and classes skipped. */
function groupClose(s: string, open: number): number {
  let depth = 1;
  let inClass = false;
  let i = open + 1;
  for (; i < s.length && depth > 0; i++) {
    const d = s[i]!;
    if (d === '\\') i++;
    else if (inClass) inClass = d !== ']';
    else if (d === '[') inClass = true;
    else if (d === '(') depth++;
    else if (d === ')') depth--;
  }
  return i - 1;
}

/** The alternatives of a pattern source at its top level (outside groups and classes). */
function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') i = groupClose(source, i);
    else if (c === '|') {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const PLAIN = /^[A-Za-z0-9 ]$/;

/**
 * What one alternative (a sequence) must hold, as pieces one of which it holds: a run of plain
 * characters outside groups, classes and escapes (without a character a quantifier makes
 * optional or repeats), or the pieces of a group that no quantifier follows and that is no
 * lookaround (one piece from each of its alternatives). Of these, the set whose shortest piece
 * is longest; null when none has a piece of MIN_PIECE characters in each member.
 */
function altPieces(alt: string): string[] | null {
  let best: string[] | null = null;
  const offer = (set: string[] | null) => {
    if (set === null || set.length === 0 || set.some((p) => p.trim().length < MIN_PIECE)) return;
    const short = (x: string[]) => Math.min(...x.map((p) => p.length));
    if (best === null || short(set) > short(best) || (short(set) === short(best) && set.length < best.length)) best = set;
  };
  let run = '';
  const end = () => {
    offer([run]);
    run = '';
  };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    if (c === '?' || c === '*' || c === '+' || c === '{') {
      // the character before is optional or repeated: it leaves the run (a lone '{' that is no
      // quantifier only ends a run early: still sound)
      run = run.slice(0, -1);
      end();
      if (c === '{') while (i < alt.length && alt[i] !== '}') i++;
      continue;
    }
    if (PLAIN.test(c)) {
      run += c;
      continue;
    }
    end();
    if (c === '\\') {
      // an escape is one item: \p{..} / \u{..} / \k<..> with its braces
      const n = alt[i + 1];
      i++;
      if (((n === 'p' || n === 'P' || n === 'u' || n === 'x') && alt[i + 1] === '{') || (n === 'k' && alt[i + 1] === '<')) {
        const close = alt[i + 1] === '{' ? '}' : '>';
        while (i < alt.length && alt[i] !== close) i++;
      }
      continue;
    }
    if (c === '[') {
      for (i++; i < alt.length && alt[i] !== ']'; i++) if (alt[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      const open = i;
      i = groupClose(alt, i); // at the ')'
      const q = alt[i + 1];
      const body = alt.slice(open + 1, i);
      const look = body.startsWith('?=') || body.startsWith('?!') || body.startsWith('?<=') || body.startsWith('?<!');
      if (!look && q !== '?' && q !== '*' && q !== '+' && q !== '{') {
        // a group, capturing or not (a named one: (?<name>...))
        const inner = body.startsWith('?:') ? body.slice(2) : body.startsWith('?<') ? body.slice(body.indexOf('>') + 1) : body;
        offer(piecesOf(topAlternatives(inner)));
      }
    }
  }
  end();
  return best;
}

/** The text's lower-case form, for the last text asked about (the line rules try many patterns on one line in a row). */
let lastText = '';
let lastLower = '';
function holdsAny(text: string, pieces: readonly string[], fold: boolean): boolean {
  let t = text;
  if (fold) {
    if (text !== lastText) {
      lastText = text;
      lastLower = text.toLowerCase();
    }
    t = lastLower;
  }
  for (const p of pieces) if (t.includes(p)) return true;
  return false;
}

/** Per code unit: 1 plain (ASCII, or caseless punctuation outside it), 2 wide; 0 not yet known. */
const wideTable = new Uint8Array(65536);

/** True when text has a character a Twin's ASCII twin could answer differently on (see plainOutsideAscii). */
export function isWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    let k = wideTable[c]!;
    if (k === 0) wideTable[c] = k = plainOutsideAscii(c) ? 1 : 2;
    if (k === 2) return true;
  }
  return false;
}
