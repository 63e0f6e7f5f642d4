/**
 * Body selection for text captures: among the blocks no pre rule took, find the
 * article's prose run.
 *
 * 1. Each block gets a class from its own text only (features.ts: words, sentence
 *    end, share of function words, title case, bullets): `good` (a prose
 *    paragraph), `near` (prose-like but short or without a final stop), `short`
 *    (a few words) or `bad` (long but not prose: headline lists, link rows).
 *    Pages whose language the function-word lists miss fall back to length and
 *    sentence shape only.
 * 2. Each class gives a score: prose counts by its length (concave, so one long
 *    footer paragraph does not beat a run of paragraphs); everything else costs.
 *    Context adjusts it: stretches of non-prose cost more than the sum of their
 *    lines (teaser cards put a kicker and a headline between every summary);
 *    rows of a list or table (one opening shape, or items announced by a line
 *    ending with a colon) cost little; a short summary between two headlines is a
 *    teaser card and counts nothing; lines a rule took are small gaps.
 * 3. The article is the run of consecutive blocks with the largest total score
 *    (maximum subarray), the "prose surrounded by prose" idea of jusText's
 *    context smoothing and boilerpipe's densities: a subheading or list item
 *    between paragraphs stays, a long promo far from the run goes.
 * 4. The selection is repeated on its own output (as cleaning the body again
 *    would) until it no longer changes, so clean(clean(x).body).body is stable.
 *
 * Everything left out gets one of the reasons in `SELECTION_REASONS`.
 */
import type { Block, Doc } from '../core/types.js';
import { blockCache, classify, featuresOf, type BlockClass, type BlockFeatures } from '../core/features.js';
import { BlockSet } from '../core/block-set.js';
import { digitGroups, isJsSpace } from '../core/text.js';
import { postFrame } from './post-frame.js';

export interface BodySelection {
  body: number[];
  /** Rule id for each free block left out of the body. */
  reasons: Map<number, string>;
}

/**
 * A text round over blocks `at` of doc, one paragraph per block (the pipeline
 * supplies it): the round's Doc (one block per paragraph, in order, with its
 * labels) and the indices of its blocks it keeps as body.
 */
export type TextRound = (doc: Doc, at: readonly number[]) => { doc: Doc; body: number[] };

/** Rule ids body selection gives the blocks it leaves out, with what they mean. */
export const SELECTION_REASONS = {
  'outside-article': 'A prose-like block that is not part of the article\'s main prose run (promos, bios, teasers, comments around the article).',
  'short-fragment': 'A short line (a few words) outside the article\'s prose run: menu items, buttons, labels, headlines.',
  'not-prose': 'A longer line that does not read as prose (few function words, no sentence shape) outside the article\'s prose run: headline lists, link rows, addresses.',
  'markup-text': 'A line of HTML markup opening the body: left in, the body would read as an HTML document when cleaned again.',
} as const;
export type SelectionReason = keyof typeof SELECTION_REASONS;

export type { BlockClass, BlockFeatures } from '../core/features.js';
export { blockFeatures, classify } from '../core/features.js';

/** Words from which a sentence-case line without a final stop is neutral rather than a cost. */
const SENTENCE_WORDS = 12;

/** Cost of a line that reads like a list item: it does not widen a gap. */
const SOFT = -0.25;

/** A sentence-case line without a final stop, or a bulleted / numbered one: a list item more than a headline. */
function isListItem(f: BlockFeatures): boolean {
  return f.bullet;
}

/** Words of a good block that count fully; beyond, EXCESS per word. */
const EXCESS = 0.1;
const GOOD_CAP = 30;
/**
 * Words under which a prose line counts only SHORT_GOOD_SHARE of them: a run of one-line
 * sentences (a blogroll's "Name Tagline." rows, a tweet feed, a list of quotes) would
 * otherwise outweigh a short article of real paragraphs.
 */
const SHORT_GOOD = 12;
const SHORT_GOOD_SHARE = 0.5;

function score(cls: BlockClass, f: BlockFeatures): number {
  switch (cls) {
    case 'good':
      // Concave in length: a run of paragraphs beats one long footer paragraph.
      // A short sentence counts half: runs of one-liners are feeds and lists more than articles.
      if (f.words < SHORT_GOOD) return SHORT_GOOD_SHARE * f.words;
      return f.words <= GOOD_CAP ? f.words : GOOD_CAP + EXCESS * (f.words - GOOD_CAP);
    case 'near':
      if (f.ends) return 0.3 * f.words;
      // A long sentence-case line whose final stop is missing: neutral, kept when prose surrounds it.
      if (!f.titleCase && f.words >= SENTENCE_WORDS && (f.fw ?? 0) >= 0.2) return 0;
      return isListItem(f) ? SOFT : -3;
    case 'short':
      return f.bullet ? SOFT : -3;
    case 'bad':
      return -Math.max(2, 0.5 * f.words);
  }
}

