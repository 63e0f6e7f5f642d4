/**
 * Cheap pre-tests of three line rules: words one of their patterns needs
 * somewhere in the line. Stems with non-ASCII letters are kept apart and
 * tested only on lines that have such a letter (V8 scans an ASCII-only
 * alternation much faster, and under /i an ASCII letter matches only ASCII
 * letters). ANY_HINT is the union of the three ASCII lists: one scan of a line
 * tells all three rules whether their own list can match.
 */

/** Copyright and legal lines (copyright-footer). */
export const SIGN_HINT = /reserv|rechte|droits|derechos|direitos|diritti|\(c\)|opyright|trademark|delayed|diagnose|disclaimer|affiliate|commission|opinions|expressed/i;
export const SIGN_HINT_WIDE = /права|무단|版权|著作権|©|ⓒ/i;

/** Unanchored call-to-action patterns (call-to-action). */
export const CTA_HINT = /cookie|newsletter|sign up|subscribed|subscription|tracking tech|do not sell|as little as|inbox|phone|mailbox|postfach|correo|bandeja|boite|\bapp\b|application/i;
export const CTA_HINT_WIDE = /boîte|почту|приложени|sütik|çerez/i;

/** Job words of author bios (author-bio). */
export const JOB_HINT = /reporter|writer|editor|correspon|journalist|contributor|columnist|author|blogger|freelanc|producer|photograph|host|critic|analyst|anchor|commentator|novelist|researcher|professor|fellow|intern|redakt|autor|korrespond|periodista|redactor|corresponsal|columnista|escritor|chroniqu/i;
export const JOB_HINT_WIDE = /rédact|журналист|корреспондент|обозревател|редактор|колумнист/i;

/**
 * Any of the three ASCII lists, as one alternation with the plain lower-case words grouped
 * by first letter ("r(?:eserv|eporter|…)|c(?:ookie|…)"): V8 tries each alternative at each
 * position, so the grouped form is tried ~20 times per position instead of ~70.
 */
export const ANY_HINT = new RegExp(groupByFirst([SIGN_HINT, CTA_HINT, JOB_HINT].flatMap((re) => re.source.split('|'))), 'i');

function groupByFirst(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const other: string[] = [];
  for (const a of alternatives) {
    if (!/^[a-z][a-z ]*$/.test(a)) {
      other.push(a); // escapes, \b: kept as they are
      continue;
    }
    const rest = groups.get(a[0]!) ?? [];
    rest.push(a.slice(1));
    groups.set(a[0]!, rest);
  }
  return [...[...groups].map(([c, rest]) => `${c}(?:${rest.join('|')})`), ...other].join('|');
}
