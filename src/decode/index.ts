/**
 * Bytes -> text, once. Detects gzip (magic bytes), refuses binary junk and
 * inputs over `maxBytes`, chooses the character encoding (BOM, declaration,
 * UTF-8 validity, detection: see charset.ts), then normalises the text: line
 * endings, mojibake repair, C1 controls, zero-width and bidi controls, NFC.
 *
 * Text captures get one more step once the format is known (finishText):
 * HTML character references left in the text are decoded. HTML input is not
 * touched there: its parser decodes references.
 *
 * Size limit: an input larger than `maxBytes` (default DEFAULT_MAX_BYTES,
 * 50 MiB; for gzip, the limit also applies to the decompressed size) makes
 * decode() — and so clean() — throw `InputError('too-large', ...)` before any
 * work is done, so a caller (the CLI, a batch) turns it into an error record
 * naming the input instead of a slow run. A string input under the limit never
 * throws.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { decodeBytes, sniffUtf16 } from './charset.js';
import { repairMojibake } from './mojibake.js';
import { decodeEntities } from './entities.js';
import { CP1252_HIGH, CP1252_BYTE } from './cp1252.js';
import { nfcSafeBits } from './nfc-safe.js';

export { canonicalEncoding, prescanCharset, detectLegacy } from './charset.js';
export { repairMojibake } from './mojibake.js';
export { decodeEntities } from './entities.js';

/** Default input size limit: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    public readonly code: 'binary' | 'too-large' | 'gzip',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Decoded {
  text: string;
  bytes: number;
  sha256: string;
  encoding: string;
  /** true when the bytes were gzip-compressed. */
  gzip: boolean;
  warnings: string[];
}

export interface DecodeOptions {
  /** Inputs larger than this many bytes throw InputError('too-large'). Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

/**
 * Invisible characters that only steer rendering: zero-width space, LRM/RLM,
 * bidi embeddings, overrides and isolates, word joiner and invisible
 * operators, the Arabic letter mark, BOM / zero-width no-break space, and the
 * soft hyphen (it splits words for matching). ZWJ / ZWNJ are handled apart.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
/** ZWNJ / ZWJ carry meaning between letters (Persian, Indic scripts) and inside emoji sequences; elsewhere they are noise. */
let joinerOutsideWord: RegExp | null = null;
/** Built on first use (a text with a joiner): V8 parses its Unicode classes as it builds it, ~1 ms of every start otherwise. */
const JOINER_OUTSIDE_WORD = (): RegExp =>
  (joinerOutsideWord ??= /(?<![\p{L}\p{M}\p{Extended_Pictographic}\uFE0F])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu);
const C0_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Any character that the line-ending, surrogate, C1, invisible, joiner or C0
 * steps act on. Nearly every capture has none (emoji pages have surrogates):
 * one regex scan then skips those six passes.
 */
const NEEDS_FIXUP = /[\r\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ud800-\udfff\ufeff]/;
const HAS_C1 = /[\u0080-\u009f]/;
const HAS_SURROGATE = /[\ud800-\udfff]/;

/** ES2024 string methods (Node 20 has them; the project's TypeScript lib is es2023). */
interface WellFormed {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

const NOT_LATIN1 = /[^\u0000-\u00ff]/;

/** Next index of CR, U+2028 or U+2029 at or after `from`, or -1. `wide`: the text has characters above U+00FF. */
function nextSeparator(t: string, from: number, wide: boolean): number {
  let i = t.indexOf('\r', from);
  if (!wide) return i;
  for (const sep of ['\u2028', '\u2029']) {
    const j = t.indexOf(sep, from);
    if (j >= 0 && (i < 0 || j < i)) i = j;
  }
  return i;
}

/**
 * CRLF, lone CR, U+2028, U+2029 -> LF. A copy of the text in a Buffer,
 * rewritten in place (CRLF closes the gap by moving the next run down), then
 * one string: replace(/\r\n?|[\u2028\u2029]/g, '\n') made hundreds of
 * thousands of parts on a CR-only 10 MB capture, and its garbage collection
 * cost 45x the 1 MB time (issue 6).
 */
function toLf(t: string): string {
  const wide = NOT_LATIN1.test(t);
  let at = nextSeparator(t, 0, wide);
  if (at < 0) return t;
  const w = wide ? 2 : 1;
  const buf = Buffer.from(t, wide ? 'utf16le' : 'latin1');
  let out = at; // characters written so far (in place up to the first removed one)
  let from = at; // start of the run not yet moved
  while (at >= 0) {
    if (out !== from) buf.copy(buf, out * w, from * w, at * w);
    out += at - from;
    if (wide) buf.writeUInt16LE(0x0a, out * 2);
    else buf[out] = 0x0a;
    out++;
    from = at + (t.charCodeAt(at) === 0x0d && t.charCodeAt(at + 1) === 0x0a ? 2 : 1);
    at = nextSeparator(t, from, wide);
  }
  if (out !== from) buf.copy(buf, out * w, from * w, t.length * w);
  out += t.length - from;
  return buf.toString(wide ? 'utf16le' : 'latin1', 0, out * w);
}

/** C1 control characters come from Windows-1252 text read as Latin-1: map them to what Windows-1252 meant. */
function c1ToCp1252(s: string): string {
  // A loop, not replace() with a callback: V8 gathers all matches of a function replacer first (issue 6).
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || c > 0x9f) continue;
    if (i > last) parts.push(s.slice(last, i));
    const cp = CP1252_HIGH[c - 0x80]!;
    if (cp >= 0xa0) parts.push(String.fromCharCode(cp));
    last = i + 1;
  }
  if (last < s.length) parts.push(s.slice(last));
  return parts.join('');
}

