/**
 * A fast, stable 53-bit hash of a string: two 32-bit FNV-1a passes with
 * different offset bases, fused in one loop over the UTF-16 code units, the
 * first giving the high 32 bits and the second the low 21. 53 bits is what a
 * JavaScript number holds exactly, so hashes are plain numbers (Map keys,
 * Float64Array) and print as 14 hex digits. Over 30 million distinct lines the
 * chance of any collision is about 5%, and a collision only merges two lines' counts.
 */
const P = 0x01000193;
const TWO21 = 0x200000;

export function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, P);
    b = Math.imul(b ^ c, P);
  }
  // final avalanche on b so that its low bits depend on every input bit
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  return (a >>> 0) * TWO21 + ((b >>> 0) & (TWO21 - 1));
}

/** Mixes two 32-bit values into a well-spread 32-bit value (shingle hashes). */
export function mix32(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** 32-bit FNV-1a of a string. */
export function hash32(s: string): number {
  let a = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) a = Math.imul(a ^ s.charCodeAt(i), P);
  return a >>> 0;
}

export const HASH_NAME = 'fnv1a-53';

/** A hash as 14 lower-case hex digits (fixed width, so text order is numeric order). */
export function hex(h: number): string {
  return h.toString(16).padStart(14, '0');
}

export const MAX_HASH = 2 ** 53;
