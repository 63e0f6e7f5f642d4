/**
 * The HTML article region: the element that markup and text density mark as the
 * article container (Readability's idea, our code), and the furniture regions
 * around it. Every prose block credits its parent (full), grandparent (half) and
 * a few more ancestors (less); a container's score is damped by its link density
 * and moved by its class words and article markup (article, itemprop=articleBody).
 * Its close-scoring siblings join it.
 *
 * It is computed once per page from the blocks (and the pre rules' labels before
 * the first caller), kept on the Doc, and read by the rules and by body selection.
 */
import type { ArticleRegion, Block, Doc, HtmlElement } from '../../core/types.js';
import { boilerReason, classWeight, ARTICLE_ITEM } from './vocab.js';
import { ANCESTOR_CAP, isProse, pageRegionLookup } from './furniture.js';
import { endsLikeSentence } from '../../core/text.js';

const PARA = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'pre', 'dd', 'dt', 'figcaption', 'caption', 'address', 'summary']);

/** Score added to containers in the section the page's headline opens (Readability's class weight is 25). */
const TITLE_SECTION_BONUS = 25;

/** Text (not links) besides the headline that makes an ancestor the section the headline heads. */
const SECTION_TEXT = 140;

/** Share of a class-weighted container's prose a container inside it holds to take its place (see computeRegion). */
const INNER_PROSE = 0.7;

/** Share of a class-weighted wrapper's text past which a container inside it is the wrapper over again (an only child), see computeRegion. */
const INNER_TEXT = 0.9;

/** Link share under which, and prose share over which, a container before a climbed wrapper is the story's first half (see computeRegion). */
const SPLIT_LINKS = 0.2;
const SPLIT_PROSE = 0.6;

/** Lists: a column of teasers or links, never the article a class-weighted wrapper gives way to. */
const LIST = new Set(['ul', 'ol', 'dl']);

interface ElStat {
  text: number;
  link: number;
  score: number;
  /** prose characters (long, sentence-like blocks) inside */
  prose: number;
  /** number of prose blocks inside */
  proseN: number;
  /** characters of text blocks (25 characters or more, mostly not links) that are its own children: paragraphs of its own, not of a container inside it */
  direct: number;
  /** prose characters inside that are list items */
  liProse: number;
}

/**
 * Finds the article container among the given candidate blocks, once per page,
 * and keeps it on the Doc (`doc.article`): the HTML pre rule that trims the page
 * before the text rules (rules/html/outside.ts) and the body selection after them
 * (body/html.ts) read the same container. The first call's `free` blocks decide it.
 */
export function articleRegion(doc: Doc, free: Block[]): ArticleRegion | null {
  if (doc.article !== undefined) return doc.article;
  return (doc.article = computeRegion(doc, free));
}