/** Bits of scanText's answer. */
const SCAN_FIXUP = 1;
const SCAN_LEAD = 2;
const SCAN_NFC = 4;
const SCAN_ALL = SCAN_FIXUP | SCAN_LEAD | SCAN_NFC;

/** A character NEEDS_FIXUP matches (C0 controls but tab and LF are tested by the caller). */
function fixupChar(c: number): boolean {
  return (
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0xfeff
  );
}

/** A character that stands for a UTF-8 continuation byte read as Windows-1252 (mojibake.ts's continuation class). */
function continuationChar(c: number): boolean {
  return (c >= 0x80 && c <= 0xbf) || (c > 0xff && CP1252_BYTE.has(c));
}

/** A character other than tab, LF and printable ASCII: the only ones normalizeText may change. */
const NOT_PLAIN = /[^\t\n\x20-\x7e]/g;
/** Runs of non-plain characters scanText finds by regex before it reads the rest of the text in a loop (a page in a non-Latin script). */
const SCAN_RUNS = 4096;

/** scanText's bits for the non-plain character at i, added to f. */
function scanChar(s: string, i: number, f: number, safe: Uint32Array): number {
  const c = s.charCodeAt(i);
  if (c < 0x20) return f | SCAN_FIXUP;
  if ((f & SCAN_FIXUP) === 0 && fixupChar(c)) f |= SCAN_FIXUP;
  if ((f & SCAN_LEAD) === 0 && c >= 0xc2 && c <= 0xf4 && i + 1 < s.length && continuationChar(s.charCodeAt(i + 1))) f |= SCAN_LEAD;
  if ((f & SCAN_NFC) === 0 && c >= 0x300 && ((safe[c >>> 5]! >>> (c & 31)) & 1) === 0) f |= SCAN_NFC;
  return f;
}

/** Tab, LF or printable ASCII. */
function plainChar(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a;
}

/**
 * What normalizeText has to do to a text, in one pass over its characters (issue 14: an HTML
 * page is ~170 K characters, and the separate regex scans, each over the whole page when it
 * finds nothing, then ICU's NFC pass, were ~5% of an HTML clean()):
 *  - SCAN_FIXUP: a character NEEDS_FIXUP matches (line separators, controls, invisibles, surrogates);
 *  - SCAN_LEAD: a mojibake lead (U+00C2..U+00F4) followed by a continuation character, as
 *    repairMojibake's quick test asks (without one it repairs nothing);
 *  - SCAN_NFC: a character NFC may change or move (outside nfc-safe.ts's table): without one
 *    the text is NFC already and ICU's normalize() is skipped (it would return the same text).
 * The plain characters between are skipped by a regex (twice as fast as a charCodeAt loop);
 * each run of other characters is read in a loop. Stops once all three are known.
 */
function scanText(s: string): number {
  const n = s.length;
  const safe = nfcSafeBits();
  let f = 0;
  let runs = 0;
  NOT_PLAIN.lastIndex = 0;
  while (f !== SCAN_ALL && NOT_PLAIN.test(s)) {
    let i = NOT_PLAIN.lastIndex - 1;
    for (; i < n && f !== SCAN_ALL; i++) {
      // past SCAN_RUNS runs, the rest of the text is read here to its end
      if (plainChar(s.charCodeAt(i))) {
        if (runs < SCAN_RUNS) break;
        continue;
      }
      f = scanChar(s, i, f, safe);
    }
    if (i >= n) break;
    runs++;
    NOT_PLAIN.lastIndex = i;
  }
  return f;
}

/**
 * Line endings (CRLF, lone CR, U+2028/2029 -> LF), lone surrogates -> U+FFFD,
 * mojibake repair, C1 controls, invisible controls removed, other C0 controls
 * -> space, NFC. Idempotent. Applied to every capture.
 */
