/**
 * Fast case-insensitive vocabulary tests.
 *
 * V8 runs a /iu regex (Unicode case folding) about twice as slowly as the same
 * regex with /i, and alternatives of non-ASCII words slower still. For patterns
 * whose letters are all ASCII, /i and /iu agree on every text without a long s
 * (U+017F) or a Kelvin sign (U+212A), the only characters that /iu folds onto an
 * ASCII letter (they also count as \w for /iu); and non-ASCII words can only
 * match a text that holds a non-ASCII character. ciTest() combines the three
 * regexes so the answer is always the one of the whole /iu pattern.
 */

/** Characters that /iu folds onto an ASCII letter: ſ (s) and K (k). */
const ODD = /[\u017f\u212a]/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A test equal to /ascii|nonAscii/iu.test(text): `ascii` and `asciiU` are the same ASCII-only pattern
 * with the flags i and iu, `nonAscii` (flags iu) the alternatives that hold non-ASCII letters.
 */
export function ciTest(ascii: RegExp, asciiU: RegExp, nonAscii?: RegExp): (text: string) => boolean {
  if (ascii.source !== asciiU.source || ascii.flags !== 'i' || asciiU.flags !== 'iu' || (nonAscii && nonAscii.flags !== 'iu')) {
    throw new Error('ciTest: the ASCII pattern must be given with flags i and iu, the other with iu');
  }
  if (!nonAscii) return (text) => (ODD.test(text) ? asciiU : ascii).test(text);
  return (text) => (ODD.test(text) ? asciiU : ascii).test(text) || (NON_ASCII.test(text) && nonAscii.test(text));
}
