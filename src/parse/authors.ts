/**
 * Bylines -> author names.
 *
 * Forms (en / de / fr / es / it / pt / nl / pl / ru / cs / hu / sv / tr lead words):
 *   "By Jane Doe and John Roe", "Von Max Muster", "Por María García y Luis Pérez",
 *   "Door Jan de Vries", "Di Marco Rossi", "Av Anna Svensson", "Autor: Jan Novák", "Szerző: Kiss Anna",
 *   "Yazar: Ayşe Yılmaz", "By Jane Doe July 10, 2015" (a date glued on), "Jane Doe 1 day ago";
 *   "Par Jean Dupont", "Автор: Иван Иванов", "Written by ...", "By\u00a0Jane Doe | July 14, 2020";
 *   "Maya Lindgren - Feb 6, 2018, 4:17 pm CST" (names, a separator, a date);
 *   "Tom Krisher, AP Auto Writer" (names, then a role).
 * Every name must look like one (capitalised words, initials, particles such as
 * "de", "van", "von"); a sentence that starts with "By" or "Par" fails that test.
 */
import { parseDate } from './date.js';
import { isCounterWord } from './counters.js';
import { TIGHT } from '../core/stopwords.js';

const LEAD = /^(?:(?:(?:written|posted|story|words|text|reporting|report|photos?|article|published|compiled|edited)\s+by|(?:escrito|publicado|redactado|publié|écrit|rédigé|geschrieben|verfasst|написано|опубликовано)\s+(?:por|par|von|пользователем)|by|von|por|par|door|di|av|autor(?:a|es|in|ka)?|autore|autrice|auteurs?|author|authors|szerző|írta|yazar|författare|redacción|автор(?:ы)?)(?:\s*[:：]\s*|\s+)|(?:texto|texte|text|tekst|текст)\s*[:：]\s*)/iu;
const LEAD_ONLY = /^(?:by|von|por|par|door|di|av|autor(?:a|es|in|ka)?|autore|auteurs?|author|authors|szerző|írta|yazar|författare|автор(?:ы)?|written by|posted by)\s*[:：]?$/iu;

/**
 * The first two letters of every word LEAD and LEAD_ONLY open with, for ASCII (lower case). Both
 * need such a word at the start, and /iu folds no ASCII character onto another letter, so a text
 * that opens with two ASCII characters outside this table matches neither (most lines: two table
 * reads instead of two regexes).
 */
