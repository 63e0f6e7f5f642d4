/** Title -> `title`: the line the title rule took, with a trailing site name ("Headline | Site") cut. */
export function extractTitle(texts: string[]): string | null {
  const t = texts[0];
  if (t === undefined) return null;
  const s = t.replace(/\s+[|–—]\s+[^|–—]{2,40}$/u, '').trim();
  return s === '' ? null : s;
}
