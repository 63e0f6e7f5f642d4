/** Title cleanup: drop " | Site Name" suffixes (and "Site: " prefixes) that name the site. */
import { fold } from '../../../core/text.js';

const SEP = /\s+[|–—·•«»:~/-]{1,2}\s+|\s+::\s+|(?<=\p{L}):\s+/gu;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** True when a title piece names the site (same words, or the site's name / domain inside it). */
function namesSite(piece: string, site: string | null, others: string | null): boolean {
  const p = norm(piece);
  if (!p) return true;
  if (site) {
    const s = norm(site);
    if (s && (p === s || (p.length >= 3 && (s.includes(p) || p.includes(s)) && piece.split(/\s+/).length <= 6))) return true;
  }
  // The same piece ends the <title> too and is short: a site tag shared by every page.
  if (others && piece.split(/\s+/).length <= 4 && /^(?:www\.)?[\w-]+\.[a-z]{2,}$/i.test(piece.trim())) return true;
  return false;
}

export function cleanTitle(raw: string, site: string | null, htmlTitle: string | null): string | null {
  let t = fold(raw);
  if (!t) return null;
  for (let round = 0; round < 3; round++) {
    const parts = t.split(SEP);
    if (parts.length < 2) break;
    const seps = t.match(SEP) ?? [];
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    if (namesSite(last, site, htmlTitle)) {
      t = t.slice(0, t.length - last.length - seps[seps.length - 1]!.length).trim();
      continue;
    }
    if (namesSite(first, site, htmlTitle) && parts.slice(1).join(' ').length > 10) {
      t = t.slice(first.length + seps[0]!.length).trim();
      continue;
    }
    break;
  }
  return t || null;
}
