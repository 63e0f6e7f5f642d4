/**
 * Date and clock parsing for metadata lines: month names, weekdays and relative times in en, de,
 * fr, es, it, pt, nl, pl, ru, cs, hu, sv, tr.
 *
 * The parser tokenises a short line into numbers, words and punctuation (so glued
 * text like "GMT14" splits into "GMT" + "14"), then looks for one calendar date and
 * one clock time in either order, with an optional zone. It reports which word
 * tokens it used, so the date-line rule can tell a date line ("Updated 3:45 PM ET,
 * Tue March 3, 2020") from a sentence that merely contains a date.
 *
 * Output (`iso`): `YYYY-MM-DDTHH:MM:SSZ` for GMT/UTC/Z, `...+HH:MM` for named zones
 * and explicit offsets, `YYYY-MM-DDTHH:MM:SS` for a time without zone, `YYYY-MM-DD`
 * for a date without time, `YYYY-MM` for month + year. Relative dates ("3 hours
 * ago", "вчера") and dates without a year give `iso: null` with `relative` or
 * `partial` set: a capture has no clock to resolve them against, so the record
 * keeps their text in `publishedText` and leaves `published` null.
 *
 * Slash dates: `a/b/yyyy` is month/day unless `a` > 12 (then day/month); dotted
 * dates `14.07.2020` are day.month.year.
 */
import { codePointClass } from '../core/text.js';

export interface DateTok {
  /** 'n' digits, 'w' letters, 'p' one other character. */
  t: 'n' | 'w' | 'p';
  s: string;
  /** Lower-cased text. */
  l: string;
  start: number;
  end: number;
}

// Tokens as /(\d+)|(\p{L}+)|(\S)/gu would give them (ASCII digit runs, letter
// runs, any other non-space code point), scanned by hand: a regex exec per token
// cost ~1.5 us per line, and date rules tokenize most lines.
const isLetterCp = codePointClass(/^\p{L}$/u, (cp) => (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90));
/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Code point at i and its width in UTF-16 units (a lone surrogate is one unit). */
function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return c;
}

export function tokenize(text: string): DateTok[] {
  const out: DateTok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const start = i;
    let t: DateTok['t'];
    if (c >= 48 && c <= 57) {
      i++;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      t = 'n';
    } else {
      const cp = cpAt(text, i);
      const w = cp > 0xffff ? 2 : 1;
      if (isLetterCp(cp)) {
        i += w;
        while (i < n) {
          const d = cpAt(text, i);
          if (!isLetterCp(d)) break;
          i += d > 0xffff ? 2 : 1;
        }
        t = 'w';
      } else if (isSpace(cp)) {
        i += w;
        continue;
      } else {
        i += w;
        t = 'p';
      }
    }
    const s = text.slice(start, i);
    // digits and ASCII marks are their own lower case
    out.push({ t, s, l: t === 'w' || (t === 'p' && c >= 128) ? s.toLowerCase() : s, start, end: i });
  }
  return out;
}

// ---------------------------------------------------------------- vocabularies

