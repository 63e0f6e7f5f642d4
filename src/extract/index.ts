/**
 * Metadata extractors: each reads blocks (and the labels rules gave them) and
 * returns one field. Markup metadata (HTML) wins over the free-text fallbacks.
 */
import type { Doc } from '../core/types.js';
import type { Dateline } from '../schema/record.js';
import { splitDateline } from './dateline.js';

export interface Metadata {
  title: string | null;
  url: string | null;
  published: string | null;
  publishedText: string | null;
  updated: string | null;
  dateline: Dateline | null;
  authors: string[];
  site: string | null;
  section: string | null;
  tags: string[];
  related: string[];
  counters: number[];
  language: string | null;
  /** Body blocks whose text an extractor changed (e.g. dateline stripped). */
  bodyText: Map<number, string>;
}

export function extractMetadata(doc: Doc, body: number[]): Metadata {
  const bodyText = new Map<number, string>();
  let dateline: Dateline | null = null;
  for (const i of body.slice(0, 3)) {
    const split = splitDateline(doc.blocks[i]!.text);
    if (split) {
      dateline = split.dateline;
      bodyText.set(i, split.rest);
      break;
    }
  }
  const meta = doc.meta;
  return {
    title: meta.title ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
    publishedText: meta.publishedText ?? null,
    updated: meta.updated ?? null,
    dateline,
    authors: meta.authors ?? [],
    site: meta.site ?? null,
    section: meta.section ?? null,
    tags: meta.tags ?? [],
    related: [],
    counters: [],
    language: meta.language ?? null,
    bodyText,
  };
}