const LEAD_PAIRS = new Uint8Array(128 * 128);
for (const w of ['written', 'posted', 'story', 'words', 'text', 'reporting', 'report', 'photo', 'article', 'published', 'compiled', 'edited',
  'escrito', 'publicado', 'redactado', 'geschrieben', 'verfasst', 'by', 'von', 'por', 'par', 'autor', 'auteur', 'author', 'texto', 'texte', 'redacción',
  'door', 'di', 'av', 'szerző', 'yazar', 'tekst']) {
  LEAD_PAIRS[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1;
}
/** False when LEAD and LEAD_ONLY surely fail on the text (see LEAD_PAIRS); true when they may match. */
function mayLead(s: string): boolean {
  const c0 = s.charCodeAt(0);
  if (!(c0 < 128)) return c0 >= 128; // NaN: the empty text
  if ((c0 | 32) < 97 || (c0 | 32) > 122) return false;
  const c1 = s.charCodeAt(1);
  if (c1 >= 128) return true;
  if (!((c1 | 32) >= 97 && (c1 | 32) <= 122)) return false;
  return LEAD_PAIRS[(c0 | 32) * 128 + (c1 | 32)] === 1;
}

/**
 * Role words after a name ("Jane Doe, Staff Writer", "Meg James Staff Writer"). A list, not a
 * shape (issue 12, point 5): "Jane Doe, Staff Writer" and "Jane Doe, John Roe" are both two
 * capitalised pairs after a comma, and only the words tell a role from a second name; dropping the
 * list changed 52 author outputs on the bench pages ("Product Manager" came back as a name). The
 * shape test that does hold in any language is applied too: after the names and a comma, a phrase
 * with a lower-case word in it ("Head of Research", "envoyé spécial") ends them (splitNames).
 */
const ROLE_WORDS = new Set([
  'writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'staff', 'producer', 'analyst', 'photographer',
  'journalist', 'senior', 'chief', 'bureau', 'contributing', 'special', 'associate', 'deputy', 'managing', 'freelance', 'intern', 'critic',
  'корреспондент', 'обозреватель', 'редактор', 'журналист', 'корр', 'спецкор', 'колумнист',
  'corresponsal', 'redactor', 'redactora', 'periodista', 'enviado', 'enviada', 'columnista', 'editora',
  'korrespondent', 'korrespondentin', 'redakteur', 'redakteurin', 'autorin', 'reporterin', 'journalistin',
  'journaliste', 'rédacteur', 'rédactrice', 'envoyé', 'envoyée', 'correspondant', 'correspondante', 'chroniqueur', 'chroniqueuse',
  'redaktion', 'redaction', 'rédaction', 'redacción', 'редакция', 'desk', 'newsroom', 'team', 'agencies', 'agencias', 'agences', 'agenturen', 'wire',
  // job titles after a name ("Evan Rapoport, Product Manager, Google Maps"): their head nouns, none a common surname
  'manager', 'engineer', 'director', 'president', 'officer', 'founder', 'cofounder', 'ceo', 'cto', 'cfo', 'coo', 'vp', 'designer',
  'developer', 'scientist', 'professor', 'researcher', 'consultant', 'strategist', 'evangelist', 'architect', 'lecturer', 'chairman',
  'chairwoman', 'coordinator', 'specialist', 'economist', 'programmer', 'attorney',
  // credentials after a name
  'bsc', 'msc', 'phd', 'md', 'ms', 'rdn', 'rd', 'mba', 'ma', 'jd', 'cpa',
]);
/** Outlet words: "CNN Business", "Business Insider", "Jerusalem Post" are publishers, not people. */
const OUTLET_WORDS = new Set([
  'news', 'times', 'post', 'journal', 'press', 'media', 'network', 'magazine', 'daily', 'today', 'insider', 'business', 'tribune', 'herald',
  'gazette', 'agency', 'online', 'digital', 'tv', 'radio', 'weekly', 'monthly', 'staff', 'admin', 'administrator', 'input', 'contributors', 'editors', 'reports',
  'nachrichten', 'zeitung', 'noticias', 'diario', 'presse', 'journal', 'новости', 'газета',
]);
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'ter', 'zu', 'y', 'st']);
const NOT_NAMES = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'his', 'her', 'their',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'el', 'la', 'los', 'las', 'le', 'les', 'der', 'die', 'das', 'ein', 'eine', 'un', 'une', 'una', 'uno',
  'getty', 'images', 'shutterstock', 'reuters', 'ap', 'afp', 'photo', 'foto', 'image', 'video',
]);

/**
 * English function words of three letters or more ("For Immediate Release", "About Us", "With
 * Love"): no word of a person's name, except the few that are given names (Will, May, Can).
 * Shorter ones stay out: "An", "Do", "Le", "So" are Vietnamese, Korean or French names.
 *
 * English only, on purpose (issue 12, point 5): the list matters only where headings and labels
 * are written in Title Case, an English habit; the other languages write them in sentence case
 * ("Über uns", "Chi siamo", "À propos de nous"), where the lower-case word already fails the
 * capitalised-name test. The function words of every language (core/stopwords.ts TIGHT) hold
 * given names and surnames of other languages (Dan, Meg, Per, Till, Ella, Ada, Aki, Alla, Han,
 * Son, Che, Jen): with their union here, 11 author outputs on the bench pages were lost (Dan
 * Goodin, Meg Kinnard, ...) and the Readability text check half fell from 0.553 to 0.526. The
 * capture's language is not known while the rules run (it is detected from the body, after).
 */
const FUNCTION_NOT_NAMES = new Set(TIGHT.en!.split(/\s+/u).filter((w) => w.length >= 3 && w !== 'will' && w !== 'may' && w !== 'can'));

/** English month names that are also given names (June, May, April, August). */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;

