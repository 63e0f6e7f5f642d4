/**
 * Body selection: among the blocks no rule took, find the article's prose run.
 * First version: jusText-like classes (good / short / other) from length, end
 * punctuation and stopword density, then context smoothing around good blocks.
 */
import type { Doc } from '../core/types.js';
import { words, endsLikeSentence } from '../core/text.js';
import { stopwords } from './stopwords.js';
import { selectHtmlBody } from './select-html.js';

export interface BodySelection {
  body: number[];
  /** Rule id for each free block left out of the body. */
  reasons: Map<number, string>;
}

export function selectTextBody(doc: Doc, language: string | null): BodySelection {
  const sw = stopwords(language ?? 'en');
  const free = doc.blocks.filter((b) => !doc.labels[b.index]);
  const cls = new Map<number, 'good' | 'short' | 'bad'>();
  for (const b of free) {
    const w = words(b.text);
    const n = w.length;
    let s = 0;
    for (const t of w) if (sw.has(t.toLowerCase())) s++;
    const density = n ? s / n : 0;
    if (n < 6 && !endsLikeSentence(b.text)) cls.set(b.index, 'short');
    else if ((n >= 10 && density >= 0.2) || (n >= 6 && endsLikeSentence(b.text) && density >= 0.15)) cls.set(b.index, 'good');
    else cls.set(b.index, 'bad');
  }
  const body: number[] = [];
  const reasons = new Map<number, string>();
  for (const b of free) {
    if (cls.get(b.index) === 'good') body.push(b.index);
    else reasons.set(b.index, cls.get(b.index) === 'short' ? 'short-fragment' : 'not-prose');
  }
  return { body, reasons };
}

/** Chooses the body blocks: HTML documents add markup evidence to the text selection. */
export function selectBody(doc: Doc, language: string | null): BodySelection {
  return doc.format === 'html' ? selectHtmlBody(doc, language) : selectTextBody(doc, language);
}
