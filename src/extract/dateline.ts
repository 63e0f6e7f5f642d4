/** Dateline at the start of the first body paragraphs: "MOSCOW (Sputnik) — ...". */
import type { Dateline } from '../schema/record.js';

export interface DatelineSplit {
  dateline: Dateline;
  rest: string;
}

const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?)(?:,\s*[\p{L} .]{2,30})?\s*(?:\(([^)]{2,40})\))?\s*[—–-]{1,2}\s+(?=\S)/u;

export function splitDateline(paragraph: string): DatelineSplit | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  if (place.length < 2 || /\p{Ll}/u.test(place)) return null;
  return { dateline: { place, agency: m[2]?.trim() ?? null }, rest: paragraph.slice(m[0].length) };
}