/** Maximum-sum run of consecutive items; ties go to the longer run. Returns [start, end] inclusive or null. */
function bestRun(scores: readonly number[]): [number, number] | null {
  let best = 0;
  let bestS = -1;
  let bestE = -1;
  let cur = -1;
  let curS = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (cur >= 0) cur += s;
    else {
      cur = s;
      curS = i;
    }
    if (cur > best || (cur === best && best > 0 && curS === bestS)) {
      best = cur;
      bestS = curS;
      bestE = i;
    }
  }
  return best > 0 ? [bestS, bestE] : null;
}

/** One pass: the free blocks (in order, with penalties for taken blocks between them) -> kept blocks. */
/**
 * Stretches of non-prose between prose cost more than the sum of their lines:
 * an article's paragraphs follow each other with at most a subheading or a
 * caption between them, while teaser cards put a kicker, a headline and a
 * source line between every summary.
 */
const GAP_GROWTH = 0.5;

function withGapGrowth(scores: number[], free: readonly boolean[], intro: readonly boolean[], code: readonly boolean[]): number[] {
  const out = scores.slice();
  let i = 0;
  while (i < out.length) {
    if (out[i]! > 0) {
      i++;
      continue;
    }
    let j = i;
    let k = 0;
    while (j < out.length && out[j]! <= 0) {
      if (free[j] && out[j] !== SOFT && !(out[j] === 0 && intro[j])) k++;
      j++;
    }
    const factor = 1 + GAP_GROWTH * Math.max(0, k - 1);
    // Lines of a code listing keep their small cost however long the stretch: a tutorial's
    // listing of fifty lines between two paragraphs is part of the article.
    for (let m = i; m < j; m++) if (!code[m]) out[m] = out[m]! * factor;
    i = j;
  }
  return out;
}

const MONTHS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(' '),
);
const SIG_TOKEN = /[\p{L}\p{N}]+/gu;
/** The shape of a line's opening: "June 9 – …" and "July 2 – …" share "M N", "DL Larry …" and "DL Chad …" share "dl C". */
function signature(text: string): string {
  SIG_TOKEN.lastIndex = 0;
  const a = SIG_TOKEN.exec(text)?.[0];
  const b = SIG_TOKEN.exec(text)?.[0];
  if (a === undefined || b === undefined) return '';
  const one = /^\d/.test(a) ? 'N' : MONTHS.has(a.toLowerCase()) ? 'M' : a.toLowerCase();
  const two = /^\d/.test(b) ? 'N' : b[0] === b[0]!.toLowerCase() ? 'l' : 'C';
  return `${one} ${two}`;
}
const sigCache = blockCache<string>('signature');
function signatureOf(block: Block): string {
  const c = sigCache.get(block);
  if (c !== undefined) return c;
  const sig = signature(block.text);
  sigCache.set(block, sig);
  return sig;
}
/** Consecutive lines sharing an opening shape form a list or a table. */
const MIN_LIST_ROWS = 3;

/** Consecutive lines ending with a figure that form a table's column. */
const MIN_FIGURE_ROWS = 3;

/** Marks free lines that are rows of a list or table (3+ consecutive lines with one opening shape). */
function listRows(items: readonly Item[]): boolean[] {
  const rows = items.map(() => false);
  let start = 0;
  let sig = '';
  let count = 0;
  const flush = (end: number) => {
    if (count >= MIN_LIST_ROWS && sig !== '') for (let m = start; m < end; m++) if (items[m]!.f) rows[m] = true;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.f) continue;
    const s = it.f.words >= 3 ? signatureOf(it.block) : '';
    if (s !== '' && s === sig) count++;
    else {
      flush(i);
      start = i;
      sig = s;
      count = 1;
    }
  }
  flush(items.length);
  // A column of figures: 3+ consecutive lines that end with a number ("Bad news! – 16.2%", "Tier 1 … 42")
  // are the rows of a table, whatever their openings.
  let runStart = -1;
  let runCount = 0;
  const flushNum = (end: number) => {
    if (runCount >= MIN_FIGURE_ROWS) for (let m = runStart; m < end; m++) if (items[m]!.f) rows[m] = true;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.f) continue;
    if (it.f.words >= 2 && endsWithNumber(it.block.text)) {
      if (runCount === 0) runStart = i;
      runCount++;
    } else {
      flushNum(i);
      runCount = 0;
    }
  }
  flushNum(items.length);
  // A line ending with a colon introduces a list: its items follow until the next prose paragraph.
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.f || !endsWithColon(it.block.text) || it.f.words > 25) continue;
    let items_ = 0;
    for (let j = i + 1; j < items.length && items_ < MAX_INTRO_ITEMS; j++) {
      const g = items[j]!;
      if (!g.f) continue;
      if (g.f.cls === 'good') break;
      rows[j] = true;
      items_++;
    }
    if (items_ > 0) rows[i] = true;
  }
  return rows;
}

