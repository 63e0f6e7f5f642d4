/**
 * Body selection for HTML blocks: the markup evidence the text selection
 * cannot see.
 *
 * 1. Boilerplate regions: elements that are page furniture by tag (nav, aside,
 *    footer, header), by ARIA role, or by the words of their class / id
 *    (share, related, comments, cookie, newsletter, ad...; general
 *    vocabularies in src/segment/html/vocab.ts). A class-flagged element that
 *    wraps most of the page's prose is a layout wrapper, not furniture.
 * 2. The article container (src/segment/html/region.ts, computed once per
 *    page and kept on the Doc): Readability's idea, our code.
 * 3. The body: the blocks of the best container and of its siblings that
 *    score close to it, minus the furniture regions inside them and
 *    link-heavy blocks. Everything else is left out with the reason why.
 * 4. The body must survive being cleaned again as text: the pipeline hands
 *    over `textRound`, which runs a text round over some of the blocks, and
 *    selection reads its verdict (settleAsText). Selection never calls the
 *    pipeline itself.
 */
import type { Block, Doc, HtmlElement, Label } from '../core/types.js';
import type { BodySelection, TextRound } from './text.js';
import { selectTextBody } from './text.js';
import { ANCESTOR_CAP, holds, isProse, pageRegionLookup, type Region } from '../segment/html/furniture.js';
import { strongFurniture } from '../segment/html/vocab.js';
import { articleRegion } from '../segment/html/region.js';
import { endsLikeSentence, wordCount } from '../core/text.js';
import { titleMatcher } from '../rules/html/title-repeat.js';

/** Rule ids HTML body selection gives the blocks it leaves out, with what they mean. */
export const HTML_SELECTION_REASONS = {
  'html-outside-article': 'A block outside the element that markup and text density mark as the article container.',
  'html-link-dense': 'A block inside the article whose text is mostly links (link rows, tag clouds, teaser lists).',
  'html-title': 'An <h1> opening the body: the headline, a field rather than body.',
} as const;

/** Share of a prose body the text pipeline may cut when the body is settled as text (see settleAsText). */
const SETTLE_MAX_DROP = 0.05;

/**
 * Text cuts from a position guess ("Comments" in a menu ends the article; a name over a date
 * line opens a comment thread): inside the article container, outside any furniture the
 * markup names (comment sections included), the markup's article stands.
 */
const CUT_RULES = new Set(['end-marker', 'comment-thread']);

/** Text rules that judge a line by its shape alone, which markup can contradict. */
const SHAPE_RULES = new Set(['related-list', 'title-line', 'nav-menu', 'glued-teaser']);

/**
 * Text rules that judge a line by its words (a person "is the editor of" something reads as an
 * author bio): between the article's first and last prose paragraphs, inside the container and
 * outside furniture, such a line is the story's own (a bio sits at the article's edge).
 */
const MIDDLE_RULES = new Set(['author-bio']);

/**
 * Footer rules that judge a line by a copyright mark in it: a paragraph that tells something
 * first and credits its pictures after ("... a pencil drawing. Artwork © Jane Doe") is the story's
 * own inside the article container; a footer line opens with its mark or holds little before it.
 */
const FOOTER_MARK_RULES = new Set(['copyright-footer']);

/** A copyright mark (any language writes it so). */
const COPYRIGHT_MARK = /©|ⓒ|\([cC]\)|\bcopyright\b/iu;

/** Characters of prose (with a sentence end in them) a line holds before its copyright mark to be a paragraph with a credit. */
const PROSE_BEFORE_MARK = 80;