const MONTH_NAMES: Record<number, string[]> = {
  1: ['january', 'jan', 'январь', 'января', 'янв', 'enero', 'ene', 'januar', 'jänner', 'janvier', 'janv', 'gennaio', 'gen', 'janeiro', 'januari', 'stycznia', 'styczeń', 'styczen', 'sty', 'ledna', 'leden', 'január', 'ocak', 'oca'],
  2: ['february', 'feb', 'febr', 'февраль', 'февраля', 'фев', 'февр', 'febrero', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febbraio', 'fevereiro', 'fev', 'februari', 'lutego', 'luty', 'lut', 'února', 'unora', 'únor', 'unor', 'február', 'şubat', 'subat', 'şub'],
  3: ['march', 'mar', 'март', 'марта', 'мар', 'marzo', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'março', 'marco', 'maart', 'marca', 'marzec', 'března', 'brezna', 'březen', 'március', 'márc', 'mart'],
  4: ['april', 'apr', 'апрель', 'апреля', 'апр', 'abril', 'abr', 'avril', 'avr', 'aprile', 'kwietnia', 'kwiecień', 'kwi', 'dubna', 'duben', 'április', 'ápr', 'nisan'],
  5: ['may', 'май', 'мая', 'mayo', 'mai', 'maggio', 'mag', 'maio', 'mei', 'maja', 'maj', 'května', 'kvetna', 'květen', 'május', 'máj', 'mayıs', 'mayis'],
  6: ['june', 'jun', 'июнь', 'июня', 'июн', 'junio', 'juni', 'juin', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'června', 'cervna', 'červen', 'június', 'jún', 'haziran', 'haz'],
  7: ['july', 'jul', 'июль', 'июля', 'июл', 'julio', 'juli', 'juillet', 'juil', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'července', 'cervence', 'červenec', 'július', 'júl', 'temmuz'],
  8: ['august', 'aug', 'август', 'августа', 'авг', 'agosto', 'ago', 'août', 'aout', 'agosto', 'augustus', 'augusti', 'sierpnia', 'sierpień', 'srpna', 'srpen', 'augusztus', 'ağustos', 'agustos', 'ağu'],
  9: ['september', 'sep', 'sept', 'сентябрь', 'сентября', 'сен', 'сент', 'septiembre', 'setiembre', 'septembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'wrz', 'září', 'zari', 'szeptember', 'szept', 'eylül', 'eylul', 'eyl'],
  10: ['october', 'oct', 'октябрь', 'октября', 'окт', 'octubre', 'oktober', 'okt', 'octobre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'paź', 'října', 'rijna', 'říjen', 'október', 'ekim'],
  11: ['november', 'nov', 'ноябрь', 'ноября', 'ноя', 'нояб', 'noviembre', 'novembre', 'novembro', 'listopada', 'listopad', 'listopadu', 'kasım', 'kasim'],
  12: ['december', 'dec', 'декабрь', 'декабря', 'дек', 'diciembre', 'dic', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'prosince', 'prosinec', 'aralık', 'aralik'],
};
const MONTH = new Map<string, number>();
for (const [m, names] of Object.entries(MONTH_NAMES)) for (const n of names) MONTH.set(n, Number(m));

/** Words that can sit in a date line without making it prose: weekdays, "Published", "Updated", "at", ... */
const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'понедельник', 'вторник', 'среда', 'среду', 'четверг', 'пятница', 'пятницу', 'суббота', 'субботу', 'воскресенье',
  'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lun', 'mié', 'jue', 'vie', 'sáb', 'dom',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sonnabend',
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
];
const UPDATED_WORDS = [
  'updated', 'update', 'modified', 'edited', 'revised', 'обновлено', 'обновлен', 'обновление', 'изменено',
  'actualizado', 'actualizada', 'actualización', 'actualizacion', 'aktualisiert', 'aktualisierung', 'geändert', 'stand',
  'modifié', 'modifie', 'actualisé', 'actualise', 'aggiornato', 'atualizado', 'jour',
  'bijgewerkt', 'aktualizacja', 'zaktualizowano', 'aktualizováno', 'frissítve', 'uppdaterad', 'uppdaterat', 'güncelleme', 'güncellendi',
];
const FILLER = [
  ...WEEKDAYS, ...UPDATED_WORDS,
  // en
  'published', 'posted', 'publish', 'date', 'time', 'on', 'at', 'last', 'first', 'the', 'of', 'and', 'created', 'released', 'issued', 'written', 'filed',
  // ru
  'опубликовано', 'опубликован', 'опубликована', 'публикация', 'дата', 'время', 'в', 'г', 'года', 'год', 'от', 'мск',
  // es
  'publicado', 'publicada', 'publicación', 'publicacion', 'fecha', 'el', 'a', 'las', 'la', 'de', 'del', 'y', 'hrs', 'horas', 'h',
  // de
  'veröffentlicht', 'veroeffentlicht', 'erstellt', 'datum', 'um', 'am', 'uhr', 'vom', 'den',
  // fr
  'publié', 'publie', 'publiée', 'mis', 'à', 'le', 'du', 'et', 'heure',
  // it / pt
  'pubblicato', 'alle', 'il', 'em', 'às', 'as', 'do',
  // nl / pl / cs / hu / sv / tr
  'gepubliceerd', 'bijgewerkt', 'om', 'op', 'opublikowano', 'aktualizacja', 'zaktualizowano', 'o', 'godz', 'publikováno', 'aktualizováno', 'v', 'dne',
  'publikálva', 'frissítve', 'publicerad', 'publicerat', 'uppdaterad', 'uppdaterat', 'kl', 'yayınlanma', 'güncelleme', 'güncellendi', 'tarihi',
];
const FILLER_SET = new Set(FILLER);
const UPDATED_SET = new Set(UPDATED_WORDS);

/** Named zones -> offset in minutes; null = US zone whose offset depends on daylight time. */
const ZONES: Record<string, number | 'ET' | 'CT' | 'MT' | 'PT'> = {
  gmt: 0, utc: 0, ut: 0, z: 0, wet: 0,
  et: 'ET', ct: 'CT', mt: 'MT', pt: 'PT',
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180, nst: -210, ndt: -150,
  bst: 60, ist: 330, cet: 60, cest: 120, mez: 60, mesz: 120, west: 60, eet: 120, eest: 180,
  msk: 180, мск: 180, jst: 540, kst: 540, hkt: 480, sgt: 480, awst: 480, acst: 570, aest: 600, aedt: 660,
  nzst: 720, nzdt: 780, wib: 420, pkt: 300, sast: 120, cat: 120, eat: 180, wat: 60, art: -180, brt: -180,
};

// ---------------------------------------------------------------- helpers

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function validDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}
function year(s: string): number | null {
  if (s.length === 4) return Number(s);
  if (s.length === 2) return 2000 + Number(s);
  return null;
}
/** Day of month of the n-th (1-based; -1 = last) Sunday of a month. */
function nthSunday(y: number, m: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  }
  const last = daysIn(y, m);
  const dow = new Date(Date.UTC(y, m - 1, last)).getUTCDay();
  return last - dow;
}
/** US daylight time: second Sunday of March to first Sunday of November (date granularity). */
function usDst(y: number, m: number, d: number): boolean {
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  if (m === 3) return d >= nthSunday(y, 3, 2);
  return d < nthSunday(y, 11, 1);
}
const US_BASE = { ET: -300, CT: -360, MT: -420, PT: -480 } as const;

