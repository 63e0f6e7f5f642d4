/** Small text helpers shared by the pipeline, rules and extractors. */

/** Every kind of horizontal white space, NBSP and friends included. */
const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu;

/** Folds NBSP and runs of white space into one space and trims. */
export function fold(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

/** Word tokens the way the benchmark counts them: runs of letters, digits and '_'. */
const WORD = /[\p{L}\p{N}_]+/gu;
export function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

export function wordCount(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s) !== null) n++;
  return n;
}

/** True when the text ends like a sentence (., !, ?, …, closing quotes after them, CJK full stops). */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…。！？؟।][”’"'»)\]]*$/u.test(s);
}