/**
 * The line's last character, past "%", "." and white space, is a digit: a figure in a table's
 * last column. Not a year ("… November 5, 2012" closes a dated headline) and not a count in
 * brackets ("Basics (41)" closes a link list's row).
 */
function endsWithNumber(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 0x25 || c === 0x2e || isJsSpace(c)) i--;
    else break;
  }
  let j = i;
  while (j >= 0 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j--;
  if (j === i) return false;
  // a year ends a dated headline or a copyright line, not a table's row
  return !(i - j === 4 && (text.startsWith('19', j + 1) || text.startsWith('20', j + 1)));
}
/**
 * The line ends with a colon (white space after it allowed): /[:：]\s*$/ without scanning the whole
 * line. "Ingredients:", "In favor of giving now:": a line that announces a list.
 */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isJsSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 0x3a || c === 0xff1a;
}
const MAX_INTRO_ITEMS = 30;

/** A call or an index at the end of a code line: "mocha.run()", "expect(cow.name).to.equal(1)". */
const CALL_END = /[\w$.\]]\([^()]*\)[;:,]?$/;
/**
 * A line of program code or markup, by its punctuation alone (any programming language,
 * any human language): it ends with ";", "{" or "}", is only closing brackets, is one
 * tag ("<script src=…>", "</head>"), or ends with a call. An article that shows code
 * puts such blocks between its paragraphs; like list rows they cost little, so the
 * paragraphs after the code stay in the run ("keep the prose").
 */
export function isCodeLine(text: string): boolean {
  const t = text.trim();
  const n = t.length;
  if (n === 0 || n > 200) return false;
  const last = t.charCodeAt(n - 1);
  const first = t.charCodeAt(0);
  if (last === 0x3b /* ; */) return true;
  if (last === 0x7b /* { */) return true;
  if (last === 0x7d /* } */) return first !== 0x7b || n < 3 || t.charCodeAt(1) !== 0x20; // not "{ 12 comments }"
  if (first === 0x3c /* < */ && last === 0x3e /* > */) return true;
  if (first === 0x7d || first === 0x29 || first === 0x5d) return true; // "})", "]"
  return last === 0x29 /* ) */ && CALL_END.test(t);
}

/** A headline-like line: no sentence end, a few words, not a list bullet. */
function isHeadlineLike(f: BlockFeatures): boolean {
  return !f.ends && !f.bullet && f.words >= HEADLINE_WORDS && f.words <= 20;
}
/** Fewest words of a teaser headline (subheadings and list items are shorter). */
const HEADLINE_WORDS = 6;
/** Longest one-paragraph summary (in words) a teaser card carries. */
const TEASER_WORDS = 35;
/** Share of its score a teaser summary keeps. */
const TEASER_KEEP = 0;

/**
 * Teaser cards: a short prose block with a headline-like line right before it
 * and another right after it (the next card's headline) is a card's summary,
 * not an article paragraph; it keeps only part of its score.
 */
function teaserDiscount(items: readonly Item[], raw: number[], plain: boolean, anchored: Anchored): void {
  const free: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i]!.f) free.push(i);
  for (let k = 1; k + 1 < free.length; k++) {
    const i = free[k]!;
    const f = items[i]!.f!;
    if ((plain ? f.plainCls : f.cls) !== 'good' || f.words > TEASER_WORDS) continue;
    // The paragraph under the page's own header (title, byline, date lines) is the
    // article's standfirst, not a card's summary, whatever line follows it.
    if (items[i]!.block.index === anchored.block || items[i]!.block.index === anchored.also) continue;
    if (isHeadlineLike(items[free[k - 1]!]!.f!) && isHeadlineLike(items[free[k + 1]!]!.f!)) raw[i] = raw[i]! * TEASER_KEEP;
  }
}

/**
 * Fewest words and characters of a hard-wrapped line that a continuation line follows: text
 * is wrapped at 60 to 80 columns, and a menu's items or a comment's signature are shorter.
 */
const WRAP_LINE_WORDS = 7;
const WRAP_LINE_CHARS = 56;
/** Wrapped paragraphs (chains of two lines or more) a page needs to be read as hard-wrapped. */
const MIN_WRAPPED = 3;

