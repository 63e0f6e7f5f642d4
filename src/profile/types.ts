/** A site profile in memory: what `unboil profile build` counts and `--profile` reads. */
import type { LineMap } from './table.js';

export interface SiteData {
  /** Per MinHash function (KEYS of them), a bottom-siteK sketch of the site's document keys (sorted). */
  docs: number[][];
  /** Normalised-line hash -> per MinHash function, a bottom-lineK sketch of the keys of the documents holding it. */
  lines: LineMap<number[][]>;
  /** With --keep-text: line hash -> normalised text. */
  text?: Map<number, string>;
}

export interface ProfileData {
  /** Sketch size per line. */
  lineK: number;
  /** Sketch size per site. */
  siteK: number;
  /** Lines seen in one document only were dropped at a size limit: counts may be short (README). */
  pruned: boolean;
  keepText: boolean;
  sites: Map<string, SiteData>;
}

export const PROFILE_FORMAT = 'unboil-site-profile';
export const PROFILE_VERSION = 1;
/** Document keys per document: one per MinHash function (build.ts). */
export const KEYS = 3;
/** Documents a line's count is exact up to (its first MinHash function's sketch). */
export const DEFAULT_LINE_K = 32;
/**
 * Size of a line's second and third sketches. They only guard against near-duplicates
 * (copies of one article are few): a line's count is the first sketch's, lowered to the
 * size of another while that one holds fewer than GUARD_K keys. Small, because a site's
 * repeated lines, each with three sketches, are what a large profile holds most of.
 */
export const GUARD_K = 8;
/** Documents a site's count is exact up to. */
export const DEFAULT_SITE_K = 4096;
