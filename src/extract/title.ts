/** A site name glued after the headline: " | Site", " – Site", " — Site" (2..40 characters, no separator inside). */
const SITE_TAIL = /\s+[|–—]\s+([^|–—]{2,40})$/u;

/** Title -> `title`: the line the title rule took, with a trailing site name ("Headline | Site") cut. */
export function extractTitle(texts: string[]): string | null {
  return splitTitle(texts).title;
}

/** The title line's headline and the site name glued after it ("Headline | Site" gives both; null when absent). */
export function splitTitle(texts: string[]): { title: string | null; site: string | null } {
  const t = texts[0];
  if (t === undefined) return { title: null, site: null };
  const m = SITE_TAIL.exec(t);
  const title = (m ? t.slice(0, m.index) : t).trim();
  if (title === '') return { title: null, site: null };
  return { title, site: m ? m[1]!.trim() : null };
}
