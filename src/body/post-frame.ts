/**
 * A blog post's frame in a text capture: the post navigation line above it
 * ("« Older post | Main | Newer post »") and the post's own footer line below it
 * ("Posted at 11:01 AM | Permalink", "09.11.2012 in Crafts, Paper | Permalink").
 * Blog engines put every permalink page's post between the two, whatever the
 * language: the navigation line is a row of links split by " | " with a guillemet
 * or an arrow at one end, and the footer is a short row with a date or a time
 * whose last piece is a link label. A short post (a sentence or two under its
 * headline) is outweighed by the sidebar's "about" blurb or the comments below
 * it; inside its frame it is the page's article.
 */
import type { Block, Doc } from '../core/types.js';
import { featuresOf } from '../core/features.js';
import { digitGroups } from '../core/text.js';
import type { BlockSet } from '../core/block-set.js';

/** Most words of a navigation line (two post titles and "Main"). */
const NAV_WORDS = 40;
/** Most words of a footer line (a date, a few categories, the link label). */
const FOOTER_WORDS = 40;
/** Most words of the footer's last piece after its " | ": a link label ("Permalink", "Comments (3)"). */
const LABEL_WORDS = 3;
/** Most blocks from the navigation line to the footer: a short post (longer ones win selection themselves). */
const FRAME_REACH = 40;

/** A guillemet or an arrow opening or closing a line: a post navigation row's ends. */
const ENDS = /^[«‹←]|[»›→]$/u;

function isNavLine(b: Block): boolean {
  const t = b.text;
  return t.length <= 400 && t.includes(' | ') && ENDS.test(t) && featuresOf(b).words <= NAV_WORDS;
}

/** A footer's link label with its digits folded ("Comments (3)" -> "comments (0)"). */
function labelKey(b: Block): string {
  return b.text.slice(b.text.lastIndexOf(' | ') + 3).trim().toLowerCase().replace(/\d+/g, '0');
}

/**
 * Whether another footer row with the same link label follows the one at `end`: a page of
 * several posts (an archive, a blog's front page), each closed alike, not one post's page.
 */
function footerRepeats(doc: Doc, end: number): boolean {
  const key = labelKey(doc.blocks[end]!);
  for (let j = end + 1; j < doc.blocks.length; j++) {
    const b = doc.blocks[j]!;
    if (isFooterLine(b) && labelKey(b) === key) return true;
  }
  return false;
}

function isFooterLine(b: Block): boolean {
  const t = b.text;
  if (t.length > 400) return false;
  const bar = t.lastIndexOf(' | ');
  if (bar < 0 || digitGroups(t) < 2) return false;
  const f = featuresOf(b);
  if (f.words > FOOTER_WORDS || f.cls === 'good') return false;
  const label = t.slice(bar + 3).trim();
  return label !== '' && label.split(' ').length <= LABEL_WORDS && !ENDS.test(label);
}

/**
 * Most words of a selection under its own header that a framed post with the page's header
 * replaces: a handful of comments or a sidebar blurb; a long article stays.
 */
const MAX_OUTWEIGH = 400;

function keptWords(doc: Doc, kept: BlockSet): number {
  let words = 0;
  for (const i of kept) words += featuresOf(doc.blocks[i]!).words;
  return words;
}

/** Free blocks after a footer line in which no prose paragraph may start: a byline with a date above its article has the article right below. */
const FOOTER_AFTER = 1;

function proseFollows(doc: Doc, end: number): boolean {
  let free = 0;
  for (let j = end + 1; j < doc.blocks.length && free < FOOTER_AFTER; j++) {
    const b = doc.blocks[j]!;
    if (doc.labels[b.index]) continue;
    const f = featuresOf(b);
    if (f.cls === 'good' || f.plainCls === 'good') return true;
    free++;
  }
  return false;
}

/**
 * The free blocks of the first post frame that holds a prose paragraph, when the kept
 * selection holds none of the frame's prose paragraphs and either the frame holds the page's
 * header (a title, byline or date line a metadata rule took) and the selection is short
 * (under MAX_OUTWEIGH words), or `loose()` (the selection stands under no header of its own);
 * null otherwise (the selection stands).
 */
export function postFrame(doc: Doc, kept: BlockSet, loose: () => boolean): number[] | null {
  const blocks = doc.blocks;
  for (let n = 0; n < blocks.length; n++) {
    if (!isNavLine(blocks[n]!)) continue;
    let end = -1;
    for (let j = n + 1; j < blocks.length && j <= n + FRAME_REACH; j++) {
      if (isNavLine(blocks[j]!)) break;
      if (isFooterLine(blocks[j]!)) {
        end = j;
        break;
      }
    }
    if (end < 0 || proseFollows(doc, end) || footerRepeats(doc, end)) continue;
    const body: number[] = [];
    let prose = false;
    let header = false;
    let held = false;
    for (let j = n + 1; j < end; j++) {
      const b = blocks[j]!;
      const label = doc.labels[b.index];
      if (label) {
        if (label.field === 'title' || label.field === 'authors' || label.field === 'published') header = true;
        continue;
      }
      body.push(b.index);
      const f = featuresOf(b);
      if (f.cls === 'good' || f.plainCls === 'good') {
        prose = true;
        if (kept.has(b.index)) held = true;
      }
    }
    if (held) {
      // The selection holds the post: what it holds beyond the frame (the comments under the
      // footer, a blurb above the navigation) is not the post.
      let inside = 0;
      for (const i of body) if (kept.has(i)) inside++;
      return inside < kept.size ? body.filter((i) => kept.has(i)) : null;
    }
    if (prose && (loose() || (header && keptWords(doc, kept) < MAX_OUTWEIGH))) return body;
  }
  return null;
}

/**
 * Whether block `at` stands inside a post frame: a navigation line at most FRAME_REACH
 * blocks above it and a footer line below it before the next navigation line. The cut guard
 * (pipeline/round.ts) reads it: a short post in its frame has begun, however little prose
 * it holds beside a longer blurb before a cut's marker.
 */
export function inPostFrame(doc: Doc, at: number): boolean {
  const blocks = doc.blocks;
  let nav = -1;
  for (let j = at - 1; j >= 0 && j >= at - FRAME_REACH && nav < 0; j--) if (isNavLine(blocks[j]!)) nav = j;
  if (nav < 0) return false;
  for (let j = at + 1; j < blocks.length && j <= nav + FRAME_REACH; j++) {
    if (isNavLine(blocks[j]!)) return false;
    if (isFooterLine(blocks[j]!)) return !proseFollows(doc, j) && !footerRepeats(doc, j);
  }
  return false;
}
