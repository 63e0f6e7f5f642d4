/**
 * Body selection for HTML blocks: the markup evidence the text selection
 * cannot see.
 *
 * 1. Boilerplate regions: elements that are page furniture by tag (nav, aside,
 *    footer, header), by ARIA role, or by the words of their class / id
 *    (share, related, comments, cookie, newsletter, ad...; general
 *    vocabularies in src/segment/html/vocab.ts). A class-flagged element that
 *    wraps most of the page's prose is a layout wrapper, not furniture.
 * 2. The article container: Readability's idea, our code. Every prose block
 *    credits its parent (full), grandparent (half) and a few more ancestors
 *    (less); a container's score is damped by its link density and moved by
 *    its class words and article markup (article, itemprop=articleBody).
 * 3. The body: the blocks of the best container and of its siblings that
 *    score close to it, minus the furniture regions inside them and
 *    link-heavy blocks. Everything else is left out with the reason why.
 */
import type { Block, Doc, HtmlElement, Label } from '../core/types.js';
import type { BodySelection } from './select.js';
import { selectTextBody } from './select.js';
import { boilerReason, classWeight, strongFurniture, ARTICLE_ITEM } from '../segment/html/vocab.js';
import { ANCESTOR_CAP, isProse, pageRegionLookup } from '../segment/html/furniture.js';
import { endsLikeSentence, wordCount } from '../core/text.js';
// selectRound is only called at run time (a cycle clean -> select -> select-html -> clean is safe in ESM)
import { selectRound, seedOf } from '../core/clean.js';

const PARA = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'pre', 'dd', 'dt', 'figcaption', 'caption', 'address', 'summary']);

/** Rule ids HTML body selection gives the blocks it leaves out, with what they mean. */
export const HTML_SELECTION_REASONS = {
  'html-outside-article': 'A block outside the element that markup and text density mark as the article container.',
  'html-link-dense': 'A block inside the article whose text is mostly links (link rows, tag clouds, teaser lists).',
  'html-title': 'An <h1> opening the body: the headline, a field rather than body.',
} as const;

/** Share of a prose body the text pipeline may cut when the body is settled as text (see settleAsText). */
const SETTLE_MAX_DROP = 0.05;

/** Text rules that judge a line by its shape alone, which markup can contradict. */
const SHAPE_RULES = new Set(['related-list', 'title-line', 'nav-menu', 'glued-teaser']);

/** Links make up most of the block: a link list item, a "Related: ..." line. Paragraphs get more room. */
function linkHeavy(b: Block): boolean {
  const ld = b.linkDensity ?? 0;
  if (b.tag === 'p' || b.tag === 'blockquote') return ld >= 0.8 && !(b.text.length > 200 && ld < 0.9);
  if (ld > 0.5 && !(b.text.length > 200 && ld < 0.7)) return true;
  return ld > 0.3 && wordCount(b.text) < 8 && !endsLikeSentence(b.text);
}

interface ElStat {
  text: number;
  link: number;
  score: number;
  /** prose characters (long, sentence-like blocks) inside */
  prose: number;
  /** number of prose blocks inside */
  proseN: number;
}

/** The article container and what belongs to it, as the markup says. */
export interface ArticleRegion {
  /** The furniture region a block's element sits in, or null. */
  regionOf: (e: HtmlElement | undefined) => { el: HtmlElement; rule: string } | null;
  /** True when the block sits in the article container (or its look-alike siblings), or is a paragraph beside it. */
  inArticle: (b: Block) => boolean;
}

const regionCache = new WeakMap<readonly Block[], ArticleRegion | null>();

/**
 * Finds the article container among the given candidate blocks, once per page:
 * the HTML pre-rule that trims the page before the text rules and the body
 * selection after them see the same container.
 */
export function articleRegion(doc: Doc, free: Block[]): ArticleRegion | null {
  const cached = regionCache.get(doc.blocks);
  if (cached !== undefined) return cached;
  const r = computeRegion(doc, free);
  regionCache.set(doc.blocks, r);
  return r;
}

