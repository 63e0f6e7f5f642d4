import type { Doc, Hit, Rule } from '../../core/types.js';
import { articleSpan, capitalShare, headlineShaped, headlineWords } from './shape.js';
import { wordCount } from '../../core/text.js';
import { isDateLine } from './date-line.js';
import { splitNames } from '../../parse/authors.js';
import { parseDate } from '../../parse/date.js';
import { splitDateline } from '../../parse/dateline.js';
import { asciiTest } from '../../parse/ci.js';
import { bestHeadline, listyCandidate, scoreHeadlines } from './headline.js';
import { modelHeadline } from './headline-model.js';
import { remembered, forgetLines, SHAPED, LOOSE } from './line-memo.js';

/** Lines of page chrome that can look like a headline. */
const CHROME = asciiTest(/\b(?:subscribe|sign in|sign up|log in|newsletter|cookies?|advertisement|skip to|read more|follow|share|click here|download|all rights reserved|copyright|listen|watch live|get short url|continue reading|menu|search|playback|unsupported|welcome to|never miss|donate|external links?|new window|signed in|recent stories|most recent|most popular|related)\b/i, /\b(?:subscribe|sign in|sign up|log in|newsletter|cookies?|advertisement|skip to|read more|follow|share|click here|download|all rights reserved|copyright|listen|watch live|get short url|continue reading|menu|search|playback|unsupported|welcome to|never miss|donate|external links?|new window|signed in|recent stories|most recent|most popular|related)\b/iu);
/** Bylines and breadcrumbs: "By ...", "Home ...". */
const NOT_HEAD = /^(?:by|von|por|par|home|accueil|inicio|startseite|главная)\s/iu;
/** Two words run together by a missing separator ("JamesStaff", "FriendlyBabywearing"): menu or byline text. */
const GLUED = /\p{L}\p{Ll}{4}\p{Lu}\p{Ll}{4}/u;
/** Video teasers: "PlayHighlights: ...", "... 03:12". */
const VIDEO = /^(?:Play|Watch|Video|Listen|Live)\p{Lu}|\b\d{1,2}:\d{2}$/u;
/** A lead-in that ends on a preposition ("News provided by") is no headline. */
const LEAD_IN = /\s(?:by|from|of|to|with|as|at|for|in|on|the|a|and|or|von|por|par|de|от)$/iu;
/** A byline's lead of two words ("Posted by", "Written by", "Publié par", "Escrito por"): a byline, not a headline. */
const BY_LEAD = /^(?:written|posted|story|words|reporting|report|photos?|published|compiled|edited|escrito|publicado|redactado|publié|écrit|rédigé|geschrieben|verfasst|veröffentlicht)\s+(?:by|por|par|von)\s/iu;
/** A breadcrumb path: a spaced ">" or "›" between its steps ("You are here: Home > Phones > Headline"). */
const CRUMB = /\s[>›]\s/u;
/** Captions and quotes: a credit in capitals in brackets, a full stop glued to a word, quoted speech (',” said'), a spaced slash. */
const NOT_TITLE = /\(\s*[\p{Lu}\d\s/.&-]{4,}\)$|\p{Ll}\.\p{Lu}|[,!?][”"’]\s|\s\/\s/u;
/**
 * A numeric date and a clock time close after it ("2017-03-10 09:58", "3/9(Thu) 18:45", "10.03.2017,
 * 09:58 Uhr"): a publication line in any language, not a headline.
 */
const DATE_TIME = /\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?![\p{L}\d])\D{0,8}\d{1,2}:\d\d/u;
const dateTimed = (text: string): boolean => text.includes(':') && DATE_TIME.test(text);

/** Fields whose lines sit next to a headline: byline and date. */
const ANCHORS = new Set(['authors', 'published', 'updated']);

/** A headline-shaped line as title-line reads one (see shapedNow), remembered by text. */
export function titleShaped(text: string): boolean {
  // past 250 characters no line is headline-shaped (headlineShaped), and none is remembered
  return text.length <= 250 && remembered(text, SHAPED, shapedNow);
}

function shapedNow(text: string): boolean {
  // pure tests, cheapest first: the dateline, date and name parsers come last
  return (
    headlineShaped(text, 5, 20) &&
    !/[.!…:]$/u.test(text) &&
    !text.includes('|') &&
    text !== text.toUpperCase() &&
    !NOT_HEAD.test(text) &&
    !CRUMB.test(text) &&
    !BY_LEAD.test(text) &&
    !VIDEO.test(text) &&
    !LEAD_IN.test(text) &&
    !GLUED.test(text) &&
    !NOT_TITLE.test(text) &&
    !CHROME(text) &&
    (capitalShare(text) > 0 || /^[\p{Lu}\d]/u.test(text)) &&
    !splitDateline(text) &&
    !startsWithDate(text) &&
    !isDateLine(text) &&
    !dateTimed(text) &&
    !namesOnly(text)
  );
}