function pad(n: number, w = 2): string {
  return String(Math.abs(n)).padStart(w, '0');
}
function offsetText(min: number): string {
  if (min === 0) return 'Z';
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

// ---------------------------------------------------------------- matchers

interface Part {
  /** Token index range [from, to). */
  from: number;
  to: number;
}
interface DatePart extends Part {
  y: number | null;
  m: number;
  d: number | null;
}
interface TimePart extends Part {
  h: number;
  min: number;
  s: number;
}
interface ZonePart extends Part {
  /** Offset in minutes, or a US zone name resolved once the date is known. */
  off: number | 'ET' | 'CT' | 'MT' | 'PT';
}

const isN = (t: DateTok | undefined, maxLen = 4): t is DateTok => !!t && t.t === 'n' && t.s.length <= maxLen;
const isP = (t: DateTok | undefined, chars: string): boolean => !!t && t.t === 'p' && chars.includes(t.s);

function monthAt(toks: DateTok[], i: number): number | null {
  const t = toks[i];
  if (!t || t.t !== 'w') return null;
  return MONTH.get(t.l) ?? null;
}

/** Skips an optional '.' after an abbreviated month or a day ("14." in German, "Nov."). */
function skipDot(toks: DateTok[], i: number): number {
  return isP(toks[i], '.') ? i + 1 : i;
}
/** Skips ordinal suffixes: 19th, 1st, 1er, 1º. */
const ORDINAL = new Set(['st', 'nd', 'rd', 'th', 'er', 'ème', 're', 'º', 'о', 'го']);
function skipOrdinal(toks: DateTok[], i: number): number {
  const t = toks[i];
  if (t && t.t === 'w' && ORDINAL.has(t.l) && toks[i - 1] && toks[i - 1]!.end === t.start) return i + 1;
  if (t && t.s === 'º') return i + 1;
  return i;
}

/**
 * Day and month read, k past an optional separator: a four-digit year at k
 * completes the date; without one, a valid day gives a date without year
 * ending at save.
 */
function withYear(toks: DateTok[], from: number, k: number, save: number, m: number, d: number): DatePart | null {
  if (isN(toks[k], 4) && toks[k]!.s.length === 4) {
    const y = Number(toks[k]!.s);
    return validDate(y, m, d) ? { from, to: k + 1, y, m, d } : null;
  }
  return d >= 1 && d <= 31 ? { from, to: save, y: null, m, d } : null;
}

function matchDate(toks: DateTok[], i: number, dayFirst: boolean): DatePart | null {
  const a = toks[i];
  if (!a) return null;
  if (a.t === 'n') {
    // ISO: 2020-07-14 / 2020/07/14 / 2020.07.14
    if (a.s.length === 4 && isP(toks[i + 1], '-/.') && isN(toks[i + 2], 2) && toks[i + 3]?.s === toks[i + 1]!.s && isN(toks[i + 4], 2)) {
      const y = Number(a.s), m = Number(toks[i + 2]!.s), d = Number(toks[i + 4]!.s);
      if (validDate(y, m, d)) return { from: i, to: i + 5, y, m, d };
      return null;
    }
    // CJK: 2020年7月14日 (zh, ja), 2020년 7월 14일 (ko)
    if (a.s.length === 4 && (toks[i + 1]?.s === '年' || toks[i + 1]?.s === '년') && isN(toks[i + 2], 2) && (toks[i + 3]?.s === '月' || toks[i + 3]?.s === '월') && isN(toks[i + 4], 2)) {
      const y = Number(a.s), m = Number(toks[i + 2]!.s), d = Number(toks[i + 4]!.s);
      const end = toks[i + 5]?.s === '日' || toks[i + 5]?.s === '일' ? i + 6 : null;
      if (end !== null && validDate(y, m, d)) return { from: i, to: end, y, m, d };
    }
    // Year first with a month name (hu): 2020. október 5. / 2020. okt. 5.
    if (a.s.length === 4 && isP(toks[i + 1], '.')) {
      const m = monthAt(toks, i + 2);
      const j = skipDot(toks, i + 3);
      if (m !== null && isN(toks[j], 2)) {
        const y = Number(a.s), d = Number(toks[j]!.s);
        if (validDate(y, m, d)) return { from: i, to: skipDot(toks, j + 1), y, m, d };
      }
    }
    // Numeric: 14.07.2020 (d.m.y), 7/14/2020 (m/d/y unless first > 12), 14-07-2020
    if (a.s.length <= 2 && isP(toks[i + 1], './-') && isN(toks[i + 2], 2) && toks[i + 3]?.s === toks[i + 1]!.s && isN(toks[i + 4], 4)) {
      const sep = toks[i + 1]!.s;
      const y = year(toks[i + 4]!.s);
      if (y === null) return null;
      let d = Number(a.s), m = Number(toks[i + 2]!.s);
      if (sep === '/' && !dayFirst && d <= 12 && m <= 31) [d, m] = [m, d];
      if (sep === '/' && dayFirst && m > 12 && d <= 12) [d, m] = [m, d];
      if (validDate(y, m, d)) return { from: i, to: i + 5, y, m, d };
      return null;
    }
    // Textual, day first: 14 July 2020, 14. Juli 2020, 14 de julio de 2020, 1er juillet, 14 июля 2020 г.
    if (a.s.length <= 2) {
      let j = skipOrdinal(toks, i + 1);
      j = skipDot(toks, j);
      if (toks[j]?.l === 'de') j++;
      const m = monthAt(toks, j);
      if (m !== null) {
        const d = Number(a.s);
        let k = skipDot(toks, j + 1);
        const save = k;
        if (toks[k]?.l === 'de' || isP(toks[k], ',')) k++;
        return withYear(toks, i, k, save, m, d);
      }
    }
    return null;
  }
  // Month first: July 14, 2020 / Nov. 19, 2019 / March 3 2020 / July 2020
  const m = monthAt(toks, i);
  if (m === null) return null;
  let j = skipDot(toks, i + 1);
  if (isN(toks[j], 2)) {
    const d = Number(toks[j]!.s);
    let k = skipOrdinal(toks, j + 1);
    const save = k;
    if (isP(toks[k], ',')) k++;
    return withYear(toks, i, k, save, m, d);
  }
  if (toks[j]?.l === 'de') j++;
  if (isN(toks[j], 4) && toks[j]!.s.length === 4) {
    const y = Number(toks[j]!.s);
    if (y >= 1900 && y <= 2100) return { from: i, to: j + 1, y, m, d: null };
  }
  return null;
}

function matchAmPm(toks: DateTok[], i: number): { pm: boolean; to: number } | null {
  const t = toks[i];
  if (!t || t.t !== 'w') return null;
  if (t.l === 'am' || t.l === 'pm') return { pm: t.l === 'pm', to: i + 1 };
  // a.m. / p.m.
  if ((t.l === 'a' || t.l === 'p') && isP(toks[i + 1], '.') && toks[i + 2]?.l === 'm') {
    return { pm: t.l === 'p', to: isP(toks[i + 3], '.') ? i + 4 : i + 3 };
  }
  return null;
}

function matchTime(toks: DateTok[], i: number, afterDate = false): TimePart | null {
  const a = toks[i];
  if (!isN(a, 2)) return null;
  let h = Number(a.s);
  let min = 0, s = 0;
  let j = i + 1;
  const sep = toks[j];
  // "14.00" is a time after a date ("3 Jan 2019 02.00", "12 augusti 2020 kl. 14.00") or before "Uhr"
  const dot = isP(sep, '.') && (toks[j + 2]?.l === 'uhr' || (afterDate && toks[j + 3]?.t !== 'n'));
  if (sep && (isP(sep, ':') || (sep.t === 'w' && sep.l === 'h') || dot) && isN(toks[j + 1], 2) && toks[j + 1]!.s.length === 2) {
    min = Number(toks[j + 1]!.s);
    j += 2;
    if (isP(toks[j], ':') && isN(toks[j + 1], 2) && toks[j + 1]!.s.length === 2) {
      s = Number(toks[j + 1]!.s);
      j += 2;
      // fractional seconds
      if (isP(toks[j], '.') && toks[j + 1]?.t === 'n') j += 2;
    }
  } else {
    // "3 PM" / "3pm": hour alone needs am/pm
    const ap = matchAmPm(toks, j);
    if (!ap || h < 1 || h > 12) return null;
  }
  // "1:44p" / "9:05a": the am/pm letter alone, glued to the minutes (a spaced "a" is a word: "10:30 a 12:00")
  const glued = min > 0 || j > i + 1 ? toks[j] : undefined;
  const ap = matchAmPm(toks, j) ?? (glued && glued.t === 'w' && (glued.l === 'a' || glued.l === 'p') && glued.start === toks[j - 1]!.end && !(toks[j + 1]?.t === 'w' && toks[j + 1]!.start === glued.end) ? { pm: glued.l === 'p', to: j + 1 } : null);
  if (ap) {
    if (h < 1 || h > 12) return null;
    if (ap.pm && h !== 12) h += 12;
    if (!ap.pm && h === 12) h = 0;
    j = ap.to;
  }
  if (h > 23 || min > 59 || s > 59) return null;
  if (toks[j]?.l === 'uhr' || toks[j]?.l === 'hrs' || toks[j]?.l === 'h') j++;
  return { from: i, to: j, h, min, s };
}

function matchZone(toks: DateTok[], i: number): ZonePart | null {
  let j = i;
  if (isP(toks[j], '(')) j++;
  const t = toks[j];
  if (!t) return null;
  let off: ZonePart['off'] | null = null;
  let to = j;
  if (t.t === 'w' && Object.hasOwn(ZONES, t.l) && (t.s === t.s.toUpperCase() || t.l === 'мск')) {
    off = ZONES[t.l]!;
    to = j + 1;
  }
  // explicit offset, alone or after GMT/UTC: +03:00, +0300, -5, GMT+3
  const k = off === 0 || off === null ? to : -1;
  const bare = off === null;
  const dg = toks[k + 1]?.s ?? '';
  if (k >= 0 && isP(toks[k], '+-−') && isN(toks[k + 1], 4) && (!bare || dg.length === 4 || (dg.length === 2 && isP(toks[k + 2], ':')))) {
    const sign = toks[k]!.s === '+' ? 1 : -1;
    const digits = toks[k + 1]!.s;
    let hh: number, mm = 0;
    let e = k + 2;
    if (digits.length === 4) {
      hh = Number(digits.slice(0, 2));
      mm = Number(digits.slice(2));
    } else {
      hh = Number(digits);
      if (isP(toks[e], ':') && isN(toks[e + 1], 2)) {
        mm = Number(toks[e + 1]!.s);
        e += 2;
      }
    }
    if (hh <= 14 && mm < 60) {
      off = sign * (hh * 60 + mm);
      to = e;
    }
  }
  if (off === null) return null;
  if (isP(toks[to], ')') && j > i) to++;
  return { from: i, to, off };
}

const RELATIVE_UNITS = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'секунду', 'секунды', 'секунд', 'минуту', 'минуты', 'минут', 'мин', 'час', 'часа', 'часов', 'день', 'дня', 'дней', 'неделю', 'недели', 'недель', 'месяц', 'месяца', 'месяцев', 'год', 'года', 'лет',
  'segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'año', 'años',
  'sekunde', 'sekunden', 'minute', 'minuten', 'stunde', 'stunden', 'tag', 'tagen', 'woche', 'wochen', 'monat', 'monaten', 'jahr', 'jahren',
  'seconde', 'secondes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années',
  // it / pt / nl / pl / cs / hu / sv / tr
  'secondi', 'minuto', 'minuti', 'ora', 'ore', 'giorno', 'giorni', 'settimana', 'settimane', 'mese', 'mesi', 'anno', 'anni',
  'segundos', 'minutos', 'horas', 'dias', 'semanas', 'meses', 'anos',
  'seconden', 'minuut', 'minuten', 'uur', 'uren', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar',
  'sekund', 'sekundy', 'minut', 'minuty', 'minutę', 'godzina', 'godziny', 'godzin', 'godzinę', 'dzień', 'dni', 'tydzień', 'tygodnie', 'tygodni', 'miesiąc', 'miesiące', 'miesięcy', 'rok', 'lata', 'lat',
  'sekundami', 'minutou', 'minutami', 'hodinou', 'hodinami', 'dnem', 'dny', 'týdnem', 'týdny', 'měsícem', 'měsíci', 'rokem', 'lety',
  'másodperce', 'perce', 'órája', 'napja', 'hete', 'hónapja', 'éve', 'perccel', 'órával', 'nappal', 'héttel', 'hónappal', 'évvel',
  'sekunder', 'minuter', 'timme', 'timmar', 'dagar', 'veckor', 'vecka', 'månad', 'månader', 'år',
  'saniye', 'dakika', 'saat', 'gün', 'hafta', 'ay', 'yıl',
  'h', 'm', 'd', 'w', 'y',
]);
/** Units that say "ago" themselves (hu: "3 órája", three hours ago). */
const SELF_AGO = new Set(['másodperce', 'perce', 'órája', 'napja', 'hete', 'hónapja', 'éve']);
const RELATIVE_WORDS = new Set([
  'ago', 'назад', 'hace', 'vor', 'il', 'y', 'a', 'an', 'one', 'just', 'now', 'today', 'yesterday', 'сегодня', 'вчера', 'только', 'что',
  'hoy', 'ayer', 'heute', 'gestern', 'aujourd', 'hui', 'hier', 'oggi', 'ieri', 'hoje', 'ontem', 'einer', 'einem', 'une', 'un', 'una',
  'fa', 'há', 'geleden', 'temu', 'před', 'ezelőtt', 'sedan', 'önce', 'vandaag', 'gisteren', 'dzisiaj', 'wczoraj', 'dnes', 'včera', 'tegnap', 'idag', 'igår', 'bugün', 'dün',
]);
const DAY_WORDS = new Set(['today', 'yesterday', 'сегодня', 'вчера', 'hoy', 'ayer', 'heute', 'gestern', 'hier', 'oggi', 'ieri', 'hoje', 'ontem',
  'vandaag', 'gisteren', 'dzisiaj', 'wczoraj', 'dnes', 'včera', 'tegnap', 'idag', 'igår', 'bugün', 'dün']);