/** A paragraph that ends with a credit: prose with a sentence end first, few links, the mark after it. */
function creditAfterProse(b: Block): boolean {
  if ((b.linkDensity ?? 0) >= 0.12) return false;
  const m = COPYRIGHT_MARK.exec(b.text);
  if (!m || m.index < PROSE_BEFORE_MARK) return false;
  return /\p{L}[.!?…]["'”’)]?\s/u.test(b.text.slice(0, m.index));
}

/** Furniture kinds of image captions: a caption inside the article that tells something (see captionLine) may be the story's own. */
const CAPTION_RULES = new Set(['html-tag-figure', 'html-class-caption']);

/** Characters at the start of a caption that tell it apart from another (a repeated caption shares them). */
const CAPTION_KEY = 60;

/** Caption text, against the article's prose, past which the story is told in pictures (see selectByMarkup). */
const CAPTIONS_SHARE = 0.5;

/** A caption that tells something (five words or more, ending like a sentence, few links), not a credit line. */
function captionProse(b: Block): boolean {
  return (b.linkDensity ?? 0) < 0.3 && endsLikeSentence(b.text) && wordCount(b.text) >= 5;
}

/** Share of a caption's words (those that open with a letter) that open in lower case, from which it reads as a phrase, not a name or a credit line. */
const CAPTION_LOWER = 0.3;

/**
 * A caption line that tells something: a sentence (see captionProse), or five words or more, few
 * links, with a phrase's share of lower-case words ("The bank would provide uranium to countries")
 * rather than a credit's or a title's ("Image: Jane Doe / Agency"). Scripts without case pass on a
 * sentence end only.
 */
function captionLine(b: Block): boolean {
  if (captionProse(b)) return true;
  if ((b.linkDensity ?? 0) >= 0.3 || wordCount(b.text) < 5) return false;
  let words = 0;
  let lower = 0;
  for (const w of b.text.split(/\s+/)) {
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    if (/^\p{Ll}/u.test(w)) lower++;
  }
  return words > 0 && lower >= words * CAPTION_LOWER;
}

/** The caption region (a figure, a caption box) sits in no furniture but other caption regions (a caption text in its caption box). */
function onlyCaptions(r: Region, regionOf: (e: HtmlElement | undefined) => Region | null): boolean {
  let x: Region | null = r;
  for (let k = 0; x && k < 8; k++) {
    if (!CAPTION_RULES.has(x.rule)) return false;
    x = regionOf(x.el.parent ?? undefined);
  }
  return x === null;
}

/** Links make up most of the block: a link list item, a "Related: ..." line. Paragraphs get more room. */
function linkHeavy(b: Block): boolean {
  const ld = b.linkDensity ?? 0;
  if (b.tag === 'p' || b.tag === 'blockquote') return ld >= 0.8 && !(b.text.length > 200 && ld < 0.9);
  if (ld > 0.5 && !(b.text.length > 200 && ld < 0.7)) return true;
  return ld > 0.3 && wordCount(b.text) < 8 && !endsLikeSentence(b.text);
}

export function selectHtmlBody(doc: Doc, language: string | null, textRound: TextRound): BodySelection {
  const sel = selectByMarkup(doc, language, textRound);
  if (sel.body.length) return headlineOwn(doc, sel) ?? sel;
  const rescued = rescueProse(doc, language);
  if (rescued) return headlineOwn(doc, rescued) ?? rescued;
  return headlineSection(doc, headlineBlock(doc, true)) ?? hiddenArticle(doc) ?? headlinePost(doc) ?? headlineBody(doc) ?? sel;
}

/**
 * A page whose article the capture hides while a browser shows it in the end (inline
 * display:none that a script lifts, aria-hidden on the page's wrapper while a consent or sign-up
 * overlay is open): when nothing shown makes a body, a hidden heading (h1-h3) that repeats the
 * page's title heads the article, and the body reads on from it as headlineSection does, over
 * hidden blocks too. Hidden text no such heading heads (copies kept for a viewer script, a
 * collapsed panel) stays out: the fallback anchors on the article's headline, never on the
 * largest hidden text. It runs only on a page left empty.
 */
function hiddenArticle(doc: Doc): BodySelection | null {
  const title = doc.meta.title;
  if (!title) return null;
  const matches = titleMatcher(title);
  for (const b of doc.blocks) {
    if (b.drop !== 'html-hidden' || !b.el || !HEADLINE_TAG.test(b.el.tag) || inStrongFurniture(b.el, true) || !matches(b.text)) continue;
    const sel = headlineSection(doc, b, true);
    // the headline opens a body of prose: a field, as over a shown article (the html-title step of selectByMarkup)
    if (sel && sel.body.length > 1 && sel.body[0] === b.index) sel.reasons.set(sel.body.shift()!, 'html-title');
    return sel;
  }
  return null;
}

/** Characters under which a body is too short to outweigh the headline's own section (a photo post's caption, a few lines). */
const SHORT_BODY = 500;

/** Blocks between the end of the headline's section and a short body past which the body sits elsewhere on the page (another column, the footer). */
const FAR_BLOCKS = 15;

/**
 * A line the headline's own section may hold (see headlineOwn): shown, not a link row, not a field's
 * line, in no furniture that tag, role or class words name (but a mark around the headline itself);
 * the marks the container search and the text rules gave it (outside the article found, a short
 * fragment) do not count: they weighed the line against prose elsewhere.
 */
function ownLine(doc: Doc, b: Block, head: Block, regionOf: RegionOf): boolean {
  if (b.drop || !b.el || (b.linkDensity ?? 0) >= 0.5 || wordCount(b.text) === 0) return false;
  const l = doc.labels[b.index];
  if (l && (l.field || (l.rule.startsWith('html-') && l.rule !== 'html-outside-article'))) return false;
  const r = regionOf(b.el);
  if (r && !HEADED_PASS.has(r.rule) && !holds(r.el, head.el)) return false;
  return !inStrongFurniture(b.el);
}

/**
 * A short post (a photo or a video under its headline, a few lines of text) loses to the
 * longest prose on its page, a sidebar blurb or a footer notice, when the container search
 * weighs prose alone. The article is the headline's: a body shorter than SHORT_BODY that lies
 * outside the headline's own section (its nearest ancestor, a few levels up, holding lines
 * after it, see ownLine) and far from it (before the headline, or more than FAR_BLOCKS
 * blocks after that section ends: another column, the footer) gives way to the headline and
 * its section's lines. A short body beside its headline (a news brief under a header with a
 * standfirst) stays. It runs only on short bodies.
 */
function headlineOwn(doc: Doc, sel: BodySelection): BodySelection | null {
  let total = 0;
  for (const i of sel.body) if ((total += doc.blocks[i]!.text.length) >= SHORT_BODY) return null;
  const head = headlineBlock(doc, true);
  const own = head && ownSection(doc, head);
  if (!head || !own || sel.body.some((i) => holds(own.section, doc.blocks[i]!.el))) return null;
  const first = sel.body[0]!;
  if (first > head.index && first - own.lines[own.lines.length - 1]!.index <= FAR_BLOCKS) return null;
  const reasons = new Map(sel.reasons);
  for (const i of sel.body) reasons.set(i, 'html-outside-article');
  return headlineAndLines(doc, head, own.lines, reasons);
}

/**
 * The headline's own section: its nearest ancestor, a few levels up (below <body>), that holds
 * lines after it (see ownLine), and those lines; no section when none holds any.
 */
function ownSection(doc: Doc, head: Block): { section: HtmlElement; lines: Block[] } | null {
  if (!head.el) return null;
  const regionOf = pageRegionLookup(doc);
  const after = doc.blocks.filter((b) => b.index > head.index && ownLine(doc, b, head, regionOf));
  for (let x = head.el.parent, k = 0; x && k < HEADED_LEVELS; k++, x = x.parent) {
    if (x.tag === 'body' || x.tag === 'html' || x.tag === '#root') break;
    const section = x;
    const lines = after.filter((b) => holds(section, b.el));
    if (lines.length) return { section, lines };
  }
  return null;
}

/** A body of the headline and the given lines after it. */
function headlineAndLines(doc: Doc, head: Block, lines: Block[], reasons: Map<number, string>): BodySelection {
  const body = [head.index, ...lines.map((b) => b.index)];
  for (const i of body) {
    doc.labels[i] = null;
    reasons.delete(i);
  }
  return { body, reasons };
}

/** Words the lines under a headline need to make a post with it (fewer: a lone "More" or a date). */
const OWN_WORDS = 2;

/**
 * A short post that no prose makes a body (a video or a photo with a line under it, a poem of short
 * lines): on a page left empty, the headline and its own section's lines (see ownSection) are the
 * post, when they say OWN_WORDS words or more. Never the page's largest text: only what follows the
 * headline inside its own section.
 */
function headlinePost(doc: Doc): BodySelection | null {
  // a post's title in a bold line or a title <div> (no heading tag) heads it as well, once html-title found it the title's words
  const head = headlineBlock(doc, true, true);
  const own = head && ownSection(doc, head);
  if (!head || !own) return null;
  let words = 0;
  for (const b of own.lines) words += wordCount(b.text);
  if (words < OWN_WORDS) return null;
  return headlineAndLines(doc, head, own.lines, new Map());
}

/** Heading tags a hidden article's headline may have. */
const HEADLINE_TAG = /^h[1-3]$/;

/** Text (not links) after the headline that makes one of its ancestors the section it heads (see headlineSection). */
const HEADED_TEXT = 400;

/** Levels above the headline the search for its section climbs (below <body>). */
const HEADED_LEVELS = 6;

/**
 * Furniture marks a section read on from its headline passes over: an article viewer drawn as an
 * overlay ("modal") and small meta widgets name layout as often as furniture; every other mark
 * (sidebar, comments, related, footer, nav...) and every tag or role mark keeps its block out.
 */
const HEADED_PASS = new Set(['html-class-modal', 'html-class-meta']);

/**
 * A block the section read on from a headline may hold: shown, not a link row, not a field's line,
 * not marked furniture (see HEADED_PASS). `hidden`: hidden blocks too (see hiddenArticle), which no
 * furniture rule has read, so their class marks are read here (a region that does not hold the headline).
 */
function headedBlock(doc: Doc, b: Block, head: Block, hidden: RegionOf | null): boolean {
  if ((b.drop && !(hidden && b.drop === 'html-hidden')) || !b.el || (b.linkDensity ?? 0) >= 0.5) return false;
  const l = doc.labels[b.index];
  if (l && (l.field || (/^html-(?:class|tag|role)/.test(l.rule) && !HEADED_PASS.has(l.rule)))) return false;
  if (hidden) {
    const r = hidden(b.el);
    if (r && !HEADED_PASS.has(r.rule) && !holds(r.el, head.el)) return false;
  }
  return !inStrongFurniture(b.el);
}

type RegionOf = (e: HtmlElement | undefined) => Region | null;

/**
 * When unsure, keep the prose, but the article's: a page whose markup evidence and text selection
 * left no body, with a headline, reads on from its headline. The body is the headline and the
 * blocks after it inside the section it heads (its nearest ancestor, a few levels up, holding
 * HEADED_TEXT characters of text other than links in such blocks), leaving out hidden blocks, link
 * rows, lines that feed a field (byline, date) and marked furniture (see headedBlock). Never the
 * page's largest text: a sidebar or a footer beside the section is no part of it. It runs only on
 * a page left empty (no cost to the others).
 */
function headlineSection(doc: Doc, head: Block | null, hidden = false): BodySelection | null {
  if (!head?.el) return null;
  const regions = hidden ? pageRegionLookup(doc) : null;
  const after = doc.blocks.filter((b) => b.index > head.index && headedBlock(doc, b, head, regions));
  let section: HtmlElement | null = null;
  for (let x = head.el.parent, k = 0; x && k < HEADED_LEVELS; k++, x = x.parent) {
    if (x.tag === 'body' || x.tag === 'html' || x.tag === '#root') break;
    let text = 0;
    for (const b of after) if (holds(x, b.el)) text += b.text.length * (1 - (b.linkDensity ?? 0));
    if (text >= HEADED_TEXT) {
      section = x;
      break;
    }
  }
  if (!section) return null;
  const body = [head.index];
  for (const b of after) if (holds(section, b.el)) body.push(b.index);
  if (!body.some((i) => isProse(doc.blocks[i]!))) return null;
  for (const i of body) doc.labels[i] = null;
  return { body, reasons: new Map() };
}

/** Words a heading needs to tell something as a body (fewer: a name, a section label, "Gallery"). */
const HEADLINE_WORDS = 4;

/**
 * A post with no prose at all (a photo, a video, an infographic under its headline): the
 * headline is what the article says in words, and a body of one heading keeps it (see the
 * html-title step of selectByMarkup). Only a headline outside furniture the tag or role names.
 */
function headlineBody(doc: Doc): BodySelection | null {
  const b = headlineBlock(doc);
  if (!b || wordCount(b.text) < HEADLINE_WORDS) return null;
  doc.labels[b.index] = null;
  return { body: [b.index], reasons: new Map() };
}

/**
 * The page's headline: the first heading the html-title rule took as the title, outside furniture its tag or role names
 * (`inHeader`: but for a <header>, where an article keeps its headline; `anyTag`: any block html-title took, not only headings).
 */
function headlineBlock(doc: Doc, inHeader = false, anyTag = false): Block | null {
  for (const b of doc.blocks) {
    const l = doc.labels[b.index];
    if (l && l.rule === 'html-title' && l.field === 'title' && !b.drop && (anyTag || /^h[1-6]$/.test(b.tag ?? '')) && !inStrongFurniture(b.el, inHeader)) return b;
  }
  return null;
}

function selectByMarkup(doc: Doc, language: string | null, textRound: TextRound): BodySelection {
  // Blocks a text rule took by position or line shape alone stay candidates: markup may overrule them.
  const overridable = (b: Block) => {
    const l = doc.labels[b.index];
    return l !== null && l !== undefined && !l.field && (CUT_RULES.has(l.rule) || (SHAPE_RULES.has(l.rule) && ((b.linkDensity ?? 0) === 0 || isProse(b))) || (CAPTION_RULES.has(l.rule) && captionLine(b)) || (FOOTER_MARK_RULES.has(l.rule) && creditAfterProse(b)));
  };
  const middleOnly = (b: Block) => {
    const l = doc.labels[b.index];
    return l !== null && l !== undefined && !l.field && MIDDLE_RULES.has(l.rule);
  };
  const free = doc.blocks.filter((b) => !doc.labels[b.index] || overridable(b) || middleOnly(b));
  if (!free.some((b) => !doc.labels[b.index])) return selectTextBody(doc, language);
  const art = articleRegion(doc, free);
  if (!art) return selectTextBody(doc, language);
  const { regionOf } = art;

  let body: number[] = [];
  const dense: number[] = [];
  const middle: number[] = [];
  const captions: [number, string, HtmlElement][] = [];
  const reasons = new Map<number, string>();
  for (const b of free) {
    const r = regionOf(b.el);
    if (middleOnly(b)) {
      if (!r && art.inArticle(b)) middle.push(b.index);
      continue;
    }
    const caption = r !== null && CAPTION_RULES.has(r.rule) && captionLine(b) && onlyCaptions(r, regionOf);
    if (r && !caption) {
      reasons.set(b.index, r.rule);
      continue;
    }
    if (!art.inArticle(b)) {
      reasons.set(b.index, 'html-outside-article');
      continue;
    }
    if (r) {
      captions.push([b.index, r.rule, r.el]);
      continue;
    }
    if (linkHeavy(b)) {
      reasons.set(b.index, 'html-link-dense');
      dense.push(b.index);
      continue;
    }
    body.push(b.index);
  }
  // Captions that tell something in the article (figures in no other furniture) are the story's own when
  // the story is told in pictures: a photo post or a gallery, whose captions weigh as much as its prose.
  // A caption the page writes into its paragraph flow (a caption box that is a sibling of the story's
  // paragraphs, between its first and last) is read with the story; one in a figure or an image box of
  // its own stays the picture's.
  if (captions.length) {
    let prose = 0;
    let told = 0;
    let first = Infinity;
    let last = -1;
    const flow = new Set<HtmlElement>();
    for (const i of body) {
      const b = doc.blocks[i]!;
      if (!isProse(b)) continue;
      prose += b.text.length;
      if (i < first) first = i;
      if (i > last) last = i;
      if (b.el?.parent) flow.add(b.el.parent);
    }
    // a caption shown twice (a gallery's full and truncated views, a slide repeated) tells once
    const seen = new Set<string>();
    const once = new Set<number>();
    for (const [i] of captions) {
      const key = doc.blocks[i]!.text.slice(0, CAPTION_KEY);
      if (seen.has(key)) continue;
      seen.add(key);
      once.add(i);
      told += doc.blocks[i]!.text.length;
    }
    const pictures = told >= prose * CAPTIONS_SHARE;
    for (const [i, rule, el] of captions) {
      const inFlow = i > first && i < last && el.parent !== null && flow.has(el.parent);
      if (once.has(i) && (inFlow || pictures)) body.push(i);
      else reasons.set(i, rule);
    }
  }
  // A link list between the article's prose paragraphs is part of it (a roundup's items, a list of
  // sources); link rows before its first or after its last paragraph are teasers and tag rows.
  if (dense.length || middle.length) {
    let first = Infinity;
    let last = -1;
    for (const i of body) {
      if (!isProse(doc.blocks[i]!)) continue;
      if (i < first) first = i;
      if (i > last) last = i;
    }
    // A list is one unit: a link item in a list whose other items are the article's prose
    // (a roundup that opens on two linked items) is the article's too.
    const lists = new Set<HtmlElement>();
    for (const i of body) {
      const b = doc.blocks[i]!;
      if (b.tag === 'li' && b.el?.parent && isProse(b)) lists.add(b.el.parent);
    }
    for (const i of dense) {
      const b = doc.blocks[i]!;
      if ((i > first && i < last) || (b.tag === 'li' && b.el?.parent && lists.has(b.el.parent))) {
        body.push(i);
        reasons.delete(i);
      }
    }
    for (const i of middle) if (i > first && i < last) body.push(i);
  }

  // What markup overrules: a text rule's guess from position ("Comments" seen
  // in a menu ends the article) or line shape (a run of short title-case lines
  // looks like related headlines) does not stand for a block that sits inside
  // the article container, outside any furniture.
  // The cut's own marker ("Comments (3)", "Leave a reply"), a short line, stays out; the short lines
  // the cut took after it (a table's cells, a section heading) are the article's when markup says so.
  let marker = Infinity;
  for (const i of body) if (i < marker && doc.labels[i]?.rule === 'end-marker') marker = i;
  const kept: number[] = [];
  for (const i of body) {
    if (doc.labels[i]) {
      const b = doc.blocks[i]!;
      if (i === marker && wordCount(b.text) < 4) continue;
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
  body = cutAtCommentHeading(doc, body, reasons, regionOf);
  body = settleAsText(doc, body, reasons, textRound, body.some((i) => isProse(doc.blocks[i]!)) ? SETTLE_MAX_DROP : 1);
  return { body, reasons };
}

/** Text rules that read a short line as a comment marker ("Comments", "3 Responses"). */
const TEXT_COMMENT_HEADS = new Set(['comment-link', 'end-marker', 'comment-thread']);

/** Byline lines (field authors) after a comment heading, in its container, that make what follows it a thread of signed comments. */
const COMMENT_SIGNATURES = 3;

/** At least COMMENT_SIGNATURES byline lines after block `i` inside `box` (the blocks that follow it there). */
function signedAfter(doc: Doc, i: number, box: HtmlElement | null): boolean {
  if (!box) return false;
  let n = 0;
  for (let k = i + 1; k < doc.blocks.length && n < COMMENT_SIGNATURES && holds(box, doc.blocks[k]!.el); k++) {
    if (doc.labels[k]?.field === 'authors') n++;
  }
  return n >= COMMENT_SIGNATURES;
}

/** Prose characters (about two paragraphs) the body must hold before a comment heading for the article to have begun there. */
const ARTICLE_BEGUN = 240;

/**
 * A flat page (an old blog template: the post's paragraphs, then the comments, all siblings in
 * one container) marks where its comments begin only with a heading the markup names
 * (`<h2 id="comments">`, a "commentform" box around its heading): a comment-named element that
 * holds that one short line and nothing else. Once the article's prose has begun (ARTICLE_BEGUN
 * before it), what follows the heading inside the heading's container is the thread.
 */
function cutAtCommentHeading(doc: Doc, body: number[], reasons: Map<number, string>, regionOf: (e: HtmlElement | undefined) => Region | null): number[] {
  if (body.length < 2) return body;
  const from = body[0]!;
  const to = body[body.length - 1]!;
  for (let i = from + 1; i < to; i++) {
    const b = doc.blocks[i]!;
    const l = doc.labels[i];
    if (!l || !b.el || wordCount(b.text) > 4) continue;
    const prev = doc.blocks[i - 1]?.el;
    const next = doc.blocks[i + 1]?.el;
    let box: HtmlElement | null;
    let reason = 'html-class-comments';
    if (l.rule === 'html-class-comments') {
      const r = regionOf(b.el);
      if (!r || r.rule !== 'html-class-comments') continue;
      // the named element holds this line alone
      if ((prev && holds(r.el, prev)) || (next && holds(r.el, next))) continue;
      // the heading's container: the nearest element around it that holds more than the heading (a "commentform" box around it alone is not)
      box = r.el.parent;
      for (let k = 0; box && k < 4 && !(prev && holds(box, prev)) && !(next && holds(box, next)); k++) box = box.parent;
    } else if (TEXT_COMMENT_HEADS.has(l.rule) && /^h[2-6]$/.test(b.tag ?? '') && !regionOf(b.el) && signedAfter(doc, i, b.el.parent)) {
      // a heading the text rules read as a comment marker, in the post's own container, followed there by
      // comment signatures ("Posted by: Name | Apr 6, 2007 1:11 PM"): a flat template's thread, named by no markup
      box = b.el.parent;
      reason = 'comment-thread';
    } else continue;
    if (!box) continue;
    let before = 0;
    for (const k of body) {
      if (k > i) break;
      if (isProse(doc.blocks[k]!)) before += doc.blocks[k]!.text.length;
    }
    if (before < ARTICLE_BEGUN) continue;
    const kept: number[] = [];
    for (const k of body) {
      if (k > i && holds(box, doc.blocks[k]!.el)) reasons.set(k, reason);
      else kept.push(k);
    }
    return kept;
  }
  return body;
}

/**
 * Furniture kinds whose class words also name layout (a blog's post wrapped in a "widget",
 * a "date" block, a "nav-single" container, a column outside the container found): when
 * the markup leaves the body empty, their prose is read again. Comments, related
 * stories, ads, share and newsletter boxes stay out: when the article is a photo or a video,
 * their prose is still not it.
 */
const WEAK_FURNITURE = new Set(['html-class-meta', 'html-class-sidebar', 'html-class-nav', 'html-class-footer', 'html-outside-article']);

/** Inside an element that tag or ARIA role make furniture (<aside>, <nav>, role=complementary...). */
function inStrongFurniture(e: HtmlElement | undefined, butHeader = false): boolean {
  for (let k = 0, x: HtmlElement | null = e ?? null; x && k < ANCESTOR_CAP; k++, x = x.parent) if (strongFurniture(x) && !(butHeader && x.tag === 'header')) return true;
  return false;
}

/**
 * When unsure, keep the prose: a page whose markup evidence left an empty body, while
 * prose sits in weakly marked furniture, gets the text selection (the article's prose
 * run) over its blocks with those marks lifted. What the run does not take keeps its mark.
 */
function rescueProse(doc: Doc, language: string | null): BodySelection | null {
  const lifted = new Map<number, Label>();
  // Under a headline, a class-marked box that does not hold it (a sidebar's "about" blurb beside a
  // photo post) stays out: the post is the headline's, and a box beside it is no part of it.
  const head = headlineBlock(doc, false, true);
  const regionOf = head ? pageRegionLookup(doc) : null;
  for (const b of doc.blocks) {
    const l = doc.labels[b.index];
    if (!l || !WEAK_FURNITURE.has(l.rule) || b.drop || inStrongFurniture(b.el)) continue;
    if (head && regionOf && l.rule.startsWith('html-class-')) {
      const r = regionOf(b.el);
      if (r && !holds(r.el, head.el)) continue;
    }
    lifted.set(b.index, l);
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
function settleAsText(doc: Doc, body: number[], reasons: Map<number, string>, textRound: TextRound, maxDrop: number): number[] {
  const total = body.reduce((n, i) => n + doc.blocks[i]!.text.length, 0);
  const dropped = new Map<number, string>();
  let cur = body;
  let lost = 0;
  for (let round = 0; round < 4 && cur.length; round++) {
    const sub = textRound(doc, cur);
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