/** A candidate of the headline model: a line that opens and ends like a headline of 4..30 words and is not chrome or a date. */
export function looseTitle(text: string): boolean {
  // past 250 characters headlineWords is -1
  return text.length <= 250 && remembered(text, LOOSE, looseNow);
}

function looseNow(text: string): boolean {
  return headlineWords(text, 30) >= 4 && !NOT_HEAD.test(text) && !CRUMB.test(text) && !BY_LEAD.test(text) && !VIDEO.test(text) && !CHROME(text) && !startsWithDate(text) && !isDateLine(text) && !dateTimed(text);
}

/** A number alone ("1.", "2)", "3") on one of the two lines above i: i is an item of a numbered list. */
function numberedItem(doc: Doc, i: number): boolean {
  for (let j = i - 1; j >= i - 2 && j >= 0; j--) if (/^\d{1,3}[.)]?$/u.test(doc.blocks[j]!.text)) return true;
  return false;
}

/** "February 1, 2019 Ilana Muhlstein": a date leads listing and byline lines, not headlines. */
function startsWithDate(text: string): boolean {
  // its first three space-separated words (text.split(' ').slice(0, 3).join(' '), with no array)
  let k = -1;
  for (let c = 0; c < 3; c++) if ((k = text.indexOf(' ', k + 1)) < 0) break;
  const d = parseDate(k < 0 ? text : text.slice(0, k), { maxOther: 0 });
  return d !== null && d.otherWords.length === 0 && d.used >= 3;
}

/** "Kate Holton, Paul Sandle" (an outlet in capitals may follow): full names and nothing else is a byline, not a headline. */
function namesOnly(text: string): boolean {
  const n = splitNames(text.replace(/(?:\s+[\p{Lu}\d&.-]{2,}){1,3}$/u, ''));
  return !!n && n.length >= 2 && n.every((x) => x.split(' ').length >= 2 && x.split(' ').length <= 4);
}

/** Up to two headline-shaped free lines directly above line i (nearest first). */
function shapedAbove(doc: Doc, i: number): number[] {
  const out: number[] = [];
  const text = doc.blocks[i]!.text;
  for (let j = i - 1; j >= 0 && out.length < 2; j--) {
    // the same headline twice (a page's heading and its share card): one line
    if (doc.labels[j] || doc.blocks[j]!.text === text) continue;
    if (!titleShaped(doc.blocks[j]!.text) || wordCount(doc.blocks[j]!.text) < 4) break;
    out.push(j);
  }
  return out;
}

/**
 * The headline of a headline-and-deck pair: when the free line right above line i
 * is headline-shaped too and shorter, i is the deck (standfirst) and that line the
 * headline ("Una solución no violenta…" over "Los pueblos indígenas reclaman…").
 */
function headOf(doc: Doc, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    if (doc.labels[j]) continue;
    if (doc.body?.has(j)) return i;
    const t = doc.blocks[j]!.text;
    const deck = doc.blocks[i]!.text;
    // the deck is the longer line, or the one with a clause (a comma) where the headline has none
    return titleShaped(t) && wordCount(t) >= 4 && (wordCount(t) < wordCount(deck) || (/[,;]\s/u.test(deck) && !/[,;]\s/u.test(t))) ? j : i;
  }
  return i;
}

/** A free line that is not in the body. */
function freeOut(doc: Doc, i: number): boolean {
  return !doc.labels[i] && !doc.body?.has(i);
}

/** The next free block after i is a body block. */
function followedByBody(doc: Doc, i: number): boolean {
  for (let j = i + 1; j < doc.blocks.length; j++) {
    if (doc.labels[j]) continue;
    return !!doc.body?.has(j);
  }
  return false;
}

/**
 * Nearest title-shaped line next to the byline / date block: up to two free lines
 * above it (a standfirst sentence may sit between), else up to three free lines
 * below it (short or capitals-only lines may sit between). A line body selection
 * kept counts only when it comes right after the byline/date block (labelled lines
 * between) and body follows it. Null when none.
 */