/** "ago" before or after the unit: en, ru, es, de, it, pt, nl, pl, cs, hu, sv, tr ("il y a" is a regex). */
const AGO_WORDS = new Set(['ago', 'назад', 'hace', 'vor', 'fa', 'há', 'geleden', 'temu', 'před', 'ezelőtt', 'sedan', 'önce']);

const ILYA = /\bil y a\b/iu;
const JUST_NOW = /^just now$/iu;

/**
 * Every word parseDate can use or skip as filler: months, ordinals, am/pm, clock words, zones,
 * relative units and words, the articles before a unit. A word outside it always lands in otherWords.
 */
const MAYBE_USED = new Set<string>([
  ...FILLER_SET, ...MONTH.keys(), ...ORDINAL, ...Object.keys(ZONES), ...RELATIVE_UNITS, ...RELATIVE_WORDS, ...DAY_WORDS, ...AGO_WORDS,
  '年', '月', '日', '년', '월', '일', 't', 'h', 'uhr', 'hrs', 'am', 'pm', 'a', 'p', 'm', 'de', 'just', 'now', 'one', 'un', 'une', 'una', 'einer', 'einem',
]);

/**
 * True when the text holds more than max words (the 'w' tokens of tokenize(): maximal runs of
 * letters) that would land in otherWords whatever the date parse finds. Stops at the first word
 * over the limit, without building tokens: a sentence ends here after a few words.
 */