/** True when the string reads as one person's (or an agency's) name. */
export function isName(s: string): boolean {
  const w = s.split(' ').filter((x) => x !== '');
  if (w.length === 0 || w.length > 5) return false;
  // one word of two or three capitals is a code (a state, "WA"; an outlet), not a name; initials carry dots
  if (w.length === 1 && /^\p{Lu}{2,3}$/u.test(w[0]!)) return false;
  let caps = 0;
  for (let k = 0; k < w.length; k++) {
    const x = w[k]!;
    if (PARTICLES.has(x.toLowerCase()) && caps > 0) continue;
    if (!NAME_WORD.test(x)) return false;
    const lx = x.toLowerCase().replace(/[.’']+$/u, '');
    // a month inside a name is a middle name ("Laura June Topolsky"); first or last it is a date
    if ((NOT_NAMES.has(lx) && !(MONTHS.has(lx) && k > 0 && k < w.length - 1)) || OUTLET_WORDS.has(lx) || FUNCTION_NOT_NAMES.has(lx)) return false;
    // a web address ("Cleveland.com") is an outlet
    if (/\.\p{Ll}{2,}/u.test(x)) return false;
    caps++;
  }
  return caps > 0 && s.length <= 60;
}

function isRole(s: string): boolean {
  for (const w of s.toLowerCase().split(/[\s,.-]+/u)) if (ROLE_WORDS.has(w)) return true;
  return false;
}

/**
 * "and" in the listed languages, as a whole word ("Ayşe" holds no "e"): en de es pt fr nl sv hu tr pl ru;
 * English "And" / "AND" too (bylines in capitals: "JANE DOE AND JOHN ROE").
 * Czech and Slovak "a" is no separator here: it is also the English article ("Leave a Comment");
 * see CS_AND.
 */
const LIST_SEP = /\s*(?:,|;|&|(?<![\p{L}\p{N}])(?:and|And|AND|und|y|e|et|en|och|és|ve|i|и)(?![\p{L}\p{N}]))\s*/u;
/** Czech / Slovak "a" (and): it parts names only when every side is a full name of two words or more ("Jan Novák a Petr Svoboda"). */
const CS_AND = /\s+a\s+/u;

function splitCsAnd(piece: string): string[] {
  if (!piece.includes(' a ')) return [piece];
  const parts = piece.split(CS_AND);
  return parts.every((p) => p.trim().includes(' ') && isName(p.trim())) ? parts : [piece];
}

/**
 * "Jane Doe Leave a Comment", "Jane Doe 3 Comments": a name, then a comment or share widget that an
 * author element or byline line holds too. The widget is at most four words, one of them a counter
 * word (parse/counters.ts: comments, replies, shares... in several languages), opens with a
 * capital or a digit, and is two words or more or holds a digit (a lone "Read" may be a surname).
 * Returns the name before it, or null.
 */
function nameBeforeWidget(piece: string): string | null {
  const w = piece.split(' ');
  if (w.length < 3) return null;
  for (let k = 2; k < w.length && k <= 5; k++) {
    // one capitalised word alone may be a surname ("Read"): the widget is two words or holds a digit
    if (w.length - k > 4 || !/^[\p{Lu}\d]/u.test(w[k]!) || (w.length - k === 1 && !/\d/u.test(w[k]!))) continue;
    // a counter word, or a count in brackets closing the widget ("Discuss (0)")
    if (!w.slice(k).some((x) => isCounterWord(x.replace(/[^\p{L}]+/gu, ''))) && !/^\(\d{1,6}\)$/u.test(w[w.length - 1]!)) continue;
    const head = w.slice(0, k).join(' ');
    if (isName(head)) return head;
  }
  return null;
}
/** Separators between a name and what follows it (date, outlet). */
const TAIL_SEP = /\s+[-–—|·•]\s+|\s*[|·•]\s*/u;

/** Splits "Jane Doe and John Roe" into names; null when a piece is not a name. */
export function splitNames(s: string): string[] | null {
  const names: string[] = [];
  let at = 0;
  let sawAnd = false;
  for (const rawPiece of s.split(LIST_SEP).flatMap(splitCsAnd)) {
    // the piece comes right after a comma ("Jane Doe, Head of Research"), not after "and"
    const from = s.indexOf(rawPiece, at);
    const sep = s.slice(at, from);
    const afterComma = from > 0 && /,\s*$/u.test(sep);
    at = from + rawPiece.length;
    // a list of names ends with its "and" ("Jane Doe, John Roe and Ann Lee"): a comma after the
    // "and" opens what follows the names ("Jane Doe and John Roe, Example Lighting")
    if (afterComma && sawAnd && names.length > 0) break;
    if (from > 0 && /\p{L}/u.test(sep)) sawAnd = true;
    let piece = rawPiece.trim();
    // a final full stop goes, unless it closes an initial ("Sarah E.")
    if (!/(?:^|\s)\p{Lu}\.$/u.test(piece)) piece = piece.replace(/(?<![.,:;])[.,:;]+$/u, '');
    if (piece === '') continue;
    // "Meg James Staff Writer": the name is the words before the role (at most the first two when a qualifier precedes it)
    if (isRole(piece)) {
      // a role after the names ends them: what follows is the role's employer
      // ("By Jane Doe, Senior Staff Technologist, Speech, Privacy, and Technology Project")
      if (names.length > 0) break;
      const w = piece.split(' ');
      const r = w.findIndex((x) => ROLE_WORDS.has(x.toLowerCase().replace(/[.,]$/u, '')));
      const head = r > 3 ? w.slice(0, r) : r === 3 ? w.slice(0, 2) : r === 2 ? w.slice(0, 2) : [];
      if (head.length >= 2 && names.length === 0 && isName(head.join(' '))) {
        // the role ends the names ("By Jane Doe Writer and broadcaster")
        names.push(head.join(' '));
        break;
      }
      continue;
    }
    // An outlet or agency in capitals after the names ("Jane Doe, CNN") is not an author.
    if (names.length > 0 && /^[\p{Lu}\d .&-]{2,12}$/u.test(piece) && !piece.includes(' ')) continue;
    // a comment or share widget after the name ends the byline
    const named = piece.includes(' ') ? nameBeforeWidget(piece) : null;
    if (named) {
      names.push(named);
      break;
    }
    if (!isName(piece)) {
      // after the names and a comma, a capitalised phrase with a lower-case word in it (and no digit)
      // is a role or an employer ("Jane Doe, Head of Research at Acme"), not a name: it ends the names
      if (names.length > 0 && afterComma && !/\d/u.test(piece) && upperFirst(piece) && piece.split(' ').some((x) => /^\p{Ll}/u.test(x) && !PARTICLES.has(x))) break;
      // an outlet after the names ("Ravi Menon, Harbor Business") ends the list; anything else is no byline
      if (names.length > 0 && piece.split(' ').some((x) => OUTLET_WORDS.has(x.toLowerCase()) || /\.\p{Ll}{2,}/u.test(x))) continue;
      return null;
    }
    names.push(piece);
  }
  return names.length ? names : null;
}

/**
 * A name with a photo role in brackets, and the separator before it: "and Quinn Harbour (photography)",
 * "Till Anger (Fotos)", "Олег Белов (фото)". The role words are a list: nothing in a name's shape
 * tells a photographer from a writer. (Photo credits with a lead word of their own, "Foto: ...",
 * "Fotó: ...", "Фото: ...", are no byline at all: LEAD holds no photo word but English "Photo by",
 * which PHOTO_CREDIT undoes.)
 */
const PHOTO_ROLE = /(?:\s*(?:,|&|\band\b)\s*)?[^,&()]*\((?:photo(?:graphy|graphs|s)?|pictures|images|fot[oó]s?|fotograf\p{L}*|fotoğraf\p{L}*|zdjęcia|bild(?:er)?|фото(?:графии)?)\)/giu;

/**
 * A date's label after a byline's names, and all that follows it ("By Jane Doe Updated 3:45 PM ET",
 * "Par Jean Dupont Publié le 3 mars 2021"): "updated" / "published" / "posted" in the listed
 * languages. A letter may not follow (\b is ASCII-only: "publié" and "обновлено" end in letters it does not know).
 */
const DATE_LABEL = /,?\s*(?:updated|published|posted|aktualisiert|veröffentlicht|actualizado|publicado|actualisé|publié|mis à jour|pubblicato|aggiornato|atualizado|bijgewerkt|gepubliceerd|opublikowano|zaktualizowano|publikováno|aktualizováno|publicerad|uppdaterad|frissítve|közzétéve|güncellendi|yayınlandı|yayımlandı|обновлено|опубликовано)(?![\p{L}]).*$/iu;

/** The dates of a byline stand alone: parseDate may stop at the first word no date uses. */
const NO_OTHER = { maxOther: 0 };

/** /i, not /iu: no letter of these words has a non-ASCII case variant (only s and k do, see ci.ts), so the matches are the same, and /i runs faster. */
const BY_INSIDE = /\s(?:by|von|por|par)\s+/i;
const TAIL_CUT = /(?:\s+[-–—|·•]\s+|\s*[|·•]\s*).*$/u;

/** The end of a byline's date field: a dash, bar or dot, spaced or not (a hyphen only spaced: it is inside ISO dates). */
const NEXT_FIELD = /\s*[–—|·•]|\s+-\s/u;

/** A compact age after a byline's names: "8h", "5 min", "3d", "2w". */
const COMPACT_AGE = /^\d{1,3}\s?(?:h|hrs?|m|mins?|d|w)$/iu;

/** TAIL_SEP needs one of these characters. */
const SEP_CHAR = /[-–—|·•]/u;

/** A separator between a byline's fields, spaced or not (a hyphen only spaced). */
const FIELD_SEP = /\s*[–—|·•]\s*|\s+-\s+/u;

/** An outlet after a byline's names and a comma: two to four capitalised words, one of them an outlet word ("Associated Press"). */
function outletTail(tail: string): boolean {
  const w = tail.trim().split(' ');
  // "Dow Jones, A News Corp Company": an apposition (an indefinite article first) says what the name is
  if (/^an?$/iu.test(w[0]!)) return false;
  return w.length >= 1 && w.length <= 4 && w.every((x) => upperFirst(x) || x === 'the') && w.some((x) => OUTLET_WORDS.has(x.toLowerCase()));
}

/** The text opens with a letter or a digit ([\p{L}\p{N}]). */
function alnumFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return /^[\p{L}\p{N}]/u.test(s);
}

/** The text opens with an upper-case letter (\p{Lu}). */
function upperFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** Parses a byline; returns the names, or null when the text is no byline. */
export function parseByline(text: string): string[] | null {
  // a long line is a byline only as "By Jane Doe, a deputy editor who ...": the names and their apposition
  if (text.length > 200) return longByline(text);
  let t = alnumFirst(text) ? text : text.replace(/^[^\p{L}\p{N}]+/u, '');
  // a line ending in a colon labels a form field or what follows ("Author Email (optional):"): no byline
  if (t.charCodeAt(t.length - 1) === 58 /* : */ || t.endsWith('：')) return null;
  const lead = mayLead(t) ? LEAD.exec(t) : null;
  // "By Jane Doe jane.doe@example.com", "By Jane Doe @janedoe", "By Jane Doe@janedoe": an e-mail
  // address after the names goes, and so does a handle (from its "@": it may be glued to the name)
  if (lead && t.includes('@')) t = t.replace(/\s+[^\s@]+@[^\s@]+\.\p{L}+/gu, '').replace(/\s*@[\p{L}\p{N}_.]*/gu, ' ');
  // words glued by a lost separator ("By Meg JamesStaff Writer") come apart first
  if (lead) t = t.replace(/(\p{Ll}{2})(\p{Lu}\p{Ll})/gu, '$1 $2');
  if (lead) {
    let rest = t.slice(lead[0].length);
    // "By Jane Doe, a deputy editor who ...": an apposition in lower case ends the names
    const appos = /,\s+\p{Ll}/u.exec(rest);
    if (appos) rest = rest.slice(0, appos.index);
    const cut = TAIL_SEP.exec(rest);
    if (cut) rest = rest.slice(0, cut.index);
    // "By Jane Doe Updated 3:45 PM ET" / "By Jane Doe, July 14, 2020": drop a trailing date.
    const dm = DATE_LABEL.exec(rest);
    if (dm) rest = rest.slice(0, dm.index);
    // (a date with its weekday holds a comma itself, "By Jane Doe, Wednesday, 20 November 2019": the first comma whose rest is all date ends the names)
    if (rest.includes(',')) rest = beforeCommaDate(rest);
    // "By Jane Doe on May 3, 2012 at 6:18 PM in Notes", "Posted by Jane Doe at 8:00 AM": names, then "on" / "at" and a date or a time
    const at = ON_DATE.exec(rest);
    if (at && at.index > 0 && parseDate(rest.slice(at.index + at[0].length).split(/\s+(?:in|under)\s+/u)[0]!, NO_OTHER)?.otherWords.length === 0) rest = rest.slice(0, at.index);
    // "By Jane Doe/Statehouse Bureau", "By Jane Doe / Example.com": a desk or an outlet after a slash goes
    rest = rest.replace(SLASH_DESK, '');
    // "Nora Vale (reporting) and Quinn Harbour (photography)": roles in brackets go
    // ("Quinn Harbour (photography)" is the photographer: that name goes whole)
    if (rest.includes('(')) rest = rest.replace(PHOTO_ROLE, '').replace(/ ?\([^()]{1,30}\)/gu, '');
    return splitNames(rest.trim()) ?? namesBeforeDate(rest.trim());
  }
  // "Posted on March 3, 2020 by Sam Porter": a date line, then the names
  const digit = /\d/u.test(t);
  const by = digit ? BY_INSIDE.exec(t) : null;
  if (by && by.index > 0) {
    // the date is the last field before "by" ("Design | 7 hours ago by Jane Doe")
    let head = t.slice(0, by.index);
    const fields = SEP_CHAR.test(head) ? head.split(FIELD_SEP).filter((x) => x.trim() !== '') : null;
    if (fields && fields.length > 1) head = fields[fields.length - 1]!;
    const d = parseDate(head, NO_OTHER);
    if (d && d.otherWords.length === 0 && d.precision !== 'time') return splitNames(t.slice(by.index + by[0].length).replace(TAIL_CUT, ''));
  }
  // "Maya Lindgren - Feb 6, 2018, 4:17 pm CST"
  const cut = digit && SEP_CHAR.test(t) ? TAIL_SEP.exec(t) : null;
  if (cut && cut.index > 0) {
    const head = t.slice(0, cut.index);
    // two words or more before the separator (tested first: it is cheaper than the date)
    if (!head.includes(' ')) return null;
    const tail = t.slice(cut.index + cut[0].length);
    const d = parseDate(tail, NO_OTHER);
    if (d && d.otherWords.length === 0 && d.precision !== 'time') return splitNames(head);
    // "James Akinaka • 8h": a compact age (hours, minutes, days, weeks)
    if (COMPACT_AGE.test(tail)) return splitNames(head);
    // "Tomas Brandt — 2014-05-11— in Notes — Permalink": a full date is the next field, more fields follow;
    // "Jane Doe | Local reporter | 3 March 2021": a short role field may stand between (the third field at most)
    let field = tail;
    for (let k = 0; k < 2; k++) {
      const next = NEXT_FIELD.exec(field);
      const d2 = next && next.index > 0 ? parseDate(field.slice(0, next.index), NO_OTHER) : null;
      if (d2 && d2.iso !== null && d2.otherWords.length === 0 && d2.precision !== 'time') return splitNames(head);
      if (!next || k > 0 || !isRole(field.slice(0, next.index)) || field.slice(0, next.index).split(' ').length > 3) break;
      field = field.slice(next.index + next[0].length);
      const d3 = parseDate(field, NO_OTHER);
      if (d3 && d3.iso !== null && d3.otherWords.length === 0 && d3.precision !== 'time') return splitNames(head);
    }
    return null;
  }
  // "Alex Perry 1 day ago": a name and nothing but a date after it
  if (digit && t.length <= 60 && upperFirst(t)) {
    const names = namesBeforeDate(t, true);
    if (names) return names;
  }
  // "Tom Krisher, AP Auto Writer": names, then a role
  const comma = t.length <= 80 ? t.indexOf(',') : -1;
  if (comma > 0) {
    const head = t.slice(0, comma);
    const tail = t.slice(comma + 1);
    // cheap tests first: two words or more, opening with a capital (isName needs one)
    // or an outlet ("Pete Yost, Associated Press"): capitalised words, one of them an outlet word
    if (head.includes(' ') && upperFirst(head) && (isRole(tail) || outletTail(tail)) && !/[.!?]$/u.test(tail) && isName(head)) return splitNames(head);
  }
  return null;
}

/** A byline line of over 200 characters: a lead word, names, then an apposition in lower case ("By Jane Doe, a ..."). */
function longByline(text: string): string[] | null {
  const head = text.slice(0, 80);
  const appos = /,\s+\p{Ll}/u.exec(head);
  return appos && mayLead(head) && LEAD.test(head) ? parseByline(head.slice(0, appos.index)) : null;
}

/** " on " / " at " after a byline's names, before a date or a time ("Posted by Jane Doe on May 3, 2012"). */
const ON_DATE = /\s+(?:on|at)\s+(?=\S*\d|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*,?\s)/iu;

/** A desk or outlet after a name of two words or more and a slash ("Jane Doe/Statehouse Bureau", "Jane Doe / Example.com"). */
const SLASH_DESK = /(?<=^\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){1,3})\s*\/\s*\p{Lu}.*$/u;

