/** JSON-LD: the article node (NewsArticle, Article, BlogPosting..., also inside @graph or arrays). */
import { fold } from '../../../core/text.js';
import { decodeEntities } from '../../../decode/entities.js';
import { parseByline } from '../../../parse/authors.js';

export interface LdArticle {
  headline: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  /** Authors given as a Person node: kept even when the site bears the same name (a personal blog). */
  persons: string[];
  site: string | null;
  keywords: string[];
  section: string | null;
  url: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const ARTICLE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|Review)$/;
const PAGE = /^(?:WebPage|ItemPage|CollectionPage|AboutPage)$/;

function isObj(j: Json | undefined): j is Obj {
  return typeof j === 'object' && j !== null && !Array.isArray(j);
}

function types(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function str(j: Json | undefined): string | null {
  // (character references in a JSON string are the publisher's escaping, "Anna&#039;s": a reader sees the character)
  if (typeof j === 'string') return fold(j.includes('&') ? decodeEntities(j).text : j) || null;
  if (typeof j === 'number') return String(j);
  if (Array.isArray(j)) return str(j[0]);
  return null;
}

/** Every object in the JSON-LD, iteratively (no recursion on hostile depth), with a budget. */
function objects(root: Json): Obj[] {
  const out: Obj[] = [];
  const stack: Json[] = [root];
  let budget = 20000;
  while (stack.length && budget-- > 0) {
    const j = stack.pop()!;
    if (Array.isArray(j)) for (let i = j.length - 1; i >= 0; i--) stack.push(j[i]!);
    else if (isObj(j)) {
      out.push(j);
      for (const k of Object.keys(j)) {
        const v = j[k]!;
        if (typeof v === 'object' && v !== null) stack.push(v);
      }
    }
  }
  return out;
}

/** A Person node's name: `name`, else its parts (givenName, additionalName, familyName) joined. */
function personName(o: Obj): string | null {
  const n = str(o.name);
  if (n) return n;
  const parts = [str(o.givenName), str(o.additionalName), str(o.familyName)].filter((x): x is string => x !== null);
  return parts.length ? parts.join(' ') : null;
}

/**
 * Names listed in one string: "Ann Lee, Bo Chan and Cy Dee", "By Ann Lee & Bo Chan". One written
 * as a byline, with its by-word, is read as a byline is, so that a role after a comma ends the
 * names ("By Jane Doe, National Political Writer" names Jane Doe alone).
 */
const listed = (s: string): string[] => {
  const t = s.replace(/,\s*(?=(?:Jr|Sr|II|III|IV)\.?(?:$|[\s,]))/gu, ' ');
  if (/^by\s/iu.test(t) && t.includes(',')) {
    const names = parseByline(t);
    if (names?.length) return names.map(fold).filter(Boolean);
  }
  return t.replace(/^by\s+/iu, '').split(/\s*(?:,|\band\b|&)\s*/).map(fold).filter(Boolean);
};

function names(j: Json | undefined, byId: Map<string, Obj>): string[] {
  const out: string[] = [];
  const list = Array.isArray(j) ? j : j === undefined ? [] : [j];
  for (const x of list) {
    if (typeof x === 'string') out.push(...listed(x));
    else if (isObj(x)) {
      const ref = typeof x['@id'] === 'string' && !x.name && !x.familyName ? byId.get(x['@id']) : undefined;
      const n = personName(ref ?? x);
      // one Person node whose name lists several ("Ann Lee and Bo Chan") names each
      if (n) out.push(...listed(n));
    }
  }
  return out;
}

export function readJsonLd(scripts: string[], warnings: string[]): LdArticle {
  const res: LdArticle = { headline: null, published: null, modified: null, authors: [], persons: [], site: null, keywords: [], section: null, url: null };
  const all: Obj[] = [];
  for (const raw of scripts) {
    // Wrappers for old parsers around the JSON: <!-- -->, and <![CDATA[ ]]> with or without "//" before it.
    const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '').trim();
    if (!text || text.length > 2_000_000) continue;
    try {
      all.push(...objects(JSON.parse(text) as Json));
    } catch {
      // Common breakage: raw newlines/tabs inside strings. Retry once with them folded.
      try {
        all.push(...objects(JSON.parse(text.replace(/[\n\r\t]+/g, ' ')) as Json));
      } catch {
        warnings.push('a JSON-LD block is not valid JSON: skipped');
      }
    }
  }
  if (!all.length) return res;
  const byId = new Map<string, Obj>();
  // Index nodes by @id; a bare reference ({"@id": ...} and nothing else) never shadows the node it points to.
  for (const o of all) {
    const id = o['@id'];
    if (typeof id !== 'string') continue;
    const bare = Object.keys(o).length === 1;
    if (!bare || !byId.has(id)) byId.set(id, o);
  }
  const art = all.find((o) => types(o).some((t) => ARTICLE.test(t))) ?? all.find((o) => types(o).some((t) => PAGE.test(t)) && (o.headline || o.datePublished));
  if (!art) {
    const org = all.find((o) => types(o).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t)));
    if (org) res.site = str(org.name);
    return res;
  }
  res.headline = str(art.headline) ?? str(art.name);
  res.published = str(art.datePublished) ?? str(art.dateCreated);
  res.modified = str(art.dateModified);
  res.authors = names(art.author ?? art.creator, byId);
  const by = art.author ?? art.creator;
  for (const x of Array.isArray(by) ? by : by === undefined ? [] : [by]) {
    const node = isObj(x) && typeof x['@id'] === 'string' && !x.name && !x.familyName ? byId.get(x['@id']) : x;
    if (isObj(node) && types(node).includes('Person')) {
      const n = personName(node);
      if (n) res.persons.push(n);
    }
  }
  let pub = art.publisher;
  if (isObj(pub) && typeof pub['@id'] === 'string' && !pub.name) pub = byId.get(pub['@id']) ?? pub;
  res.site = isObj(pub) ? str(pub.name) : Array.isArray(pub) && isObj(pub[0]) ? str(pub[0].name) : typeof pub === 'string' ? fold(pub) : null;
  if (!res.site) {
    const web = all.find((o) => types(o).includes('WebSite'));
    if (web) res.site = str(web.name);
  }
  const kw = art.keywords;
  if (typeof kw === 'string') res.keywords = kw.split(/\s*[,;]\s*/).map(fold).filter((t) => t && t.length <= 80);
  else if (Array.isArray(kw)) res.keywords = kw.filter((k): k is string => typeof k === 'string').map(fold).filter((t) => t && t.length <= 80);
  const sec = art.articleSection;
  res.section = Array.isArray(sec) ? str(sec.find((s) => typeof s === 'string' && s.trim() !== '')) : str(sec);
  const me = art.mainEntityOfPage;
  res.url = str(art.url) ?? (isObj(me) ? str(me['@id']) : str(me));
  if (res.url && !/^https?:\/\//i.test(res.url)) res.url = null;
  return res;
}