export function normalizeText(s: string, warnings?: string[]): string {
  // One pass says which steps below can change the text (none: printable ASCII, most pages).
  const scan = scanText(s);
  if (scan === 0) return s;
  // Each step runs only when its characters are there (issue 5: the steps used to be eight full passes).
  let t = s;
  let fixup = (scan & SCAN_FIXUP) !== 0;
  if (fixup) {
    t = toLf(t);
    // Lone surrogates -> U+FFFD, as toWellFormed() does; emoji pairs stay.
    if (HAS_SURROGATE.test(t) && !(t as unknown as WellFormed).isWellFormed()) t = (t as unknown as WellFormed).toWellFormed();
  }
  // the scan's lead test is of the text as given: a text the step above changed is tested again there
  if ((scan & SCAN_LEAD) !== 0 || t !== s) {
    const moji = repairMojibake(t);
    if (moji.count > 0) {
      t = moji.text;
      warnings?.push(`repaired ${moji.count} mojibake character${moji.count === 1 ? '' : 's'} (UTF-8 text that had been read as Windows-1252)`);
      // Repaired characters are new ones (U+0085, U+200B ...): look again (a repair makes no surrogate).
      fixup = NEEDS_FIXUP.test(t);
    }
  }
  if (fixup) {
    if (HAS_C1.test(t)) t = c1ToCp1252(t);
    t = t.replace(INVISIBLE, '');
    // The joiner regex opens with a lookbehind, which keeps V8 from skipping ahead: run it only when there is a joiner.
    if (t.indexOf('\u200c') >= 0 || t.indexOf('\u200d') >= 0) t = t.replace(JOINER_OUTSIDE_WORD(), '');
    // C0 controls other than tab / newline carry nothing in a text capture.
    t = t.replace(C0_CONTROLS, ' ');
  }
  // A text of NFC-safe characters only (most pages: ASCII, Latin-1, punctuation, Cyrillic, CJK) is NFC: skip ICU.
  const nfc = t === s ? (scan & SCAN_NFC) !== 0 : (scanText(t) & SCAN_NFC) !== 0;
  return nfc ? t.normalize('NFC') : t;
}

/**
 * Last decoding step once the format is known: a text capture gets the HTML
 * character references left in it decoded (then normalised again, as a
 * reference can spell a control or an invisible character). HTML is returned
 * as it is. Warnings are appended to `warnings`.
 */
export function finishText(text: string, format: 'text' | 'html', warnings: string[]): string {
  if (format !== 'text') return text;
  const ent = decodeEntities(text);
  if (ent.count === 0) return text;
  warnings.push(`decoded ${ent.count} HTML character reference${ent.count === 1 ? '' : 's'} left in the text`);
  return normalizeText(ent.text, warnings);
}

/** Share of bytes that are control characters no text file contains. */
function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) bad++;
  }
  return bad / n > 0.1;
}

/** Byte order marks and NUL-interleaved text are not binary, though they hold NUL bytes. */
function looksUnicodeWide(buf: Uint8Array): boolean {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return true;
  if (buf.length >= 4 && buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe && buf[3] === 0xff) return true;
  return sniffUtf16(buf) !== null;
}

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

function tooLarge(size: number | null, max: number, what = 'input'): InputError {
  const is = size === null ? 'is' : `is ${mb(size)},`;
  return new InputError(
    'too-large',
    `${what} ${is} over the size limit of ${mb(max)} (${max} bytes); raise it with --max-bytes (library: maxBytes) if this input is meant to be cleaned`,
  );
}

/**
 * Decodes a capture given as bytes or as a string.
 * Throws InputError for binary or corrupt gzip input and for input over maxBytes.
 */
export function decode(input: string | Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warnings: string[] = [];
  if (typeof input === 'string') {
    // A UTF-16 code unit is at most 3 UTF-8 bytes: only count exactly when the bound is in doubt.
    if (input.length * 3 > maxBytes) {
      const size = Buffer.byteLength(input, 'utf8');
      if (size > maxBytes) throw tooLarge(size, maxBytes);
    }
    return {
      text: normalizeText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, warnings),
      bytes: Buffer.byteLength(input, 'utf8'),
      sha256: createHash('sha256').update(input, 'utf8').digest('hex'),
      encoding: 'utf-8',
      gzip: false,
      warnings,
    };
  }
  const bytes = input.length;
  if (bytes > maxBytes) throw tooLarge(bytes, maxBytes);
  const sha256 = createHash('sha256').update(input).digest('hex');
  let buf = input;
  let gzip = false;
  if (isGzip(buf)) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: Math.max(1, maxBytes) });
      gzip = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(null, maxBytes, 'the decompressed input');
      throw new InputError('gzip', `gzip data is corrupt: ${(e as Error).message}`);
    }
  }
  if (!looksUnicodeWide(buf) && looksBinary(buf)) {
    throw new InputError('binary', 'input looks like binary data, not a text or HTML capture');
  }
  const { text, encoding } = decodeBytes(buf, warnings);
  return { text: normalizeText(text, warnings), bytes, sha256, encoding, gzip, warnings };
}
