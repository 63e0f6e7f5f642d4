/** `unboil profile show`: a profile's sites and each site's most repeated lines. */
import { hex } from './hash.js';
import { keysCount } from './sketch.js';
import { GUARD_K, type ProfileData } from './types.js';

export interface ShowOptions {
  site: string | null;
  top: number;
  json: boolean;
}

export function showProfile(p: ProfileData, o: ShowOptions): string {
  const names = [...p.sites.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: { site: string; docs: number; lines: { hash: string; docs: number; text: string | null }[] }[] = [];
  for (const name of names) {
    if (o.site !== null && name !== o.site) continue;
    const s = p.sites.get(name)!;
    const rows = [...s.lines]
      .map(([h, ks]) => ({ h, docs: Math.round(keysCount(ks, p.lineK, GUARD_K)) }))
      .filter((r) => r.docs >= 2)
      .sort((a, b) => b.docs - a.docs || a.h - b.h)
      .slice(0, o.top)
      .map((r) => ({ hash: hex(r.h), docs: r.docs, text: s.text?.get(r.h) ?? null }));
    out.push({ site: name, docs: Math.round(keysCount(s.docs, p.siteK, p.siteK)), lines: rows });
  }
  if (o.json) return JSON.stringify({ pruned: p.pruned, keepText: p.keepText, sites: out }, null, 2) + '\n';
  let t = `${out.length} site${out.length === 1 ? '' : 's'}${p.pruned ? ' (pruned at the size limit: counts may be short)' : ''}${p.keepText ? '' : ' (no text stored: build with --keep-text to see the lines)'}\n`;
  for (const s of out) {
    t += `\n${s.site}  ${s.docs} document${s.docs === 1 ? '' : 's'}\n`;
    for (const l of s.lines) t += `  ${String(l.docs).padStart(6)}  ${(100 * l.docs / Math.max(1, s.docs)).toFixed(0).padStart(3)}%  ${l.text ?? l.hash}\n`;
  }
  return t;
}