function moreOthers(text: string, max: number): boolean {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const cp = cpAt(text, i);
    if (!isLetterCp(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < len) {
      const d = cpAt(text, i);
      if (!isLetterCp(d)) break;
      i += d > 0xffff ? 2 : 1;
    }
    if (!MAYBE_USED.has(text.slice(start, i).toLowerCase()) && ++n > max) return true;
  }
  return false;
}

// ---------------------------------------------------------------- public API

export interface DateOptions {
  /** Read an ambiguous slash date a/b/yyyy as day/month (default: month/day, as in US English). */
  dayFirst?: boolean;
  /**
   * Callers that reject a date with more than this many other words (otherWords) may say so:
   * parseDate then returns null as soon as the line holds more words that no date, time, zone or
   * filler can use (a sentence), before it looks for a date. Default: no limit.
   */
  maxOther?: number;
}

export interface ParsedDate {
  /** ISO 8601 text, or null when the text names no absolute date (relative, or no year). */
  iso: string | null;
  /** True for "3 hours ago", "yesterday, 14:35", ... */
  relative: boolean;
  /** What the line gives: 'datetime' | 'date' | 'month' | 'time' | 'relative'. */
  precision: 'datetime' | 'date' | 'month' | 'time' | 'relative';
  /** True when an "updated" keyword opens the date. */
  updated: boolean;
  /** Words of the line not used by the date (lower-cased), besides filler like "Published", "at", weekdays. */
  otherWords: string[];
  /** Number of tokens the date and time used. */
  used: number;
}

