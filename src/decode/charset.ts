/**
 * Bytes -> text: which character encoding, and decoding with it.
 *
 * Order of evidence (the way browsers weigh it, plus one rule of our own):
 *   1. a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
 *   2. UTF-16 without a BOM (NUL bytes in every other position);
 *   3. valid UTF-8 that holds non-ASCII bytes is UTF-8, whatever the page
 *      declares: legacy encodings almost never form valid multi-byte UTF-8 by
 *      chance, while pages that declare windows-1252 and are UTF-8 are common;
 *   4. pure ASCII is UTF-8 (every ASCII-compatible declaration agrees);
 *   5. otherwise a declaration (`<meta charset>`, `<meta http-equiv
 *      content-type>`, `<?xml encoding>`, prescanned in the first 4 KB), unless
 *      it says UTF-8 (the bytes just proved it wrong);
 *   6. mostly-UTF-8 bytes with a few stray invalid bytes stay UTF-8 (with
 *      replacement characters and a warning);
 *   7. otherwise detection: `chardet` ranks candidates; a confident multi-byte
 *      answer (Shift_JIS, GB18030, Big5, EUC-*) is taken, and single-byte
 *      candidates (chardet's plus the usual Latin and Cyrillic ones) are
 *      decoded with `iconv-lite` and scored by how plausible the text is
 *      (letters vs. controls and stray symbols, case shape inside words),
 *      which separates Windows-1252 from ISO-8859-2/15 and KOI8-R from
 *      Windows-1251 better than statistics on short texts.
 */
import { createRequire } from 'node:module';

/**
 * chardet and iconv-lite are loaded on first use: most captures are UTF-8 and
 * need neither, and the two are ~650 KB of code and tables that a lone
 * `unboil page.txt` would otherwise load and run at start (issue 14: cold start).
 */
const load = createRequire(import.meta.url);
let chardetLib: typeof import('chardet') | undefined;
let iconvLib: typeof import('iconv-lite') | undefined;
const chardet = {
  analyse: (sample: Uint8Array) => (chardetLib ??= load('chardet') as typeof import('chardet')).analyse(sample),
};
function iconv(): typeof import('iconv-lite') {
  return (iconvLib ??= load('iconv-lite') as typeof import('iconv-lite'));
}

/** How far the declaration prescan and the detector look. */
const PRESCAN_BYTES = 4096;
const DETECT_BYTES = 64 * 1024;

/** WHATWG-style label aliases for the names iconv-lite knows under another name or that browsers remap. */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'l1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'cp1252': 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  ms_kanji: 'shift_jis',
  'windows-31j': 'shift_jis',
  'ks_c_5601-1987': 'euc-kr',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
  'ucs-2': 'utf-16le',
};

/** Canonical lower-case encoding name that iconv-lite can decode, or null. */
export function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (l === '') return null;
  const name = LABEL_ALIASES[l] ?? l;
  if (name === 'utf-8') return name;
  return iconv().encodingExists(name) ? name : null;
}

const MULTIBYTE = new Set(['shift_jis', 'gb18030', 'big5', 'euc-jp', 'euc-kr']);
const SINGLE_BYTE_DEFAULTS = ['windows-1252', 'iso-8859-15', 'iso-8859-2', 'windows-1250', 'windows-1251', 'koi8-r'];

// Prescan patterns: each is bounded by the 4 KB window and has no nested quantifier.
const META_TAG = /<meta\b[^>]{0,1024}>/gi;
const CHARSET_ATTR = /charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{1,40})/i;
const XML_DECL = /^\s*<\?xml\b[^>]{0,256}?\bencoding\s*=\s*["']([A-Za-z0-9_:.+-]{1,40})["']/;

/** The charset an HTML or XML document declares in its first bytes, as written, or null. */
export function prescanCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, PRESCAN_BYTES)).toString('latin1');
  const xml = XML_DECL.exec(head);
  if (xml) return xml[1]!;
  if (head.indexOf('<') < 0) return null;
  META_TAG.lastIndex = 0;
  for (let m = META_TAG.exec(head); m !== null; m = META_TAG.exec(head)) {
    const c = CHARSET_ATTR.exec(m[0]);
    if (c) return c[1]!;
  }
  return null;
}

