/** Small text helpers shared by the pipeline, rules and extractors. */

/**
 * White space that fold() must rewrite: a run of two or more white-space
 * characters, or one white-space character other than a plain space (NBSP and
 * friends included; the class is JS \s, which already holds them). A single
 * plain space is left alone: matching it too gives the same result, but V8's
 * replace() costs microseconds per match, which made fold() take seconds on a
 * megabyte of prose (issue 6, linear time).
 */
// No `u` flag (every character here is in the BMP, so the matches are the same): with it, V8 pushes a
// backtrack entry per character of a run in two-byte strings and throws RangeError past ~8M characters.
const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Longer strings are folded by an exec() loop. */
const LARGE = 1 << 16;
/** Pieces joined at a time by that loop (keeps its arrays small and short-lived). */
const PIECES = 8192;

/**
 * Folds NBSP and runs of white space into one space and trims. Past 64 K
 * characters an exec() loop joining bounded batches replaces String#replace:
 * with millions of matches (10 MB of `<b>x ` once its tags are blanked) V8's
 * replace builds one match list that the young-generation GC copies over and
 * over, 14 ms at 1 MB but 670 ms at 10 MB (issue 6, linear time).
 */
export function fold(s: string): string {
  if (s.length < LARGE) return s.replace(SPACE_RUN, ' ').trim();
  const out: string[] = [];
  let piece: string[] = [];
  let last = 0;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(s); m; m = SPACE_RUN.exec(s)) {
    piece.push(s.slice(last, m.index), ' ');
    last = m.index + m[0].length;
    if (piece.length >= PIECES) {
      out.push(piece.join(''));
      piece = [];
    }
  }
  piece.push(s.slice(last));
  out.push(piece.join(''));
  return out.join('').trim();
}

/** Word tokens the way the benchmark counts them: runs of letters, digits and '_'. */
// Bounded: an unbounded run overflows V8's backtrack stack (RangeError) on a ~10M-letter run in a two-byte
// string; a "word" over 1000 letters is junk, and it is counted as several words.
const WORD = /[\p{L}\p{N}_]{1,1000}/gu;
export function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Letters, digits and '_' (what WORD matches), cached per BMP code unit: 0 unknown, 1 yes, 2 no. */
/**
 * A code-point test for the one-character class `re`, cached per BMP code unit
 * (a lone surrogate is in no class); `ascii` answers below 128 without a lookup.
 */
export function codePointClass(re: RegExp, ascii: (cp: number) => boolean): (cp: number) => boolean {
  const table = new Uint8Array(65536); // 0 unknown, 1 in the class, 2 not
  return (cp) => {
    if (cp < 128) return ascii(cp);
    if (cp > 0xffff) return re.test(String.fromCodePoint(cp));
    let k = table[cp]!;
    if (k === 0) {
      k = cp >= 0xd800 && cp <= 0xdfff ? 2 : re.test(String.fromCharCode(cp)) ? 1 : 2;
      table[cp] = k;
    }
    return k === 1;
  };
}

const isTokenCp = codePointClass(/^[\p{L}\p{N}_]$/u, (cp) => (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95);

/**
 * Number of WORD matches, counted by hand (a regex exec per token cost ~0.7 us
 * per line): each maximal run of letters, digits and '_' (in code points, as /u
 * reads them) is ceil(length / 1000) matches. Counting stops at `limit`.
 */
function countTokens(s: string, limit = Infinity): number {
  let n = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isTokenCp(cp)) {
      if (run === 0 || run === 1000) {
        if (++n >= limit) return n;
        run = 0;
      }
      run++;
    } else run = 0;
  }
  return n;
}

/**
 * The words of s (what words() gives: runs of letters, digits and '_', cut every 1000 code
 * points) of at least minLength UTF-16 units, lower-cased; found by hand, without a regex's
 * match array (issue 14: the headline model reads the lead paragraphs' words).
 */
export function lowerWords(s: string, minLength: number): string[] {
  const out: string[] = [];
  let start = -1;
  let run = 0;
  let i = 0;
  while (i < s.length) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isTokenCp(cp)) {
      if (start >= 0 && run === 1000) {
        if (i - start >= minLength) out.push(s.slice(start, i).toLowerCase());
        start = -1;
      }
      if (start < 0) {
        start = i;
        run = 0;
      }
      run++;
    } else if (start >= 0) {
      if (i - start >= minLength) out.push(s.slice(start, i).toLowerCase());
      start = -1;
    }
    i += width;
  }
  if (start >= 0 && s.length - start >= minLength) out.push(s.slice(start).toLowerCase());
  return out;
}

/** countTokens(s) >= min, stopping at min (a paragraph's first words decide). */
export function hasTokens(s: string, min: number): boolean {
  return min <= 0 || countTokens(s, min) >= min;
}

/** True when the text ends like a sentence (., !, ?, …, closing quotes after them, CJK full stops). */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…。！？؟।][”’"'»)\]]*$/u.test(s);
}

export const wordCount = (s: string): number => countTokens(s);

/** JS `\s` (which holds U+00A0) for one UTF-16 code unit: tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000..U+200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF. */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Runs of digits in text, counted up to two: a date with its day and year, a time, a date in figures. */
export function digitGroups(text: string): number {
  let groups = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit && !inRun && ++groups >= 2) return groups;
    inRun = digit;
  }
  return groups;
}
