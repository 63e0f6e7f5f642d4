/**
 * Metadata extractors: each reads blocks (and the labels rules gave them) and
 * returns one field. Markup metadata (HTML, doc.meta) wins over the free-text fallbacks.
 */
import type { Block, Doc, FieldName } from '../core/types.js';
import type { Dateline } from '../schema/record.js';
import { splitDateline, type DatelineSplit } from '../parse/dateline.js';
import { blockCache } from '../core/features.js';
import { extractAuthors, opensWithLead } from '../parse/authors.js';
import { extractTags } from '../parse/tags.js';
import { parseCounters } from '../parse/counters.js';
import { extractRelated } from './related.js';
import { parseSection } from '../parse/section.js';
import { splitTitle } from './title.js';
import { extractPublished, PUBLISHED_WORD } from './published.js';
import { parseDate } from '../parse/date.js';
import { detectLanguage } from './language.js';

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

const nonEmpty = <T>(a: T[] | undefined): a is T[] => Array.isArray(a) && a.length > 0;

/**
 * splitDateline of a block's text, cached on the block: settle asks bodyDateline of the same
 * opening paragraphs two or three times, over the blocks of two rounds (which share their
 * caches), per capture (issue 14).
 */
const datelines = blockCache<DatelineSplit | null>('dateline');
function datelineOf(b: Block): DatelineSplit | null {
  let split = datelines.get(b);
  if (split === undefined) datelines.set(b, (split = splitDateline(b.text)));
  return split;
}

/**
 * The dateline of the body ("MOSCOW (Sputnik) —") and the paragraphs it is cut
 * from: the one part of the metadata that changes body text.
 */
export function bodyDateline(doc: Doc, body: readonly number[]): { dateline: Dateline | null; bodyText: Map<number, string> } {
  const bodyText = new Map<number, string>();
  let dateline: Dateline | null = null;
  // the first three paragraphs; paragraphs 4..6 only with an agency named (a promo or caption may come first)
  const early = body.slice(0, 6);
  for (const [k, i] of early.entries()) {
    const split = datelineOf(doc.blocks[i]!);
    if (split && (k < 3 || split.dateline.agency)) {
      dateline = split.dateline;
      bodyText.set(i, split.rest);
      // a repeated lead paragraph carries the same dateline: it goes there too (so cleaning the body again changes nothing)
      const head = doc.blocks[i]!.text.slice(0, doc.blocks[i]!.text.length - split.rest.length);
      for (const j of early.slice(k + 1)) if (doc.blocks[j]!.text.startsWith(head)) bodyText.set(j, doc.blocks[j]!.text.slice(head.length));
      break;
    }
  }
  return { dateline, bodyText };
}

/** Blocks below / above the title searched for a date inside a header line. */
const HEADER_BELOW = 4;
const HEADER_ABOVE = 2;

/** Longest line read as a date line (header, above the start, footer). */
const MAX_DATE_LINE = 160;

/** A short line holding a full, absolute date: that date, and the line as its text. */
function fullDateLine(t: string): { published: string; publishedText: string } | null {
  if (t.length > MAX_DATE_LINE || !/\d/u.test(t)) return null;
  const d = parseDate(t, { maxOther: 10 });
  return d && d.iso && (d.precision === 'date' || d.precision === 'datetime') && !d.relative ? { published: d.iso, publishedText: t } : null;
}

/**
 * The first full date inside a short non-body line just below the title, else just above it.
 * Below the article's last block (`end`) lines head reader comments, not the article: they are
 * not searched, unless the title is that last block (a short post whose body is its headline).
 */
function headerDate(doc: Doc, title: number, body: ReadonlySet<number>, end: number): { published: string; publishedText: string } | null {
  const order: number[] = [];
  for (let j = title + 1; j <= title + HEADER_BELOW && (j < end || title >= end); j++) order.push(j);
  for (let j = title - 1; j >= title - HEADER_ABOVE; j--) order.push(j);
  for (const j of order) {
    if (j < 0 || j >= doc.blocks.length || body.has(j)) continue;
    const found = fullDateLine(doc.blocks[j]!.text);
    if (found) return found;
  }
  return null;
}

/** The first full date inside a short non-body line of the HEADER_ABOVE + 1 lines above the article's start, below the title. */
function aboveStartDate(doc: Doc, title: number, start: number, body: ReadonlySet<number>): { published: string; publishedText: string } | null {
  for (let j = start - 1; j > title + HEADER_BELOW && j >= start - HEADER_ABOVE - 1; j--) {
    if (body.has(j)) continue;
    const found = fullDateLine(doc.blocks[j]!.text);
    if (found) return found;
  }
  return null;
}

/** Blocks after the body's last one searched for a publication line. */
const FOOTER_BELOW = 3;

/**
 * A publication line at the article's end ("This entry was posted on March 3, 2014 in News",
 * "Pubblicato il 3 marzo 2021"): a short line holding a publication word (PUBLISHED_WORD) and a
 * full date, the body's last block or one of the few just after it. A bare date there heads a
 * reader comment: without the word it does not count.
 */
