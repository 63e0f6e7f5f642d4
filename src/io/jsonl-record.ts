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

/** The JSON string d[from, to) (between its quotes) decoded, or null when JSON.parse could decode it differently or not at all. */
function decodeString(d: Buffer, from: number, to: number): string | null {
  const out = Buffer.allocUnsafe(to - from);
  let o = 0;
  let i = from;
  // One byte loop: an HTML capture has an escape every few dozen bytes, too many for a native copy per run.
  while (i < to) {
    const c = d[i]!;
    if (c !== BACKSLASH) {
      if (c < 0x20) return null; // a raw control character: JSON.parse throws
      out[o++] = c;
      i++;
      continue;
    }
    const x = d[i + 1]!;
    if (x === 0x75) {
      if (i + 6 > to) return null;
      let h = 0;
      for (let k = i + 2; k < i + 6; k++) {
        const v = d[k]! < 128 ? HEX[d[k]!]! : -1;
        if (v < 0) return null;
        h = h * 16 + v;
      }
      if (h >= 0xd800 && h <= 0xdfff) return null; // surrogates: pairs and lone halves are JSON.parse's
      if (h < 0x80) out[o++] = h;
      else if (h < 0x800) {
        out[o++] = 0xc0 | (h >> 6);
        out[o++] = 0x80 | (h & 0x3f);
      } else {
        out[o++] = 0xe0 | (h >> 12);
        out[o++] = 0x80 | ((h >> 6) & 0x3f);
        out[o++] = 0x80 | (h & 0x3f);
      }
      i += 6;
      continue;
    }
    const s = x < 128 ? SIMPLE[x]! : -1;
    if (s < 0) return null;
    out[o++] = s;
    i += 2;
  }
  return out.toString('utf8', 0, o);
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
  let span: { key: string; open: number; close: number } | null = null;
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
      const vEnd = stringEnd(d, i);
      if (vEnd < 0) return null;
      if (fields.includes(key) && (span === null || fields.indexOf(key) < fields.indexOf(span.key))) span = { key, open: i, close: vEnd };
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
  const value = decodeString(d, span.open + 1, span.close);
  if (value === null) return null;
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
  Object.defineProperty(obj, span.key, { value, writable: true, enumerable: true, configurable: true });
  return obj as Record<string, unknown>;
}
