/**
 * Metadata from markup, before any free-text fallback: JSON-LD article nodes
 * (also inside @graph), Open Graph / article:* / twitter:* / Dublin Core meta
 * tags, itemprop microdata, <time datetime>, rel=author, canonical, html[lang].
 */
import type { Meta } from '../../../core/types.js';
import type { MarkupFacts } from '../walk.js';
import { fold as foldText } from '../../../core/text.js';
import { decodeEntities } from '../../../decode/entities.js';
import { normalizeDate } from './date.js';
import { readJsonLd } from './jsonld.js';
import { cleanTitle } from './title.js';
import { parseByline, splitNames, isBylineLead, withoutLead } from '../../../parse/authors.js';

export { normalizeDate } from './date.js';
export { cleanTitle, headlineOnPage, pageHeadline, pageHeadings } from './title.js';

/**
 * A value as a reader sees it: folded, with the character references left in it decoded. The
 * parser decodes an attribute once; a publisher that escaped twice ("Anna&amp;#039;s", common in
 * meta tags and <title>) leaves a reference in the value.
 */
const fold = (s: string): string => foldText(s.includes('&') ? decodeEntities(s).text : s);

const URLISH = /^(?:https?:)?\/\/|^www\.|\.(?:com|org|net)\b/i;

function firstMeta(metas: [string, string][], keys: readonly string[]): string | null {
  for (const k of keys) {
    for (const [key, v] of metas) {
      if (key === k) {
        const t = fold(v);
        if (t) return t;
      }
    }
  }
  return null;
}

function allMeta(metas: [string, string][], key: string): string[] {
  const out: string[] = [];
  for (const [k, v] of metas) if (k === key && fold(v)) out.push(fold(v));
  return out;
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const t = fold(x);
    const k = t.toLowerCase();
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/** A person's name as markup gives it: not a URL, not a sentence, not a bare handle list. */
function nameLike(s: string): boolean {
  const t = fold(s);
  return t.length >= 2 && t.length <= 80 && !URLISH.test(t) && t.split(' ').length <= 8 && !/[{}<>\p{N}@]/u.test(t) && !AUTHOR_WORD.test(t);
}

/** The word "author" itself: a field label or placeholder ("No Primary Author", "About author"), never part of a name. */
const AUTHOR_WORD = /(?<![\p{L}])(?:authors?|autor(?:es|in|ka|e)?|auteurs?|autrice|автор\p{L}*|szerző|yazar|författare)(?![\p{L}])/iu;

function splitTags(s: string): string[] {
  return s.split(/\s*[,;]\s*/).map(fold).filter((t) => t.length > 0 && t.length <= 80);
}

/**
 * The names an author element's text gives, read as a byline is ("Posted by" / "Jane Doe and John Roe",
 * "Tom Roe, Reporter, The Daily"): those of its first line that has any, or none when no line holds
 * one ("About author", "Posted on"). A single word (a handle) and a name in a script without case
 * (where capitals tell nothing) are taken as the element gives them.
 */
function elementNames(text: string): string[] {
  // a place or role in brackets after a name goes ("Anna Roe (New York)")
  // and so does a separator kept after it ("Nicolas Perriault —")
  // and so does a desk or outlet after a slash ("Jane Doe/Statehouse Bureau")
  const lines = text.split('\n').map((l) => fold(l).replace(/\s*\([^()]{1,40}\)/gu, '').replace(SLASH_DESK, '').replace(/[\s,;:|·•–—-]+$/u, '')).filter(Boolean);
  // the first line that reads as a byline (or a lead word, "Posted by", and the names on the next line)
  for (let i = 0; i < lines.length; i++) {
    // (a lead word that parseByline did not take is no part of a name: "By EXAMPLE POST STAFF")
    const names = isBylineLead(lines[i]!) ? (i + 1 < lines.length ? splitNames(lines[i + 1]!) : null) : (parseByline(lines[i]!) ?? splitNames(lines[i]!.replace(BY_PREFIX, '')));
    // a name as the page spells it: the parser may part words it took for glued ("MacManus")
    if (names?.length) return names.map((n) => (lines[i]!.includes(n) || lines[i + 1]?.includes(n) ? n : asWritten(n, lines[i]!)));
  }
  // the first line that holds a name: a job title or a date on a line below it is not part of it
  // (its lead words go, "Posted by tofu": a handle stands alone)
  // (a handle with the date after it, "by quietfox on May 3, 2012 5:13 PM", is the handle)
  const line = lines.map((l) => withoutLead(l).replace(BY_PREFIX, '').replace(HANDLE_DATE, '$1')).find((l) => !BY_ONLY.test(l) && nameLike(l)) ?? '';
  return line && (!line.includes(' ') || !/[\p{Lu}\p{Ll}]/u.test(line)) ? [line] : [];
}

/**
 * Names from rel=author links and author-classed elements: those of the first byline only
 * (the block the first one sits in); later ones head teasers and related stories. A name
 * that merely joins others of the same byline ("Jane Doe and John Roe") gives way to them.
 * Each element is read by elementNames; beside a full name, a single word is a label.
 */
function bylineNames(rel: MarkupFacts['relAuthors']): string[] {
  if (!rel.length) return [];
  const group = rel[0]!.group;
  let names = dedupe(rel.filter((r) => r.group === group).flatMap((r) => elementNames(r.text)));
  // beside a full name, a single word in the same byline is a label or a link ("Comment"), not a co-author
  if (names.some((n) => n.includes(' '))) names = names.filter((n) => n.includes(' '));
  return names.filter((n) => !names.some((m) => m !== n && m.length < n.length && n.includes(m)));
}

/**
 * The names of a meta author tag. One written as a byline ("By Jane Doe, with John Roe in
 * Washington", "Jane Doe and John Roe") is read as one; a long list split at its commas;
 * otherwise the value is one name as the tag gives it.
 */
function metaNames(a: string): string[] {
  // the outlet after a spaced separator goes ("Jane Doe | Harbour Gazette", "Jane Doe - Harbour Gazette")
  const sep = META_SEP.exec(a);
  if (sep && sep.index > 0) a = a.slice(0, sep.index);
  if (BY_PREFIX.test(a) || / (?:and|with|und|et|y) /iu.test(a)) {
    const names = parseByline(a.replace(/^with\s+/iu, '')) ?? splitNames(a.replace(BY_PREFIX, ''));
    if (names?.length) return names;
  }
  if (!a.includes(',')) return [a];
  // a web address beside the name ("Jane Doe, www.example.com") goes
  const parts = a.split(/\s*,\s*/);
  const kept = parts.filter((x) => !URLISH.test(x));
  if (kept.length < parts.length) return kept.length === 1 ? kept : metaNames(kept.join(', '));
  return a.length > 60 ? parts : [a];
}

/** `name` as `line` writes it, when the parser put a space between two of its words ("Mac Manus"). */
function asWritten(name: string, line: string): string {
  const re = new RegExp(name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'u');
  return re.exec(line)?.[0] ?? name;
}

/** A desk or outlet after a name of two words or more and a slash ("Jane Doe/Statehouse Bureau", "Jane Doe / NJ.com"). */
const SLASH_DESK = /(?<=^\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){1,3})\s*\/\s*\p{Lu}.*$/u;

