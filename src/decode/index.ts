/**
 * Bytes -> text, once. Detects gzip (magic bytes), BOMs, decodes UTF-8 (with
 * replacement characters and a warning when invalid), refuses binary junk, and
 * normalises line endings, zero-width characters and Unicode form.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

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

const ZERO_WIDTH_AND_BIDI = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** Line endings, zero-width and bidi controls, NFC. Applied to every capture. */
export function normalizeText(s: string): string {
  let t = s.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH_AND_BIDI, '');
  // C0 controls other than tab / newline carry nothing in a text capture.
  t = t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  return t.normalize('NFC');
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

function decodeBytes(buf: Uint8Array, warnings: string[]): { text: string; encoding: string } {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: decodeUtf8(buf.subarray(3), warnings), encoding: 'utf-8' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  }
  return { text: decodeUtf8(buf, warnings), encoding: 'utf-8' };
}

function decodeUtf8(buf: Uint8Array, warnings: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    warnings.push('input is not valid UTF-8: invalid bytes were replaced with U+FFFD');
    return new TextDecoder('utf-8').decode(buf);
  }
}

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** Decodes a capture given as bytes or as a string. Throws InputError for binary input. */
export function decode(input: string | Uint8Array): Decoded {
  const warnings: string[] = [];
  if (typeof input === 'string') {
    const raw = Buffer.from(input, 'utf8');
    return {
      text: normalizeText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input),
      bytes: raw.length,
      sha256: createHash('sha256').update(raw).digest('hex'),
      encoding: 'utf-8',
      gzip: false,
      warnings,
    };
  }
  const bytes = input.length;
  const sha256 = createHash('sha256').update(input).digest('hex');
  let buf = input;
  let gzip = false;
  if (isGzip(buf)) {
    try {
      buf = gunzipSync(buf);
      gzip = true;
    } catch (e) {
      throw new InputError('gzip', `gzip data is corrupt: ${(e as Error).message}`);
    }
  }
  if (looksBinary(buf)) throw new InputError('binary', 'input looks like binary data, not a text or HTML capture');
  const { text, encoding } = decodeBytes(buf, warnings);
  return { text: normalizeText(text), bytes, sha256, encoding, gzip, warnings };
}
