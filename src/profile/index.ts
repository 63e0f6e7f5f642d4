/** Site profiles: learn each site's repeated lines from a batch (README: Site profiles). */
export { normaliseLine, NORMALISATION } from './normalise.js';
export { hash53 } from './hash.js';
export { siteOf, hostOf } from './site.js';
export { ProfileBuilder, documentKeys, type BuilderOptions } from './build.js';
export { serialiseProfile, profileText, parseProfile, ProfileError } from './file.js';
export { mergeProfiles } from './merge.js';
export { SiteProfile, loadProfile } from './lookup.js';
export type { ProfileData, SiteData } from './types.js';
export { DEFAULT_MIN_DOCS, DEFAULT_SHARE } from './defaults.js';
