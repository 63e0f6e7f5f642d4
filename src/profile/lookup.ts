/**
 * A profile as clean() reads it: per site, its document count and the counts
 * of the lines seen in two documents or more (a line seen once never repeats).
 */
import { keysCount } from './sketch.js';
import { parseProfile } from './file.js';
import { GUARD_K, type ProfileData } from './types.js';
import type { SiteCounts, SiteProfileCounts } from '../core/types.js';

export type { SiteCounts };

export class SiteProfile implements SiteProfileCounts {
  readonly sites = new Map<string, SiteCounts>();
  readonly pruned: boolean;
  /** Documents, over all sites (near-duplicates once). */
  readonly documents: number;
  /** Lines seen in two documents or more, over all sites. */
  readonly repeated: number;

  constructor(p: ProfileData) {
    this.pruned = p.pruned;
    let documents = 0;
    let repeated = 0;
    for (const [name, s] of p.sites) {
      const lines = new Map<number, number>();
      for (const [h, kss] of s.lines) {
        const c = Math.round(keysCount(kss, p.lineK, GUARD_K));
        if (c >= 2) lines.set(h, c);
      }
      const docs = Math.round(keysCount(s.docs, p.siteK, p.siteK));
      documents += docs;
      repeated += lines.size;
      this.sites.set(name, { docs, lines });
    }
    this.documents = documents;
    this.repeated = repeated;
  }

  site(name: string | null): SiteCounts | undefined {
    return name === null ? undefined : this.sites.get(name);
  }
}

/** Parses, validates and compiles a profile file's text (throws ProfileError naming `name`). */
export function loadProfile(text: string, name = 'profile'): SiteProfile {
  return new SiteProfile(parseProfile(text, name));
}
