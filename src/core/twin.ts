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
  /** From a regex, or from a source and flags (then no RegExp is built until a line needs one: V8 parses a pattern, Unicode classes and all, as it builds it). */
  constructor(re: RegExp | string, flags = '') {
    this.source = typeof re === 'string' ? re : re.source;
    this.flags = typeof re === 'string' ? flags : re.flags;
    if (this.flags.includes('g') || this.flags.includes('y')) throw new Error(`Twin: /${this.source}/${this.flags} is global or sticky`);
  }
  /** re.test(text); `wide` is isWide(text) (LineScan.wide; true when unknown). */
  test(text: string, wide: boolean): boolean {
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