/** Scan of the bytes as UTF-8: counts of valid multi-byte sequences and invalid bytes. */
export function utf8Stats(buf: Uint8Array): { multi: number; invalid: number } {
  let multi = 0;
  let invalid = 0;
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    }
    if (len === 0 || i + len > n) {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; k < len; k++) {
      const c = buf[i + k]!;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) {
        ok = false;
        break;
      }
    }
    if (ok) {
      multi++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multi, invalid };
}

/** UTF-16 without a BOM: 'utf-16le' / 'utf-16be' when NULs sit in every other byte, else null. */
export function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05) return 'utf-16be';
  return null;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Symbols from the Latin-1 upper half that real text rarely holds next to letters, but mis-decoded bytes produce. */
const ODD_SYMBOL = /[\u00a4\u00a6\u00a8\u00aa\u00ac\u00af\u00b2\u00b3\u00b4\u00b5\u00b6\u00b8\u00b9\u00ba\u00bc-\u00be\u00d7\u00f7\u2020\u2021\u2030\u0192\u02c6\u02dc]/u;

/** Script of a letter, coarse: 1 Latin, 2 Greek, 3 Cyrillic, 0 other. */
function script(cp: number): number {
  if (cp < 0x250 || (cp >= 0x1e00 && cp <= 0x1eff)) return 1;
  if (cp >= 0x370 && cp <= 0x3ff) return 2;
  if (cp >= 0x400 && cp <= 0x52f) return 3;
  return 0;
}

/**
 * How plausible a decoded sample is as human text: higher is better. Non-ASCII
 * letters score, controls, replacement characters and stray symbols cost, and
 * so do two shapes that wrong single-byte decodings produce inside words: a
 * change of script (Latin `caf` + Cyrillic `й`: Windows-1252 read as 1251) and
 * a lower-case letter followed by an upper-case one (KOI8-R read as 1251).
 */
export function plausibility(text: string): number {
  let score = 0;
  let prevCp = 0x20;
  let prevLetter = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const letter = cp < 0x80 ? (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a : LETTER.test(ch);
    if (cp >= 0x80) {
      if (cp === 0xfffd || cp <= 0x9f || (cp >= 0xe000 && cp <= 0xf8ff)) score -= 5;
      else if (cp >= 0xff61 && cp <= 0xff9f) score -= 1; // half-width katakana: mis-read single bytes
      else if (CJK.test(ch)) score += 2;
      else if (letter) score += 1;
      else if (ODD_SYMBOL.test(ch)) score -= 2;
    }
    if (letter && prevLetter && (cp >= 0x80 || prevCp >= 0x80)) {
      const a = script(prevCp);
      const b = script(cp);
      if (a !== 0 && b !== 0 && a !== b) score -= 3;
      else if (UPPER.test(ch) && LOWER.test(String.fromCodePoint(prevCp))) score -= 2;
      // Two accented Latin letters in a row are rare in real words, common when Cyrillic or Greek bytes are read as Latin.
      else if (a === 1 && cp >= 0x80 && prevCp >= 0x80) score -= 2;
    }
    prevCp = cp;
    prevLetter = letter;
  }
  return score;
}

