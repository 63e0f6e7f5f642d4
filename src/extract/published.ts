/**
 * Publication and update times from the lines the date and byline rules tagged.
 * The date nearest above the article start, within its header (12 blocks), wins;
 * then the first date in the article's first 12 blocks (a byline after a standfirst); then a
 * date further up (page headers often carry today's date); then one deeper inside the
 * article (a table's time stamps, a dated update); below the article, only a
 * line that says "Published"/"Posted" (bare dates there head reader comments). Full dates beat month-only
 * ones; "Updated ..." dates feed `updated` and stand in for `published` only when no
 * other date exists. Relative dates ("3 hours ago") give publishedText with
 * published null, since the capture has no clock to resolve them against.
 * Slash dates (12/03/2020) are day/month when another slash date on the page has a
 * first number above 12, or when the page is not in English; month/day otherwise.
 * Month-only dates listed on neighbouring lines are an archive list and never count.
 */
import { parseDate, parseDateLine, type ParsedDate } from '../parse/date.js';

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
const SLASH = /\b(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/u;

/** Day-first slash dates: decided by the page's own unambiguous slash dates, else by its language. */
export function slashDayFirst(texts: string[], language: () => string | null): boolean {
  let ambiguous = false;
  for (const t of texts) {
    const m = SLASH.exec(t);
    if (!m) continue;
    if (Number(m[1]) > 12) return true;
    if (Number(m[2]) > 12) return false;
    ambiguous = true;
  }
  return ambiguous ? (language() ?? 'en') !== 'en' : false;
}

/** A publication word: en "published", "posted"; fr es pt nl pl cs sv "publi...", it "pubblicato"; de; ru; tr "yayınlandı" / "yayımlandı"; hu "megjelent". */
export const PUBLISHED_WORD = /publi|pubblic|posted|veröffentlicht|опубликовано|erschienen|yay[ıi][nm]lan|megjelen/iu;

/**
 * Month-only dates in a run of neighbouring lines, each a different month ("October 2012",
 * "September 2012", "August 2012"), are an archive list, a blog's sidebar or footer: no
 * publication date, whatever their place. A lone month line ("March 2019" under a headline) stays.
 */
function withoutArchiveLists(pool: Cand[]): Cand[] {
  const month = pool.filter((c) => c.d.precision === 'month');
  if (month.length < 2) return pool;
  const listed = new Set<Cand>();
  for (let i = 1; i < month.length; i++) {
    const a = month[i - 1]!;
    const b = month[i]!;
    if (b.index - a.index <= ARCHIVE_GAP && a.d.iso !== b.d.iso) {
      listed.add(a);
      listed.add(b);
    }
  }
  return listed.size ? pool.filter((c) => !listed.has(c)) : pool;
}

/** Lines between two entries of an archive list at most (a count or a separator may stand between). */
const ARCHIVE_GAP = 2;

/** Blocks above the article start that count as its header, and blocks after it that count as its opening. */
const NEAR = 12;

export function extractPublished(
  lines: DatedLine[],
  articleStart: number | null,
  language: () => string | null = () => null,
  articleEnd: number | null = null,
): PublishedResult {
  const dayFirst = slashDayFirst(lines.map((l) => l.text), language);
  const pubs: Cand[] = [];
  const upds: Cand[] = [];
  for (const l of lines) {
    const d = parseDateLine(l.text, { dayFirst });
    if (!d) continue;
    if (d.published) pubs.push({ ...l, d: d.published });
    if (d.updated) upds.push({ ...l, d: d.updated });
  }
  const pick = (pool: Cand[]): Cand | null => {
    pool = pool.filter((c) => c.d.iso !== null);
    pool = withoutArchiveLists(pool);
    if (pool.length === 0) return null;
    const best = Math.max(...pool.map((c) => RANK[c.d.precision]));
    const top = pool.filter((c) => RANK[c.d.precision] === best);
    if (articleStart === null) return top[0]!;
    const s = articleStart;
    const e = articleEnd ?? s;
    // 1. the article header: nearest date in the NEAR blocks above the start
    const near = top.filter((c) => c.index < s && c.index >= s - NEAR);
    if (near.length) return near[near.length - 1]!;
    // 2. the article's opening (a byline block after a standfirst)
    const inside = top.find((c) => c.index >= s && c.index <= e && c.index < s + NEAR);
    if (inside) return inside;
    // 3. further up (a page header's "today" date is the last resort above)
    const above = top.filter((c) => c.index < s);
    if (above.length) return above[above.length - 1]!;
    // 4. deeper inside the article (a table's time stamps, a dated update or quoted post are
    //    no publication date while the page's header gives one)
    const deep = top.find((c) => c.index >= s && c.index <= e);
    if (deep) return deep;
    // 5. below the article only with a publication keyword: bare dates there are comment headers
    return top.find((c) => PUBLISHED_WORD.test(c.text)) ?? null;
  };
  const pub = pick(pubs);
  const upd = pick(upds);
  const chosen = pub ?? upd;
  if (chosen) {
    return { published: chosen.d.iso, publishedText: chosen.text, updated: upd ? upd.d.iso : null };
  }
  const rel = [...pubs, ...upds].find((c) => c.d.relative);
  return { published: null, publishedText: rel ? rel.text : null, updated: null };
}

export { parseDate };