/** The text opens with a lower-case letter (after opening quotes or brackets): it goes on a sentence. */
function opensLower(text: string): boolean {
  for (let i = 0; i < text.length && i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0x28 || c === 0x2018 || c === 0x201c || c === 0x20) continue;
    const ch = text[i]!;
    return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
  }
  return false;
}

/** A wrapped line breaks after a word or a comma, semicolon or hyphen; not after a smiley's ")" or a label's ":". */
function endsAtWrap(text: string): boolean {
  const t = text.trimEnd();
  const c = t.charCodeAt(t.length - 1);
  if (c === 0x2c || c === 0x3b || c === 0x2d) return true;
  const ch = t[t.length - 1] ?? '';
  return ch.toLowerCase() !== ch.toUpperCase() || (c >= 0x30 && c <= 0x39);
}

/**
 * Hard-wrapped text (a plain-text page, an e-mail, an essay cut at 70 columns):
 * a line that ends no sentence and the next line that opens in lower case are one
 * paragraph. Each line alone reads as a fragment (near or short, a cost); the chain is
 * scored as the paragraph it is, each line its share by words. Shape only: any language
 * that writes capitals.
 */
function wrappedChains(items: readonly Item[]): [number, number][] | null {
  const chains: [number, number][] = [];
  let i = 0;
  while (i < items.length) {
    const f = items[i]!.f;
    if (!f || f.ends || f.words < WRAP_LINE_WORDS || items[i]!.repeat) {
      i++;
      continue;
    }
    let j = i;
    // extend while line j ends no sentence at a wrap point, and the next line opens in lower case
    // (a continuation has a space: a bare address under a headline, "https://…", is none)
    while (j + 1 < items.length) {
      const g = items[j]!.f!;
      const next = items[j + 1]!;
      if (g.ends || g.words < WRAP_LINE_WORDS || items[j]!.block.text.length < WRAP_LINE_CHARS || !endsAtWrap(items[j]!.block.text) || !next.f || next.repeat) break;
      if (next.block.index !== items[j]!.block.index + 1 || !opensLower(next.block.text) || !next.block.text.includes(' ')) break;
      j++;
    }
    if (j > i) chains.push([i, j]);
    i = j + 1;
  }
  // A page written hard-wrapped wraps many paragraphs; one or two joins are a comment's or a
  // caption's line breaks, and scoring them as paragraphs hands them the page.
  return chains.length < MIN_WRAPPED ? null : chains;
}

/** Scores each wrapped chain that reads as a prose paragraph as one; false when none does. */
function wrappedParagraphs(items: readonly Item[], chains: readonly [number, number][], raw: number[], plain: boolean): boolean {
  let changed = false;
  for (const [a, b] of chains) {
    let words = 0;
    let fwWords = 0;
    for (let m = a; m <= b; m++) {
      const g = items[m]!.f!;
      words += g.words;
      fwWords += (g.fw ?? 0) * g.words;
    }
    if (classify(words, plain ? null : fwWords / words, items[b]!.f!.ends) !== 'good') continue;
    const total = score('good', { ...items[a]!.f!, words });
    for (let m = a; m <= b; m++) raw[m] = Math.max(raw[m]!, (total * items[m]!.f!.words) / words);
    changed = true;
  }
  return changed;
}

/** Score the first paragraph under the article's header line gains (about a paragraph's worth). */
const ANCHOR_BONUS = 20;
/** Free lines at most between the header line and that paragraph (a standfirst, a caption, a kicker). */
const ANCHOR_REACH = 4;

/** The paragraphs the header heads (block indices, -1 when none): the first under it, and the opening of a longer run after it. */
export interface Anchored {
  block: number;
  also: number;
}

/**
 * The article starts under its header: the first line a metadata rule took as the title
 * (else as a byline, else as a date). The first prose paragraph right below it gets a
 * bonus, so a short article under its own headline and byline is not outweighed by a
 * longer run of sidebar blurbs, forum titles or comments elsewhere on the page. Position
 * evidence, the same in every language.
 */
