import type { Rule, Hit, Doc, Block } from '../../core/types.js';
import { featuresOf } from '../../core/features.js';
import { unglue, ub, Twin } from './vocab/match.js';
import { factsOf, releaseFacts } from './vocab/facts.js';

/**
 * Comment sections and community footers open with a marker line; nothing after
 * it is article. A marker counts only when article prose comes before it
 * (so a "Comments" link in a top menu does not end the article), when it is not
 * one item of a menu or of a row of share buttons, and when no prose paragraph
 * follows it directly (a "Comments" link under the headline is followed by the
 * article). Markers that carry a count ("34 responses to …", "12 Comments") need
 * only the prose before them. The tests use the marker's own text and its
 * neighbours, never how much text follows, so cleaning the body again gives the
 * same answer.
 */
const MARKERS = [
  // en
  'comments', 'comment', 'discussion', 'community standards', 'community guidelines', 'leave a comment', 'leave a reply',
  'add a comment', 'post a comment', 'join the discussion', 'join the conversation', 'show comments', 'view comments',
  'reader comments', 'readers comments', "readers' comments", 'conversation', 'responses', 'write a comment',
  'comments are closed', 'what do you think', 'have your say', 'most popular comments', 'discussion closed',
  'add a review', 'write a review', 'leave a review', 'customer reviews', 'verify your comment', 'previewing your comment',
  // ru
  'добавить отзыв', 'оставить отзыв', 'написать отзыв', 'комментарии', 'комментарии читателей', 'обсуждение', 'правила сообщества', 'добавить комментарий', 'оставить комментарий',
  'оставьте комментарий', 'написать комментарий', 'обсудить',
  // es
  'comentarios', 'comentar', 'deja un comentario', 'deja tu comentario', 'normas de la comunidad', 'escribe un comentario',
  'participa en la conversación',
  // de
  'kommentare', 'diskussion', 'kommentar schreiben', 'kommentar verfassen', 'community-richtlinien', 'leserkommentare',
  'jetzt kommentieren', 'diskutieren sie mit',
  // fr
  'commentaires', 'laisser un commentaire', 'réagir', 'réagissez', 'règles de la communauté', 'ajouter un commentaire',
  'écrire un commentaire', 'vos commentaires', 'vos réactions',
  // it / pt / nl / pl / cs / hu / sv / tr
  'commenti', 'lascia un commento', 'scrivi un commento', 'comentários', 'deixe um comentário', 'deixe seu comentário',
  'reacties', 'plaats een reactie', 'laat een reactie achter', 'komentarze', 'dodaj komentarz', 'skomentuj',
  'komentáře', 'diskuse', 'diskuze', 'přidat komentář', 'hozzászólások', 'kommentek', 'szólj hozzá',
  'kommentarer', 'lämna en kommentar', 'yorumlar', 'yorum yap', 'yorum yaz',
];
const markerSet = new Set(MARKERS);
/**
 * Markers with a count: a comment section follows for sure. The count may sit in brackets
 * and carry a tail that is not a sentence ("{ 12 comments… read them below or add one }",
 * "33 Comments Add A Comment", "4 comments:", "8 comments | 2 recs"); a line that goes on
 * to end like a sentence ("3 comments were received.") is prose, not a marker.
 */
