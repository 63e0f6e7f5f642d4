/**
 * Building a profile: per site, the documents (by key) and, per normalised
 * line, the documents that hold it.
 *
 * A document's key stands for its cluster of near-duplicates: exact copies
 * have the same key, and so, most of the time, do re-crawls and wire copies
 * that differ in a few lines. Counting a line once per key means that two
 * copies of one article never make each other's prose look repeated. The key
 * is a MinHash: the two smallest hashes of the word 5-shingles of the document's
 * long lines (8 words or more: the prose, where an article differs from the
 * next one; short chrome lines do not enter it), hashed again. Two documents
 * whose long lines share a fraction J of their shingles get the same key with a
 * probability of about J squared (0.9 for a re-crawl that changed a tenth:
 * 0.81; two different articles: ~0). A document without 5 words in long lines is
 * keyed by the hash of its whole normalised text (exact duplicates only).
 */
import { hash32, hash53, mix32 } from './hash.js';
import { normaliseLine } from './normalise.js';
import { sketchAdd } from './sketch.js';
import { DEFAULT_LINE_K, DEFAULT_SITE_K, type ProfileData, type SiteData } from './types.js';

const LONG_LINE_WORDS = 8;
const SHINGLE = 5;
const TWO21 = 0x200000;

/** The document key (see above) of a document's normalised lines, in order. */
export function documentKey(norms: readonly string[]): number {
  let m1 = Infinity;
  let m2 = Infinity;
  const w: number[] = [];
  for (const line of norms) {
    const words = line.split(' ');
    if (words.length < LONG_LINE_WORDS) continue;
    for (const word of words) w.push(hash32(word));
  }
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < SHINGLE; j++) h = mix32(h, w[i + j]!);
    if (h < m1) { m2 = m1; m1 = h; }
    else if (h < m2 && h !== m1) m2 = h;
  }
  if (m2 === Infinity) return hash53(norms.join('\n'));
  // hashed again: the minima themselves are small numbers, the key must be spread evenly (sketch.ts)
  return mix32(mix32(m1, m2), 0x68e31da4) * TWO21 + (mix32(m2, m1) & (TWO21 - 1));
}

interface SiteState {
  docs: number[];
  /** One document key (seen in one document) or a sorted sketch. */
  lines: Map<number, number | number[]>;
  text?: Map<number, string>;
}

export interface BuilderOptions {
  keepText?: boolean;
  /**
   * Line entries (over all sites) held before lines seen in one document only are
   * dropped. Default 4,000,000 (about 250 MB of heap at most).
   */
  maxLines?: number;
  lineK?: number;
  siteK?: number;
}

export class ProfileBuilder {
  readonly lineK: number;
  readonly siteK: number;
  readonly keepText: boolean;
  readonly maxLines: number;
  private sites = new Map<string, SiteState>();
  private entries = 0;
  pruned = false;
  documents = 0;

  constructor(o: BuilderOptions = {}) {
    this.lineK = o.lineK ?? DEFAULT_LINE_K;
    this.siteK = o.siteK ?? DEFAULT_SITE_K;
    this.keepText = !!o.keepText;
    this.maxLines = o.maxLines ?? 4_000_000;
  }

  /** Counts one document of `site` whose lines (block texts, as segmented) are `lines`. */
  add(site: string, lines: readonly string[]): void {
    this.documents++;
    const norms: string[] = [];
    for (const l of lines) {
      const n = normaliseLine(l);
      if (n !== '') norms.push(n);
    }
    const key = documentKey(norms);
    let s = this.sites.get(site);
    if (s === undefined) {
      s = { docs: [], lines: new Map() };
      if (this.keepText) s.text = new Map();
      this.sites.set(site, s);
    }
    sketchAdd(s.docs, key, this.siteK);
    const seen = new Set<number>();
    for (const n of norms) {
      const h = hash53(n);
      if (seen.has(h)) continue;
      seen.add(h);
      const e = s.lines.get(h);
      if (e === undefined) {
        s.lines.set(h, key);
        this.entries++;
      } else if (typeof e === 'number') {
        if (e !== key) s.lines.set(h, e < key ? [e, key] : [key, e]);
      } else {
        sketchAdd(e, key, this.lineK);
      }
      if (s.text) {
        const t = s.text.get(h);
        if (t === undefined || n < t) s.text.set(h, n);
      }
    }
    if (this.entries > this.maxLines) this.prune();
  }

  /** Drops every line seen in one document only (see README: what this does to merging). */
  prune(): void {
    for (const s of this.sites.values()) {
      for (const [h, e] of s.lines) {
        if (typeof e === 'number') {
          s.lines.delete(h);
          s.text?.delete(h);
          this.entries--;
        }
      }
    }
    this.pruned = true;
  }

  /** The profile counted so far. */
  finish(): ProfileData {
    const sites = new Map<string, SiteData>();
    for (const [name, s] of this.sites) {
      const lines = new Map<number, number[]>();
      for (const [h, e] of s.lines) lines.set(h, typeof e === 'number' ? [e] : e);
      const d: SiteData = { docs: s.docs, lines };
      if (s.text) d.text = s.text;
      sites.set(name, d);
    }
    return { lineK: this.lineK, siteK: this.siteK, pruned: this.pruned, keepText: this.keepText, sites };
  }
}
