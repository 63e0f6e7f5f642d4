/**
 * Fast case-insensitive vocabulary tests.
 *
 * V8 runs a /iu regex (Unicode case folding) about twice as slowly as the same
 * regex with /i, and alternatives of non-ASCII words slower still. For patterns
 * whose letters are all ASCII, /i and /iu agree on every text without a long s
 * (U+017F) or a Kelvin sign (U+212A), the only characters that /iu folds onto an
 * ASCII letter (they also count as \w for /iu); and non-ASCII words can only
 * match a text that holds a non-ASCII character. Both helpers answer exactly as
 * the whole /iu pattern does.
 */

/** Characters that /iu folds onto an ASCII letter: ſ (s) and K (k). */
const ODD = /[\u017f\u212a]/;

/**
 * A test equal to asciiU.test(text), for an ASCII-only pattern given twice, with the flags i and iu:
 * the /i one runs unless the text holds ſ or K. Best on long lines (two cheap scans).
 */
export function asciiTest(ascii: RegExp, asciiU: RegExp): (text: string) => boolean {
  if (ascii.source !== asciiU.source || ascii.flags !== 'i' || asciiU.flags !== 'iu') throw new Error('asciiTest: one ASCII pattern, with flags i and iu');
  return (text) => (ODD.test(text) ? asciiU : ascii).test(text);
}

/**
 * A test equal to full.test(text) (flags iu) behind a /i pre-test made of full's ASCII alternatives
 * (`asciiAlternatives`) or any non-ASCII character: a text of ASCII that none of them matches (most
 * short lines) costs one /i scan. The pre-test matches whenever full does: full's match is either
 * ASCII text matching an ASCII alternative (which /i matches too) or holds a non-ASCII character.
 */
export function prefiltered(asciiAlternatives: RegExp, full: RegExp): (text: string) => boolean {
  if (asciiAlternatives.flags !== 'i' || full.flags !== 'iu') throw new Error('prefiltered: a pre-test with flag i and a full pattern with flags iu');
  const pre = new RegExp(`${asciiAlternatives.source}|[^\\x00-\\x7f]`, 'i');
  return (text) => pre.test(text) && full.test(text);
}