function computeRegion(doc: Doc, free: Block[]): ArticleRegion | null {
  if (!free.some((b) => b.el)) return null;

  const stats = new Map<HtmlElement, ElStat>();
  const stat = (e: HtmlElement) => {
    let s = stats.get(e);
    if (!s) stats.set(e, (s = { text: 0, link: 0, score: 0, prose: 0, proseN: 0 }));
    return s;
  };
  // Totals per element (text, link text, prose), bounded ancestor walk.
  for (const b of free) {
    const len = b.text.length;
    const link = len * (b.linkDensity ?? 0);
    const prose = isProse(b) ? len : 0;
    let e: HtmlElement | null = b.el ?? null;
    for (let k = 0; e && k < ANCESTOR_CAP; k++, e = e.parent) {
      const s = stat(e);
      s.text += len;
      s.link += link;
      s.prose += prose;
      if (prose) s.proseN++;
    }
  }
  // Furniture regions, judged against the whole page's prose (as the pre-rules did).
  const regionOf = pageRegionLookup(doc.blocks);

  // Container scores (Readability-style credit to ancestors).
  for (const b of free) {
    if (!b.el || b.text.length < 25) continue;
    if (regionOf(b.el)) continue;
    const ld = b.linkDensity ?? 0;
    if (ld > 0.5) continue;
    const commas = (b.text.match(/[,،、，]/g) ?? []).length;
    const s = 1 + commas + Math.min(Math.floor(b.text.length / 100), 3);
    let e: HtmlElement | null = PARA.has(b.el.tag) ? b.el.parent : b.el.tag === 'div' ? b.el.parent : b.el;
    // a div holding text directly acts as a paragraph of its parent
    for (let level = 0; e && level < 5; level++, e = e.parent) {
      if (e.tag === '#root') break;
      stat(e).score += level === 0 ? s : level === 1 ? s / 2 : s / (level * 3);
    }
  }
  let top: HtmlElement | null = null;
  let topScore = -Infinity;
  const finalScore = new Map<HtmlElement, number>();
  for (const [e, s] of stats) {
    if (s.score <= 0) continue;
    const ld = s.text ? s.link / s.text : 0;
    let f = s.score * (1 - ld) + classWeight(e);
    if (ARTICLE_ITEM.test(e.item)) f += 30;
    if (e.tag === 'article') f += 10;
    finalScore.set(e, f);
    // a container with prose always beats one without
    const better = top === null || (s.prose > 0) !== ((stats.get(top)?.prose ?? 0) > 0) ? s.prose > 0 || top === null : f > topScore;
    if (better) {
      topScore = f;
      top = e;
    }
  }
  if (!top) return null;
  let root: HtmlElement = top;

  // Climb while an ancestor holds clearly more prose (article split over sibling containers, one card per paragraph).
  {
    // Only a container holding one or two paragraphs, or one of several
    // look-alike chunks (same tag and class), looks for a wider one: a container
    // of several paragraphs is the article, whatever prose follows it.
    const sig = (e: HtmlElement) => `${e.tag}.${e.own.filter((t) => !/\d/.test(t)).join('.')}`;
    const rootSig = sig(root);
    const twins: HtmlElement[] = [];
    for (const [e, st] of stats) if (e !== root && st.prose > 0 && sig(e) === rootSig) twins.push(e);
    const holdsTwin = (a: HtmlElement) =>
      twins.some((t) => {
        let e: HtmlElement | null = t.parent;
        for (let k = 0; e && k < 8; k++, e = e.parent) if (e === a) return true;
        return false;
      });
    const few = (stats.get(root)?.proseN ?? 0) <= 2;
    let p: HtmlElement | null = root.parent;
    for (let k = 0; p && k < 6; k++, p = p.parent) {
      if (p.tag === '#root' || p.tag === 'body' || p.tag === 'html') break;
      const ps = stats.get(p);
      if (!ps || boilerReason(p)?.startsWith('html-tag')) break;
      const ts = stats.get(root)!;
      if ((few || holdsTwin(p)) && ps.prose > ts.prose * 1.3 && ps.prose - ts.prose >= 250 && ps.link / Math.max(1, ps.text) < 0.35) root = p;
    }
  }
  // Siblings of the top container that score close to it join the region.
  const region = new Set<HtmlElement>([root]);
  const threshold = Math.max(10, topScore * 0.2);
  for (const [e, f] of finalScore) if (e !== root && root.parent && e.parent === root.parent && f >= threshold) region.add(e);

  const regionRoot = (b: Block): HtmlElement | null => {
    let e: HtmlElement | null = b.el ?? null;
    for (let k = 0; e && k < ANCESTOR_CAP; k++, e = e.parent) if (region.has(e)) return e;
    return null;
  };
  const isSiblingPara = (b: Block) =>
    b.el && root.parent && b.el.parent === root.parent && (PARA.has(b.el.tag) || b.el.tag === 'div') &&
    ((b.text.length > 80 && (b.linkDensity ?? 0) < 0.25) || (b.text.length > 0 && (b.linkDensity ?? 0) === 0 && endsLikeSentence(b.text)));

  return {
    regionOf,
    inArticle: (b) => regionRoot(b) !== null || Boolean(isSiblingPara(b)),
  };
}

