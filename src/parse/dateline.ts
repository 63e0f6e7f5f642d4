/**
 * Dateline at the start of an early body paragraph, moved into `dateline`:
 *
 *   MOSCOW (Sputnik) — ...            WASHINGTON (AP) — ...      PARIS — ...
 *   LONDON, July 14 (Reuters) - ...   BERLIN (dpa) - ...         KIEV, Ukraine (AP) — ...
 *   Washington (AP) — ...             МОСКВА, 14 июл — РИА Новости. ...
 *   MOSCOW, July 14. /TASS/. ...       AUSTIN, Texas, March 3, 2020 /PRNewswire/ -- ...
 *   Valverde, 14 jul (EFE).- ...        New York (CNN)Pinecrest Air ... (agency glued to the text)
 *
 * A place in capitals may stand alone before the dash; a place in ordinary case
 * needs an agency in brackets, so a sentence such as "Paris — the city of light —
 * is ..." or "Moscow has ..." keeps its words. After the dateline the text must go
 * on with a capital letter, a digit or a quote.
 */
import type { Dateline } from '../schema/record.js';
import { parseDate } from './date.js';
import { Twin, isWide } from '../core/twin.js';

export interface DatelineSplit {
  dateline: Dateline;
  rest: string;
}

// Each piece is a bounded, anchored pattern; no nested quantifiers. Those with Unicode classes
// are Twins (core/twin.ts): a head without wide characters is read by ASCII classes (cold start).
const CAPS_PLACE = new Twin(String.raw`^\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}`, 'u');
const TITLE_PLACE = new Twin(String.raw`^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}`, 'u');
/** ", July 14" / ", 14 июл" / ", Ukraine" / ", Calif." before the agency or the dash. */
const QUALIFIER = new Twin(String.raw`^,\s*[\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+){0,3}`, 'u');
const LOWER_FIRST = new Twin(String.raw`^\p{Ll}`, 'u');
const UPPER_FIRST = new Twin(String.raw`^\p{Lu}`, 'u');
const WORD_FIRST = new Twin(String.raw`^\p{Lu}\p{Ll}`, 'u');
const AGENCY_PARENS = /^\s*\(([^()]{2,40})\)/u;
const DASH = /^\.?\s*[—–-]{1,2}\s*/u;
/** TASS style: ". /TASS/." */
const SLASH_AGENCY = /^\.?\s*\/([^/]{2,30})\/\.?\s*/u;
/** RIA style after the dash: "РИА Новости. " (capitalised words, then a full stop). */
const AGENCY_AFTER = new Twin(String.raw`^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})\.\s+`, 'u');
const GOES_ON = new Twin(String.raw`^["“«„'‘(\p{Lu}\p{N}]`, 'u');

export function splitDateline(paragraph: string): DatelineSplit | null {
  const head = paragraph.slice(0, 200);
  const wide = isWide(head);
  let m = CAPS_PLACE.exec(head, wide);
  let caps = true;
  if (m) {
    // a capitals place needs two letters that are not one initial ("A." / "I")
    const letters = wide ? m[0].replace(/[^\p{L}]/gu, '') : m[0].replace(/[^A-Za-z]/g, '');
    if (letters.length < 2 || m[0].endsWith(' ')) m = null;
    // a capital word followed by a lower-case one is the start of a sentence ("A man said ...")
    else if (LOWER_FIRST.test(head.slice(m[0].length).trimStart(), wide) && !head.slice(m[0].length).startsWith(',')) m = null;
  }
  if (!m) {
    m = TITLE_PLACE.exec(head, wide);
    caps = false;
    if (!m) return null;
  }
  let place = m[0].replace(/[.-]+$/u, '');
  let pos = m[0].length;
  // up to three qualifiers: a region joins the place ("AUSTIN, Texas"), a date does not ("LONDON, July 14")
  let dated = false;
  for (let k = 0; k < 3; k++) {
    const q = QUALIFIER.exec(head.slice(pos), wide);
    if (!q) break;
    const text = q[0].replace(/^,\s*/u, '');
    if (parseDate(text) || /^\d/u.test(text)) dated = true;
    else if (!dated && UPPER_FIRST.test(text, wide) && text.split(' ').length <= 3) place += ', ' + text;
    else break;
    pos += q[0].length;
  }
  const qualifier = dated || place.includes(',');
  let agency: string | null = null;
  let glued = false;
  const ap = AGENCY_PARENS.exec(head.slice(pos));
  if (ap) {
    agency = ap[1]!.trim();
    pos += ap[0].length;
    // "New York (CNN)Pinecrest Air ...": the agency glued to the first word
    glued = WORD_FIRST.test(head.slice(pos), wide);
  }
  const sl = !agency ? SLASH_AGENCY.exec(head.slice(pos)) : null;
  if (sl && qualifier) {
    agency = sl[1]!.trim();
    pos += sl[0].length;
    const d = DASH.exec(head.slice(pos));
    if (d) pos += d[0].length;
  } else if (!glued) {
    const d = DASH.exec(head.slice(pos));
    if (!d) return null;
    pos += d[0].length;
    if (!agency && qualifier) {
      const aa = AGENCY_AFTER.exec(head.slice(pos), wide);
      if (aa && aa[1]!.length <= 30) {
        agency = aa[1]!;
        pos += aa[0].length;
      }
    }
  }
  if (!caps && !agency) return null;
  const rest = paragraph.slice(pos);
  if (!GOES_ON.test(rest, isWide(rest.slice(0, 2))) || rest.length < 20) return null;
  place = place.trim();
  if (place.length < 2) return null;
  return { dateline: { place, agency }, rest };
}