/**
 * Answers of parseDate during one clean() call (withDateMemo), by text and options: the rules
 * and extractors of two rounds read the same short lines (a byline, a date line, a title
 * candidate's head) several times per capture (issue 14). Inactive outside clean(), so a
 * library caller gets objects of its own. Slot per text: dayFirst, then maxOther 0..MEMO_MAX_OTHER.
 */
let memo: Map<string, (ParsedDate | null | undefined)[]> | null = null;
const MEMO_MAX_OTHER = 30;

/** Runs fn with parseDate remembering its answers (nested calls share the outer memo). */
export function withDateMemo<T>(fn: () => T): T {
  if (memo !== null) return fn();
  memo = new Map();
  try {
    return fn();
  } finally {
    memo = null;
  }
}

/** Finds one date (and time) in a short text; null when it names none. Linear in the text. */
export function parseDate(text: string, opts: DateOptions = {}): ParsedDate | null {
  if (text.length > 400) return null;
  const m = memo;
  const max = opts.maxOther;
  if (m === null || (max !== undefined && !(max >= 0 && max <= MEMO_MAX_OTHER && Number.isInteger(max)))) return parseDateNow(text, opts);
  const slot = (opts.dayFirst ? 1 : 0) + (max === undefined ? 0 : 2 * (max + 1));
  let answers = m.get(text);
  if (answers === undefined) m.set(text, (answers = []));
  let d = answers[slot];
  if (d === undefined) answers[slot] = d = parseDateNow(text, opts);
  return d;
}

