/**
 * Facts about a line that several boilerplate rules need (word counts, glue,
 * first word, chrome words), computed once per block and shared by the rules
 * of one run instead of each rule walking the line again.
 */
import type { Block, Doc } from '../../../core/types.js';
import { scanLineInto, firstWordOf, chromeWords, internWords, type LineScan } from './match.js';
import { ANY_HINT } from './hints.js';

export interface LineFacts extends LineScan {
  /** The line these are the facts of. */
  text: string;
  /** firstWordOf(text). */
  first: string;
  /** chromeWords(text), once asked for. */
  chrome: readonly string[] | undefined;
  /** ANY_HINT.test(text), once asked for: 0 not yet, 1 no, 2 yes. */
  hint: number;
  /** end-marker's isMarker(text), once asked for: 0 not yet, 1 no, 2 yes. */
  marker: number;
}

/**
 * The longest line any rule reads facts of (glued-teaser's limit; the others stop sooner):
 * longer lines are not scanned (issue 6 feeds 10 MB single lines), and their facts are never read.
 */
const MAX_FACT_CHARS = 1000;

export function lineFacts(text: string): LineFacts {
  const f: LineFacts = { text, words: 0, wordsUnglued: 0, glued: false, nonAscii: false, astral: false, wide: true, first: '', chrome: undefined, hint: 0, marker: 0 };
  if (text.length > MAX_FACT_CHARS) return f;
  scanLineInto(text, f);
  f.first = firstWordOf(text);
  return f;
}

/** chromeWords of the line, computed on first use. */
export function chromeOf(facts: LineFacts, text: string): readonly string[] {
  return (facts.chrome ??= chromeWords(text));
}

/** False when no ASCII hint word of copyright-footer, call-to-action or author-bio is in the line (one scan for the three). */
export function mayHint(facts: LineFacts, text: string): boolean {
  if (facts.hint === 0) facts.hint = ANY_HINT.test(text) ? 2 : 1;
  return facts.hint === 2;
}

/** Documents of this many lines or more share their words' strings (a dev-set capture has a few hundred). */
const INTERN_FROM_BLOCKS = 20000;

// One document at a time: the facts of doc.blocks, by block index, each with the text it was computed from.
let cachedBlocks: readonly Block[] | null = null;
let cached: (LineFacts | undefined)[] = [];
/**
 * On documents of many lines (see INTERN_FROM_BLOCKS), blocks of equal short text share one facts
 * object (facts are a function of the text alone, the lazy fields too): a capture of 10 MB of
 * repeated lines ("Share") otherwise keeps millions of equal objects alive, and the garbage
 * collector's work on them grew faster than the input (issue 14, bench:hostile). Bounded like
 * match.ts's interning, so distinct lines cost a lookup and nothing more.
 */
let sharing = false;
const byText = new Map<string, LineFacts>();
const MAX_SHARED = 4096;
const MAX_SHARED_CHARS = MAX_FACT_CHARS;

/** Facts of a block of doc, computed once per block (and again if its text changes). */
export function factsOf(doc: Doc, b: Block): LineFacts {
  if (doc.blocks !== cachedBlocks) {
    cachedBlocks = doc.blocks;
    cached = [];
    sharing = doc.blocks.length >= INTERN_FROM_BLOCKS;
    byText.clear();
    internWords(sharing);
  }
  const i = b.index;
  const c = cached[i];
  const text = b.text;
  if (c !== undefined && c.text === text) return c;
  let f: LineFacts | undefined;
  if (sharing && text.length <= MAX_SHARED_CHARS) {
    f = byText.get(text);
    if (f === undefined) {
      f = lineFacts(text);
      if (byText.size >= MAX_SHARED) byText.clear();
      byText.set(text, f);
    }
  } else f = lineFacts(text);
  cached[i] = f;
  return f;
}

/** Lets go of the last document (called by the last rule that reads the cache). */
export function releaseFacts(): void {
  cachedBlocks = null;
  cached = [];
  byText.clear();
}