function besideAnchor(doc: Doc, anchor: number, start: number): number | null {
  const { blocks, labels } = doc;
  for (let i = anchor - 1, seen = 0; i >= 0 && seen < 3; i--) {
    if (labels[i]) continue;
    if (doc.body?.has(i)) break;
    seen++;
    if (titleShaped(blocks[i]!.text)) return i;
  }
  for (let i = anchor + 1, seen = 0; i < blocks.length && seen < 3; i++) {
    if (labels[i]) continue;
    // a headline that body selection kept counts only right after the byline/date block
    if (doc.body?.has(i) || i >= start) {
      if (seen === 0 && titleShaped(blocks[i]!.text) && wordCount(blocks[i]!.text) >= 5 && followedByBody(doc, i)) return i;
      break;
    }
    seen++;
    const t = blocks[i]!.text;
    if (titleShaped(t)) return i;
    if (wordCount(t) > 3 && t !== t.toUpperCase()) break;
  }
  return null;
}

/**
 * A headline-shaped line shortly before the article feeds `title`: free (no rule
 * took it), not in the body, 5..20 words, no dateline opening it (shorter title-case lines are mostly
 * names, labels and menus), no end punctuation, not chrome, not a byline or
 * breadcrumb, no glued words, not a video teaser. First choice: the line beside the byline or date above the article
 * (when there is such a line but no headline beside it: no title). Without one, the nearest such line within eight free lines above the article start,
 * unless the line above it is headline-shaped too (a list of links, not a title).
 * Conservative: when in doubt there is no title.
 */
export const titleLine: Rule = {
  id: 'title-line',
  description: 'A headline-shaped line (not a date line: a numeric date with a clock time, "3/9 (Thu) 18:45", is one in any language; not a breadcrumb path, "Home > News > ...", nor a byline with a two-word lead, "Posted by ...") beside the byline/date or shortly before the article (never a body line) feeds title; failing that, or against a headline printed twice, a scored finder over the 60 lines above the article (printed twice, a byline/date/name under it, no list around it); in text captures a learned headline model then weighs that pick against the other headline-like lines of the 60 above the article, the top of the capture and the first lines of the body above its first paragraph (a line of 8+ words ending like a sentence; a breadcrumb does not end the head) (its words open the article, position, shape, neighbours, a byline/date beside it; no list item), or gives no title.',
  run(doc) {
    forgetLines();
    const hits = titleHits(doc);
    forgetLines();
    return hits;
  },
};

function titleHits(doc: Doc): Hit[] {
  const span = articleSpan(doc);
  if (!span) return [];
  const start = span[0];
  const near = nearTitle(doc, start);
  // the rules' pick: the near line unless it is one item of a list; then the scored finder
  // (a headline printed twice, or a byline/date/name under it)
  let pick: number | null = near;
  if (near === null || listyCandidate(doc, start, near, titleShaped)) {
    const cands = scoreHeadlines(doc, start, titleShaped);
    const scored = bestHeadline(cands);
    const nearListy = near !== null && cands.some((c) => c.block === near && c.listy);
    pick = scored && (near === null || (nearListy && !scored.listy)) ? scored.block : near;
  }
  // Text captures: the headline model (headline-model.ts) decides between the rules' pick
  // (one of its features) and the other candidates, or says no title. An item of a list
  // (as the finder sees lists, or under a number) is never its pick unless the rules took it.
  // It learned from the tune halves of five sets; the rules alone carried worse to the check
  // halves. HTML pages keep the rules' pick: their title comes from the markup first.
  if (doc.format === 'text') {
    const rules = pick;
    pick = modelHeadline(doc, start, rules, titleShaped, looseTitle, (i) => i !== rules && (numberedItem(doc, i) || listyCandidate(doc, start, i, titleShaped)));
  }
  if (pick === null) return [];
  return [doc.labels[pick] ? { block: pick, field: 'title', relabel: true } : { block: pick, field: 'title' }];
}

/** title-line's near rules: beside the byline/date block, else a few free lines above the article; null when none. */
function nearTitle(doc: Doc, start: number): number | null {
    const { blocks, labels } = doc;
    // 1. beside the byline / date block nearest the article start; with such a block
    //    but no headline beside it, the capture has no title
    let anchored = false;
    for (let i = start - 1; i >= 0 && i >= start - 20; i--) {
      const f = labels[i]?.field;
      if (!f || !ANCHORS.has(f)) continue;
      anchored = true;
      const t = besideAnchor(doc, i, start);
      if (t !== null) return headOf(doc, t);
    }
    // 2. the nearest headline-shaped free line above the article
    let found = -1;
    for (let i = start - 1, seen = 0; i >= 0 && seen < 8; i--) {
      if (!freeOut(doc, i)) continue;
      seen++;
      if (titleShaped(blocks[i]!.text)) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    // Headline-shaped lines right above it: one shorter line is a headline over its deck
    // (the title is the upper one); otherwise they make a list of links (no title).
    const above = shapedAbove(doc, found);
    if (above.length >= 2) return null;
    if (above.length === 0) return found;
    // one such line: a headline over its longer deck, else two items of a list
    const head = headOf(doc, found);
    return head === found ? null : head;
}
