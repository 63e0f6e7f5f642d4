/**
 * The profile file: one JSON object, keys sorted at every level, so that the
 * same counts always give the same bytes (a merge is byte-identical to a build
 * over the whole input). Hashes are 14 hex digits; each sketch is given once per
 * MinHash function (three: build.ts). Validated with zod when read.
 *
 *   {"format":"unboil-site-profile","guardK":8,"hash":"fnv1a-53","keepText":false,"lineK":32,
 *    "normalisation":1,"pruned":false,"siteK":4096,
 *    "sites":{"example.com":{"docs":[["<doc key>",...],[...],[...]],
 *                            "lines":{"<line hash>":[["<doc key>",...],[...],[...]],...},
 *                            "text":{"<line hash>":"normalised line",...}}},   (text: --keep-text only)
 *    "version":1}
 */
import { z } from 'zod';
import { HASH_NAME, hex } from './hash.js';
import { NORMALISATION } from './normalise.js';
import { lineSketchK } from './sketch.js';
import { GUARD_K, KEYS, PROFILE_FORMAT, PROFILE_VERSION, type ProfileData, type SiteData } from './types.js';

const sk = (ss: readonly (readonly number[])[]) => `[${ss.map((s) => `[${s.map((d) => `"${hex(d)}"`).join(',')}]`).join(',')}]`;

const Hex = z.string().regex(/^[0-9a-f]{14}$/, 'a hash of 14 hex digits');
const Sketch = z.array(Hex);
/** One sketch per MinHash function (build.ts). */
const Sketches = z.array(Sketch).length(KEYS);

export const ProfileFile = z
  .object({
    format: z.literal(PROFILE_FORMAT),
    guardK: z.literal(GUARD_K),
    hash: z.literal(HASH_NAME),
    keepText: z.boolean(),
    lineK: z.number().int().min(2).max(1 << 16),
    normalisation: z.literal(NORMALISATION),
    pruned: z.boolean(),
    siteK: z.number().int().min(2).max(1 << 24),
    sites: z.record(
      z.string(),
      z.object({
        docs: Sketches,
        lines: z.record(Hex, Sketches),
        text: z.record(Hex, z.string()).optional(),
      }).strict(),
    ),
    version: z.literal(PROFILE_VERSION),
  })
  .strict()
  .describe('unboil site profile');

export class ProfileError extends Error {}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The profile as JSON text, in chunks (a large profile is never one string). */
export function* serialiseProfile(p: ProfileData): Generator<string> {
  yield `{"format":${JSON.stringify(PROFILE_FORMAT)},"guardK":${GUARD_K},"hash":${JSON.stringify(HASH_NAME)},"keepText":${p.keepText},"lineK":${p.lineK},"normalisation":${NORMALISATION},"pruned":${p.pruned},"siteK":${p.siteK},"sites":{`;
  const names = [...p.sites.keys()].sort(byCode);
  let first = true;
  for (const name of names) {
    const s = p.sites.get(name)!;
    const parts: string[] = [];
    parts.push(`${first ? '' : ','}\n${JSON.stringify(name)}:{"docs":${sk(s.docs)},"lines":{`);
    first = false;
    const hs = [...s.lines.keys()].sort((a, b) => a - b);
    for (let i = 0; i < hs.length; i++) {
      parts.push(`${i ? ',' : ''}"${hex(hs[i]!)}":${sk(s.lines.get(hs[i]!)!)}`);
      if (parts.length >= 4096) yield parts.splice(0).join('');
    }
    parts.push('}');
    if (s.text) {
      const ts = [...s.text.keys()].sort((a, b) => a - b);
      parts.push(`,"text":{`);
      for (let i = 0; i < ts.length; i++) {
        parts.push(`${i ? ',' : ''}"${hex(ts[i]!)}":${JSON.stringify(s.text.get(ts[i]!))}`);
        if (parts.length >= 4096) yield parts.splice(0).join('');
      }
      parts.push('}');
    }
    parts.push('}');
    yield parts.join('');
  }
  yield `},"version":${PROFILE_VERSION}}\n`;
}

export function profileText(p: ProfileData): string {
  return [...serialiseProfile(p)].join('');
}

const unhex = (h: string) => parseInt(h, 16);

function sortedUnique(a: number[], k: number, what: string): number[] {
  for (let i = 1; i < a.length; i++) if (!(a[i - 1]! < a[i]!)) throw new ProfileError(`${what}: hashes are not sorted and distinct`);
  if (a.length > k) throw new ProfileError(`${what}: holds ${a.length} hashes, more than its limit of ${k}`);
  return a;
}

/** Reads and validates a profile file's text; `name` names it in errors. */
export function parseProfile(text: string, name: string): ProfileData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ProfileError(`${name}: not a site profile: not valid JSON (${(e as Error).message})`);
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    if (o.format !== PROFILE_FORMAT) throw new ProfileError(`${name}: not a site profile (its "format" is ${JSON.stringify(o.format ?? null)}, not "${PROFILE_FORMAT}"; make one with: unboil profile build INPUTS... > site.profile)`);
    if (o.version !== PROFILE_VERSION) throw new ProfileError(`${name}: site profile version ${JSON.stringify(o.version ?? null)}; this unboil reads version ${PROFILE_VERSION} (build the profile again)`);
    if (o.normalisation !== NORMALISATION || o.hash !== HASH_NAME) throw new ProfileError(`${name}: the profile was made with another line normalisation or hash (${JSON.stringify(o.normalisation)}, ${JSON.stringify(o.hash)}); build it again with this unboil`);
  }
  const r = ProfileFile.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ProfileError(`${name}: not a valid site profile: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const f = r.data;
  const sites = new Map<string, SiteData>();
  for (const [site, s] of Object.entries(f.sites)) {
    const lines = new Map<number, number[][]>();
    for (const [h, kss] of Object.entries(s.lines)) lines.set(unhex(h), kss.map((ks, j) => sortedUnique(ks.map(unhex), lineSketchK(j, f.lineK), `${name}: site ${site}: line ${h}`)));
    const d: SiteData = { docs: s.docs.map((ks) => sortedUnique(ks.map(unhex), f.siteK, `${name}: site ${site}: docs`)), lines };
    if (s.text) d.text = new Map(Object.entries(s.text).map(([h, t]) => [unhex(h), t]));
    sites.set(site, d);
  }
  return { lineK: f.lineK, siteK: f.siteK, pruned: f.pruned, keepText: f.keepText, sites };
}