function footerDate(doc: Doc, last: number): { published: string; publishedText: string } | null {
  for (let j = last; j <= last + FOOTER_BELOW && j < doc.blocks.length; j++) {
    const t = doc.blocks[j]!.text;
    // the word test only on short lines: the body's last block may be a long paragraph
    const found = t.length <= MAX_DATE_LINE && PUBLISHED_WORD.test(t) ? fullDateLine(t) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The byline lines of one story: a second line that opens with a by-word ("Par Jean Roe") apart
 * from the first one's lines (another line between them, a teaser's headline) heads another
 * story, a related link's; it and the lines after it go. Names continued on the next line, or
 * a lead word alone with its names below, stay.
 */
function firstStory(lines: { index: number; text: string }[]): { index: number; text: string }[] {
  let led = false;
  for (let k = 0; k < lines.length; k++) {
    const x = lines[k]!;
    const opens = opensWithLead(x.text);
    if (opens && led && x.index - lines[k - 1]!.index > 1) return lines.slice(0, k);
    led ||= opens;
  }
  return lines;
}

/** A post footer's byline: "Posted by Jane Doe at ...", "Publié par ..." (the lead, no colon). */
const POST_FOOTER = /^(?:posted|published|written|publié|publicado|escrito|pubblicato|geschrieben|veröffentlicht)\s+(?:by|par|por|da|von)\s+(?!:)/iu;

/** `found`: bodyDateline(doc, body) when the caller has it already (settle does). */
export function extractMetadata(doc: Doc, body: number[], found = bodyDateline(doc, body)): Metadata {
  const { dateline, bodyText } = found;

  // one pass: the texts of the blocks each field's rules tagged, in page order
  const by = new Map<FieldName, { index: number; text: string }[]>();
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const b = doc.blocks[bi]!;
    const f = doc.labels[b.index]?.field;
    if (!f) continue;
    let l = by.get(f);
    if (!l) by.set(f, (l = []));
    l.push({ index: b.index, text: b.text });
  }
  const texts = (f: FieldName) => (by.get(f) ?? []).map((x) => x.text);

  const dated = [...(by.get('published') ?? []), ...(by.get('authors') ?? [])].sort((a, b) => a.index - b.index);
  const pub = extractPublished(
    dated,
    body.length ? body[0]! : null,
    () => detectLanguage(body.map((i) => doc.blocks[i]!.text).join('\n')),
    body.length ? body[body.length - 1]! : null,
  );
  // bylines below the article are comment headers ("Stephanie September 17, 2014 - 1:01 pm")
  const lastBody = body.length ? body[body.length - 1]! : Infinity;
  // and a byline above the article (the header's) outranks those inside it (a photo credit,
  // a sponsor's "by Taboola", a quoted post's author): those count only when the header has none
  const firstBody = body.length ? body[0]! : Infinity;
  const near = (by.get('authors') ?? []).filter((x) => x.index <= lastBody + 3);
  const header = near.filter((x) => x.index < firstBody);
  // in the header, the bylines from the title down outrank those above it (a teaser's, a sidebar's)
  const t0 = by.get('title')?.[0]?.index;
  const below = t0 === undefined ? [] : header.filter((x) => x.index > t0);
  let bylines = firstStory(below.length ? below : header.length ? header : near).map((x) => x.text);
  // none there: a blog post's footer after the article, "Posted by Jane Doe at May 1, 2004 3:43 PM",
  // the first byline below it when that one opens with "posted by" (no colon: "Posted by: Name"
  // heads a comment) and holds a date, and when it is the only such line there (a thread whose
  // comments each open with "Posted by ..." is no post's footer)
  if (bylines.length === 0 && body.length) {
    const after = (by.get('authors') ?? []).filter((x) => x.index > lastBody && POST_FOOTER.test(x.text));
    if (after.length === 1 && /\d/u.test(after[0]!.text)) bylines = [after[0]!.text];
  }

  const counters: number[] = [];
  for (const t of texts('counters')) counters.push(...(parseCounters(t)?.numbers ?? []));

  let section: string | null = null;
  for (const t of texts('section')) {
    section = parseSection(t);
    if (section) break;
  }

  // no date line: a full date inside a line of the header around the title ("Posted by Jane Doe
  // on March 3, 2014 in Politics | 5 Comments"), where position says what a date means; with no
  // title line (a short post whose body is its headline alone), around the body's first block
  if (pub.published === null && !doc.meta.published) {
    const t0 = by.get('title')?.[0]?.index ?? body[0];
    const inBody = new Set(body);
    if (t0 !== undefined) Object.assign(pub, headerDate(doc, t0, inBody, body.length ? body[body.length - 1]! : Infinity) ?? {});
    // none around the title: the lines just above the article's start, below the title (a
    // standfirst or a caption may stand between the title and the date)
    if (pub.published === null && t0 !== undefined && body.length && body[0]! > t0 + HEADER_BELOW + 1) Object.assign(pub, aboveStartDate(doc, t0, body[0]!, inBody) ?? {});
    // none in the header: a publication line at the article's end
    if (pub.published === null && body.length) Object.assign(pub, footerDate(doc, body[body.length - 1]!) ?? {});
  }

  const meta = doc.meta;
  const titled = splitTitle(texts('title'));
  return {
    title: meta.title ?? titled.title,
    url: meta.url ?? null,
    published: meta.published ?? pub.published,
    publishedText: meta.published ? (meta.publishedText ?? null) : pub.publishedText,
    updated: meta.updated ?? pub.updated,
    dateline,
    authors: nonEmpty(meta.authors) ? meta.authors : extractAuthors(bylines),
    // a site name glued to the title line ("Headline | Site") is the site
    site: meta.site ?? (meta.title ? null : titled.site),
    section: meta.section ?? section,
    tags: nonEmpty(meta.tags) ? meta.tags : extractTags(texts('tags')),
    related: nonEmpty(meta.related) ? meta.related : extractRelated(texts('related')),
    counters: nonEmpty(meta.counters) ? meta.counters : counters,
    language: meta.language ?? null,
    bodyText,
  };
}
