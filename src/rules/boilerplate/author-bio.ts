import { lineRule } from '../../core/rule-kit.js';

import { ubSource, Twin } from './vocab/match.js';
import { factsOf, lineFacts, mayHint, type LineFacts } from './vocab/facts.js';
import { JOB_HINT, JOB_HINT_WIDE } from './vocab/hints.js';

/**
 * An author's bio, usually under the article: "Jane Doe is a staff writer at …",
 * "John Roe (@jroe) is an Ideas contributor …", "Pulitzer Prize-winning journalist
 * Jane Doe writes a daily blog …". A name opens the line and a job in journalism
 * follows within a few words (en/ru/es/de/fr).
 */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:\([^)]{1,60}\)\s)?`;
const JOB_WORDS = String.raw`reporter writer editor correspondent journalist contributor columnist author blogger freelancer producer photographer photojournalist host critic analyst anchor commentator novelist researcher professor fellow intern redakteur\p{L}* autor\p{L}* korrespondent\p{L}* journalist\p{L}* periodista redactor\p{L}* corresponsal columnista escritor\p{L}* journaliste rédact\p{L}* correspondant\p{L}* chroniqueu\p{L}* журналист\p{L}* корреспондент\p{L}* обозревател\p{L}* редактор\p{L}* колумнист\p{L}*`;
/** Job words, either case of their first letter ("Redakteur", "editor"). */
const JOB = `(?:${JOB_WORDS.split(' ')
  .map((w) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|')})`;
/** Twins (core/twin.ts), from sources: a line of ASCII letters is tested without building the Unicode classes. */
const PATTERNS: readonly Twin[] = ([
  // "Jane Doe is a staff writer at …", "Jane Doe (@jd) is an Ideas contributor …"
  [String.raw`^${NAME}(?:is|was|has been|serves as|covers|writes|reports|ist|war|schreibt|es|fue|escribe|est|était|écrit|[—–-])\s.{0,80}?\b${JOB}\b`, 'u'],
  // "Pulitzer Prize-winning journalist Jane Doe writes …"
  [String.raw`^(?:[\p{L}-]+\s){0,4}${JOB}\s${NAME}(?:writes|covers|is|reports)\b`, 'u'],
  // "Thanks for reading! My name is …", "About the author"
  [String.raw`^(?:about the author|about the writer|über (?:den|die) autor(?:in)?|sobre el autor|à propos de l'auteur|об авторе)\b`, 'iu'],
  [String.raw`^(?:thank you|thanks) for (?:stopping by|visiting|reading)\b.{0,40}\bmy name is\b`, 'iu'],
  // "Follow Jane on Twitter @jane", "You can reach him at jane@example.com"
  [String.raw`^(?:follow|reach|contact|email|e-mail) (?:\p{Lu}[\p{L}'’-]+|him|her|them|the author)\b.{0,60}(?:@|twitter|\bat\b)`, 'iu'],
] as const).map(([source, flags]) => new Twin(...ubSource(source, flags)));
const MAX_WORDS = 90;
/** Cheap pre-tests: a job word somewhere (vocab/hints), or the first word of the other shapes. */
const OTHER_FIRST = new Set(['about', 'über', 'sobre', 'à', 'об', 'thank', 'thanks', 'follow', 'reach', 'contact', 'email', 'e-mail']);

export function isAuthorBio(text: string, facts: LineFacts = lineFacts(text)): boolean {
  if (text.length > 700 || text.length < 10) return false;
  if (facts.words > MAX_WORDS) return false;
  if (!OTHER_FIRST.has(facts.first) && !(mayHint(facts, text) && JOB_HINT.test(text)) && !(facts.nonAscii && JOB_HINT_WIDE.test(text))) return false;
  for (const re of PATTERNS) if (re.test(text, facts.wide)) return true;
  return false;
}

export const authorBio = lineRule(
  'author-bio',
  'An author bio or contact line: "Jane Doe is a staff writer at …", "Pulitzer Prize-winning journalist … writes …", "About the author".',
  (b, doc) => isAuthorBio(b.text, factsOf(doc, b)),
);