export function selectHtmlBody(doc: Doc, language: string | null): BodySelection {
  const sel = selectByMarkup(doc, language);
  return sel.body.length ? sel : (rescueProse(doc, language) ?? sel);
}

function selectByMarkup(doc: Doc, language: string | null): BodySelection {
  // Blocks a text rule took by position or line shape alone stay candidates: markup may overrule them.
  const overridable = (b: Block) => {
    const l = doc.labels[b.index];
    return l !== null && l !== undefined && !l.field && (l.rule === 'end-marker' || (SHAPE_RULES.has(l.rule) && (b.linkDensity ?? 0) === 0));
  };
  const free = doc.blocks.filter((b) => !doc.labels[b.index] || overridable(b));
  if (!free.some((b) => !doc.labels[b.index])) return selectTextBody(doc, language);
  const art = articleRegion(doc, free);
  if (!art) return selectTextBody(doc, language);
  const { regionOf } = art;

  let body: number[] = [];
  const reasons = new Map<number, string>();
  for (const b of free) {
    const r = regionOf(b.el);
    if (r) {
      reasons.set(b.index, r.rule);
      continue;
    }
    if (!art.inArticle(b)) {
      reasons.set(b.index, 'html-outside-article');
      continue;
    }
    if (linkHeavy(b)) {
      reasons.set(b.index, 'html-link-dense');
      continue;
    }
    body.push(b.index);
  }

  // What markup overrules: a text rule's guess from position ("Comments" seen
  // in a menu ends the article) or line shape (a run of short title-case lines
  // looks like related headlines) does not stand for a block that sits inside
  // the article container, outside any furniture.
  const kept: number[] = [];
  for (const i of body) {
    if (doc.labels[i]) {
      const b = doc.blocks[i]!;
      if (doc.labels[i]!.rule === 'end-marker' && wordCount(b.text) < 4) continue;
      doc.labels[i] = null;
    }
    kept.push(i);
  }
  for (const [i] of reasons) if (doc.labels[i]) reasons.delete(i);
  body = kept;
  body.sort((x, y) => x - y);
  // An <h1> that opens the body is the page's headline (whatever <title> says): a field, not body.
  while (body.length > 1 && doc.blocks[body[0]!]!.tag === 'h1') reasons.set(body.shift()!, 'html-title');
  // The body must survive being cleaned again as text: a body of fragments only fully; a body with prose
  // gives up at most SETTLE_MAX_DROP of its text to the text verdict (beyond that, markup wins).
  body = settleAsText(doc, body, reasons, body.some((i) => isProse(doc.blocks[i]!)) ? SETTLE_MAX_DROP : 1);
  return { body, reasons };
}