function headerAnchor(items: readonly Item[], raw: number[], plain: boolean, anchored: Anchored): void {
  if (anchored.block >= 0) {
    // A later round (on the selection alone, without the header lines): the paragraphs
    // that were under the header keep their bonus, or the round would hand the body to a
    // longer block the first round only kept as part of one run with them (a comment).
    for (let i = 0; i < items.length; i++) {
      const b = items[i]!.block.index;
      if (b === anchored.block || b === anchored.also) raw[i] = raw[i]! + ANCHOR_BONUS;
    }
    return;
  }
  // one pass: the first title line, else the first byline, else the first date line
  let title = -1;
  let byline = -1;
  let date = -1;
  for (let i = 0; i < items.length && title < 0; i++) {
    const field = items[i]!.field;
    if (field === null) continue;
    if (field === 'title') title = i;
    else if (field === 'authors' && byline < 0) byline = i;
    else if (field === 'published' && date < 0) date = i;
  }
  const anchor = title >= 0 ? title : byline >= 0 ? byline : date;
  if (anchor < 0) return;
  let free = 0;
  for (let i = anchor + 1; i < items.length && free <= ANCHOR_REACH; i++) {
    const f = items[i]!.f;
    if (!f) continue;
    if ((plain ? f.plainCls : f.cls) === 'good') {
      raw[i] = raw[i]! + ANCHOR_BONUS;
      anchored.block = items[i]!.block.index;
      const later = longerRunAfter(items, i);
      if (later >= 0) {
        raw[later] = raw[later]! + ANCHOR_BONUS;
        anchored.also = items[later]!.block.index;
      }
      return;
    }
    free++;
  }
}

/** Free non-prose lines in a row that end a prose run (one subheading or caption between paragraphs does not). */
const RUN_BREAK = 2;
/** Most prose words of the run under the header for the header to head a longer run after it too (a few sentences). */
const BLURB_WORDS = 60;
/** Most free lines between the two runs: the later run follows on the same screen, not at the page's end. */
const HEADED_REACH = 40;

/**
 * A paragraph by its function words or by its length and sentence shape alone: a page whose
 * language the lists cover thinly (Russian news, where "near" lines carry the article) has
 * its prose counted too.
 */
function articleShaped(it: Item): boolean {
  return it.f !== null && !it.repeat && (it.f.cls === 'good' || it.f.plainCls === 'good');
}

/** A title or byline line: the head of an article (a date line alone is not: archives list months). */
function isHead(it: Item): boolean {
  return it.field === 'title' || it.field === 'authors';
}

/**
 * Where the prose run starting at item i ends (the index after it) and how many words of
 * article-shaped prose it holds: it goes on through prose and single non-prose lines, and stops at RUN_BREAK
 * non-prose lines in a row, at a line a chrome rule took, or at a title or byline line.
 */
function proseRun(items: readonly Item[], i: number): { end: number; words: number; paras: number } {
  let words = 0;
  let paras = 0;
  let miss = 0;
  let j = i;
  for (; j < items.length; j++) {
    const it = items[j]!;
    if (!it.f) {
      if (isHead(it) || it.gap >= 1) break;
      continue;
    }
    if (articleShaped(it)) {
      words += it.f.words;
      paras++;
      miss = 0;
    } else if (++miss >= RUN_BREAK) break;
  }
  return { end: j, words, paras };
}

/**
 * The opening of a longer prose run the header heads too, or -1. The first prose paragraph
 * under the header may open only a short run (a few sentences) that non-prose lines end: a
 * standfirst above a photo and a share bar, or a sidebar's "about" blurb placed between the
 * header and the article. When the next prose run, before any other title or byline line,
 * is longer (more words in more paragraphs), it gets the bonus as well: the standfirst keeps its own, and the blurb no
 * longer outweighs the article it stands above. Position and length only, any language.
 */
function longerRunAfter(items: readonly Item[], first: number): number {
  const head = proseRun(items, first);
  if (head.words > BLURB_WORDS) return -1;
  let free = 0;
  for (let i = head.end; i < items.length && free <= HEADED_REACH; i++) {
    const it = items[i]!;
    if (!it.f) {
      if (isHead(it)) return -1;
      continue;
    }
    free++;
    if (!articleShaped(it)) continue;
    const next = proseRun(items, i);
    return next.words > head.words && next.paras > head.paras ? i : -1;
  }
  return -1;
}

/** Most words of an entry's signature line ("Posted by: Jane at May 3, 2012 7:12 AM", "Luke, on November 7th, 2012"). */
const SIGNATURE_WORDS = 16;
/** Signature lines of one opening that make a series of entries. */
const MIN_ENTRIES = 3;
/** Most items between two signatures of one series. */
const MAX_ENTRY_GAP = 15;
/** Fewest prose words of the run before a series for it to end the article there. */
const MIN_ARTICLE_WORDS = 80;

