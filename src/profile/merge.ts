/**
 * Merging profiles: per site, the union of the document sketches and, per
 * line, of the line's sketches (sketch.ts). Union is associative, commutative
 * and idempotent, so shard profiles merge, in any order and grouping, into
 * exactly the profile of the whole input (while no shard was pruned).
 */
import { lineSketchK, sketchUnion } from './sketch.js';
import { ProfileError } from './file.js';
import type { ProfileData, SiteData } from './types.js';

export function mergeProfiles(ps: readonly ProfileData[], names: readonly string[] = []): ProfileData {
  if (ps.length === 0) throw new ProfileError('nothing to merge');
  const { lineK, siteK } = ps[0]!;
  ps.forEach((p, i) => {
    if (p.lineK !== lineK || p.siteK !== siteK) throw new ProfileError(`${names[i] ?? `profile ${i + 1}`}: sketch sizes lineK ${p.lineK} / siteK ${p.siteK} differ from ${names[0] ?? 'the first'}'s ${lineK} / ${siteK}: they cannot be merged`);
  });
  const sites = new Map<string, SiteData>();
  for (const p of ps) {
    for (const [name, s] of p.sites) {
      const m = sites.get(name);
      if (m === undefined) {
        const copy: SiteData = { docs: s.docs.map((d) => d.slice()), lines: new Map(s.lines) };
        if (s.text) copy.text = new Map(s.text);
        sites.set(name, copy);
        continue;
      }
      m.docs = m.docs.map((d, j) => sketchUnion(d, s.docs[j]!, siteK));
      const lines = m.lines as Map<number, number[][]>;
      for (const [h, kss] of s.lines) {
        const had = lines.get(h);
        lines.set(h, had ? had.map((ks, j) => sketchUnion(ks, kss[j]!, lineSketchK(j, lineK))) : kss);
      }
      if (s.text) {
        m.text ??= new Map();
        for (const [h, t] of s.text) {
          const had = m.text.get(h);
          if (had === undefined || t < had) m.text.set(h, t);
        }
      }
    }
  }
  return { lineK, siteK, pruned: ps.some((p) => p.pruned), keepText: ps.some((p) => p.keepText), sites };
}
