/** Small text helpers shared by the pipeline, rules and extractors. */

/**
 * White space that fold() must rewrite: a run of two or more white-space
 * characters, or one white-space character other than a plain space (NBSP and
 * friends included; the class is JS \s, which already holds them). A single
 * plain space is left alone: matching it too gives the same result, but V8's
 * replace() costs microseconds per match, which made fold() take seconds on a
 * megabyte of prose (issue 6, linear time).
 */
// No `u` flag (every character here is in the BMP, so the matches are the same): with it, V8 pushes a
// backtrack entry per character of a run in two-byte strings and throws RangeError past ~8M characters.
const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Folds NBSP and runs of white space into one space and trims. */
export function fold(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

/** Word tokens the way the benchmark counts them: runs of letters, digits and '_'. */
// Bounded: an unbounded run overflows V8's backtrack stack (RangeError) on a ~10M-letter run in a two-byte
// string; a "word" over 1000 letters is junk, and it is counted as several words.
const WORD = /[\p{L}\p{N}_]{1,1000}/gu;
export function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Number of word tokens (memoised per capture, below). */
function countTokens(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s) !== null) n++;
  return n;
}

/** True when the text ends like a sentence (., !, ?, …, closing quotes after them, CJK full stops). */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…。！？؟।][”’"'»)\]]*$/u.test(s);
}

/**
 * Memoises a pure function of one string for the capture being cleaned. Rules
 * call the same helpers on the same block texts (first word, word count,
 * unglued text) many times per capture; V8 caches a string's hash, so a lookup
 * costs far less than the scan. analyze() clears every cache at the start of
 * each capture (memory stays bounded, and a batch that repeats captures gets
 * no help from earlier ones); `max` bounds a single huge capture.
 */
const memos: Map<string, unknown>[] = [];
export function memoText<T>(fn: (s: string) => T, max = 8192): (s: string) => T {
  const cache = new Map<string, T>();
  memos.push(cache);
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v as T;
  };
}

/** Drops every memoText cache (called once per capture). */
export function clearTextMemos(): void {
  for (const m of memos) if (m.size) m.clear();
}

export const wordCount = memoText(countTokens);
