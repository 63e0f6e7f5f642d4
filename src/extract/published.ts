/**
 * Publication time from the lines the date and byline rules tagged.
 * The date nearest above the article start wins (page headers often carry today's
 * date further up); without one, the first date below it. Full dates beat month-only
 * ones; "Updated ..." lines feed `updated` and stand in for `published` only when no
 * other date exists. Relative dates ("3 hours ago") give publishedText with
 * published null, since the capture has no clock to resolve them against.
 */
import { parseDate, type ParsedDate } from './date.js';

export interface DatedLine {
  index: number;
  text: string;
}

export interface PublishedResult {
  published: string | null;
  publishedText: string | null;
  updated: string | null;
}

interface Cand extends DatedLine {
  d: ParsedDate;
}

const RANK: Record<ParsedDate['precision'], number> = { datetime: 3, date: 3, month: 1, time: 0, relative: 0 };

export function extractPublished(lines: DatedLine[], articleStart: number | null): PublishedResult {
  const cands: Cand[] = [];
  for (const l of lines) {
    const d = parseDate(l.text);
    if (d) cands.push({ ...l, d });
  }
  const absolute = cands.filter((c) => c.d.iso !== null);
  const pick = (pool: Cand[]): Cand | null => {
    if (pool.length === 0) return null;
    const best = Math.max(...pool.map((c) => RANK[c.d.precision]));
    const top = pool.filter((c) => RANK[c.d.precision] === best);
    if (articleStart !== null) {
      const above = top.filter((c) => c.index < articleStart);
      if (above.length) return above[above.length - 1]!;
    }
    return top[0]!;
  };
  const pub = pick(absolute.filter((c) => !c.d.updated));
  const upd = pick(absolute.filter((c) => c.d.updated));
  const chosen = pub ?? upd;
  if (chosen) {
    return { published: chosen.d.iso, publishedText: chosen.text, updated: upd ? upd.d.iso : null };
  }
  const rel = cands.find((c) => c.d.relative);
  return { published: null, publishedText: rel ? rel.text : null, updated: null };
}