/** The opening two words of a short, non-prose line that holds a date or a time (two runs of digits), lower-cased; '' otherwise. */
const entryKeyCache = blockCache<string>('entryKey');
function entryKey(block: Block): string {
  const c = entryKeyCache.get(block);
  if (c !== undefined) return c;
  const key = computeEntryKey(block);
  entryKeyCache.set(block, key);
  return key;
}
function computeEntryKey(block: Block): string {
  const t = block.text;
  if (t.length > 160 || digitGroups(t) < 2) return '';
  const f = featuresOf(block);
  if (f.words > SIGNATURE_WORDS || f.words < 2 || f.cls === 'good') return '';
  SIG_TOKEN.lastIndex = 0;
  const a = SIG_TOKEN.exec(t)?.[0];
  const b = SIG_TOKEN.exec(t)?.[0];
  if (a === undefined || b === undefined || /^\d/.test(a)) return '';
  return `${a.toLowerCase()} ${/^\d/.test(b) ? 'N' : b.toLowerCase()}`;
}

/** The word after a signature's opening two: its name ("Posted by: <Jane> at …"); '' when it is a number or missing. */
function entryName(block: Block): string {
  SIG_TOKEN.lastIndex = 0;
  SIG_TOKEN.exec(block.text);
  SIG_TOKEN.exec(block.text);
  const c = SIG_TOKEN.exec(block.text)?.[0];
  return c === undefined || /^\d/.test(c) ? '' : c.toLowerCase();
}

/**
 * Signatures of readers' comments name many people; a blog's posts, one author over and
 * over ("Posted by <Hugh> at …" on every post), and a price list or a table names none
 * ("Your price: $8.95"). Whether most of these lines name someone, and no name holds half of them.
 */
function manyNames(items: readonly Item[], list: readonly number[]): boolean {
  const counts = new Map<string, number>();
  let named = 0;
  let top = 0;
  for (const i of list) {
    const name = entryName(items[i]!.block);
    if (name === '') continue;
    named++;
    const c = (counts.get(name) ?? 0) + 1;
    counts.set(name, c);
    top = Math.max(top, c);
  }
  return named * 2 > list.length && top * 2 <= list.length;
}

/** "7:12", "10:44:30": a time of day, which a comment's signature carries and a caption or a reference seldom does. */
function hasClock(text: string): boolean {
  const digit = (k: number) => {
    const c = text.charCodeAt(k);
    return c >= 0x30 && c <= 0x39;
  };
  for (let i = text.indexOf(':', 1); i > 0 && i + 2 < text.length; i = text.indexOf(':', i + 1)) {
    if (digit(i - 1) && digit(i + 1) && digit(i + 2)) return true;
  }
  return false;
}

/**
 * Entries under an article: reader comments, a blog's other posts. Each entry carries a
 * signature line of one shape ("Posted by: <name> at <date>", "<name>, on <date>"): a
 * short line with a digit whose opening words repeat, three times or more, with a prose
 * paragraph between each two. An article states its byline and date once. The first
 * signature of each such series is where entries begin (repetition and position, the same
 * in any language). Each series as [first signature, last signature, signatures], by position.
 */
function entrySeries(items: readonly Item[]): [number, number, number][] {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.repeat) continue;
    const key = entryKey(it.block);
    if (key === '') continue;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const starts: [number, number, number][] = [];
  for (const [key, list] of byKey) {
    // "Option 2: …", "Page 3", "March 15, 2005": numbered sections and dated posts, not signatures
    if (key.endsWith(' N') || list.length < MIN_ENTRIES || !manyNames(items, list)) continue;
    // Most signatures give the time of day they were posted.
    let clocks = 0;
    for (const i of list) if (hasClock(items[i]!.block.text)) clocks++;
    if (clocks * 2 <= list.length) continue;
    let first = list[0]!;
    let last = first;
    let count = 1;
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1]!;
      const b = list[k]!;
      let prose = false;
      for (let m = a + 1; m < b && !prose; m++) prose = items[m]!.f?.cls === 'good' || items[m]!.f?.plainCls === 'good';
      if (b - a <= MAX_ENTRY_GAP && prose) {
        count++;
        last = b;
      } else {
        if (count >= MIN_ENTRIES) break;
        first = b;
        last = b;
        count = 1;
      }
    }
    if (count >= MIN_ENTRIES) starts.push([first, last, count]);
  }
  return starts.sort((x, y) => x[0] - y[0]);
}

/** The article is this many times as long as the mean entry: comments are short beside their article, a blog's posts are not. */
const ARTICLE_TO_ENTRY = 2.5;

function proseWordsIn(items: readonly Item[], from: number, to: number, plain: boolean): number {
  let words = 0;
  for (let m = from; m < to; m++) {
    const f = items[m]!.f;
    if (f && !items[m]!.repeat && (plain ? f.plainCls : f.cls) === 'good') words += f.words;
  }
  return words;
}

