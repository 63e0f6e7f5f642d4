/**
 * Building a profile: per site, the documents and, per normalised line, the
 * documents that hold it, as sketches of document keys (sketch.ts).
 *
 * Near-duplicates count once. A document has KEYS (3) keys, one per MinHash
 * function: the four smallest hashes, under that function, of the word
 * 6-shingles of the document's long lines (8 words or more: its paragraphs,
 * where one article differs from the next; short chrome lines do not enter it),
 * hashed together (and spread evenly, for the sketches). Two documents whose
 * long lines share a fraction J of their shingles get the same key under one
 * function with a probability of about J^4: always for exact copies and for
 * re-crawls that changed only the chrome, 0.92 for a typo fixed in one of 80
 * sentences (J = 0.98), 0.66 at J = 0.9, but 0.06 for two articles that share
 * half their long-line text (a big comment-policy block on short blog posts).
 * Each line and each site keeps one sketch per function, and its count is the
 * smallest of the three: copies of one article count once unless all three
 * functions tell them apart ((1 - J^4)^3: 1 in 2,000 at J = 0.98, 1 in 25 at
 * 0.9), while a line in N different articles still counts about N. Four
 * minima rather than one make the step from "same article" to "different
 * articles" steep, so pages that share much boilerplate do not merge. A
 * document with fewer than four shingles in long lines is keyed by its whole
 * normalised text (exact duplicates only).
 */
import { hash32, hash53, mix32 } from './hash.js';
import { normaliseLine } from './normalise.js';
import { lineSketchK, sketchAdd } from './sketch.js';
import { LineTable } from './table.js';
import { DEFAULT_LINE_K, DEFAULT_SITE_K, KEYS, type ProfileData, type SiteData } from './types.js';

const LONG_LINE_WORDS = 8;
const SHINGLE = 6;
const BOTTOM = 4;
const TWO21 = 0x200000;
const SEEDS = [0x68e31da4, 0xb5297a4d, 0x1b56c4e9];

/** A 32-bit value spread to an even 53-bit key for function j. */
function spread(x: number, j: number): number {
  const s = SEEDS[j]!;
  return mix32(x, s) * TWO21 + (mix32(x ^ s, 0x9e3779b9) & (TWO21 - 1));
}

/** The KEYS document keys (see above) of a document's normalised lines, in order. */
export function documentKeys(norms: readonly string[]): number[] {
  const w: number[] = [];
  for (const line of norms) {
    if (!isLong(line)) continue;
    for (const word of line.split(' ')) w.push(hash32(word));
  }
  // per function, the BOTTOM smallest distinct shingle hashes, sorted
  const bottom: number[][] = SEEDS.map(() => []);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let h = 0x2545f491;
    for (let k = 0; k < SHINGLE; k++) h = mix32(h, w[i + k]!);
    for (let j = 0; j < KEYS; j++) {
      const b = bottom[j]!;
      const v = mix32(h, SEEDS[j]!);
      if (b.length === BOTTOM && v >= b[BOTTOM - 1]!) continue;
      let at = b.length;
      while (at > 0 && b[at - 1]! > v) at--;
      if (at > 0 && b[at - 1] === v) continue;
      b.splice(at, 0, v);
      if (b.length > BOTTOM) b.pop();
    }
  }
  if (bottom[0]!.length < BOTTOM) {
    const h = hash53(norms.join('\n'));
    const x = mix32(h % 0x100000000, Math.floor(h / 0x100000000));
    return SEEDS.map((_, j) => spread(x, j));
  }
  return bottom.map((b, j) => {
    let x = 0x3c6ef372;
    for (const v of b) x = mix32(x, v);
    return spread(x, j);
  });
}

/** A line of LONG_LINE_WORDS words or more (the words of a normalised line are split by single spaces). */
function isLong(line: string): boolean {
  let spaces = 0;
  for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) if (++spaces >= LONG_LINE_WORDS - 1) return true;
  return false;
}

interface SiteState {
  docs: number[][];
  /**
   * KEYS sketches per line. A line seen in one document so far holds that document's own
   * sketches ([[key 1], [key 2], [key 3]]), shared by all its lines: a million such lines
   * cost a Map entry each and nothing more. Sketches of one member each may be shared, so
   * they are copied before they change.
   */
  lines: LineTable<number[][]>;
  text?: Map<number, string>;
}

/** True for sketches that stand for one document (possibly shared: copy before changing). */
function single(e: readonly (readonly number[])[]): boolean {
  for (const s of e) if (s.length !== 1) return false;
  return true;
}

export interface BuilderOptions {
  keepText?: boolean;
  /**
   * Line entries (over all sites) held before lines seen in one document only are
   * dropped. Default 500,000.
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
  /** Entries that trigger the next pruning: maxLines, or twice what survived the last one. */
  private limit: number;
  pruned = false;
  documents = 0;

  constructor(o: BuilderOptions = {}) {
    this.lineK = o.lineK ?? DEFAULT_LINE_K;
    this.siteK = o.siteK ?? DEFAULT_SITE_K;
    this.keepText = !!o.keepText;
    this.maxLines = o.maxLines ?? 500_000;
    this.limit = this.maxLines;
  }

  /** Counts one document of `site` whose lines (block texts, as segmented) are `lines`. */
  add(site: string, lines: readonly string[]): void {
    this.documents++;
    const norms: string[] = [];
    for (const l of lines) {
      const n = normaliseLine(l);
      if (n !== '') norms.push(n);
    }
    const keys = documentKeys(norms);
    const one = keys.map((k) => [k]);
    let s = this.sites.get(site);
    if (s === undefined) {
      s = { docs: keys.map(() => []), lines: new LineTable() };
      if (this.keepText) s.text = new Map();
      this.sites.set(site, s);
    }
    for (let j = 0; j < KEYS; j++) sketchAdd(s.docs[j]!, keys[j]!, this.siteK);
    const seen = new Set<number>();
    for (const n of norms) {
      const h = hash53(n);
      if (seen.has(h)) continue;
      seen.add(h);
      const e = s.lines.get(h);
      if (e === undefined) {
        s.lines.set(h, one);
        this.entries++;
      } else if (single(e)) {
        s.lines.set(h, e.map((sk, j) => {
          const k = sk[0]!;
          const x = keys[j]!;
          return k === x ? [k] : k < x ? [k, x] : [x, k];
        }));
      } else {
        for (let j = 0; j < KEYS; j++) sketchAdd(e[j]!, keys[j]!, lineSketchK(j, this.lineK));
      }
      if (s.text) {
        const t = s.text.get(h);
        if (t === undefined || n < t) s.text.set(h, n);
      }
    }
    if (this.entries > this.limit) this.prune();
  }

  /** Drops every line seen in one document only (see README: what this does to merging). */
  prune(): void {
    this.entries = 0;
    for (const s of this.sites.values()) {
      if (s.text) for (const [h, e] of s.lines) if (single(e)) s.text.delete(h);
      s.lines.filter((e) => !single(e));
      this.entries += s.lines.size;
    }
    // lines in two documents or more are never dropped: if they alone fill the table, it grows
    this.limit = Math.max(this.maxLines, 2 * this.entries);
    this.pruned = true;
  }

  /** The profile counted so far. */
  finish(): ProfileData {
    const sites = new Map<string, SiteData>();
    for (const [name, s] of this.sites) {
      const d: SiteData = { docs: s.docs, lines: s.lines };
      if (s.text) d.text = s.text;
      sites.set(name, d);
    }
    return { lineK: this.lineK, siteK: this.siteK, pruned: this.pruned, keepText: this.keepText, sites };
  }
}
