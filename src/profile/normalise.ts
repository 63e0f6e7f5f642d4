/**
 * Line normalisation for site profiles. Two lines that differ only in case,
 * digits, punctuation, symbols or white space are one line:
 *
 *   1. Unicode NFKC (full-width and compatibility forms fold to their plain letters);
 *   2. lower case (toLowerCase, locale-independent);
 *   3. every run of digits (any script, \p{Nd}) becomes one "0" ("12 comments" = "3 comments");
 *   4. punctuation and symbols (\p{P}, \p{S}) become white space;
 *   5. runs of white space fold to one space, trimmed.
 *
 * A line that is empty after this (only punctuation, digits count as "0") is not counted.
 * NORMALISATION is stored in every profile: a profile made with another normalisation
 * is refused, since its hashes would never match.
 */
export const NORMALISATION = 1;

const PUNCT = /[\p{P}\p{S}]+/gu;
const DIGITS = /\p{Nd}+/gu;
const SPACE = /\s+/gu;
const PLAIN = /^[a-z ]*$/;

export function normaliseLine(text: string): string {
  let t = text;
  // fast path: plain lower-case ASCII letters and spaces are already normal apart from spacing
  if (!PLAIN.test(t)) t = t.normalize('NFKC').toLowerCase().replace(DIGITS, '0').replace(PUNCT, ' ');
  return t.replace(SPACE, ' ').trim();
}