/** Ends the run before the first entry series that begins inside it once the article has said enough. */
function endBeforeEntries(items: readonly Item[], run: [number, number], raw: readonly number[], plain: boolean): [number, number] {
  const starts = entrySeries(items);
  for (const [b, last, count] of starts) {
    if (b <= run[0] || b > run[1]) continue;
    const words = proseWordsIn(items, run[0], b, plain);
    const entries = proseWordsIn(items, b, last, plain) / (count - 1);
    if (words < MIN_ARTICLE_WORDS || words < ARTICLE_TO_ENTRY * entries) continue;
    let end = b - 1;
    while (end > run[0] && raw[end]! <= 0) end--;
    return [run[0], end];
  }
  return run;
}

function selectOnce(items: readonly Item[], plain: boolean, anchored: Anchored): BlockSet {
  const rows = listRows(items);
  const code = items.map(() => false);
  const raw = items.map((it, i) => {
    if (!it.f) {
      // A code line a chrome rule took ("}", "});" read as a lone symbol): a listing row, not a gap.
      if (it.gap === 1 && isCodeLine(it.block.text)) {
        code[i] = true;
        return SOFT;
      }
      return -it.gap;
    }
    const sc = score(plain ? it.f.plainCls : it.f.cls, it.f);
    const isCode = sc < 0 && isCodeLine(it.block.text);
    if (isCode && !it.repeat) code[i] = true;
    const v = (rows[i] || isCode) && sc < 0 ? SOFT : sc;
    return it.repeat ? Math.min(v, -1) : v;
  });
  const chains = wrappedChains(items);
  const before = chains ? raw.slice() : raw;
  headerAnchor(items, raw, plain, anchored);
  teaserDiscount(items, raw, plain, anchored);
  const free = items.map((it) => it.f !== null);
  const intro = items.map((it) => it.f !== null && endsWithColon(it.block.text));
  let run = bestRun(withGapGrowth(raw, free, intro, code));
  // Hard-wrapped paragraphs may widen the article's run, or make one where there was none;
  // they never move it elsewhere (when unsure, keep the prose the page's shape chose).
  const wrapped = chains ? before.slice() : before;
  if (chains && wrappedParagraphs(items, chains, wrapped, plain)) {
    for (let i = 0; i < raw.length; i++) if (raw[i] !== before[i]) wrapped[i] = raw[i] === 0 ? 0 : wrapped[i]! + raw[i]! - before[i]!;
    const wide = bestRun(withGapGrowth(wrapped, free, intro, code));
    if (wide && (!run || (wide[0] <= run[1] && wide[1] >= run[0]))) run = wide;
  }
  if (run) run = endBeforeEntries(items, run, raw, plain);
  const kept: number[] = [];
  const n = items.length > 0 ? items[items.length - 1]!.block.index + 1 : 0;
  if (run) {
    for (let i = run[0]; i <= run[1]; i++) {
      const it = items[i]!;
      if (it.f && !it.repeat) kept.push(it.block.index);
    }
  }
  return new BlockSet(kept, n);
}

interface Item {
  block: Block;
  f: BlockFeatures | null;
  gap: number;
  /** the field a metadata rule took the line for (null on every other item: one object shape keeps the loops fast) */
  field: string | null;
  /**
   * A line the site repeats (rule site-repeat): it keeps its place and its cost in the
   * page, as the chrome it is, but never adds to a run and is never kept. So taking
   * the site's boilerplate out never joins the article to the prose beyond it.
   */
  repeat: boolean;
}

/**
 * Pages in a language the function-word lists do not cover (or in a script
 * without them) have almost no function words: when blocks that are good by
 * function words hold less than a quarter of the words of blocks that are
 * good by length and sentence shape, classes come from length and shape only.
 */
