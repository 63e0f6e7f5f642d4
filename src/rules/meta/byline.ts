import type { Hit, Rule } from '../../core/types.js';
import { parseByline, isBylineLead, splitNames } from '../../parse/authors.js';
import { articleSpan } from './shape.js';
import { wordCount } from '../../core/text.js';
import { isCounterWord } from '../../parse/counters.js';

/**
 * Bylines feed `authors`: "By Jane Doe and John Roe", "Von ...", "Por ...", "Par ...",
 * "Автор: ...", "Dana Whitfield - Mar 4, 2021, 9:12 pm CST" (the date extractor also
 * reads the date of such a line), "Tom Krisher, AP Auto Writer", and a lone "By"
 * whose names stand on the next line.
 */
export const byline: Rule = {
  id: 'byline',
  description: 'A byline ("By Jane Doe", "Von ...", "Door ...", "Autor: ...", "Szerző: ...", "Írta: ...", "Name - date", "Name | role | date", "Name • 8h", "Name 1 day ago", "Section · 7 hours ago by Name", "Name, Associated Press"; a date label after the names, "Publié le ...", goes with its date; not one word after "by" on neighbouring lines, "by Date", "by Thread", a sort menu; nor a line ending in a colon, a label) feeds authors.',
  run(doc) {
    const hits: Hit[] = [];
    const { blocks, labels, cleared } = doc;
    for (let i = 0; i < blocks.length; i++) {
      if (labels[i]) continue;
      const t = blocks[i]!.text;
      // A block an earlier round cleared (doc.cleared) was free when this rule read it there, with
      // this text: parseByline (of its text alone) said no, and is not asked again (issue 14).
      const names = cleared === undefined || cleared[i] !== 1 ? parseByline(t) : null;
      if (names) {
        // one word after "by" on this line and on the next or the last one ("by Date", "by Thread";
        // "BY WEEK", "BY MONTH"): a sort or browse menu, not a byline
        if (names.length === 1 && !names[0]!.includes(' ') && (oneWordByline(blocks[i + 1]?.text) || oneWordByline(blocks[i - 1]?.text))) continue;
        hits.push({ block: i, field: 'authors' });
      } else if (isBylineLead(t) && i + 1 < blocks.length && !labels[i + 1] && splitNames(blocks[i + 1]!.text)) {
        hits.push({ block: i, field: 'authors' }, { block: i + 1, field: 'authors' });
        i++;
      }
    }
    return hits;
  },
};

/** A line whose byline names one single word ("by Date"). */
function oneWordByline(t: string | undefined): boolean {
  if (t === undefined || t.length > 40) return false;
  const n = parseByline(t);
  return n !== null && n.length === 1 && !n[0]!.includes(' ');
}

/**
 * A names-only line in the article header feeds `authors`: "Kate Holton, Paul Sandle"
 * right below the title or right beside a date line, before the article starts. Each
 * name has two to four capitalised words, and there are two names or more (a single
 * capitalised name beside a date is as often a company or a desk).
 */
export const bylineNames: Rule = {
  id: 'byline-names',
  description: 'A line of person names right below the title or beside the date, before the article, feeds authors; so does one name alone under the title (a date line, a count or a one-word line between at most; a separator after it goes) that the title does not hold, even when a menu rule took it (a name in capitals only with a dated line right after it).',
  run(doc) {
    const { blocks, labels } = doc;
    const start = articleSpan(doc)?.[0] ?? blocks.length;
    const anchors: number[] = [];
    for (const want of ['title', 'published'] as const) for (let i = 0; i < start; i++) if (labels[i]?.field === want) anchors.push(i);
    for (const i of anchors) {
      for (const j of [i + 1, i - 1]) {
        if (j < 0 || j >= start || labels[j] || doc.body?.has(j)) continue;
        const t = blocks[j]!.text;
        if (t === t.toUpperCase()) continue;
        const names = splitNames(t);
        if (!names || names.some((n) => n.split(' ').length < 2 || n.split(' ').length > 4)) continue;
        if (names.length >= 2) return [{ block: j, field: 'authors' }];
      }
    }
    // one name alone on the line under the title ("Moira Castell"), a count or a
    // one-word label between at most: a menu rule may have read it as a menu item
    // (bylines below the article are comment headers and related teasers' bylines: they do not count)
    if (!labels.some((l, i) => i < start && l?.field === 'authors')) {
      const t0 = anchors.find((i) => labels[i]?.field === 'title');
      for (let j = (t0 ?? start) + 1, seen = 0, dates = 0; t0 !== undefined && j < start && seen < 2; j++) {
        // one date line between is stepped over ("March 3, 2021" / "Jane Doe")
        if (labels[j]?.field === 'published' && dates++ === 0) continue;
        if (labels[j]?.field || doc.body?.has(j)) break;
        seen++;
        // a separator left after the name goes ("Jane Doe ·")
        const t = blocks[j]!.text.replace(TRAILING_SEP, '');
        // a name the headline itself holds is its subject ("Northwind Robotics opens..."), not its author
        // a name in capitals ("JANE DOE") only with a dated line right after it (a kicker or a label in capitals has none)
        const dated = j + 1 < blocks.length && YEAR.test(blocks[j + 1]!.text);
        if (loneName(t, dated) && !blocks[t0!]!.text.includes(t.trim().split(/\s+/u)[0]!)) return [{ block: j, field: 'authors', relabel: true }];
        if (wordCount(t) > 1) break;
      }
    }
    return [];
  },
};

/** A separator left at a line's end. */
const TRAILING_SEP = /\s+[-–—|·•]$/u;

/** A year (1900..2099) as a word of its own or glued after letters ("PressDecember 2, 2016"). */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

/** A name word in capitals and lower case: "Anna", "Ortiz-Lane", "McKay", "DeShawn", "O'Neill". */
const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;
/** A name word in capitals: "ANNA", "ORTIZ-LANE", "O'NEILL". */
const UPPER_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?$|^\p{Lu}['’]\p{Lu}{2,}$/u;
/** A middle initial: "M." */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * One person's name and nothing else: two or three capitalised words, and at most one middle
 * initial between them ("Ada M. Vale"); all in capitals only with `caps`.
 */
function loneName(t: string, caps = false): boolean {
  if (t.length > 40) return false;
  const upper = t === t.toUpperCase();
  if (upper && !caps) return false;
  const names = splitNames(t);
  if (!names || names.length !== 1 || names[0] !== t.trim()) return false;
  const words = t.trim().split(/\s+/u);
  // a comment or share widget ("No Comments", "Keine Kommentare") is no name
  if (words.some((w) => isCounterWord(w))) return false;
  const word = upper ? UPPER_WORD : NAME_WORD;
  const initials = words.filter((w, k) => k > 0 && k < words.length - 1 && INITIAL.test(w)).length;
  const full = words.length - initials;
  return initials <= 1 && full >= 2 && full <= 3 && words.every((w, k) => word.test(w) || (k > 0 && k < words.length - 1 && INITIAL.test(w)));
}
