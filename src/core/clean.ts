/**
 * The pure core: capture in, record out. No I/O, deterministic.
 *
 *   decode -> segment into blocks -> pre rules -> body selection -> post rules
 *          -> metadata extractors -> record
 */
import type { Block, CleanOptions, Doc, FieldName, Format, Label, Rule, SiteDom, SiteRules } from './types.js';
import type { UnboilRecord, RemovedLine } from '../schema/record.js';
import { SCHEMA_VERSION } from '../schema/version.js';
import { BlockSet } from './block-set.js';
import { decode, finishText } from '../decode/index.js';
import { sniffFormat } from '../segment/sniff.js';
import { segmentText } from '../segment/text.js';
import { segmentHtml } from '../segment/html.js';
import { preRules, postRules } from '../rules/index.js';
import { selectBody } from '../body/select.js';
import { inheritCaches } from '../body/features.js';
import { extractMetadata, bodyDateline } from '../extract/index.js';
import { detectLanguage } from '../extract/language.js';

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

/**
 * Site rules of the analyze() call in progress, with the page's host: the text
 * rounds it runs inside (settle, HTML selection) apply them too, so a built-in
 * rule the user turned off stays off there and the body stays a fixed point.
 */
let active: { rules: SiteRules; host: string | null } | null = null;

/** Host of a URL, lower-cased; null when there is none. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/**
 * One frozen label per rule and field, shared by every block it takes: a page
 * of a hundred thousand "Share" lines holds one label, not a hundred thousand
 * (issue 6: long-lived objects per line are what the young-generation GC copies).
 */
const plainLabels = new Map<string, Label>();
const fieldLabels = new Map<string, Map<FieldName, Label>>();
export function labelOf(rule: string, field?: FieldName): Label {
  if (!field) {
    let l = plainLabels.get(rule);
    if (l === undefined) plainLabels.set(rule, (l = Object.freeze({ rule })));
    return l;
  }
  let byField = fieldLabels.get(rule);
  if (byField === undefined) fieldLabels.set(rule, (byField = new Map()));
  let l = byField.get(field);
  if (l === undefined) byField.set(field, (l = Object.freeze({ rule, field })));
  return l;
}

function runRules(doc: Doc, rules: readonly Rule[]): void {
  for (const rule of rules) {
    for (const hit of rule.run(doc)) {
      if (doc.labels[hit.block]) continue;
      doc.labels[hit.block] = labelOf(rule.id, hit.field);
    }
  }
}

/** Rounds of settling (see settle); each round drops or rewrites at least one paragraph. */
const MAX_SETTLE_ROUNDS = 8;

/** Blocks of an earlier round that a new round segments again, one per block, with doc.cleared of each. */
export interface Seed {
  blocks: readonly Block[];
  cleared: ArrayLike<number>;
}

/**
 * The stages before metadata: decode, segment, pre rules, body selection, post
 * rules. One round, unsettled: `body` is what this round keeps (HTML selection
 * uses it to see what a text round would drop).
 */