/**
 * Furniture kinds whose class words also name layout (a blog's post wrapped in a "widget",
 * a "date" block, a "nav-single" container, a column outside the container found): when
 * the markup leaves the body empty, their prose is read again. Comments, related
 * stories, ads, share and newsletter boxes stay out: when the article is a photo or a video,
 * their prose is still not it.
 */
const WEAK_FURNITURE = new Set(['html-class-meta', 'html-class-sidebar', 'html-class-nav', 'html-class-footer', 'html-outside-article']);

/**
 * When unsure, keep the prose: a page whose markup evidence left an empty body, while
 * prose sits in weakly marked furniture, gets the text selection (the article's prose
 * run) over its blocks with those marks lifted. What the run does not take keeps its mark.
 */
/** Inside an element that tag or ARIA role make furniture (<aside>, <nav>, role=complementary...). */
function inStrongFurniture(e: HtmlElement | undefined): boolean {
  for (let k = 0, x: HtmlElement | null = e ?? null; x && k < ANCESTOR_CAP; k++, x = x.parent) if (strongFurniture(x)) return true;
  return false;
}

function rescueProse(doc: Doc, language: string | null): BodySelection | null {
  const lifted = new Map<number, Label>();
  for (const b of doc.blocks) {
    const l = doc.labels[b.index];
    if (l && WEAK_FURNITURE.has(l.rule) && !b.drop && !inStrongFurniture(b.el)) lifted.set(b.index, l);
  }
  if (![...lifted.keys()].some((i) => isProse(doc.blocks[i]!))) return null;
  for (const i of lifted.keys()) doc.labels[i] = null;
  const sel = selectTextBody(doc, language);
  const found = sel.body.some((i) => isProse(doc.blocks[i]!));
  for (const [i, l] of lifted) {
    if (found && sel.body.includes(i)) continue;
    doc.labels[i] = l;
    sel.reasons.delete(i);
  }
  return found ? sel : null;
}

/**
 * The body must survive being cleaned again as text (clean(record.body).body
 * === record.body). Markup can vouch for a block the text pipeline would not
 * keep on its own (a lone short line, a body that is all fragments); such
 * blocks leave the body, with the text rule's reason, until the text pipeline
 * keeps every line it is given; unless that would cut more than `maxDrop` of
 * the body's text, in which case the markup's article stands as it is (the
 * text selection still drops list items, table cells and short edge lines of
 * clean articles).
 */
function settleAsText(doc: Doc, body: number[], reasons: Map<number, string>, maxDrop: number): number[] {
  const total = body.reduce((n, i) => n + doc.blocks[i]!.text.length, 0);
  const dropped = new Map<number, string>();
  let cur = body;
  let lost = 0;
  for (let round = 0; round < 4 && cur.length; round++) {
    const sub = selectRound(cur.map((i) => doc.blocks[i]!.text).join('\n\n'), { format: 'text' }, seedOf(doc, cur));
    // one text block per body block: block texts are folded single lines
    if (sub.doc.blocks.length !== cur.length) break;
    const kept = new Set(sub.body);
    const next: number[] = [];
    for (let k = 0; k < cur.length; k++) {
      const i = cur[k]!;
      if (kept.has(k)) next.push(i);
      else {
        dropped.set(i, sub.doc.labels[k]?.rule ?? 'not-prose');
        lost += doc.blocks[i]!.text.length;
      }
    }
    // The markup's article wins over a text verdict that would cut much of it
    // (checked each round: what is lost only grows, so further rounds cannot change the answer).
    if (lost > total * maxDrop) return body;
    if (next.length === cur.length) break;
    cur = next;
  }
  for (const [i, r] of dropped) reasons.set(i, r);
  return cur;
}
