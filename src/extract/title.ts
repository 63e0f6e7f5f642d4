/** A site name glued after the headline: " | Site", " – Site", " — Site" (2..40 characters, no separator inside). */
const SITE_TAIL = /\s+[|–—]\s+([^|–—]{2,40})$/u;
/**
 * The same after a spaced hyphen or middle dot (" - Site", " · Site"), which headlines use too
 * ("Brexit - what happens next"): there the tail must be shaped like a name (see nameShaped).
 */
const NAME_TAIL = /\s+[-·]\s+([^|–—·]{2,40})$/u;
/** A word of a name: a capital or a digit first ("Daily", "9to5Mac", "BBC"), or a domain ("example.com"). */
const NAME_WORD = /^(?:[\p{Lu}\p{N}]|[\p{L}\p{N}-]+\.[\p{L}]{2,}$)/u;
/** Short joining words a name may hold in lower case ("Joy the Baker", "Notes of a Reader"). */
const NAME_JOINS = new Set(['the', 'of', 'and', 'on', 'for', 'de', 'la', 'le', 'du', 'des', 'di', 'del', 'der', 'die', 'van', 'von', '&']);

/**
 * A site's name: one to five words, each opening with a capital or a digit (or a domain), short
 * joining words between them, no end punctuation. "what happens next" is a headline's clause.
 */
function nameShaped(tail: string): boolean {
  const words = tail.trim().split(/\s+/u);
  if (words.length > 5 || /[.!?:,;]$/u.test(tail)) return false;
  return NAME_WORD.test(words[0]!) && words.every((w) => NAME_WORD.test(w) || NAME_JOINS.has(w.toLowerCase()));
}

/** Title -> `title`: the line the title rule took, with a trailing site name ("Headline | Site") cut. */
export function extractTitle(texts: string[]): string | null {
  return splitTitle(texts).title;
}

/**
 * The title line's headline and the site name glued after it ("Headline | Site" gives both; null
 * when absent). After " - " or " · " only a name-shaped tail is a site ("Headline - Daily Example").
 * The headline left must keep three words or more ("Spider-Man - Review" stays whole).
 */
export function splitTitle(texts: string[]): { title: string | null; site: string | null } {
  const t = texts[0];
  if (t === undefined) return { title: null, site: null };
  let m = SITE_TAIL.exec(t);
  // after a dash, a tail in lower case that is no domain is the headline's own clause ("... – even if it proves wrong")
  if (m && !m[0].trimStart().startsWith('|') && /^\p{Ll}/u.test(m[1]!) && !/^[\p{L}\p{N}-]+\.[\p{L}]{2,}$/u.test(m[1]!.trim())) m = null;
  if (!m) {
    const n = NAME_TAIL.exec(t);
    if (n && nameShaped(n[1]!) && t.slice(0, n.index).trim().split(/\s+/u).length >= 3) m = n;
  }
  const title = (m ? t.slice(0, m.index) : t).trim();
  if (title === '') return { title: null, site: null };
  return { title, site: m ? m[1]!.trim() : null };
}