/**
 * The names before the first comma whose rest is a date and nothing else ("Jane Doe, Wednesday,
 * 20 November 2019 08:05 GMT" gives "Jane Doe"); the text as it is when there is none.
 */
function beforeCommaDate(rest: string): string {
  for (let c = rest.indexOf(','); c > 0; c = rest.indexOf(',', c + 1)) {
    if (parseDate(rest.slice(c + 1), NO_OTHER)?.otherWords.length === 0) return rest.slice(0, c);
  }
  return rest;
}

/** Most words of the names before a glued date. */
const MAX_NAME_WORDS_BEFORE_DATE = 6;

/** A word lower-cased, with only its letters and digits (as a date's otherWords hold them). */
const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Names followed by a date with no separator: "Harriet Vale March 4, 2016 10:20 PM PST",
 * "Owen Lachance April 9 at 2:41 PM Follow @owen". The date must start right after the
 * names (its first word is no other word); with `whole`, nothing but the date may follow.
 */
function namesBeforeDate(text: string, whole = false): string[] | null {
  const words = text.split(' ');
  for (let k = 2; k <= Math.min(MAX_NAME_WORDS_BEFORE_DATE, words.length - 1); k++) {
    const tail = words.slice(k).join(' ');
    const d = parseDate(whole ? tail : words.slice(k, k + 3).join(' '), whole ? NO_OTHER : {});
    // without a lead word, only a full or a relative date ("Vancouver Sun, January 27" is a source line)
    if (!d || d.precision === 'time' || (whole && d.iso === null && !d.relative)) continue;
    const first = bare(words[k]!);
    if (d.otherWords.includes(first)) continue;
    // the last word before the date is the date's own label ("Last Updated", "Originally Published"): no names
    const label = bare(words[k - 1]!);
    const labelled = parseDate(words.slice(k - 1, k + 3).join(' '), {});
    if (labelled && !labelled.otherWords.includes(label)) continue;
    const names = splitNames(words.slice(0, k).join(' '));
    if (names) return names;
  }
  return null;
}

