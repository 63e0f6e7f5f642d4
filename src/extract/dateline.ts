/**
 * Dateline at the start of an early body paragraph, moved into `dateline`:
 *
 *   MOSCOW (Sputnik) — ...            WASHINGTON (AP) — ...      PARIS — ...
 *   LONDON, July 14 (Reuters) - ...   BERLIN (dpa) - ...         KIEV, Ukraine (AP) — ...
 *   Washington (AP) — ...             МОСКВА, 14 июл — РИА Новости. ...
 *   MOSCOW, July 14. /TASS/. ...
 *
 * A place in capitals may stand alone before the dash; a place in ordinary case
 * needs an agency in brackets, so a sentence such as "Paris — the city of light —
 * is ..." or "Moscow has ..." keeps its words. After the dateline the text must go
 * on with a capital letter, a digit or a quote.
 */
import type { Dateline } from '../schema/record.js';

export interface DatelineSplit {
  dateline: Dateline;
  rest: string;
}

// Each piece is a bounded, anchored pattern; no nested quantifiers.
const CAPS_PLACE = /^\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}/u;
const TITLE_PLACE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}/u;
/** ", July 14" / ", 14 июл" / ", Ukraine" / ", Calif." before the agency or the dash. */
const QUALIFIER = /^,\s*[\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+){0,3}/u;
const AGENCY_PARENS = /^\s*\(([^()]{2,40})\)/u;
const DASH = /^\s*[—–-]{1,2}\s*/u;
/** TASS style: ". /TASS/." */
const SLASH_AGENCY = /^\.?\s*\/([^/]{2,30})\/\.?\s*/u;
/** RIA style after the dash: "РИА Новости. " (capitalised words, then a full stop). */
const AGENCY_AFTER = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})\.\s+/u;
const GOES_ON = /^["“«„'‘(\p{Lu}\p{N}]/u;

export function splitDateline(paragraph: string): DatelineSplit | null {
  const head = paragraph.slice(0, 200);
  let m = CAPS_PLACE.exec(head);
  let caps = true;
  if (m) {
    // a capitals place needs two letters that are not one initial ("A." / "I")
    const letters = m[0].replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || m[0].endsWith(' ')) m = null;
    // a capital word followed by a lower-case one is the start of a sentence ("A man said ...")
    else if (/^\p{Ll}/u.test(head.slice(m[0].length).trimStart()) && !head.slice(m[0].length).startsWith(',')) m = null;
  }
  if (!m) {
    m = TITLE_PLACE.exec(head);
    caps = false;
    if (!m) return null;
  }
  let place = m[0].replace(/[.-]+$/u, '');
  // "MOSCOW" must not swallow the first capital word of the text ("PARIS — The"): CAPS_PLACE only takes capitals.
  let pos = m[0].length;
  let qualifier = false;
  const q = QUALIFIER.exec(head.slice(pos));
  if (q) {
    qualifier = true;
    pos += q[0].length;
  }
  let agency: string | null = null;
  const ap = AGENCY_PARENS.exec(head.slice(pos));
  if (ap) {
    agency = ap[1]!.trim();
    pos += ap[0].length;
  }
  const sl = !agency ? SLASH_AGENCY.exec(head.slice(pos)) : null;
  if (sl && qualifier) {
    agency = sl[1]!.trim();
    pos += sl[0].length;
  } else {
    const d = DASH.exec(head.slice(pos));
    if (!d) return null;
    pos += d[0].length;
    if (!agency && qualifier) {
      const aa = AGENCY_AFTER.exec(head.slice(pos));
      if (aa && aa[1]!.length <= 30) {
        agency = aa[1]!;
        pos += aa[0].length;
      }
    }
  }
  if (!caps && !agency) return null;
  const rest = paragraph.slice(pos);
  if (!GOES_ON.test(rest) || rest.length < 20) return null;
  place = place.trim();
  if (place.length < 2) return null;
  return { dateline: { place, agency }, rest };
}
