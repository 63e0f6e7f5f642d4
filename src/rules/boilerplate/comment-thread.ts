import type { Rule, Hit, Doc } from '../../core/types.js';
import { endsLikeSentence } from '../../core/text.js';
import { featuresOf } from '../../core/features.js';
import { MIN_PROSE_BEFORE } from './end-marker.js';
import { lastWord, countWords } from './vocab/match.js';

/**
 * Reader comments under an article. A comment opens with an author line:
 * "<name> says:" / "<name> on <date> said:", or a short name line directly above
 * a date or time line ("Rosa K" / "3 days ago at 09:12 pm"). Two or more of
 * them after the article prose make a thread: from the first (and the short
 * heading lines right above it, such as "Top Rated Comments") to the end is not article.
 */
/** "<name> says:" — with its colon, or with a date ("<name> on May 3, 2019 at 4:12 pm said"). */
const AUTHOR_LINE = /^\S.{0,80}?\s(?:says|said|wrote|writes|commented|replied|dice|dijo|escribió|comentó|sagt|schreibt|meint|a écrit|écrit|dit|пишет|написал|написала|ответил|ответила)\s*:?\s*$/iu;
/** A date or time line under a commenter's name. */
const TIME_LINE = /\b\d{1,2}:\d{2}\b|\b(?:ago|yesterday|today)\b|назад|вчера|сегодня|\bhace\b|\bvor\b|il y a|\b(?:19|20)\d{2}\b/iu;
/** "says:" author lines needed to call it a thread; name-above-date headers need one more. */
const MIN_AUTHORS = 2;
/**
 * Every time line has a digit or one of these words (cheap pre-test); the words with
 * non-ASCII letters are tested only on lines that have such a letter (V8 scans an
 * ASCII-only alternation much faster, and under /i an ASCII letter matches only ASCII letters).
 */
const DIGIT_OR_WORD = /\d|ago|yesterday|today|hace|vor|il y a/i;
const DIGIT_OR_WORD_WIDE = /назад|вчера|сегодня/i;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
/** Largest gap (in blocks) between two comments of one thread. */
const MAX_GAP = 12;
const MAX_NAME_WORDS = 6;
/** Heading lines above the first comment that go with it ("Top Rated Comments", "(View all)"). */
const MAX_HEAD_LINES = 6;
const MAX_HEAD_WORDS = 8;

const AUTHOR_VERBS = new Set('says said wrote writes commented replied dice dijo escribió comentó sagt schreibt meint écrit dit пишет написал написала ответил ответила'.split(' '));

/** Last letters of the verbs, in either case: lastWord is built only when the line ends with one. */
const VERB_ENDS: ReadonlySet<number> = new Set(
  [...AUTHOR_VERBS].flatMap((v) => [v.charCodeAt(v.length - 1), v.toUpperCase().charCodeAt(v.length - 1)]),
);
function mayEndWithVerb(text: string): boolean {
  let e = text.length;
  while (e > 0) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 58 || c === 0xff1a) e--; // as lastWord skips them
    else break;
  }
  return e > 0 && VERB_ENDS.has(text.charCodeAt(e - 1));
}

export function isCommentAuthorLine(text: string): boolean {
  if (text.length > 120 || text.length < 6) return false;
  return mayEndWithVerb(text) && AUTHOR_VERBS.has(lastWord(text)) && AUTHOR_LINE.test(text) && (/[:：]\s*$/u.test(text) || /\d/.test(text));
}

function isDateLine(doc: Doc, j: number): boolean {
  const b = doc.blocks[j];
  if (!b) return false;
  if (b.text.length > 60) return false;
  const label = doc.labels[j];
  if (label && (label.field === 'published' || label.field === 'updated' || label.rule === 'date-line')) return true;
  return (DIGIT_OR_WORD.test(b.text) || (NON_ASCII.test(b.text) && DIGIT_OR_WORD_WIDE.test(b.text))) && countWords(b.text) <= 10 && TIME_LINE.test(b.text);
}

function isAuthorHeader(doc: Doc, i: number): boolean {
  const b = doc.blocks[i]!;
  // A row of links ("Permalink | Comments (3)") above the next post's date is a blog index's furniture, not a name.
  if (b.text.length > 50 || b.text.includes('|') || !isDateLine(doc, i + 1)) return false;
  const n = countWords(b.text);
  return n >= 1 && n <= MAX_NAME_WORDS && !endsLikeSentence(b.text) && !TIME_LINE.test(b.text);
}

/** Most prose words of a first entry read as a comment rather than as the article under its header. */
const FIRST_ENTRY_WORDS = 60;