const COUNTED = new Twin(ub(/^(?:[{\[(]\s*)?(?:\d+\s+(?:comments?|responses?|replies|thoughts|reactions?|commentaires?|comentarios?|kommentare?|комментари\p{L}*)(?![\p{L}\p{N}_])(?:\s+(?:on|to|sur|a|zu|en|к)\b.*|[\s…:|»·\-–—(\[](?:.*[^.!?])?)?|(?:one|no)\s+(?:comments?|responses?|thoughts?|replies)\s+(?:on|to)\b.*|(?:comments?|kommentare|commentaires|comentarios|комментарии)\s*\(\s*\d+\s*\))$/iu));

export { unglue };

/** Longest marker line, in characters (counted markers name the article: allow a headline). */
const MAX_MARKER_CHARS = 160;
/** Longest plain marker ("Join the discussion", "Community standardsDiscussion"). */
const MAX_PLAIN_MARKER_CHARS = 48;
/** Counted markers open with a number, "one"/"no", or the word for comments. */
const COUNTED_START = /^[\s\[({]*(?:\d|one\b|no\b|comm|koment|комм)/i;

/** A short heading about comments: "Top Rated Comments", "Show all comments", "Kommentare lesen". */
const COMMENT_WORD = /^(?:comments|kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|komentáře|hozzászólások|kommentarer|yorumlar|комментарии|комментариев)$/u;
const MAX_HEADING_WORDS = 5;
/** The word for comments in the marker languages, anywhere in a line ("the comment feed for this post"). */
const COMMENT_STEM = /comment|kommentar|comentar|comentár|reactie|komentarz|komentář|hozzászól|yorum|комментар/iu;
/**
 * Words that name comments only when they open a heading or nearly make it up ("Responses
 * to …", "Reader reactions"): later in a longer one they are the article's ("Architectural
 * Responses to Humanitarian Crises", "For nonhemolytic reactions:").
 */
const REPLY_WORD = /^(?:reactions|responses)$/u;
const MAX_REPLY_HEADING_WORDS = 2;

function markerText(text: string): string {
  return unglue(text).toLowerCase().replace(/\(\d+\)|\d+/g, '').replace(/[\s:.!?\[\]()»›→↓]+$|^[\s\[(]+/gu, '').trim();
}

/** A short heading that names the comments: "Top Rated Comments", "Show all comments". */
function isCommentHeading(text: string): boolean {
  const words = markerText(text).split(/\s+/);
  if (words.length > MAX_HEADING_WORDS) return false;
  return words.some((w) => COMMENT_WORD.test(w)) || REPLY_WORD.test(words[0]!) || (words.length <= MAX_REPLY_HEADING_WORDS && words.some((w) => REPLY_WORD.test(w)));
}

/** Every marker holds one of these stems (cheap pre-test). */
const MARKER_HINT = /review|comment|discus|respons|reac|conversa|repl|say|think|standard|guideline|thought|comentar|comunidad|kommentar|diskus|richtlin|commun|avis|koment|diskuz|hozz|kommentek|yorum/i;
/**
 * The stems with non-ASCII letters, tested only on lines that have such a letter
 * (under /i an ASCII letter matches only ASCII letters): V8 runs the ASCII-only
 * alternation several times faster than the mixed one.
 */
const MARKER_HINT_WIDE = /отзыв|комментар|обсу|сообществ|réag|comentá/i;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
function markerHint(text: string): boolean {
  return MARKER_HINT.test(text) || (NON_ASCII.test(text) && MARKER_HINT_WIDE.test(text));
}

/** The end of a press release or wire copy: "###", "-30-", "- ENDS -". */
export const END_OF_COPY = /^(?:#\s?#\s?#|-\s?30\s?-|-?\s?ends\s?-?)$/i;

function isMarker(text: string): boolean {
  if (text.length <= 8 && END_OF_COPY.test(text)) return true;
  if (!markerHint(text)) return false;
  const t = markerText(text);
  if (markerSet.has(t) || isCommentHeading(text)) return true;
  // "Community standards Discussion": every piece a marker
  const parts = t.split(/\s+/);
  for (let cut = 1; cut < parts.length; cut++) {
    if (markerSet.has(parts.slice(0, cut).join(' ')) && markerSet.has(parts.slice(cut).join(' '))) return true;
  }
  return false;
}

/** isMarker of a block's text, kept with its line facts: end-marker and comment-link both ask. */
function isMarkerBlock(doc: Doc, b: Block): boolean {
  const f = factsOf(doc, b);
  if (f.marker === 0) f.marker = isMarker(b.text) ? 2 : 1;
  return f.marker === 2;
}

/** Minimum words of prose before a marker. */
export const MIN_PROSE_BEFORE = 30;

/**
 * Whether the first line under block `at` that is not chrome is a free prose paragraph: a
 * count beside the headline ("12 comments" by the byline) is followed by the article's prose,
 * a comment section by its first comment's signature (a name and a date a metadata rule
 * took), a form or nothing.
 */
function proseUnder(doc: Doc, at: number): boolean {
  for (let j = at + 1; j < doc.blocks.length; j++) {
    const l = doc.labels[j];
    if (l && !l.field) continue;
    return !l && featuresOf(doc.blocks[j]!).cls === 'good';
  }
  return false;
}

/** A short count of comments: "3 comments:", "{ 12 comments… add one }", "(5) Kommentare". */
function isCountedMarker(doc: Doc, b: Block): boolean {
  return b.text.length <= MAX_MARKER_CHARS && COUNTED_START.test(b.text) && COUNTED.test(unglue(b.text).trim(), factsOf(doc, b).wide);
}

/** The cut: every block no rule took, from block `from` to the end. */
function freeFrom(doc: Doc, from: number): Hit[] {
  const hits: Hit[] = [];
  for (let j = from; j < doc.blocks.length; j++) if (!doc.labels[j]) hits.push({ block: j });
  return hits;
}

function isShortItem(b: Block): boolean {
  const f = featuresOf(b);
  return f.cls === 'short' && !f.ends;
}

export const endMarker: Rule = {
  id: 'end-marker',
  description: 'A comment-section or community marker after the article prose ("Comments", "Discussion", "34 responses to …", "{ 12 comments… add one }", "Reacties", "Yorumlar"; a count a counter rule took, "3 comments:", when no prose paragraph follows it): it and everything after it is not article, unless that cut would take the article (see How it works).',
  cuts: true,
  run(doc) {
    const n = doc.blocks.length;
    const from = doc.refusedCut === undefined ? 0 : doc.refusedCut + 1;
    // Cheap text test first: most captures have no marker at all.
    const candidates: number[] = [];
    for (let i = 0; i < n; i++) {
      const b = doc.blocks[i]!;
      if (!doc.labels[i] && b.text.length <= MAX_MARKER_CHARS) candidates.push(i);
    }
    if (candidates.length === 0) return [];
    // Words of prose before block i; only whether it has reached MIN_PROSE_BEFORE matters, so
    // blocks are classified only until it has (body selection classifies the others later).
    let before = 0;
    for (let i = 0; i < n; i++) {
      const b = doc.blocks[i]!;
      const label = doc.labels[i];
      if (label) {
        // "3 comments:" a counter rule took for its figure still opens the comment section.
        if (label.field === 'counters' && i >= from && before >= MIN_PROSE_BEFORE && isCountedMarker(doc, b)) {
          const hits = freeFrom(doc, i + 1);
          if (hits.length > 0 && !proseUnder(doc, i)) {
            doc.cutAnchor = i;
            return hits;
          }
        }
        continue;
      }
      const short = b.text.length <= MAX_MARKER_CHARS && i >= from;
      const counted = short && before >= MIN_PROSE_BEFORE && isCountedMarker(doc, b);
      if (short && before >= MIN_PROSE_BEFORE && (counted || (b.text.length <= MAX_PLAIN_MARKER_CHARS && isMarkerBlock(doc, b)))) {
        let ok = counted;
        if (!ok) {
          let prev = -1;
          let next = -1;
          for (let j = i - 1; j >= 0; j--) if (!doc.labels[j]) { prev = j; break; }
          for (let j = i + 1; j < n; j++) if (!doc.labels[j]) { next = j; break; }
          const inMenu = prev >= 0 && next >= 0 && isShortItem(doc.blocks[prev]!) && isShortItem(doc.blocks[next]!);
          // A "Comments" button in a row of share buttons is not a section heading.
          const inWidgets = doc.labels[i - 1]?.rule === 'ui-chrome' || doc.labels[i + 1]?.rule === 'ui-chrome';
          // A "Comments" link above the article is followed by the article's prose; a comment
          // section opens with a form, an author line or nothing.
          // A sentence about the comments under it ("You can follow this conversation by subscribing
          // to the comment feed") is the section's own note, not the article.
          const proseNext = next >= 0 && featuresOf(doc.blocks[next]!).cls === 'good' && !COMMENT_STEM.test(doc.blocks[next]!.text);
          ok = !inMenu && !inWidgets && !proseNext;
        }
        if (ok) {
          doc.cutAnchor = i;
          return freeFrom(doc, i);
        }
      }
      if (before < MIN_PROSE_BEFORE) {
        const f = featuresOf(b);
        if (f.cls === 'good') before += f.words;
      }
    }
    return [];
  },
};

/**
 * A comment marker that does not end the article (a "Comments" button in a share
 * row, a "Leave a comment" link under the headline, a "COMMENT" kicker) is still
 * a link, never article text. Runs after end-marker.
 */
export const commentLink: Rule = {
  id: 'comment-link',
  description: 'A "Comments" / "Leave a comment" / "Discussion" link or button that does not open the comment section (share rows, links under the headline).',
  run(doc) {
    const hits: Hit[] = [];
    for (let bi = 0; bi < doc.blocks.length; bi++) {
      const b = doc.blocks[bi]!;
      if (doc.labels[b.index] || b.text.length > MAX_PLAIN_MARKER_CHARS) continue;
      if (isMarkerBlock(doc, b)) hits.push({ block: b.index });
    }
    releaseFacts(); // the last rule of the run that reads the line facts
    return hits;
  },
};