/** The text with a byline's lead words cut ("Posted by tofu" → "tofu"); the text as it is when none opens it. */
export function withoutLead(text: string): string {
  const m = mayLead(text) ? LEAD.exec(text) : null;
  return m ? text.slice(m[0].length) : text;
}

/** True for a line that opens with a byline keyword ("By Jane Doe", "Par Jean Roe", "Autor: ..."). */
export function opensWithLead(text: string): boolean {
  return mayLead(text) && LEAD.test(text);
}

/** True for a line that is only a byline keyword ("By", "Автор:"), whose names follow on the next line. */

export function isBylineLead(text: string): boolean {
  return mayLead(text) && LEAD_ONLY.test(text);
}

/** A photo credit ("Photo by Jane Doe", "Photographs by ..."): the byline rule takes it out of the body, but it names no author. */
const PHOTO_CREDIT = /^\W*photo(?:graph)?s?\s+by\s/iu;

/** A photo credit ("Photo by Jane Doe"): a line the byline rule takes that names no author. */
export function isPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT.test(text);
}

/** Author names from byline texts, in page order, without duplicates. */
export function extractAuthors(texts: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    if (PHOTO_CREDIT.test(texts[i]!)) continue;
    let names = parseByline(texts[i]!);
    if (!names && isBylineLead(texts[i]!)) {
      // a lead word alone ("Author", "By") names nobody: its names stand on the next byline line, if any
      if (i + 1 >= texts.length) continue;
      names = splitNames(texts[i + 1]!);
      i++;
    }
    // a names-only line ("Kate Holton, Paul Sandle") that a rule tagged as a byline
    if (!names) names = splitNames(texts[i]!);
    for (const n of names ?? []) {
      const k = n.toLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        out.push(n);
      }
    }
  }
  return out;
}
