/**
 * A large JSON Lines record read with its capture field taken from the bytes.
 *
 * JSON.parse needs the line as a string: for a 200 KB HTML capture that is a
 * string of 200 to 400 KB made only to be parsed, and then the capture's own
 * string. Strings that large live in V8's large-object space, each in fresh
 * memory, and the page faults of that memory were about half the cost of
 * reading an HTML record (issue 5: 2.9 against 2.0 s for the 543 records of
 * bench:speed's HTML file). Here the capture's JSON string is decoded from the
 * line's bytes (one large string), and the rest of the record, with the capture
 * left as "", goes to JSON.parse.
 *
 * The contract is narrow on purpose: the result deep-equals JSON.parse of the
 * line, or is null. Whatever this reader does not take exactly as JSON.parse
 * would (an escaped key, a key given twice, an escaped surrogate, a control
 * character, anything malformed) gives null, and the caller parses the whole
 * line: same records, same error messages.
 */

/** Lines shorter than this are parsed whole: the large-object cost starts near 128 KB of string. */
export const LARGE_RECORD_BYTES = 64 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function skipSpace(d: Uint8Array, i: number): number {
  while (i < d.length) {
    const c = d[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** Index of the quote that closes the JSON string opened at d[open], or -1. */
function stringEnd(d: Buffer, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = d.indexOf(QUOTE, from);
    if (q < 0) return -1;
    // escaped when an odd number of backslashes precede it (each run is counted once: linear)
    let k = q - 1;
    while (k > open && d[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q;
    from = q + 1;
  }
}

/** End of a value that is not a string (number, literal, object, array): the ',' or '}' after it, or -1. */
function valueEnd(d: Buffer, i: number): number {
  let depth = 0;
  while (i < d.length) {
    const c = d[i]!;
    if (c === QUOTE) {
      const e = stringEnd(d, i);
      if (e < 0) return -1;
      i = e + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return c === 0x7d ? i : -1;
      depth--;
    } else if (c === 0x2c && depth === 0) return i;
    i++;
  }
  return -1;
}

const HEX = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) HEX[48 + c] = c;
for (let c = 0; c < 6; c++) HEX[65 + c] = HEX[97 + c] = 10 + c;

const SIMPLE = new Int16Array(128).fill(-1);
SIMPLE[0x22] = 0x22;
SIMPLE[0x5c] = 0x5c;
SIMPLE[0x2f] = 0x2f;
SIMPLE[0x62] = 0x08;
SIMPLE[0x66] = 0x0c;
SIMPLE[0x6e] = 0x0a;
SIMPLE[0x72] = 0x0d;
SIMPLE[0x74] = 0x09;

/**
 * Code units of the last capture decoded, kept for the next record (a fresh array for each
 * record would be fresh memory to fault in each time): at most 2 MB kept per thread, a longer
 * capture gets an array of its own, dropped after it.
 */
const SCRATCH_UNITS = 1 << 20;
let scratch = new Uint16Array(0);

/** Node makes a UTF-16 string this long or longer an external string (its EXTERN_APEX); shorter ones are ordinary V8 strings. */
const EXTERN_APEX = 0xfbee9;
/** Pieces of a longer capture: under the apex each, joined by V8. */
const PIECE_UNITS = 1 << 19;

/** The code units out[0, n) as a string (as Buffer.toString('utf8') makes it: one byte per character when each fits). */
function unitsToString(out: Uint16Array, n: number): string {
  const b = Buffer.from(out.buffer, out.byteOffset, n * 2);
  if (n < EXTERN_APEX) return b.toString('utf16le');
  let s = '';
  for (let at = 0; at < n; at += PIECE_UNITS) s += b.toString('utf16le', at * 2, Math.min(n, at + PIECE_UNITS) * 2);
  return s;
}

/** Index of the closing quote found by the last unescapeInto. */
let closeAt = -1;

/**
 * The JSON string opened at d[open] decoded into out (UTF-8 and escapes at once, one pass):
 * returns the number of code units, with closeAt set to the index of its closing quote; or -1
 * when JSON.parse of the line could give another string or none: a raw control character, a
 * bad escape, an escaped surrogate (pairs and lone halves are JSON.parse's), bytes that are not
 * UTF-8 (the line's decoding would put U+FFFD there), no closing quote. out has a unit for
 * each byte of d after open, which is enough (a 4-byte character is 2 units, a \u escape 1).
 * The loop returns as it ends (no call after it), and reads d only within its bounds: both
 * would send V8's optimised code of a running loop back to the interpreter (a deoptimisation)
 * mid-capture. warmUp() below runs each branch once before a capture does.
 */
function unescapeInto(d: Buffer, open: number, out: Uint16Array): number {
  const n = d.length;
  let o = 0;
  let i = open + 1;
  // One byte loop: an HTML capture has an escape every few dozen bytes, too many for a native copy per run.
  while (i < n) {
    const c = d[i]!;
    if (c < 0x80) {
      if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) {
        out[o++] = c;
        i++;
        continue;
      }
      if (c === QUOTE) {
        closeAt = i;
        return o;
      }
      if (c < 0x20 || i + 1 >= n) return -1; // a raw control character: JSON.parse throws
      const x = d[i + 1]!;
      if (x === 0x75) {
        if (i + 5 >= n) return -1;
        let h = 0;
        for (let k = i + 2; k < i + 6; k++) {
          const b = d[k]!;
          const v = b < 128 ? HEX[b]! : -1;
          if (v < 0) return -1;
          h = h * 16 + v;
        }
        if (h >= 0xd800 && h <= 0xdfff) return -1;
        out[o++] = h;
        i += 6;
        continue;
      }
      const s = x < 128 ? SIMPLE[x]! : -1;
      if (s < 0) return -1;
      out[o++] = s;
      i += 2;
      continue;
    }
    // UTF-8, well-formed only (the shortest form, no surrogates, at most U+10FFFF); a quote or backslash is no continuation byte
    if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 >= n) return -1;
      const b1 = d[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) return -1;
      out[o++] = ((c & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      if (i + 2 >= n) return -1;
      const b1 = d[i + 1]!;
      const b2 = d[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (c === 0xe0 && b1 < 0xa0) || (c === 0xed && b1 > 0x9f)) return -1;
      out[o++] = ((c & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
    } else if (c >= 0xf0 && c <= 0xf4) {
      if (i + 3 >= n) return -1;
      const b1 = d[i + 1]!;
      const b2 = d[i + 2]!;
      const b3 = d[i + 3]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80 || (c === 0xf0 && b1 < 0x90) || (c === 0xf4 && b1 > 0x8f)) return -1;
      const cp = ((c & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      out[o++] = 0xd800 + ((cp - 0x10000) >> 10);
      out[o++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      i += 4;
    } else return -1;
  }
  return -1;
}

/** The decoded string of decodeAt's last call. */
let decoded = '';

/** Decodes the JSON string opened at d[open] into `decoded`; returns the index of its closing quote, or -1 (see unescapeInto). */
function decodeAt(d: Buffer, open: number): number {
  const need = d.length - open;
  let out = scratch;
  if (out.length < need) {
    out = new Uint16Array(need);
    if (need <= SCRATCH_UNITS) scratch = out;
  }
  const o = unescapeInto(d, open, out);
  if (o < 0) return -1;
  decoded = unitsToString(out, o);
  return closeAt;
}

/**
 * Each branch of unescapeInto run before a capture comes: V8 optimises the loop within the first
 * capture, and a branch it has not seen run by then (the first \u escape, the first 4-byte
 * character, pages later) sends the optimised code back to the interpreter for the rest of that
 * capture. The line is made here; calls enough for V8 to keep the feedback (it starts to after a
 * few calls).
 */
function warmUp(): void {
  const line = Buffer.concat([
    Buffer.from('"a\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\\u0041 é € 😀 ', 'utf8'),
    // the first byte each check of a lead byte tests
    Buffer.from([0xe0, 0xa0, 0x80, 0xed, 0x80, 0x80, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x80, 0x80, 0x80, QUOTE]),
  ]);
  const out = new Uint16Array(line.length);
  for (let k = 0; k < 12; k++) unescapeInto(line, 0, out);
}

/**
 * JSON.parse of the line `data`, with the top-level string value of the first
 * of `fields` present decoded from the bytes; null to say "parse it whole".
 */
export function parseLargeRecord(data: Uint8Array, fields: readonly string[]): Record<string, unknown> | null {
  const d = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let i = skipSpace(d, 0);
  if (d[i] !== 0x7b) return null;
  i = skipSpace(d, i + 1);
  const seen = new Set<string>();
  let span: { key: string; open: number; close: number; value: string } | null = null;
  if (d[i] === 0x7d) return null; // {}: nothing to take
  for (;;) {
    if (d[i] !== QUOTE) return null;
    const kEnd = stringEnd(d, i);
    if (kEnd < 0) return null;
    if (d.subarray(i, kEnd).includes(BACKSLASH)) return null; // keys are read plain (looked at within the key: linear)
    const key = d.toString('utf8', i + 1, kEnd);
    if (seen.has(key)) return null; // JSON.parse keeps the last: let it
    seen.add(key);
    i = skipSpace(d, kEnd + 1);
    if (d[i] !== 0x3a) return null;
    i = skipSpace(d, i + 1);
    if (d[i] === QUOTE) {
      // the capture is decoded as its end is found (a field of lower rank is only skipped)
      const take: boolean = fields.includes(key) && (span === null || fields.indexOf(key) < fields.indexOf(span.key));
      const vEnd: number = take ? decodeAt(d, i) : stringEnd(d, i);
      if (vEnd < 0) return null;
      if (take) span = { key, open: i, close: vEnd, value: decoded };
      decoded = '';
      i = vEnd + 1;
    } else {
      i = valueEnd(d, i);
      if (i < 0) return null;
    }
    i = skipSpace(d, i);
    if (d[i] === 0x2c) {
      i = skipSpace(d, i + 1);
      continue;
    }
    if (d[i] === 0x7d) break;
    return null;
  }
  if (skipSpace(d, i + 1) !== d.length || span === null) return null;
  // the rest of the record with the capture as "" (JSON.parse checks all of it)
  const rest = Buffer.concat([d.subarray(0, span.open + 1), d.subarray(span.close)]).toString('utf8');
  let obj: unknown;
  try {
    obj = JSON.parse(rest);
  } catch {
    return null;
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return null;
  // in place of the "" (the key keeps its position; defineProperty, as JSON.parse, even for "__proto__")
  Object.defineProperty(obj, span.key, { value: span.value, writable: true, enumerable: true, configurable: true });
  return obj as Record<string, unknown>;
}

warmUp();