export function selectRound(capture: string | Uint8Array, options: CleanOptions, seed?: Seed) {
  const dec = decode(capture, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
  const format: Format = options.format && options.format !== 'auto' ? options.format : sniffFormat(dec.text);

  let blocks: Block[];
  let meta: Doc['meta'] = {};
  let dom: SiteDom | null = null;
  const site = active;
  const warnings = [...dec.warnings];
  // Text captures: HTML character references left in the text are decoded (HTML: by the parser).
  dec.text = finishText(dec.text, format, warnings);
  if (format === 'html') {
    const seg = segmentHtml(dec.text, !seed && (!!site?.rules.needsDom || !!options.keepDom));
    blocks = seg.blocks;
    meta = seg.meta;
    dom = seg.dom ?? null;
    warnings.push(...seg.warnings);
  } else {
    blocks = segmentText(dec.text);
  }
  const cleared = new Uint8Array(blocks.length);
  // A round over paragraphs already seen (settle, HTML's text round): their per-block caches carry
  // over, and a paragraph of unchanged text that the line rules cleared is not tested by them again.
  if (seed && format === 'text' && seed.blocks.length === blocks.length) {
    for (let k = 0; k < blocks.length; k++) {
      const from = seed.blocks[k]!;
      const to = blocks[k]!;
      inheritCaches(from, to);
      if (seed.cleared[k] === 1 && from.text === to.text) cleared[k] = 1;
    }
  }
  const doc: Doc = { format, blocks, labels: blocks.map(() => null), meta, warnings, body: null, cleared };

  let forced: { body: number[]; rule: string } | null = null;
  if (site) {
    // the page's host: the caller's URL, else (top round of an HTML page) its canonical URL
    if (!seed) site.host ??= hostOf(meta.url);
    forced = site.rules.apply(doc, site.host, dom);
  }
  runRules(doc, site && site.rules.disabled.size ? preRules.filter((r) => !site.rules.disabled.has(r.id)) : preRules);
  // Every line rule is a pre rule (test/core/cleared.test.ts): what they all left free is cleared.
  for (let i = 0; i < blocks.length; i++) if (!doc.labels[i]) cleared[i] = 1;
  // Text selection does not use a language guess; only HTML selection reads it.
  const guessLang = format === 'html' && !forced ? detectLanguage(blocks.filter((b) => !doc.labels[b.index]).map((b) => b.text).join('\n')) : null;
  // a user's body rule names the body: what no rule took inside its element
  const sel = forced ? forcedBody(doc, forced) : selectBody(doc, guessLang);
  doc.body = new BlockSet(sel.body, blocks.length);
  runRules(doc, site && site.rules.disabled.size ? postRules.filter((r) => !site.rules.disabled.has(r.id)) : postRules);
  for (const [i, rule] of sel.reasons) if (!doc.labels[i]) doc.labels[i] = labelOf(rule);
  const body = sel.body.filter((i) => !doc.labels[i]);
  doc.body = new BlockSet(body, blocks.length);
  return { dec, doc, body, dom };
}

/** A user's body rule: the body is what no rule took in its element; what no rule took outside it is removed with its id. */
function forcedBody(doc: Doc, forced: { body: number[]; rule: string }) {
  const inside = new Uint8Array(doc.blocks.length);
  for (const i of forced.body) inside[i] = 1;
  const reasons = new Map<number, string>();
  for (let i = 0; i < doc.blocks.length; i++) if (!inside[i] && !doc.labels[i]) reasons.set(i, forced.rule);
  return { body: forced.body.filter((i) => !doc.labels[i]), reasons };
}

/** The seed of a round over blocks `at` of doc (see selectRound). */
export function seedOf(doc: Doc, at: readonly number[]): Seed {
  const cleared = doc.cleared;
  return { blocks: at.map((i) => doc.blocks[i]!), cleared: cleared ? Uint8Array.from(at, (i) => cleared[i]!) : new Uint8Array(at.length) };
}

/** The body paragraphs of a selection: [block index, paragraph text], empty paragraphs left out. */
function paragraphsOf(doc: Doc, body: number[], rewritten: ReadonlyMap<number, string>) {
  const dateline = bodyDateline(doc, body);
  const { bodyText } = dateline;
  const paragraphs: [number, string][] = [];
  for (const i of body) {
    const t = rewritten.get(i) ?? bodyText.get(i) ?? doc.blocks[i]!.text;
    if (t !== '') paragraphs.push([i, t]);
  }
  return { paragraphs, dateline };
}

/**
 * The body must be a fixed point: cleaning it again gives it back
 * (clean(record.body).body === record.body). Rules and selection judge a line
 * in its context, and the body is a new context (the chrome around the article
 * is gone, a tag line that sat mid-article is now the last line), so the body
 * is cleaned again as the next round would clean it, and what that round drops
 * leaves the body here, with that round's rule (and field); a paragraph that
 * round rewrites (a dateline found only now) takes the new text. Repeated until
 * a round changes nothing.
 *
 * The body must also read as text: one that opens like an HTML document would
 * be parsed as HTML when cleaned again (a text capture whose body starts with
 * markup lines, an HTML page whose article quotes markup), so its opening
 * markup lines leave it first. HTML bodies get only that step: the markup
 * chose them, and the first text round may still drop lines (select-html.ts);
 * from that round on the body is a fixed point by the text rounds here.
 *
 * On the 181 text dev captures the first round confirms the body (one extra
 * text round per capture, about a sixth of the CPU time of clean(): the round
 * inherits the features of the paragraphs from the blocks they came from, and
 * the line rules skip the paragraphs they cleared in the first round, both
 * through selectRound's `seed`); on mutated captures a second
 * round is needed now and then. Were a round to split a paragraph or the
 * rounds run out, the body would stand unconfirmed (never seen in 40,000
 * fuzzed inputs).
 */
function settle(doc: Doc, body: number[]) {
  const rewritten = new Map<number, string>();
  let cur = paragraphsOf(doc, body, rewritten);
  for (let round = 0; round < MAX_SETTLE_ROUNDS && cur.paragraphs.length > 0; round++) {
    let text = cur.paragraphs.map((p) => p[1]).join('\n\n');
    while (cur.paragraphs.length > 0 && sniffFormat(text) === 'html') {
      const i = cur.paragraphs[0]![0];
      doc.labels[i] = labelOf('markup-text');
      body = body.filter((j) => j !== i);
      cur = paragraphsOf(doc, body, rewritten);
      text = cur.paragraphs.map((p) => p[1]).join('\n\n');
    }
    if (doc.format === 'html' || cur.paragraphs.length === 0) break;
    const again = selectRound(text, { format: 'text' }, seedOf(doc, cur.paragraphs.map((p) => p[0])));
    // one block per paragraph (paragraphs are folded single lines); if not, nothing maps back
    if (again.doc.blocks.length !== cur.paragraphs.length) break;
    const next = paragraphsOf(again.doc, again.body, new Map());
    const kept = new Map(next.paragraphs);
    let changed = false;
    for (let k = 0; k < cur.paragraphs.length; k++) {
      const [i, t] = cur.paragraphs[k]!;
      const t2 = kept.get(k);
      if (t2 === undefined) {
        const label = again.doc.labels[k];
        doc.labels[i] = label ?? labelOf('not-prose');
        changed = true;
      } else if (t2 !== t) {
        rewritten.set(i, t2);
        changed = true;
      }
    }
    if (!changed) break;
    body = body.filter((i) => !doc.labels[i]);
    cur = paragraphsOf(doc, body, rewritten);
  }
  doc.body = new BlockSet(body, doc.blocks.length);
  // Metadata reads the labels and the body as settled (only the dateline, above, changes paragraphs).
  return { body, m: extractMetadata(doc, body, cur.dateline), paragraphs: cur.paragraphs };
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
}

export function analyze(capture: string | Uint8Array, options: CleanOptions = {}): Analysis {
  checkArgs(capture, options);
  const outer = active;
  active = options.rules ? { rules: options.rules, host: hostOf(options.url) } : null;
  try {
    return analyzeWith(capture, options);
  } finally {
    active = outer;
  }
}

function analyzeWith(capture: string | Uint8Array, options: CleanOptions): Analysis {
  const { dec, doc, body: selected, dom } = selectRound(capture, options);
  const { format, blocks, warnings } = doc;
  const { body, m, paragraphs } = settle(doc, selected);
  const bodyText = paragraphs.map((p) => p[1]).join('\n\n');
  if (blocks.length === 0) warnings.push('the capture is empty: no text to clean');
  else if (bodyText === '') warnings.push('no article body found: every block looked like boilerplate');

  const removed: RemovedLine[] = [];
  for (const b of blocks) {
    const label = doc.labels[b.index];
    if (!label) continue;
    const r: RemovedLine = { rule: label.rule, line: b.line, text: b.text };
    if (label.field) r.field = label.field;
    if (b.path) r.path = b.path;
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