function plainMode(items: readonly Item[]): boolean {
  let byFw = 0;
  let byShape = 0;
  for (const it of items) {
    if (!it.f || it.repeat) continue;
    if (it.f.cls === 'good') byFw += it.f.words;
    if (it.f.plainCls === 'good') byShape += it.f.words;
  }
  return byFw < 0.25 * byShape;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
/** Rounds of re-selection on the selection itself; it shrinks every round, so this is a safety cap. */
const MAX_ITERATIONS = 50;

export interface TextSelectOptions {
  /**
   * The pipeline's final selection (not a cut guard's probe): a page whose prose is scattered
   * over many similar runs keeps them together (scatteredPosts).
   */
  scattered?: boolean;
}

export function selectTextBody(doc: Doc, _language: string | null = null, options: TextSelectOptions = {}): BodySelection {
  const items: Item[] = [];
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const b = doc.blocks[bi]!;
    const label = doc.labels[b.index];
    if (label && label.rule === 'site-repeat') {
      items.push({ block: b, f: featuresOf(b), gap: 0, field: null, repeat: true });
      continue;
    }
    if (label) {
      // Lines a rule took: metadata lines sit inside articles, chrome lines less so.
      items.push({ block: b, f: null, gap: label.field ? 0.25 : 1, field: label.field ?? null, repeat: false });
      continue;
    }
    items.push({ block: b, f: featuresOf(b), gap: 0, field: null, repeat: false });
  }
  let plain = plainMode(items);
  const hasRepeat = items.some((it) => it.repeat);

  const anchored: Anchored = { block: -1, also: -1 };
  let kept = selectOnce(items, plain, anchored);
  // Repeat on the selection alone (as cleaning the body again would, mode included) until stable.
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let first = Infinity;
    let last = -1;
    if (hasRepeat) for (const i of kept) { first = Math.min(first, i); last = Math.max(last, i); }
    const sub = items.filter((it) => it.f && (kept.has(it.block.index) || (it.repeat && it.block.index > first && it.block.index < last)));
    const subPlain = plainMode(sub);
    const again = selectOnce(sub, subPlain, anchored);
    if (again.size === kept.size && subPlain === plain) break;
    kept = again;
    plain = subPlain;
  }

  // A short post between its navigation line and its footer line (post-frame.ts).
  // Whether the selection stands under a header of its own: asked at most once, and only if needed.
  let isHeaded: boolean | undefined;
  const loose = () => !(isHeaded ??= headed(items, kept, anchored));
  const framed = postFrame(doc, kept, loose);
  if (framed) kept = new BlockSet(framed, doc.blocks.length);
  else if (options.scattered && loose()) kept = scatteredPosts(items, kept, plain);
  const body: number[] = [];
  const reasons = new Map<number, string>();
  for (const it of items) {
    if (!it.f) continue;
    const i = it.block.index;
    if (kept.has(i)) {
      body.push(i);
      continue;
    }
    const cls = plain ? it.f.plainCls : it.f.cls;
    const reason: SelectionReason = cls === 'short' || it.f.words < 5 ? 'short-fragment' : cls === 'bad' ? 'not-prose' : 'outside-article';
    reasons.set(i, reason);
  }
  return { body, reasons };
}

/** Share of the page's prose words under which the chosen run is not the page's one article. */
const SCATTERED_SHARE = 0.3;
/** Prose paragraphs outside the run, at least, for the page to be many posts rather than one article and a stray paragraph. */
const SCATTERED_OUT = 4;
/** Free lines at most between the header's paragraph and the run's first line for the run to stand under the header. */
const HEADED_GAP = 8;

/**
 * The run stands under a header: it holds a paragraph the page's header heads, or a title or
 * byline line stands at most HEADED_GAP lines above its first line.
 */
function headed(items: readonly Item[], kept: BlockSet, anchored: Anchored): boolean {
  if (anchored.block >= 0 && (kept.has(anchored.block) || (anchored.also >= 0 && kept.has(anchored.also)))) return true;
  let start = 0;
  while (start < items.length && !kept.has(items[start]!.block.index)) start++;
  for (let i = start - 1; i >= 0 && i >= start - HEADED_GAP; i--) if (isHead(items[i]!)) return true;
  return false;
}

/**
 * A page with no dominant prose run: a forum thread, a board of posts, a listing of entries
 * (courses, events, products) each with its own few sentences. The best run then holds less
 * than SCATTERED_SHARE of the page's prose words while SCATTERED_OUT or more prose paragraphs
 * lie outside it; picking one post loses the page. When the run stands under no header of
 * its own and no series of comment signatures follows it (an article with its comments,
 * which endBeforeEntries ended), the body is everything free from the first prose paragraph
 * to the last: the posts together ("when unsure, keep the prose"). Shares and positions
 * only, any language.
 */
function scatteredPosts(items: readonly Item[], kept: BlockSet, plain: boolean): BlockSet {
  let all = 0;
  let inRun = 0;
  let out = 0;
  let first = -1;
  let last = -1;
  let lastKept = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (kept.has(it.block.index)) lastKept = i;
    if (!it.f || it.repeat || (plain ? it.f.plainCls : it.f.cls) !== 'good') continue;
    all += it.f.words;
    if (kept.has(it.block.index)) inRun += it.f.words;
    else out++;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0 || inRun >= SCATTERED_SHARE * all || out < SCATTERED_OUT) return kept;
  for (const [b] of entrySeries(items)) if (b > lastKept) return kept;
  const body: number[] = [];
  for (let i = first; i <= last; i++) {
    const it = items[i]!;
    if (it.f && !it.repeat) body.push(it.block.index);
  }
  return new BlockSet(body, items[items.length - 1]!.block.index + 1);
}

/** Chooses the body blocks: HTML documents add markup evidence to the text selection. */
