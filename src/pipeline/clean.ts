/**
 * The pure core: capture in, record out. No I/O, deterministic.
 *
 *   round.ts:  decode -> segment into blocks -> pre rules -> body selection -> post rules
 *   settle.ts: text rounds over the body until it is a fixed point -> metadata extractors
 *   here:      the record
 */
import type { CleanOptions, Doc, FieldName, SiteDom, SiteProfileCounts, SiteRules } from '../core/types.js';
import type { UnboilRecord, RemovedLine } from '../schema/record.js';
import { SITE_REPEAT } from '../rules/site-repeat.js';
import { SCHEMA_VERSION } from '../schema/version.js';
import { detectLanguage } from '../extract/language.js';
import { withDateMemo } from '../parse/date.js';
import { selectRound, withSiteRules } from './round.js';
import { settle } from './settle.js';

export { labelOf, selectRound, seedOf, type Seed } from './round.js';

export interface Analysis {
  record: UnboilRecord;
  doc: Doc;
  /** Indices of body blocks, in order. */
  body: number[];
  /** The body's paragraphs, [block index, text]: record.body is their texts joined by a blank line. */
  paragraphs: [number, string][];
  /** The parsed HTML page, when options.keepDom asked for it (or site rules needed it). */
  dom?: SiteDom;
}

const FORMATS: readonly string[] = ['auto', 'text', 'html'];

/** What a value is, for an argument error. */
function typeName(x: unknown): string {
  if (x === null) return 'null';
  if (typeof x !== 'object') return typeof x;
  return (x as object).constructor?.name ?? 'an object';
}

/** Library callers without TypeScript's checks get a clear error for arguments of the wrong kind. */
function checkArgs(capture: unknown, options: unknown): void {
  if (typeof capture !== 'string' && !(capture instanceof Uint8Array)) {
    const hint = capture instanceof ArrayBuffer ? ' (wrap an ArrayBuffer: new Uint8Array(buffer))' : '';
    throw new TypeError(`clean(): the capture must be a string or a Uint8Array (a Buffer is one), not ${typeName(capture)}${hint}`);
  }
  if (options === null || typeof options !== 'object') throw new TypeError(`clean(): options must be an object, not ${typeName(options)}`);
  const o = options as CleanOptions;
  if (o.format !== undefined && !FORMATS.includes(o.format)) throw new TypeError(`clean(): options.format must be 'auto', 'text' or 'html', not ${JSON.stringify(o.format)}`);
  if (o.id !== undefined && typeof o.id !== 'string' && !(typeof o.id === 'number' && Number.isFinite(o.id))) throw new TypeError(`clean(): options.id must be a string or a finite number, not ${typeName(o.id)}`);
  if (o.rules !== undefined && !(o.rules !== null && typeof o.rules === 'object' && typeof (o.rules as SiteRules).apply === 'function' && (o.rules as SiteRules).disabled instanceof Set)) throw new TypeError('clean(): options.rules must be site rules made by parseRules() or loadRules(), not a plain object');
  if (o.maxBytes !== undefined && !(Number.isSafeInteger(o.maxBytes) && o.maxBytes > 0)) throw new RangeError(`clean(): options.maxBytes must be a whole number of bytes above 0, not ${String(o.maxBytes)}`);
  if (o.profile !== undefined && !(o.profile !== null && typeof o.profile === 'object' && typeof (o.profile as SiteProfileCounts).site === 'function')) throw new TypeError(`clean(): options.profile must be a site profile made by loadProfile() (or new SiteProfile()), not ${typeName(o.profile)}`);
  if (o.site !== undefined && o.site !== null && typeof o.site !== 'string') throw new TypeError(`clean(): options.site must be a string or null, not ${typeName(o.site)}`);
  if (o.repeatMinDocs !== undefined && !(Number.isSafeInteger(o.repeatMinDocs) && o.repeatMinDocs >= 2)) throw new RangeError(`clean(): options.repeatMinDocs must be a whole number of at least 2, not ${String(o.repeatMinDocs)}`);
  if (o.repeatShare !== undefined && !(typeof o.repeatShare === 'number' && o.repeatShare >= 0 && o.repeatShare <= 1)) throw new RangeError(`clean(): options.repeatShare must be a number from 0 to 1, not ${String(o.repeatShare)}`);
}

export function analyze(capture: string | Uint8Array, options: CleanOptions = {}): Analysis {
  checkArgs(capture, options);
  // parse/date.ts remembers parseDate's answers for the length of the call (issue 14)
  return withSiteRules(options.rules, options.url, () => withDateMemo(() => analyzeWith(capture, options)));
}

function analyzeWith(capture: string | Uint8Array, options: CleanOptions): Analysis {
  const { dec, doc, body: selected, dom } = selectRound(capture, options);
  const { format, blocks, warnings } = doc;
  const { body, m, paragraphs } = settle(doc, selected);
  const bodyText = paragraphs.map((p) => p[1]).join('\n\n');
  if (blocks.length === 0) warnings.push('the capture is empty: no text to clean');
  else if (bodyText === '') warnings.push('no article body found: every block looked like boilerplate');

  const removed: RemovedLine[] = [];
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    const label = doc.labels[b.index];
    if (!label) continue;
    const r: RemovedLine = { rule: label.rule, line: b.line, text: b.text };
    if (label.field) r.field = label.field;
    if (b.path) r.path = b.path;
    if (label.rule === SITE_REPEAT) r.docs = doc.siteRepeat?.hits.get(b.index) ?? 0;
    removed.push(r);
  }

  const record: UnboilRecord = {
    schemaVersion: SCHEMA_VERSION,
    ...(options.id !== undefined ? { id: options.id } : {}),
    title: m.title,
    url: options.url ?? m.url,
    published: m.published,
    publishedText: m.publishedText,
    updated: m.updated,
    dateline: m.dateline,
    authors: m.authors,
    site: m.site,
    section: m.section,
    tags: m.tags,
    related: m.related,
    counters: m.counters,
    language: detectLanguage(bodyText) ?? m.language,
    body: bodyText,
    removed,
    input: {
      path: options.path ?? null,
      bytes: dec.bytes,
      sha256: dec.sha256,
      format,
      encoding: dec.encoding,
    },
    warnings,
  };
  const a: Analysis = { record, doc, body, paragraphs };
  if (dom) a.dom = dom;
  return a;
}

/** Cleans one capture (text or HTML, string or bytes) into a record. */
export function clean(capture: string | Uint8Array, options: CleanOptions = {}): UnboilRecord {
  return analyze(capture, options).record;
}

export type { FieldName };
