/**
 * Facts about a line that several boilerplate rules need (word counts, glue,
 * first word, chrome words), computed once per block and shared by the rules
 * of one run instead of each rule walking the line again.
 */
import type { Block, Doc } from '../../../core/types.js';
import { scanLine, firstWordOf, chromeWords, type LineScan } from './match.js';
import { ANY_HINT } from './hints.js';

export interface LineFacts extends LineScan {
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
  if (text.length > MAX_FACT_CHARS) {
    return { words: 0, wordsUnglued: 0, glued: false, nonAscii: false, astral: false, first: '', chrome: undefined, hint: 0, marker: 0 };
  }
  const s = scanLine(text);
  return { words: s.words, wordsUnglued: s.wordsUnglued, glued: s.glued, nonAscii: s.nonAscii, astral: s.astral, first: firstWordOf(text), chrome: undefined, hint: 0, marker: 0 };
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

// One document at a time: the facts of doc.blocks, by block index, with the text they were computed from.
let cachedBlocks: readonly Block[] | null = null;
let cachedTexts: (string | undefined)[] = [];
let cachedFacts: (LineFacts | undefined)[] = [];

/** Facts of a block of doc, computed once per block (and again if its text changes). */
export function factsOf(doc: Doc, b: Block): LineFacts {
  if (doc.blocks !== cachedBlocks) {
    cachedBlocks = doc.blocks;
    cachedTexts = [];
    cachedFacts = [];
  }
  const i = b.index;
  if (cachedTexts[i] === b.text) return cachedFacts[i]!;
  const f = lineFacts(b.text);
  cachedTexts[i] = b.text;
  cachedFacts[i] = f;
  return f;
}

/** Lets go of the last document (called by the last rule that reads the cache). */
export function releaseFacts(): void {
  cachedBlocks = null;
  cachedTexts = [];
  cachedFacts = [];
}