/** One word (a handle), then "on" / "at" or a separator and a rest holding a digit (its date): the handle alone. */
const HANDLE_DATE = /^(\S+)\s+(?:on|at|[-|–—·•])\s+(?=.*\d).*$/u;

/** A spaced separator in a meta author value, before the outlet. */
const META_SEP = /\s+[-|–—·•]\s+/u;

/** An e-mail address in brackets beside a name. */
const EMAIL_PART = /\s*[(<\[][^()<>[\]\s]*@[^()<>[\]\s]*[)>\]]\s*/gu;

const BY_PREFIX = /^(?:by|von|par|por|от|автор|авторы|di|door)\s*:?\s+/i;
const BY_ONLY = /^(?:by|von|par|por|от|автор|авторы|di|door)\s*:?$/i;

/** Meta tags that state the article's headline, strongest first. */
const STATED = ['og:title', 'twitter:title', 'dc.title', 'headline', 'sailthru.title'] as const;

export interface MarkupMeta {
  meta: Meta;
  warnings: string[];
  /** Where the title came from: an article headline the markup states (JSON-LD, og:title...), or only the <title> element. */
  titleFrom: 'markup' | 'title' | null;
}

export function markupMeta(f: MarkupFacts): MarkupMeta {
  const warnings: string[] = [];
  const ld = readJsonLd(f.jsonld, warnings);
  const metas = f.metas;
  const item = (k: string) => {
    for (const [key, v] of f.itemprops) if (key === k && fold(v)) return fold(v);
    return null;
  };

  const site = ld.site ?? firstMeta(metas, ['og:site_name', 'application-name', 'twitter:site:name', 'publisher', 'dc.publisher']);
  // A stated headline that only names the site (og:title = og:site_name on every page of some
  // sites) is no headline: the next source, or the <title>, states the page's.
  const bare = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const ownHeadline = (v: string | null): string | null => (v && site && bare(v) === bare(site) && f.title && bare(f.title) !== bare(v) ? null : v);
  let stated = ownHeadline(ld.headline);
  for (const k of STATED) stated ??= ownHeadline(firstMeta(metas, [k]));
  stated ??= ownHeadline(item('headline'));
  const htmlTitle = f.title ? fold(f.title) : null;
  const rawTitle = stated ?? htmlTitle;
  const title = rawTitle ? cleanTitle(rawTitle, site, htmlTitle) : null;

  const pubRaw =
    ld.published ??
    firstMeta(metas, ['article:published_time', 'datepublished', 'og:published_time', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime']) ??
    item('datepublished') ??
    (f.times.find((t) => t.pubdate) ?? f.times.find((t) => t.inArticle) ?? f.times[0])?.datetime ??
    null;
  const published = pubRaw ? normalizeDate(pubRaw) : null;
  const updRaw = ld.modified ?? firstMeta(metas, ['article:modified_time', 'datemodified', 'og:updated_time', 'modified_time', 'dcterms.modified', 'last-modified', 'lastmod']) ?? item('datemodified');
  const updated = updRaw ? normalizeDate(updRaw) : null;

  // each source in turn; one that names only the site (an Organization as the JSON-LD author, a
  // DC.creator that is the publication) gives way to the next, as one that names nobody does
  const keep = (xs: string[]): string[] => {
    // a separator an author element kept after the name ("Nicolas Perriault —") goes with the prefix
    const out = dedupe(xs.map((a) => a.replace(BY_PREFIX, '').replace(/[\s,;:|·•–—-]+$/u, '')).filter(Boolean));
    return site ? out.filter((a) => a.toLowerCase() !== site.toLowerCase() || ld.persons.includes(a)) : out;
  };
  let authors = keep(ld.authors.filter(nameLike));
  if (!authors.length) {
    const metaAuthors = [...allMeta(metas, 'author'), ...allMeta(metas, 'article:author'), ...allMeta(metas, 'dc.creator'), ...allMeta(metas, 'sailthru.author'), ...allMeta(metas, 'parsely-author')];
    // an e-mail address beside the name ("Jane Doe (jane@example.com)", "Jane Doe <jane@example.com>") goes
    authors = keep(metaAuthors.map((a) => a.replace(EMAIL_PART, '')).filter(Boolean).flatMap(metaNames).filter(nameLike));
  }
  // an itemprop=author element is read as a byline element is ("By Jane Doe, Staff Writer"; a handle as it stands)
  if (!authors.length) authors = keep(f.itemprops.filter(([k]) => k === 'author').flatMap(([, v]) => elementNames(v)).filter(nameLike));
  if (!authors.length) authors = keep(bylineNames(f.relAuthors));

  let tags = ld.keywords;
  if (!tags.length) tags = allMeta(metas, 'article:tag').flatMap(splitTags);
  if (!tags.length) tags = (firstMeta(metas, ['news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags']) ?? '').split(/\s*[,;]\s*/).map(fold).filter((t) => t && t.length <= 80);
  tags = dedupe(tags);

  const section = ld.section ?? firstMeta(metas, ['article:section', 'section', 'parsely-section', 'og:section', 'category']);
  const langRaw = f.lang ?? firstMeta(metas, ['content-language', 'og:locale', 'language', 'dc.language']);
  const lm = langRaw ? /^([a-z]{2})(?:$|[-_])/i.exec(langRaw.trim()) : null;
  const url = f.canonical && /^https?:\/\//i.test(f.canonical) ? f.canonical : firstMeta(metas, ['og:url', 'twitter:url']) ?? ld.url ?? null;

  const meta: Meta = {};
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (published) {
    meta.published = published;
    meta.publishedText = fold(pubRaw!);
  } else if (pubRaw) warnings.push(`markup date not understood: ${fold(pubRaw).slice(0, 60)}`);
  if (updated) meta.updated = updated;
  if (authors.length) meta.authors = authors;
  if (site) meta.site = site;
  if (section) meta.section = section;
  if (tags.length) meta.tags = tags;
  if (lm) meta.language = lm[1]!.toLowerCase();
  return { meta, warnings, titleFrom: title ? (stated ? 'markup' : 'title') : null };
}