/** Picks a legacy encoding for bytes that are not UTF-8. */
export function detectLegacy(buf: Uint8Array): string {
  const sample = buf.subarray(0, DETECT_BYTES);
  let matches: { name: string; confidence: number }[] = [];
  try {
    matches = chardet.analyse(sample);
  } catch {
    matches = [];
  }
  const ranked = matches
    .map((m) => ({ name: canonicalEncoding(m.name), confidence: m.confidence }))
    .filter((m): m is { name: string; confidence: number } => m.name !== null && m.name !== 'utf-8' && !m.name.startsWith('utf'));
  const top = ranked[0];
  if (top && MULTIBYTE.has(top.name) && top.confidence >= 50) return top.name;
  const candidates: string[] = [];
  // Multi-byte encodings are taken on chardet's word only (above): scored here,
  // any Latin letter + ASCII byte pair would pass for a CJK character.
  for (const m of ranked) if (m.confidence > 0 && !MULTIBYTE.has(m.name) && !candidates.includes(m.name)) candidates.push(m.name);
  for (const c of SINGLE_BYTE_DEFAULTS) if (!candidates.includes(c)) candidates.push(c);
  let best = candidates[0] ?? 'windows-1252';
  let bestScore = -Infinity;
  let high = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i]! >= 0x80) high++;
  for (const c of candidates) {
    let s: number;
    try {
      s = plausibility(iconv().decode(Buffer.from(sample.buffer, sample.byteOffset, sample.length), c));
    } catch {
      continue;
    }
    // Prior: Windows-1252 is by far the most common legacy encoding; near-ties
    // (Spanish « » read as Latin-2 Ť ť) go to it. Real Latin-2 text loses ~3
    // points per Polish or Czech letter when read as 1252, far above this prior.
    if (c === 'windows-1252') s += 0.3 * high;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

export function decodeWith(buf: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(buf);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return new TextDecoder(encoding).decode(buf);
  return iconv().decode(Buffer.from(buf.buffer, buf.byteOffset, buf.length), encoding);
}

export interface CharsetResult {
  text: string;
  encoding: string;
}

/** Decodes bytes (already un-gzipped, not binary) into text, choosing the encoding as described above. */
export function decodeBytes(buf: Uint8Array, warnings: string[]): CharsetResult {
  // 1. byte order marks
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) {
    return { text: decodeWith(buf.subarray(4), 'utf-32le'), encoding: 'utf-32le' };
  }
  if (buf.length >= 4 && buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe && buf[3] === 0xff) {
    return { text: decodeWith(buf.subarray(4), 'utf-32be'), encoding: 'utf-32be' };
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: decodeUtf8(buf.subarray(3), warnings), encoding: 'utf-8' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: decodeWith(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: decodeWith(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  // 2. UTF-16 without BOM
  const u16 = sniffUtf16(buf);
  if (u16) return { text: decodeWith(buf, u16), encoding: u16 };

  const declaredLabel = prescanCharset(buf);
  const declared = declaredLabel ? canonicalEncoding(declaredLabel) : null;
  // 3 + 4. valid UTF-8 (or ASCII)
  let strict: string | null = null;
  try {
    strict = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    strict = null;
  }
  if (strict !== null) {
    if (declared && declared !== 'utf-8' && !isAscii(buf)) {
      warnings.push(`the input declares charset "${declaredLabel}" but its bytes are valid UTF-8: read as UTF-8`);
    }
    return { text: strict, encoding: 'utf-8' };
  }
  // 5. a declaration other than UTF-8
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf')) {
    return { text: decodeWith(buf, declared), encoding: declared };
  }
  // 6. mostly UTF-8
  const st = utf8Stats(buf);
  if (st.multi > 0 && st.invalid * 4 <= st.multi) {
    return { text: decodeUtf8(buf, warnings), encoding: 'utf-8' };
  }
  // 7. detection
  const enc = detectLegacy(buf);
  if (declared === 'utf-8') {
    warnings.push(`the input declares charset "${declaredLabel}" but is not valid UTF-8: detected and read as ${enc}`);
  } else {
    warnings.push(`the input is not UTF-8 and declares no charset: detected and read as ${enc}`);
  }
  return { text: decodeWith(buf, enc), encoding: enc };
}

function isAscii(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) return false;
  return true;
}

function decodeUtf8(buf: Uint8Array, warnings: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    warnings.push('input is not valid UTF-8: invalid bytes were replaced with U+FFFD');
    return new TextDecoder('utf-8').decode(buf);
  }
}
