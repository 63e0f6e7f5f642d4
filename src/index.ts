/** unboil: clean article captures into JSON records. */
export { clean, analyze, type Analysis } from './pipeline/clean.js';
export { InputError } from './decode/index.js';
export { UnboilRecord, SCHEMA_VERSION, recordJsonSchema } from './schema/record.js';
export type { RemovedLine, Dateline, InputInfo } from './schema/record.js';
export type { CleanOptions, Block, Rule, Doc, Label, Hit, Format, FieldName } from './core/types.js';
export { allRules } from './rules/index.js';
export { ruleCatalog, ruleTableMarkdown, type RuleInfo } from './pipeline/catalog.js';
export type { SiteRules, SiteDom } from './core/types.js';
export { parseRules, loadRules, RulesError } from './user-rules/load.js';
export { RulesFile, rulesJsonSchema } from './user-rules/schema.js';
export type { TextRule, HtmlRule } from './user-rules/schema.js';
export { render, toMarkdown, bodyRecord, OUTPUT_FORMATS, type OutputFormat, type RenderOptions } from './output/index.js';
export { cleanStream, cleanTransform, isErrorRecord, type StreamOptions, type StreamInput, type StreamRecord, type ErrorRecord } from './batch/stream.js';
export { ProfileBuilder, SiteProfile, loadProfile, mergeProfiles, parseProfile, serialiseProfile, profileText, ProfileError, normaliseLine, siteOf, DEFAULT_MIN_DOCS, DEFAULT_SHARE, type ProfileData } from './profile/index.js';
export type { SiteCounts, SiteProfileCounts } from './core/types.js';
export { documentLines } from './profile/document.js';
