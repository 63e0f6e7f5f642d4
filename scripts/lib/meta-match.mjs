// How a record's metadata is scored against a set's gold (Readability's title, byline,
// published), shared by bench:quality, bench-meta and bench-titles so that their figures
// agree page for page.
//   title     record.title equals gold.title after folding (NFKC, case, white space, curly
//             quotes and dashes to ASCII, punctuation at either end); or equals the gold
//             title with one site piece of at most 6 words cut from its end or start at a
//             spaced separator (" | ", " - ", " – ", " — ", " · ", " :: ", " » ", "_"): issue 12
//             sends a glued site name to `site`, while Readability's gold keeps it
//             ("Headline | Site"). titleStrict is the first test alone.
//   authors   record.authors is not empty and every name in it occurs (as a run of folded
//             word tokens) in the gold byline: a missed co-author is not a miss, an invented
//             or wrong name is.
//   published the same calendar date as written (first ten characters), or both give a time
//             with a zone and name the same instant to the minute.

/** Folds a string for comparison. */
export const fold = (s) => String(s ?? '').normalize('NFKC').toLowerCase()
  .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
  .replace(/[\u2010-\u2015\u2212]/g, '-')
  .replace(/\s+/g, ' ').trim()
  .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');

const words = (s) => String(s ?? '').normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function containsRun(hay, needle) {
  if (!needle.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const TITLE_SEP = /\s+(?:[|\-\u2013\u2014\u00b7\u00bb]|::)\s+|_/gu;

/** The gold title with one site piece (at most 6 words) cut from its end or its start. */
function titleVariants(title) {
  const seps = [...title.matchAll(TITLE_SEP)];
  const out = [];
  const small = (piece) => fold(piece) !== '' && piece.trim().split(/\s+/).length <= 6;
  if (seps.length) {
    const last = seps[seps.length - 1];
    if (small(title.slice(last.index + last[0].length))) out.push(fold(title.slice(0, last.index)));
    const first = seps[0];
    if (small(title.slice(0, first.index))) out.push(fold(title.slice(first.index + first[0].length)));
  }
  return out.filter(Boolean);
}

/** record.title against gold.title, strict (folded equality) or with the site piece cut. */
export function titleMatch(pred, gold) {
  const t = pred ? fold(pred) : null;
  const strict = t !== null && t === fold(gold);
  return { strict, ok: strict || (t !== null && t !== '' && titleVariants(String(gold)).includes(t)) };
}

/** record.authors against the gold byline. */
export function authorsMatch(pred, goldByline) {
  const g = words(goldByline);
  return Array.isArray(pred) && pred.length > 0 && pred.every((a) => containsRun(g, words(a)));
}

const ZONED = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)$/i;
function sameInstant(a, b) {
  if (!ZONED.test(a) || !ZONED.test(b.trim())) return false;
  const iso = (x) => x.trim().replace(' ', 'T').replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  const d = Math.abs(Date.parse(iso(a)) - Date.parse(iso(b)));
  return Number.isFinite(d) && d < 60_000;
}

/** record.published against gold.published. */
export function publishedMatch(pred, gold) {
  if (!pred) return false;
  return String(pred).slice(0, 10) === String(gold).slice(0, 10) || sameInstant(String(pred), String(gold));
}

/** Whether a gold field is present and scorable. */
export const hasTitle = (gold) => typeof gold.title === 'string' && fold(gold.title) !== '';
export const hasByline = (gold) => typeof gold.byline === 'string' && words(gold.byline).length > 0;
export const hasPublished = (gold) => typeof gold.published === 'string' && /^\d{4}-\d\d-\d\d/.test(gold.published);
