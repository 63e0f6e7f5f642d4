/** Title cleanup: drop " | Site Name" suffixes (and "Site: " prefixes) that name the site. */
import { fold } from '../../../core/text.js';

const SEP = /\s+[|–—·•«»:~/-]{1,2}\s+|\s+::\s+|(?<=\p{L}):\s+/gu;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** True when a title piece names the site (same words, or the site's name / domain inside it). */
function namesSite(piece: string, site: string | null, others: string | null): boolean {
  const p = norm(piece);
  if (!p) return true;
  if (site) {
    const s = norm(site);
    if (s && (p === s || (p.length >= 3 && (s.includes(p) || p.includes(s)) && piece.split(/\s+/).length <= 6))) return true;
  }
  // The same piece ends the <title> too and is short: a site tag shared by every page.
  if (others && piece.split(/\s+/).length <= 4 && /^(?:www\.)?[\w-]+\.[a-z]{2,}$/i.test(piece.trim())) return true;
  return false;
}

export function cleanTitle(raw: string, site: string | null, htmlTitle: string | null): string | null {
  let t = fold(raw);
  if (!t) return null;
  for (let round = 0; round < 3; round++) {
    const parts = t.split(SEP);
    if (parts.length < 2) break;
    const seps = t.match(SEP) ?? [];
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    if (namesSite(last, site, htmlTitle)) {
      t = t.slice(0, t.length - last.length - seps[seps.length - 1]!.length).trim();
      continue;
    }
    if (namesSite(first, site, htmlTitle) && parts.slice(1).join(' ').length > 10) {
      t = t.slice(first.length + seps[0]!.length).trim();
      continue;
    }
    break;
  }
  return t || null;
}

/** A separator between title pieces: spaced punctuation, or a colon right after a word ("Blog: Headline"). */
const PIECE_SEP = /\s+[|–—·•«»:~/-]{1,2}\s+|\s+::\s+|(?<=[\p{L}\p{N})!?.'"’”]):\s+/gu;
/** The same without the colon: a headline the publisher states (og:title, JSON-LD) keeps "Topic: Headline". */
const SPACED_SEP = /\s+[|–—·•«»~/-]{1,2}\s+|\s+::\s+/gu;
/** A title's leading or trailing separator left from a stripped piece ("» Headline :site" has none around it any more). */
const END_SEP = /^[|–—·•«»~/-]{1,2}\s+|\s+[|–—·•«»~/-]{1,2}$/gu;
/** Blocks searched for the headline, and the longest site piece cut (in words). */
const HEAD_BLOCKS = 400;
const SITE_WORDS = 6;
const HAS_SEP = new RegExp(PIECE_SEP.source, 'u');

const words = (s: string) => s.trim().split(/\s+/).length;

export interface PageHeadline {
  title: string;
  /** The piece cut away, when it is short enough to name the site. */
  site: string | null;
}

/** A heading of the page and how many blocks below it the first prose paragraph starts (Infinity: none near). */
export interface PageHeading {
  text: string;
  toProse: number;
}

/** Blocks looked at below a heading for the prose it heads. */
const PROSE_WITHIN = 12;

/**
 * The title's pieces that the page shows on their own as a heading. A title is often the
 * headline with the site's (or blog's, or section's) name glued at either end, joined by
 * a separator: "Blog Name: Headline", "Headline « Blog", "Site » Headline", "Headline -
 * Section - Site". When a heading (h1-h6) among the first blocks equals the title with
 * pieces cut from one end (compared on letters and digits only), and heads prose (prose
 * starts a few blocks below it), that part is the headline and
 * a short cut part names the site. The site's own name is often a heading too (the
 * masthead, with the blog's tagline under it): the heading nearest above the prose wins,
 * and at equal distance the usual order decides: the site comes last after a spaced separator ("Headline | Site") and first before a colon
 * ("Blog: Headline"). Against that order the kept part must be the longer one
 * ("Site » Headline"). The title itself heading prose cuts nothing. Evidence from position and markup only: no word list, any language.
 * `colon`: a colon after a word separates pieces too ("Blog Name: Headline"); only for a
 * <title>, since a headline the publisher states in markup often holds one ("Topic: Headline").
 */
export function headlineOnPage(title: string, headings: readonly PageHeading[], colon = true): PageHeadline | null {
  const t = title.replace(END_SEP, '').trim();
  const stripped = t !== title && t ? { title: t, site: null } : null;
  const sepRe = colon ? PIECE_SEP : SPACED_SEP;
  const seps = [...t.matchAll(sepRe)];
  if (!seps.length) return gluedSite(t, headings) ?? bracketNote(t, headings) ?? stripped;
  // heading keys: all of them, and the distance to prose of those that head prose (prose starts a few blocks below)
  const heads = new Map<string, number>();
  for (const h of headings) {
    const k = norm(h.text);
    if (k.length < 6) continue;
    if (h.toProse <= PROSE_WITHIN) heads.set(k, Math.min(heads.get(k) ?? Infinity, h.toProse));
  }
  if (heads.has(norm(t))) return stripped;
  let best: { keep: string; cut: string; near: string; usual: boolean; toProse: number } | null = null;
  for (const m of seps) {
    const colonSep = m[0].trim() === ':';
    for (const o of [
      // cut from the end: usual for "Headline | Site", against the grain for "Blog: Headline"
      { keep: t.slice(0, m.index), cut: t.slice(m.index! + m[0].length), near: t.slice(m.index! + m[0].length).split(sepRe)[0]!, usual: !colonSep },
      { keep: t.slice(m.index! + m[0].length), cut: t.slice(0, m.index), near: t.slice(0, m.index).split(sepRe).pop()!, usual: colonSep },
    ]) {
      const toProse = heads.get(norm(o.keep));
      if (toProse === undefined) continue;
      // the piece cut next to the headline names a site or section: a longer one is the headline's own subtitle
      if (words(o.near) > SITE_WORDS) continue;
      // against the usual order the kept part must be the longer, and no heading nearer the prose than the cut part
      if (!o.usual && (o.keep.length <= o.cut.length || (heads.get(norm(o.cut)) ?? Infinity) < toProse)) continue;
      const better = !best || toProse < best.toProse || (toProse === best.toProse && ((o.usual && !best.usual) || (o.usual === best.usual && o.keep.length > best.keep.length)));
      if (better) best = { ...o, toProse };
    }
  }
  if (!best) return middlePiece(t, seps, heads) ?? stripped;
  const cut = best.cut.trim();
  const site = words(cut) <= SITE_WORDS && !HAS_SEP.test(cut) ? cut : null;
  return { title: best.keep.trim(), site };
}

/**
 * A site name glued to the headline with no separator ("Recap of the 2012 meetingJane Doe"):
 * the title opens with a heading that heads prose, and the rest, glued on (no space at the
 * seam) and short, is another heading of the page (its masthead). Null when not so.
 */
function gluedSite(t: string, headings: readonly PageHeading[]): PageHeadline | null {
  for (const h of headings) {
    const head = h.text.trim();
    if (h.toProse > PROSE_WITHIN || head.length < 6 || head.length >= t.length || !t.startsWith(head)) continue;
    const rest = t.slice(head.length);
    if (/^\s/u.test(rest) || words(rest) > SITE_WORDS) continue;
    if (headings.some((x) => x !== h && norm(x.text) === norm(rest))) return { title: head, site: rest.trim() };
  }
  return null;
}

/**
 * "Headline (Source, 23-1-1998)": a bracketed note closing a title with no separator, when a
 * heading that heads the prose shows the title without it. Null when not so.
 */
function bracketNote(t: string, headings: readonly PageHeading[]): PageHeadline | null {
  if (t.charCodeAt(t.length - 1) !== 41 /* ) */) return null;
  const note = /\s+\([^()]{3,80}\)$/u.exec(t);
  if (!note) return null;
  const head = norm(t.slice(0, note.index));
  return head.length >= 6 && headings.some((h) => h.toProse <= PROSE_WITHIN && norm(h.text) === head) ? { title: t.slice(0, note.index).trim(), site: null } : null;
}

/**
 * Pieces cut from both ends ("Author: Headline | Section | Site", "Date - Headline - Site"):
 * when no cut from one end leaves a heading, the heading nearest above the prose that equals
 * a middle run of the title's pieces is the headline, when the piece cut next to it on each
 * side is short (a name, a date, a section: SITE_WORDS words at most). The last piece is the
 * site when it is short.
 */
function middlePiece(t: string, seps: readonly RegExpMatchArray[], heads: ReadonlyMap<string, number>): PageHeadline | null {
  let best: { keep: string; tail: string; toProse: number } | null = null;
  for (let a = 0; a < seps.length; a++) {
    const from = seps[a]!.index! + seps[a]![0].length;
    const before = t.slice(0, seps[a]!.index);
    if (words(before.split(PIECE_SEP).pop()!) > SITE_WORDS) continue;
    for (let b = a + 1; b < seps.length; b++) {
      const keep = t.slice(from, seps[b]!.index);
      const toProse = heads.get(norm(keep));
      if (toProse === undefined) continue;
      const tail = t.slice(seps[b]!.index! + seps[b]![0].length);
      if (words(tail.split(PIECE_SEP)[0]!) > SITE_WORDS) continue;
      if (!best || toProse < best.toProse || (toProse === best.toProse && keep.length > best.keep.length)) best = { keep, tail, toProse };
    }
  }
  if (!best) return null;
  const last = best.tail.split(PIECE_SEP).pop()!.trim();
  return { title: best.keep.trim(), site: last && words(last) <= SITE_WORDS ? last : null };
}

const isHeading = (b: { tag?: string }) => b.tag !== undefined && /^h[1-6]$/.test(b.tag);

/**
 * The page's headline: `title` (from markup: `fromTitleTag` false; else from <title>) with
 * pieces the page does not show cut (headlineOnPage). A headline stated in markup (og:title,
 * JSON-LD) that no heading above the prose shows, while the <title> or its headline piece
 * heads the prose, is a teaser or a social-media line ("Flood defences are 'poorly kept'"
 * beside the page's "Audit Office report: Flood defences are poorly kept"): the page's own
 * headline wins.
 */
export function pageHeadline(title: string, fromTitleTag: boolean, htmlTitle: string | null, headings: readonly PageHeading[]): PageHeadline | null {
  const h = headlineOnPage(title, headings, fromTitleTag);
  if (fromTitleTag || !htmlTitle) return h;
  const near = new Set(headings.filter((x) => x.toProse <= PROSE_WITHIN).map((x) => norm(x.text)));
  const stated = norm(h?.title ?? title);
  if (near.has(stated)) return h;
  const t = headlineOnPage(htmlTitle, headings, true);
  const own = t?.title ?? fold(htmlTitle);
  return near.has(norm(own)) && norm(own) !== stated ? { title: own, site: t?.site ?? null } : h;
}

/** A block that reads as running prose: twenty words or more (longer than a blog's tagline), mostly outside links. */
const prose = (b: { text: string; linkDensity?: number }) => (b.linkDensity ?? 0) < 0.5 && b.text.length >= 100 && b.text.split(' ').length >= 20;

/** The heading blocks (h1-h6) among the page's first blocks, each with its distance to the prose below it. */
export function pageHeadings(blocks: readonly { tag?: string; text: string; linkDensity?: number }[]): PageHeading[] {
  const out: PageHeading[] = [];
  const end = Math.min(blocks.length, HEAD_BLOCKS);
  let nextProse = Infinity;
  // backwards: the index of the nearest prose block below each position
  const toProse: number[] = new Array(end);
  for (let i = Math.min(blocks.length, HEAD_BLOCKS + PROSE_WITHIN) - 1; i >= 0; i--) {
    if (i < end) toProse[i] = nextProse - i;
    if (prose(blocks[i]!)) nextProse = i;
  }
  for (let i = 0; i < end; i++) {
    const b = blocks[i]!;
    if (isHeading(b)) out.push({ text: b.text, toProse: toProse[i]! });
  }
  return out;
}