/** Words of the free prose blocks in [from, to). */
function proseWords(doc: Doc, from: number, to: number): number {
  let w = 0;
  for (let j = from; j < to; j++) {
    if (doc.labels[j]) continue;
    const f = featuresOf(doc.blocks[j]!);
    if (f.cls === 'good') w += f.words;
  }
  return w;
}

/**
 * Whether most of the `count` entries from header k hold a sentence of their own: a
 * comment says something ("Nice.", "I think so too."), while a box of related stories
 * ("Recommended": headline, author, date, three times over) has headers only. Such a
 * box in the middle of an article is no thread, and cutting at it took the article's
 * second half.
 */
function entriesSay(doc: Doc, authors: readonly number[], k: number, count: number): boolean {
  let saying = 0;
  for (let m = k; m < k + count; m++) {
    const end = m + 1 < authors.length ? authors[m + 1]! : Math.min(doc.blocks.length, authors[m]! + MAX_GAP);
    for (let j = authors[m]! + 1; j < end; j++) {
      const text = doc.blocks[j]!.text;
      const good = featuresOf(doc.blocks[j]!).cls === 'good';
      // A short line right above a date line heads the next entry ("Will the policy work?" /
      // "December 26, 2001" in a list of earlier stories): it is not what this entry says.
      if ((good || endsLikeSentence(text)) && !isDateLine(doc, j) && (good || !isDateLine(doc, j + 1))) {
        saying++;
        break;
      }
    }
  }
  return saying * 2 >= count;
}

export const commentThread: Rule = {
  id: 'comment-thread',
  description: 'Reader comments: from repeated author lines ("<name> says:", a name above a date line, not a row of post links such as "Permalink, Comments (3)") after the article prose to the end; a thread that opens the page (a forum topic, reviews) is the page and stays.',
  cuts: true,
  run(doc) {
    const n = doc.blocks.length;
    const from = doc.refusedCut === undefined ? 0 : doc.refusedCut + 1;
    const authors: number[] = [];
    const says: boolean[] = [];
    for (let i = from; i < n; i++) {
      if (doc.labels[i]) continue;
      if (isCommentAuthorLine(doc.blocks[i]!.text)) {
        authors.push(i);
        says.push(true);
      } else if (isAuthorHeader(doc, i)) {
        authors.push(i);
        says.push(false);
      }
    }
    if (authors.length < MIN_AUTHORS) return [];
    // chain[k]: how many headers follow k each within MAX_GAP of the one before (k included); allSays alike.
    const chain = new Array<number>(authors.length).fill(1);
    const chainSays = says.slice();
    for (let k = authors.length - 2; k >= 0; k--) {
      if (authors[k + 1]! - authors[k]! <= MAX_GAP) {
        chain[k] = chain[k + 1]! + 1;
        chainSays[k] = says[k]! && chainSays[k + 1]!;
      }
    }
    // Words of prose before block i: only whether it has reached MIN_PROSE_BEFORE matters,
    // so blocks are classified only until it has.
    // A thread whose first header comes before any article prose is the page itself (a
    // forum topic, a page of reviews): its later headers do not start a cut either.
    let before = 0;
    let k = 0;
    let threadFirst = false;
    for (let i = 0; i < n && k < authors.length; i++) {
      if (i === authors[k]) {
        if (k === 0 || authors[k]! - authors[k - 1]! > MAX_GAP) {
          // The first header may be the article's own (a title above its date line): the
          // thread is the page only when the first entry is as short as a comment.
          threadFirst = before < MIN_PROSE_BEFORE && k + 1 < authors.length && authors[k + 1]! - i <= MAX_GAP && proseWords(doc, i + 1, authors[k + 1]!) < FIRST_ENTRY_WORDS;
        }
        const need = chainSays[k] ? MIN_AUTHORS : MIN_AUTHORS + 1;
        if (before >= MIN_PROSE_BEFORE && !threadFirst && chain[k]! >= need && entriesSay(doc, authors, k, need)) {
          let start = i;
          for (let j = i - 1, seen = 0; j >= 0 && seen < MAX_HEAD_LINES; j--) {
            if (doc.labels[j]) continue;
            const b = doc.blocks[j]!;
            if (featuresOf(b).cls === 'good' || countWords(b.text) > MAX_HEAD_WORDS || endsLikeSentence(b.text)) break;
            start = j;
            seen++;
          }
          const hits: Hit[] = [];
          for (let j = start; j < n; j++) if (!doc.labels[j]) hits.push({ block: j });
          doc.cutAnchor = i;
          return hits;
        }
        k++;
      }
      if (before < MIN_PROSE_BEFORE && !doc.labels[i]) {
        const f = featuresOf(doc.blocks[i]!);
        if (f.cls === 'good') before += f.words;
      }
    }
    return [];
  },
};