function parseDateNow(text: string, opts: DateOptions): ParsedDate | null {
  const dayFirst = opts.dayFirst ?? false;
  if (opts.maxOther !== undefined && moreOthers(text, opts.maxOther)) return null;
  const toks = tokenize(text);
  let date: DatePart | null = null;
  let time: TimePart | null = null;
  let zone: ZonePart | null = null;
  const used = new Uint8Array(toks.length);
  const mark = (p: Part) => {
    for (let k = p.from; k < p.to; k++) used[k] = 1;
  };
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    if (!date) {
      const d = matchDate(toks, i, dayFirst);
      if (d) {
        date = d;
        mark(d);
        // ISO "T" between date and time
        if (toks[d.to]?.s === 'T') used[d.to] = 1;
        i = d.to - 1;
        continue;
      }
    }
    if (!time) {
      const t = matchTime(toks, i, date !== null);
      if (t && (t.to - t.from > 1 || date)) {
        // a bare number is no time: need ':' / 'h' / am-pm (checked in matchTime)
        time = t;
        mark(t);
        const z = matchZone(toks, t.to);
        if (z) {
          zone = z;
          mark(z);
          i = z.to - 1;
        } else i = t.to - 1;
        continue;
      }
    }
  }
  // A zone after the date ("Nov 19, 2019 CST" is rare; "14:35 MSK" handled above).
  let relative = false;
  if (!date && !time) {
    // relative: "3 hours ago", "vor 3 Stunden", "hace 3 horas", "il y a 3 heures", "3 часа назад", "yesterday"
    let unit = false, ago = false, day = false;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.t === 'w' && RELATIVE_UNITS.has(t.l) && (isN(toks[i - 1], 3) || ['a', 'an', 'one', 'un', 'une', 'una', 'einer', 'einem'].includes(toks[i - 1]?.l ?? ''))) {
        unit = true;
        if (SELF_AGO.has(t.l)) ago = true;
        used[i] = 1;
        if (toks[i - 1]) used[i - 1] = 1;
      } else if (t.t === 'w' && AGO_WORDS.has(t.l)) {
        ago = true;
        used[i] = 1;
      } else if (t.t === 'w' && DAY_WORDS.has(t.l)) {
        day = true;
        used[i] = 1;
      }
    }
    // the regexes only when the cheaper tests leave the answer open
    if (!((unit && (ago || ILYA.test(text))) || day || JUST_NOW.test(text.trim()))) return null;
    relative = true;
    for (let i = 0; i < toks.length; i++) if (toks[i]!.t === 'w' && RELATIVE_WORDS.has(toks[i]!.l)) used[i] = 1;
  } else if (!date && time) {
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.t === 'w' && DAY_WORDS.has(toks[i]!.l)) {
        relative = true;
        used[i] = 1;
      }
    }
  }

  const otherWords: string[] = [];
  let updated = false;
  let nUsed = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (used[i]) {
      nUsed++;
      continue;
    }
    if (t.t === 'p') continue;
    if (t.t === 'w' && UPDATED_SET.has(t.l)) updated = true;
    if (t.t === 'w' && FILLER_SET.has(t.l)) continue;
    otherWords.push(t.l);
  }

  let iso: string | null = null;
  let precision: ParsedDate['precision'];
  if (relative) precision = 'relative';
  else if (date && date.y !== null && date.d !== null) {
    const ymd = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
    if (time) {
      const hms = `${pad(time.h)}:${pad(time.min)}:${pad(time.s)}`;
      let off: number | null = null;
      if (zone) off = typeof zone.off === 'number' ? zone.off : US_BASE[zone.off] + (usDst(date.y, date.m, date.d) ? 60 : 0);
      iso = `${ymd}T${hms}${off === null ? '' : offsetText(off)}`;
      precision = 'datetime';
    } else {
      iso = ymd;
      precision = 'date';
    }
  } else if (date && date.y !== null) {
    iso = `${date.y}-${pad(date.m)}`;
    precision = 'month';
  } else if (date) {
    precision = time ? 'datetime' : 'date';
  } else precision = 'time';
  return { iso, relative, precision, updated, otherWords, used: nUsed };
}