function computeRegion(doc: Doc, free: Block[]): ArticleRegion | null {
  if (!free.some((b) => b.el)) return null;

  const stats = new Map<HtmlElement, ElStat>();
  const stat = (e: HtmlElement) => {
    let s = stats.get(e);
    if (!s) stats.set(e, (s = { text: 0, link: 0, score: 0, prose: 0, proseN: 0, direct: 0, liProse: 0 }));
    return s;
  };
  // Totals per element (text, link text, prose), bounded ancestor walk.
  for (const b of free) {
    const len = b.text.length;
    const link = len * (b.linkDensity ?? 0);
    const prose = isProse(b) ? len : 0;
    const li = b.tag === 'li';
    let e: HtmlElement | null = b.el ?? null;
    if (len >= 25 && (b.linkDensity ?? 0) <= 0.5 && e?.parent) stat(e.parent).direct += len;
    for (let k = 0; e && k < ANCESTOR_CAP; k++, e = e.parent) {
      const s = stat(e);
      s.text += len;
      s.link += link;
      s.prose += prose;
      if (prose) {
        s.proseN++;
        if (li) s.liProse += prose;
      }
    }
  }
  // Furniture regions, judged against the whole page's prose (as the pre-rules did).
  const regionOf = pageRegionLookup(doc);

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
  // The headline (a heading that repeats the page title, taken by the html-title rule) opens the
  // article: the section it heads (its nearest ancestor holding text besides it) is where the
  // article is, and containers inside that section, from the headline on, count more.
  const section = titleSection(doc, stats, regionOf);
  const inSection = (e: HtmlElement) => {
    if (!section || e.id < section.head.id) return false;
    for (let x: HtmlElement | null = e, k = 0; x && k < ANCESTOR_CAP && x.depth >= section.el.depth; k++, x = x.parent) if (x === section.el) return true;
    return false;
  };
  const bareSection = section !== null && (stats.get(section.el)?.prose ?? 0) === 0;
  let top: HtmlElement | null = null;
  let topScore = -Infinity;
  let topProse = false;
  const finalScore = new Map<HtmlElement, number>();
  for (const [e, s] of stats) {
    if (s.score <= 0) continue;
    const ld = s.text ? s.link / s.text : 0;
    let f = s.score * (1 - ld) + classWeight(e);
    if (ARTICLE_ITEM.test(e.item)) f += 30;
    if (e.tag === 'article') f += 10;
    const headed = inSection(e);
    if (headed) f += TITLE_SECTION_BONUS;
    finalScore.set(e, f);
    // a container with prose always beats one without (under a headline whose section has no prose, so does any container in it)
    const prose = s.prose > 0 || (headed && bareSection);
    const better = top === null || prose !== topProse ? prose || top === null : f > topScore;
    if (better) {
      topScore = f;
      top = e;
      topProse = prose;
    }
  }
  if (!top) return null;
  // A wrapper that wins by its class words alone ("main", "content", "page" on a layout table or a
  // wrapper around the article and its sidebar; no paragraph of its own) gives way to the best
  // container inside it (not a list) that holds most of its prose and leaves out some of its text (a
  // child that holds nearly all of it is the wrapper over again), in nothing class-named furniture on the way:
  // the words name the page's layout, the prose says where the article is. An <article> or an
  // articleBody item is the article by markup and stays.
  const cw = classWeight(top);
  const ts = stats.get(top)!;
  if (cw > 0 && top.tag !== 'article' && !ARTICLE_ITEM.test(top.item) && ts.direct === 0 && ts.prose > 0) {
    const tp = ts.prose;
    const tt = ts.text;
    let inner: HtmlElement | null = null;
    let innerScore = topScore - cw;
    for (const [e, f] of finalScore) {
      const es = stats.get(e)!;
      if (f <= innerScore || e.depth <= top.depth || LIST.has(e.tag) || es.prose < tp * INNER_PROSE || es.text > tt * INNER_TEXT) continue;
      // inside the container, and in nothing on the way that its class words name furniture (a sidebar that holds the prose found)
      let x: HtmlElement | null = e;
      for (let k = 0; x && k < ANCESTOR_CAP && x !== top && classWeight(x) >= 0; k++) x = x.parent;
      if (x !== top) continue;
      inner = e;
      innerScore = f;
    }
    if (inner) {
      top = inner;
      topScore = innerScore;
    }
  }
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
  // Siblings of the top container that score close to it join the region. A container whose
  // parent adds no prose to it (a "read more" wrapper around the story's second half, beside a
  // link and an ad slot) is judged among its parent's siblings as well: the story's first
  // paragraphs are often the wrapper's siblings (Readability.js climbs an only child the same way).
  const region = new Set<HtmlElement>([root]);
  const threshold = Math.max(10, topScore * 0.2);
  const anchors: HtmlElement[] = [root];
  {
    const rs = stats.get(root)!;
    let a: HtmlElement = root;
    for (let k = 0; k < 2; k++) {
      const p = a.parent;
      if (!p || p.tag === '#root' || p.tag === 'body' || p.tag === 'html' || !p.parent) break;
      const ps = stats.get(p);
      if (!ps || ps.prose !== rs.prose || ps.text - rs.text > 200 || regionOf(p)) break;
      anchors.push((a = p));
    }
  }
  // Close-scoring containers join from beside the container itself. Paragraphs join from beside it,
  // on either side, and from beside a wrapper it climbed, only before it (what follows a story's
  // wrapper is its footer: copyright lines, a promo; what sits beside it as a scored container is
  // often a teaser list).
  const parents = new Set<HtmlElement>();
  for (const a of anchors) if (a.parent) parents.add(a.parent);
  const beside = (e: HtmlElement) => e.parent !== null && (e.parent === root.parent || (parents.has(e.parent) && e.id < root.id));
  // paragraphs of its own, mostly prose, few links: a part of the story, not a teaser column, a
  // list or a link box
  const storyLike = (e: HtmlElement) => {
    const st = stats.get(e)!;
    return st.liProse * 2 <= st.prose && st.link <= st.text * SPLIT_LINKS && st.prose >= st.text * SPLIT_PROSE;
  };
  // A close-scoring container before the root beside a wrapper it climbed is the story's first half
  // (<div class="intro"> of two paragraphs before the wrapper of the rest, an inline promo between).
  for (const [e, f] of finalScore) {
    if (e === root || f < threshold || !beside(e)) continue;
    if (e.parent === root.parent || (!anchors.includes(e) && storyLike(e))) region.add(e);
  }

  const regionRoot = (b: Block): HtmlElement | null => {
    let e: HtmlElement | null = b.el ?? null;
    for (let k = 0; e && k < ANCESTOR_CAP; k++, e = e.parent) if (region.has(e)) return e;
    return null;
  };
  // A paragraph beside the container (or in a wrapper of its own there: <div class="intro"><p>) reads on.
  const besideRoot = (e: HtmlElement): boolean => {
    if (beside(e)) return true;
    const p = e.parent;
    return p !== null && !anchors.includes(p) && beside(p) && stats.get(p)?.text === stats.get(e)?.text;
  };
  const isSiblingPara = (b: Block) =>
    b.el && besideRoot(b.el) && (PARA.has(b.el.tag) || b.el.tag === 'div') &&
    ((b.text.length > 80 && (b.linkDensity ?? 0) < 0.25) || (b.text.length > 0 && (b.linkDensity ?? 0) === 0 && endsLikeSentence(b.text)));

  return {
    regionOf,
    inArticle: (b) => regionRoot(b) !== null || Boolean(isSiblingPara(b)),
  };
}

/**
 * The section the page's headline heads: the first heading (h1-h3) that the html-title rule
 * took as the title, outside furniture, and its nearest ancestor (a few levels up, below
 * <body>) holding at least SECTION_TEXT characters of text other than links and the headline.
 */
function titleSection(
  doc: Doc,
  stats: ReadonlyMap<HtmlElement, ElStat>,
  regionOf: (e: HtmlElement | undefined) => unknown,
): { head: HtmlElement; el: HtmlElement } | null {
  for (const b of doc.blocks) {
    const l = doc.labels[b.index];
    if (!l || l.rule !== 'html-title' || l.field !== 'title') continue;
    if (!b.el || !/^h[1-3]$/.test(b.el.tag) || regionOf(b.el)) continue;
    let x: HtmlElement | null = b.el.parent;
    for (let k = 0; x && k < 5; k++, x = x.parent) {
      if (x.tag === '#root' || x.tag === 'body' || x.tag === 'html') break;
      const st = stats.get(x);
      if (st && st.text - st.link >= SECTION_TEXT) return { head: b.el, el: x };
    }
    return null;
  }
  return null;
}
