/**
 * Mojibake repair: UTF-8 text that was once (or twice) read as Windows-1252 or
 * Latin-1, e.g. `â€™` for `’`, `Ã©` for `é`, `Ã¢â‚¬â„¢` for `’` (twice over).
 *
 * Idea (after ftfy, own code): in such text every non-ASCII character is spelt
 * as a UTF-8 lead byte (Â..ô) followed by one to three continuation bytes, each
 * shown as the Windows-1252 character of that byte (0x80..0xBF: € ‚ ƒ „ … † ‡
 * ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ and U+00A0..U+00BF). We look for runs
 * of such lead+continuation groups and decode each group back through UTF-8.
 *
 * Legitimate text rarely holds these shapes, but a few are possible: `Maß“`
 * (ß then a German closing quote), `É»`. So a run is repaired only when it is
 * strong evidence on its own:
 *   - two or more groups in a row (`Ã©Ã¨`, Cyrillic `Ð¿Ñ€Ð¸`), or
 *   - one group whose lead is Â, Ã or â (Latin-1 letters and the general
 *     punctuation block: by far the most common mojibake, and these leads
 *     followed by a C1/symbol character do not occur in real words), or
 *   - one four-byte group (emoji: `ðŸ˜€`).
 * Every group must decode as valid UTF-8 (no overlong forms, no surrogates).
 * Passes repeat until nothing changes, which undoes double mojibake; each pass
 * shortens the text, and each level of mojibake at least doubles it, so the
 * number of passes is logarithmic and each pass is one linear regex scan.
 */
import { CONTINUATION_CLASS, cp1252Byte } from './cp1252.js';

const C = `[${CONTINUATION_CLASS}]`;
/** Runs of lead+continuation groups. The lead classes and the continuation class are disjoint, so the regex never backtracks. */
const RUN = new RegExp(`(?:[\\u00c2-\\u00df]${C}|[\\u00e0-\\u00ef]${C}{2}|[\\u00f0-\\u00f4]${C}{3})+`, 'gu');
/**
 * `â€` whose third byte (0x9D, undefined in Windows-1252) was dropped: a right double quote.
 * The second byte may also show as U+0080 (its Latin-1 reading); normalizing maps that C1
 * control to `€` later, so both must be repaired here, or a second decode of the output would
 * find a `â€` the first one left (not idempotent).
 */
const DROPPED_RDQ = new RegExp(`\\u00e2[\\u20ac\\u0080](?!${C})`, 'gu');
/**
 * Quick test: a lead followed by a continuation character, which every RUN
 * and DROPPED_RDQ match starts with. Text in French, German, Spanish holds
 * leads (é, ü, ñ) but almost never this pair, so one scan settles it.
 */
const ANY_LEAD = new RegExp(`[\\u00c2-\\u00f4]${C}`, 'u');

function groupLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

/**
 * The code point of one lead+continuation group (bytes b0..b3, n of them), or -1 when UTF-8
 * rejects it: an overlong form, a surrogate, past U+10FFFF. RUN admits only leads C2..F4 and
 * continuation bytes 80..BF, so the second byte's range is all there is left to check.
 */
function groupPoint(n: number, b0: number, b1: number, b2: number, b3: number): number {
  if (n === 2) return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  if (n === 3) {
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f)) return -1;
    return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  }
  if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return -1;
  return ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
}

/**
 * Decodes one run; returns null when the run is not convincing enough to repair. The run is
 * BMP characters only (RUN's classes), so code units are characters. Pieces are joined once at
 * the end: a run can be the whole capture (megabytes), and a string grown one group at a time
 * is a rope of a million links for the collector to walk (bench:hostile, mojibake-like).
 */
function repairRun(run: string): { text: string; groups: number } | null {
  const out: string[] = [];
  let groups = 0;
  let strong = false;
  for (let i = 0; i < run.length; ) {
    const lead = run.charCodeAt(i);
    const n = groupLength(lead);
    const cp = groupPoint(n, lead, cp1252Byte(run.charCodeAt(i + 1)), n > 2 ? cp1252Byte(run.charCodeAt(i + 2)) : 0, n > 3 ? cp1252Byte(run.charCodeAt(i + 3)) : 0);
    if (cp < 0) {
      out.push(run.slice(i, i + n));
    } else {
      // as TextDecoder's decode() of the group alone, which drops a leading byte order mark
      if (cp !== 0xfeff) out.push(String.fromCodePoint(cp));
      groups++;
      if (lead === 0xc2 || lead === 0xc3 || lead === 0xe2 || n === 4) strong = true;
    }
    i += n;
  }
  if (groups === 0 || (groups < 2 && !strong)) return null;
  return { text: out.join(''), groups };
}

/** One pass over the text; returns the new text and the number of repaired characters. */
function repairPass(text: string): { text: string; count: number } {
  let count = 0;
  let out = text.replace(RUN, (run) => {
    const r = repairRun(run);
    if (!r) return run;
    count += r.groups;
    return r.text;
  });
  out = out.replace(DROPPED_RDQ, () => {
    count++;
    return '\u201d';
  });
  return { text: out, count };
}

/** Repairs UTF-8-read-as-Windows-1252 mojibake, repeatedly (double mojibake). Returns the count of repaired characters. */
export function repairMojibake(text: string): { text: string; count: number } {
  if (!ANY_LEAD.test(text)) return { text, count: 0 };
  let total = 0;
  let cur = text;
  for (;;) {
    const r = repairPass(cur);
    if (r.count === 0 || r.text === cur) break;
    total += r.count;
    cur = r.text;
    if (!ANY_LEAD.test(cur)) break;
  }
  return { text: cur, count: total };
}