/** "Updated", "mis à jour", "обновлено", ... where a second date in a line starts. */
const UPDATED_AT = /(?:^|[\s(,;|–—-])(?:last\s+)?(?:updated|update|modified|mis à jour|modifié|actualisé|actualizado|actualizada|actualización|aktualisiert|обновлено|обновлён|изменено|aggiornato|atualizado)(?![\p{L}])/iu;

/**
 * UPDATED_AT needs one of these pieces (any case) or a non-ASCII character (à, ö, Cyrillic, and ſ or K,
 * which /iu folds onto s and k): a cheap /i scan that most lines fail.
 */
const UPDATED_HINT = /updat|modif|actuali|aktuali|aggiorn|atualiz|[^\x00-\x7f]/i;

export interface DateLine {
  /** The publication date the line gives (null when it names only an update). */
  published: ParsedDate | null;
  /** The update date the line gives ("(updated 09:47 GMT 03.03.2020)", "Updated 3:45 PM ET, ..."). */
  updated: ParsedDate | null;
}

/**
 * Reads a line that may hold a publication date and an update date:
 * "09:12 GMT 03.03.2020 (updated 09:47 GMT 03.03.2020)",
 * "Publié le 14 juillet 2020 à 18h05 - Mis à jour le 15 juillet 2020 à 08h12".
 * A line that opens with "Updated" gives only an update date.
 */
export function parseDateLine(text: string, opts: DateOptions = {}): DateLine | null {
  if (text.length > 400) return null;
  const m = UPDATED_HINT.test(text) ? UPDATED_AT.exec(text) : null;
  if (m && m.index > 0 && text.slice(0, m.index).trim() !== '') {
    const head = text.slice(0, m.index);
    const tail = text.slice(m.index).replace(/^[\s(,;|–—-]+/u, '').replace(/\)\s*$/u, '');
    // the head is read without a limit: an "Updated" head gives way to the tail whatever its other words
    const p = parseDate(head, opts.maxOther === undefined ? opts : { ...opts, maxOther: undefined });
    const u = parseDate(tail, opts);
    if (p && u) return { published: p.updated ? null : p, updated: { ...u, updated: true } };
  }
  const d = parseDate(text, opts);
  if (!d) return null;
  return d.updated ? { published: null, updated: d } : { published: d, updated: null };
}
