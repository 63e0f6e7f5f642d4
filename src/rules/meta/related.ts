import type { Block, Doc, Hit, Rule } from '../../core/types.js';
import { articleSpan, capitalShare, headingKey, headlineWords } from './shape.js';
import { wordCount } from '../../core/text.js';
import { lineRule } from '../../core/rule-kit.js';
import { parseDate } from '../../parse/date.js';
import { asciiTest } from '../../parse/ci.js';

/** Headings that open a list of other stories, en / ru / es / de / fr. */
const HEADINGS = [
  // en
  'related', 'related articles', 'related stories', 'related posts', 'related news', 'related content', 'related coverage', 'related links',
  'related reading', 'more from', 'more on this story', 'more on this', 'more stories', 'more news', 'more articles', 'read also', 'also read',
  'read more', 'see also', 'you may also like', 'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
  'recommended stories', 'most popular', 'most read', 'most viewed', 'most shared', 'trending', 'trending now', 'popular', 'popular stories',
  'top stories', 'latest', 'latest news', 'latest stories', 'story timeline', 'in other news', 'further reading', 'what to read next',
  'similar articles', 'similar posts', 'similar stories', 'editor\'s picks', 'editors\' picks', 'don\'t miss', 'also on', 'more in', 'most popular articles', 'most popular videos', 'up next',
  // ru
  'читайте также', 'читайте еще', 'читайте ещё', 'по теме', 'ещё по теме', 'еще по теме', 'материалы по теме', 'похожие новости',
  'другие новости', 'похожие публикации', 'похожие статьи', 'похожие материалы', 'популярное', 'самое читаемое', 'смотрите также', 'рекомендуем', 'главное', 'сюжет', 'хроника событий', 'последние новости',
  // es
  'lea también', 'lee también', 'leer también', 'relacionados', 'relacionadas', 'noticias relacionadas', 'artículos relacionados', 'más noticias',
  'entradas relacionadas', 'artículos similares', 'noticias similares', 'publicaciones relacionadas', 'posts relacionados', 'otras noticias', 'últimas noticias',
  'te puede interesar', 'también te puede interesar', 'lo más leído', 'más leídas', 'más leído', 'ver también', 'te recomendamos', 'más de',
  // de
  'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel', 'verwandte artikel', 'meistgelesen',
  'meistgelesene artikel', 'ähnliche artikel', 'ähnliche beiträge', 'lesen sie auch', 'mehr aus', 'mehr zum thema', 'weitere meldungen', 'empfehlungen', 'top-themen',
  // fr
  'à lire aussi', 'a lire aussi', 'lire aussi', 'sur le même sujet', 'articles liés', 'voir aussi', 'les plus lus', 'à voir aussi',
  'dans la même rubrique', 'articles similaires', 'articles recommandés', 'plus d\'articles', 'à lire également', 'les articles les plus lus', 'nos recommandations',
];
const HEADING_SET = new Set(HEADINGS);
/** Headings that open with a fixed phrase and name a section or site after it ("More from Politics"). */
const HEADING_PREFIX = /^(?:more from|more in|more on|more about|more stories from|also on|mehr aus|mehr zu|más de|plus de|ещё из|еще из|другие материалы)\b/u;
/** "More explainers", "More football news", "Other stories": "more" + one to three words. */
const MORE_HEADING = /^(?:more|other|latest|related|further)(?: [\p{L}&'’-]+){1,3}$/u;
/** Links that end a list: chrome, contact lines (phone, postcode), not headlines. */
const isItemChrome = asciiTest(
  /\b(?:follow|log in|login|sign in|sign up|subscribe|terms of|privacy|cookies?|newsletter|comments?|advertis\w*|contact us|scroll|back to top|tel|phone|fax|e-?mail|\d+ of \d+)\b|\b[A-Z]{1,2}-\d{4,5}\b|\+\d|\d{3,}-\d{3,}/i,
  /\b(?:follow|log in|login|sign in|sign up|subscribe|terms of|privacy|cookies?|newsletter|comments?|advertis\w*|contact us|scroll|back to top|tel|phone|fax|e-?mail|\d+ of \d+)\b|\b[A-Z]{1,2}-\d{4,5}\b|\+\d|\d{3,}-\d{3,}/iu,
);
/** Words glued by a missing separator ("useCommunity"): menu text run together. */
const GLUED = /(?<!\p{L})\p{Ll}{3,}\p{Lu}\p{Ll}/u;
/** Cheap pre-test for GLUED (its lookbehind makes it slow on every line). */
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;

/** First words of every heading form: a cheap gate before the full normalisation. */
const FIRST_WORDS = new Set<string>(['more', 'other', 'latest', 'related', 'further', 'also', 'mehr', 'más', 'plus', 'ещё', 'еще', 'другие']);
for (const h of HEADINGS) FIRST_WORDS.add(h.split(' ')[0]!);
const FIRST = /^[^\p{L}]{0,3}(\p{L}[\p{L}'’-]*)/u;
/**
 * The first two letters of FIRST_WORDS, for ASCII: pair[a * 128 + b] is set when some word opens with
 * letters a, b, and single[a] when some word is the letter a alone. The lower case of an ASCII letter
 * is c | 32, and no other character lowers to an ASCII letter but the Kelvin sign and dotted I, which
 * are not ASCII, so a text that opens with two ASCII characters outside these tables cannot have a
 * first word in FIRST_WORDS.
 */
const PAIR = new Uint8Array(128 * 128);
const SINGLE = new Uint8Array(128);
const FIRST_ASCII = new Uint8Array(128);
for (const w of FIRST_WORDS) {
  const a = w.charCodeAt(0);
  if (a >= 128) continue;
  FIRST_ASCII[a] = 1;
  if (w.length === 1) SINGLE[a] = 1;
  else if (w.charCodeAt(1) < 128) PAIR[a * 128 + w.charCodeAt(1)] = 1;
}
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * True when the word w, cut before its first lower-to-upper step ("RelatedStories" -> "Related")
 * and lower-cased, is surely not in FIRST_WORDS, read from its first two characters.
 */
function gluedMiss(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 >= 128) return false;
  const a = c0 | 32;
  if (FIRST_ASCII[a] === 0) return true;
  const c1 = w.charCodeAt(1);
  // one letter left: the word is one letter long, or the cut comes right after it ("aB...")
  if (w.length === 1 || (c0 >= 97 && c0 <= 122 && c1 >= 65 && c1 <= 90)) return SINGLE[a] === 0;
  if (c1 >= 128) return false;
  return PAIR[a * 128 + (isAsciiLetter(c1) ? c1 | 32 : c1)] === 0;
}

/**
 * FIRST's verdict read by hand when the text opens with ASCII: 0 when FIRST finds no word (no
 * letter among the first four characters) or the word it finds is surely not in FIRST_WORDS
 * (gluedMiss); 1 when the regex must decide.
 */
function asciiFirstWord(text: string): number {
  const n = Math.min(text.length, 4);
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    if (c >= 128) return 1;
    if (!isAsciiLetter(c)) continue;
    const d = text.charCodeAt(p + 1);
    if (Number.isNaN(d) || d >= 128) return 1;
    // the word's second character, if the word has one (letters, apostrophe, hyphen)
    const two = isAsciiLetter(d) || d === 39 || d === 45;
    return gluedMiss(two ? text.slice(p, p + 2) : text[p]!) ? 0 : 1;
  }
  // no letter among the first four characters: FIRST needs one after at most three others
  return 0;
}

/** True when the first word (text up to e) is surely not in FIRST_WORDS, read from its first two characters. */
function asciiMiss(text: string, e: number): boolean {
  if (e === 0) return false;
  const c0 = text.charCodeAt(0);
  if (c0 >= 128) return false;
  if (!isAsciiLetter(c0)) return true;
  const a = c0 | 32;
  if (FIRST_ASCII[a] === 0) return true;
  if (e === 1) return SINGLE[a] === 0;
  const c1 = text.charCodeAt(1);
  if (c1 >= 128) return false;
  // a non-letter second character ends no word here but the one-letter ones (e > 1 means it is no space or colon)
  return PAIR[a * 128 + (isAsciiLetter(c1) ? c1 | 32 : c1)] === 0;
}

export function isRelatedHeading(text: string): boolean {
  if (text.length > 60) return false;
  // cheap gate: the first word, up to a space or colon, must open some heading
  let e = 0;
  while (e < text.length && e < 24 && text.charCodeAt(e) !== 32 && text.charCodeAt(e) !== 58) e++;
  if (asciiMiss(text, e) || !FIRST_WORDS.has(text.slice(0, e).toLowerCase())) {
    // the slow path only for a first word that opens with a mark ("» Related") or may be glued ("RelatedStories")
    const c = text.charCodeAt(0);
    const letter = ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c < 0x250) || (c >= 0x400 && c < 0x530);
    if (letter && e <= 10) return false;
    const q = asciiFirstWord(text);
    if (q === 0) return false;
    const f = FIRST.exec(text);
    if (!f || gluedMiss(f[1]!) || !FIRST_WORDS.has(f[1]!.replace(/(\p{Ll})\p{Lu}.*$/u, '$1').toLowerCase())) return false;
  }
  const k = headingKey(text);
  return HEADING_SET.has(k) || (HEADING_PREFIX.test(k) && wordCount(k) <= 6) || MORE_HEADING.test(k);
}

/**
 * A related headline: 3..20 words, no sentence end, no URL. The list scans try the
 * same lines several times (minimum 3 after a heading, 4 without), so a run keeps
 * each block's headline word count and the result of the other tests.
 */
interface ItemMemo {
  /** headlineWords(text, 20), -2 until computed. */
  words: Int32Array;
  /** The other item tests: 0 unknown, 1 pass, 2 fail. */
  rest: Uint8Array;
}

function itemMemo(n: number): ItemMemo {
  return { words: new Int32Array(n).fill(-2), rest: new Uint8Array(n) };
}

function itemRest(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // no full stop or exclamation mark at the end (/[.!]$/)
  return last !== 46 && last !== 33 && !(LOWER_UPPER.test(text) && GLUED.test(text)) && !isRelatedHeading(text) && !isItemChrome(text) && !startsWithDate(text);
}

/** headlineShaped(text, minWords, 20) and the item tests. */
function isItem(memo: ItemMemo, b: Block, minWords: number): boolean {
  if (b.text.length < 2 * minWords - 1) return false;
  let n = memo.words[b.index]!;
  if (n === -2) memo.words[b.index] = n = headlineWords(b.text, 20);
  if (n < minWords) return false;
  let r = memo.rest[b.index]!;
  if (r === 0) memo.rest[b.index] = r = itemRest(b.text) ? 1 : 2;
  return r === 1;
}

/** Word count of a block isItem() accepted. */
function itemWords(memo: ItemMemo, b: Block): number {
  return memo.words[b.index]!;
}

/**
 * A list whose lines repeat the same words ("England (Group A): 10th appearance",
 * "Spain (Group F): 11th appearance") is a table in the article, not headlines:
 * two or more words of 4+ letters each in at least three quarters of the lines.
 */
function templated(texts: string[]): boolean {
  const df = new Map<string, number>();
  for (const t of texts) for (const w of new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  let common = 0;
  for (const c of df.values()) if (c >= 0.75 * texts.length) common++;
  return common >= 2;
}

/** "June 9 -- Coral Sky Amphitheatre, ...": a schedule or listing line, not a headline. */
function startsWithDate(text: string): boolean {
  const head = /^\S+\s+\S+/u.exec(text)?.[0] ?? text;
  const d = parseDate(head, { maxOther: 0 });
  return d !== null && d.otherWords.length === 0 && d.used >= 2;
}

function takeRun(doc: Doc, memo: ItemMemo, from: number, minWords: number, hits: Hit[]): number {
  const { blocks, labels } = doc;
  let j = from;
  let n = 0;
  for (; j < blocks.length && n < 30; j++) {
    const l = labels[j];
    if (l) {
      // a date or counter under each headline does not break the list
      if (l.field === 'published' || l.field === 'counters' || l.field === 'authors') continue;
      break;
    }
    if (!isItem(memo, blocks[j]!, minWords)) break;
    hits.push({ block: j, field: 'related' });
    n++;
  }
  return n;
}

/**
 * Related-headline and "Story Timeline" lists feed `related`:
 *  - after a heading ("Related", "More from ...", "Read also", "Читайте также",
 *    "Lea también", "Mehr zum Thema", "À lire aussi") or after a story-series label
 *    that follows the article, the run of headline-shaped lines that comes next;
 *  - after the article, a run of three or more consecutive (no blank line between)
 *    title-case headline-shaped lines of four or more words without end punctuation;
 *    a headline-shaped tail that body selection kept at the end of the body joins
 *    the run. Lines that open with a date ("June 9 -- Arena, City") are listings,
 *    and lines that all repeat the same words are a table.
 * Heading-led lists above the article are left alone: after "Up next" may come the
 * article's own headline.
 */
export const relatedList: Rule = {
  id: 'related-list',
  description: 'Runs of short headline-shaped lines after a "Related" heading or after the article feed related.',
  run(doc) {
    const hits: Hit[] = [];
    const { blocks, labels } = doc;
    const span = articleSpan(doc);
    const taken = new Set<number>();
    const memo = itemMemo(blocks.length);
    // 1. heading-led lists, anywhere
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      // above the article, what follows a heading like "Up next" may be the article's own headline
      if (span && i < span[0]) continue;
      const seriesAfter = span && i > span[1] && labels[i]?.rule === 'series-label';
      // a line another rule took for a field is no heading here (tested before the heading, which is dearer)
      if (labels[i] && !seriesAfter && labels[i]!.field) continue;
      if (!seriesAfter && !isRelatedHeading(b.text)) continue;
      const run: Hit[] = [];
      const n = takeRun(doc, memo, i + 1, 3, run);
      if (n === 0) continue;
      let words = 0;
      for (const h of run) words += itemWords(memo, blocks[h.block]!);
      if (words / n < 4) continue;
      if (!labels[i]) hits.push({ block: i });
      for (const h of run) {
        hits.push(h);
        taken.add(h.block);
      }
      i = run[run.length - 1]!.block;
    }
    if (!span) return hits;
    // 2. headline runs after the article
    let i = span[1] + 1;
    // a headline-shaped tail of the body joins the run after it
    let tail = span[1];
    while (tail > span[0] && doc.body?.has(tail) && !labels[tail] && isItem(memo, blocks[tail]!, 4) && itemWords(memo, blocks[tail]!) <= 16) tail--;
    if (tail < span[1]) i = tail + 1;
    while (i < blocks.length) {
      if (labels[i] || taken.has(i) || !isItem(memo, blocks[i]!, 4)) {
        i++;
        continue;
      }
      const run: Hit[] = [];
      const n = takeRun(doc, memo, i, 4, run);
      const items = run.filter((h) => !taken.has(h.block));
      let words = 0, apart = 0;
      for (const [k, h] of items.entries()) {
        const b = blocks[h.block]!;
        words += itemWords(memo, b);
        if (k > 0 && b.blankBefore > 0) apart++;
      }
      // without a heading: consecutive lines (a list, not paragraphs or captions), mostly title case
      // (the capital share, dearer, only for a run that passes the rest)
      if (n >= 3 && items.length === n && words / n >= 5 && apart === 0) {
        let caps = 0;
        for (const h of items) caps += capitalShare(blocks[h.block]!.text);
        if (caps / n >= 0.6 && !templated(items.map((h) => blocks[h.block]!.text))) hits.push(...items);
      }
      i = run.length ? run[run.length - 1]!.block + 1 : i + 1;
    }
    return hits;
  },
};

/** "Read also: headline", "Lire aussi : ...", "Читайте также: ..." on one line. */
const INLINE = /^(?:read also|also read|read more|see also|related|more|lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|lea también|lee también|ver también|te puede interesar|читайте также|смотрите также|по теме|lesen sie auch|mehr zum thema|auch interessant)\s*[:：–—-]\s*/iu;

export function inlineRelated(text: string): string | null {
  if (text.length > 250) return null;
  const m = INLINE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  const n = wordCount(rest);
  if (n < 3 || n > 25 || /https?:\/\/|www\./u.test(rest) || !/^["'‘“«„]?[\p{Lu}\p{N}]/u.test(rest)) return null;
  return rest;
}

/** A one-line "Read also: headline" teaser inside or after the article feeds `related` (the headline only). */
export const relatedInline: Rule = lineRule(
  'related-inline',
  'A one-line teaser "Read also: headline" ("Lire aussi : ...", "Читайте также: ...") feeds related.',
  (b) => Boolean(inlineRelated(b.text)),
  'related',
);
