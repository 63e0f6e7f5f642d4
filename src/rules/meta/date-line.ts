import { lineRule } from '../../core/rule-kit.js';
import { parseDateLine, type ParsedDate } from '../../parse/date.js';
import { prefiltered } from '../../parse/ci.js';

/**
 * A line that is a date or clock and little else feeds `published`: "21:39 GMT14 July 2020",
 * "Updated 3:45 PM ET, Tue March 3, 2020", "2020-07-14 21:39", "14.07.2020", "3 hours ago",
 * "Published: ...", "14 июля 2020", "14 de julio de 2020", "14. Juli 2020", "14 juillet 2020".
 * Words besides the date must be filler ("Published", "at", weekdays) or at most two
 * others next to a full date ("Reuters February 5, 2018 9:26 PM"): a sentence that
 * mentions a date keeps its place in the body.
 */
function dateOnly(d: ParsedDate): boolean {
  const others = d.otherWords.length;
  if (others === 0) return true;
  if (d.precision === 'datetime' || (d.precision === 'date' && d.iso !== null)) return others <= 2 && others * 2 <= d.used;
  return false;
}

/** Cheap gate: a date line holds a digit or a relative-date word. */
const HINT = prefiltered(
  /\d|ago\b|yesterday|today|just now|hace|ayer|hoy|vor |gestern|heute|il y a|hier|aujourd|oggi|ieri|hoje|ontem|vandaag|gisteren|dzisiaj|wczoraj|dnes|tegnap|idag/i,
  /\d|ago\b|yesterday|today|just now|назад|вчера|сегодня|hace|ayer|hoy|vor |gestern|heute|il y a|hier|aujourd|oggi|ieri|hoje|ontem|vandaag|gisteren|dzisiaj|wczoraj|dnes|včera|tegnap|idag|igår|bugün|dün/iu,
);

const DIGIT = /\d/;

const OTHER_2 = { maxOther: 2 };

/** Code, not a header line: comparison and assignment operators, braces, a cast ("-- period > '2020-08-01'::timestamptz"). */
const CODE = /[<>=;{}]|::/u;

export function isDateLine(text: string): boolean {
  if (text.length > 120) return false;
  // (the code test last: it runs only on the few lines that read as dates)
  return (datePart(text) || datePair(text)) && !CODE.test(text);
}

/** A separator between two fields of a header line: a spaced dot, bullet or bar. */
const FIELD_SEP = /\s[·•|]\s/u;

/**
 * "Jan 5, 2021 · 4 min read", "5 min read · Jan 5, 2021": a full date and one short field
 * holding a number (a reading time, a count) on either side of a separator, in any language.
 */
function datePair(text: string): boolean {
  const m = FIELD_SEP.exec(text);
  if (!m) return false;
  const a = text.slice(0, m.index).trim();
  const b = text.slice(m.index + m[0].length).trim();
  const short = (s: string) => DIGIT.test(s) && !FIELD_SEP.test(s) && s.split(/\s+/u).length <= 3;
  const full = (s: string) => {
    const d = datePart(s) ? parseDateLine(s, OTHER_2)?.published : null;
    return !!d && d.iso !== null && (d.precision === 'date' || d.precision === 'datetime');
  };
  if (short(a) && full(b)) return true;
  if (!full(a)) return false;
  if (short(b)) return true;
  // "Published 21 November 2019 · Tagged with WebAssembly tooling": a full date with its label
  // first, then up to two short fields of words (tags, a section), none a date or a sentence
  const rest = b.split(FIELD_SEP);
  return rest.length <= 2 && rest.every((f) => f.trim().split(/\s+/u).length <= 6 && !/[.!?]$/u.test(f.trim()) && !DIGIT.test(f));
}

function datePart(text: string): boolean {
  // without a digit only a short relative date ("yesterday", "il y a une heure") can be one
  if (!DIGIT.test(text) && (text.length > 40 || !HINT(text))) return false;
  // more than two words no date can use: a sentence (parseDate stops before the date search)
  const l = parseDateLine(text, OTHER_2);
  if (!l) return false;
  // "AFP 12 mars 2016 à 09:41 (Mis à jour : 12 mars 2016 à 10:05)": a source name may open it, as alone
  if (l.published && l.updated) return dateOnly(l.published) && l.updated.otherWords.length === 0;
  return dateOnly((l.published ?? l.updated)!);
}

export const dateLine = lineRule(
  'date-line',
  'A date or clock line ("21:39 GMT14 July 2020", "3 hours ago", "14 июля 2020"), or a full date beside one short field with a number ("Jan 5, 2021 · 4 min read"), or a full date first with one or two short fields of words after it ("Published 21 November 2019 · Tagged with tooling"), feeds published.',
  (b) => isDateLine(b.text),
  'published',
);
