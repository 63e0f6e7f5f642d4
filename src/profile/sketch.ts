/**
 * Bottom-k sets of 53-bit hashes (k minimum values, KMV): the k smallest
 * distinct hashes of a set, kept sorted. Union keeps the k smallest of both, so
 * merging is associative, commutative and idempotent, and the bottom-k of a union
 * is the same whichever way the set was split: the property that makes shard
 * profiles merge into exactly the profile of the whole input. Below k members a
 * sketch holds the whole set and its count is exact; from k on the count is the
 * KMV estimate (k - 1) / (k-th smallest hash / 2^53), about 1/sqrt(k - 2) relative error.
 */
import { MAX_HASH } from './hash.js';
import { GUARD_K } from './types.js';

/** Inserts h into the sorted sketch s (in place); false when it was already there or too large. */
export function sketchAdd(s: number[], h: number, k: number): boolean {
  let lo = 0;
  let hi = s.length;
  if (hi === k && h >= s[hi - 1]!) return false;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  if (s[lo] === h) return false;
  s.splice(lo, 0, h);
  if (s.length > k) s.pop();
  return true;
}

/** The union of two sorted sketches, cut to k. */
export function sketchUnion(a: readonly number[], b: readonly number[], k: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x < y) { out.push(x); i++; }
    else if (y < x) { out.push(y); j++; }
    else { out.push(x); i++; j++; }
  }
  return out;
}

/** Number of distinct members a sketch stands for: exact below k, else the KMV estimate. */
export function sketchCount(s: readonly number[], k: number): number {
  if (s.length < k) return s.length;
  return (k - 1) / (s[k - 1]! / MAX_HASH);
}

/**
 * The count of a document set kept as one sketch per MinHash function (build.ts): the
 * first sketch's count (size k), lowered to another's while that one (size kRest) holds
 * fewer than kRest keys, its exact count.
 */
export function keysCount(ss: readonly (readonly number[])[], k: number, kRest: number): number {
  if (ss.length === 0) return 0;
  let c = sketchCount(ss[0]!, k);
  for (let j = 1; j < ss.length; j++) if (ss[j]!.length < kRest) c = Math.min(c, ss[j]!.length);
  return c;
}

/** Size of sketch j of a line (lineK for the first, GUARD_K for the others). */
export const lineSketchK = (j: number, lineK: number): number => (j === 0 ? lineK : GUARD_K);
