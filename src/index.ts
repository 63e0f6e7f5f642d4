/** unboil: clean article captures into JSON records. */
export { clean, analyze, type Analysis } from './core/clean.js';
export { InputError } from './decode/index.js';
export { UnboilRecord, SCHEMA_VERSION, recordJsonSchema } from './schema/record.js';
export type { RemovedLine, Dateline, InputInfo } from './schema/record.js';
export type { CleanOptions, Block, Rule, Doc, Label, Hit, Format, FieldName } from './core/types.js';
export { allRules } from './rules/index.js';
export { ruleCatalog, type RuleInfo } from './rules/catalog.js';
export { ProfileBuilder, SiteProfile, loadProfile, mergeProfiles, parseProfile, serialiseProfile, profileText, ProfileError, normaliseLine, siteOf, DEFAULT_MIN_DOCS, DEFAULT_SHARE, type ProfileData, type SiteCounts } from './profile/index.js';
export { documentLines } from './profile/document.js';
