/**
 * The pure core: capture in, record out. No I/O, deterministic.
 *
 *   decode -> segment into blocks -> pre rules -> body selection -> post rules
 *          -> metadata extractors -> record
 */
import type { Block, CleanOptions, Doc, FieldName, Format, Hit, Label, Rule } from './types.js';
import type { UnboilRecord, RemovedLine } from '../schema/record.js';
import { SCHEMA_VERSION } from '../schema/version.js';
import { BlockSet } from './block-set.js';
import { decode, finishText } from '../decode/index.js';
import { sniffFormat } from '../segment/sniff.js';
import { segmentText } from '../segment/text.js';
import { segmentHtml } from '../segment/html.js';
import { preRules, postRules } from '../rules/index.js';
import { selectBody } from '../body/select.js';
import { featuresOf, inheritCaches } from '../body/features.js';
import { extractMetadata, bodyDateline } from '../extract/index.js';
import { detectLanguage } from '../extract/language.js';

export interface Analysis {
  record: UnboilRecord;
  doc: Doc;
  /** Indices of body blocks, in order. */
  body: number[];
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
    let hits = rule.run(doc);
    if (rule.cuts) {
      // A cut that would take the article is refused; the rule looks again past its start.
      for (let tries = 0; hits.length > 0 && tries < MAX_CUT_TRIES && cutTakesArticle(doc, hits); tries++) {
        doc.refusedCut = doc.cutAnchor ?? hits[0]!.block;
        hits = rule.run(doc);
      }
      if (hits.length > 0 && cutTakesArticle(doc, hits)) hits = [];
      delete doc.refusedCut;
      delete doc.cutAnchor;
    }
    for (const hit of hits) {
      if (doc.labels[hit.block]) continue;
      doc.labels[hit.block] = labelOf(rule.id, hit.field);
    }
  }
}

/** Markers a cut rule may try, one after another, before it gives up on the capture. */
const MAX_CUT_TRIES = 3;

/** A prose-shaped block: a paragraph by its function words, or by shape where the lists miss its language. */
function proseShaped(b: Block): boolean {
  const f = featuresOf(b);
  return f.cls === 'good' || (f.fw === null && f.plainCls === 'good');
}

/**
 * Prose (in words) that selection must keep before a cut for the article to have
 * begun there. A post's opening paragraphs pass it; a sidebar's "about" blurb
 * above its "Recent Comments" box does not.
 */
const ARTICLE_BEGUN_WORDS = 200;

/**
 * True when a cut ("this marker and everything after it") would take the article.
 * Three tests, the costly ones only when the cheap one holds:
 *  1. the cut holds most of the capture's free prose-shaped blocks;
 *  2. body selection without the cut chooses a run whose prose lies mostly inside it;
 *  3. with the cut, selection keeps less than ARTICLE_BEGUN_WORDS of prose before it,
 *     and under half the prose of the run it chose inside the cut: the article's prose
 *     run has not begun at the marker;
 *  4. the run chosen without the cut does not repeat a non-prose line THREAD_REPEATS
 *     times, nor have that many non-prose lines with a time stamp (a comment
 *     thread's "Reply" and "<name> on <date> at 4:47 pm said:" lines do).
 * A comment section after the article may hold most of the prose and even the run
 * selection prefers, but the article before the marker passes test 3 (or the
 * thread's furniture, test 4) and the cut stands. A sidebar's "Recent Comments" above the post would take the post: it is
 * refused (issue 12).
 */
function cutTakesArticle(doc: Doc, hits: readonly Hit[]): boolean {
  const inCut = new Uint8Array(doc.blocks.length);
  for (const h of hits) inCut[h.block] = 1;
  let prose = 0;
  let taken = 0;
  for (const b of doc.blocks) {
    if (doc.labels[b.index] || !proseShaped(b)) continue;
    prose++;
    if (inCut[b.index]) taken++;
  }
  if (taken * 2 <= prose) return false;
  const saved = doc.body;
  const without = selectBody(doc, null);
  doc.body = saved;
  let inside = 0;
  let outside = 0;
  for (const i of without.body) {
    const w = featuresOf(doc.blocks[i]!).words;
    if (inCut[i]) inside += w;
    else outside += w;
  }
  if (inside <= outside) return false;
  const labels = doc.labels;
  doc.labels = labels.map((l, i) => (inCut[i] ? CUT_LABEL : l));
  const withCut = selectBody(doc, null);
  doc.labels = labels;
  doc.body = saved;
  let before = 0;
  for (const i of withCut.body) before += featuresOf(doc.blocks[i]!).words;
  if (before >= ARTICLE_BEGUN_WORDS || inside < DWARF * before) return false;
  // A comment thread repeats its furniture ("Reply", "by <name> on <date>", "Score: 5"); an article does not.
  // Over the run's whole span: other rules may have taken its furniture (ui-chrome's "Reply").
  const seen = new Map<string, number>();
  let stamps = 0;
  let first = -1;
  let last = -1;
  for (const i of without.body) {
    if (!inCut[i]) continue;
    if (first < 0) first = i;
    last = i;
  }
  for (let i = first; i >= 0 && i <= last; i++) {
    const b = doc.blocks[i]!;
    if (proseShaped(b) || b.text.length > MAX_FURNITURE_CHARS) continue;
    const words = (b.text.match(LETTER_WORD) ?? []).length;
    if (words === 0) continue; // a live blog's "10:41 a.m." stamps repeat too
    const key = b.text.toLowerCase().replace(/\d+/g, '0');
    const c = (seen.get(key) ?? 0) + 1;
    if (c >= THREAD_REPEATS) return false;
    seen.set(key, c);
    if (words >= STAMP_LINE_WORDS && STAMP.test(b.text) && ++stamps >= THREAD_REPEATS) return false;
  }
  return true;
}

/** A clock time or a numeric date: each comment's header line carries one, with its author's name. */
const STAMP = /\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
/** Fewest words of two letters or more in a comment header with a stamp (a live blog's bare "10:41 a.m." is not one). */
const STAMP_LINE_WORDS = 3;
const LETTER_WORD = /\p{L}{2,}/gu;
/** Longest line read as thread furniture (a header line with a name, a date and a link). */
const MAX_FURNITURE_CHARS = 200;

/** How many times more prose the run inside the cut must hold than selection keeps before it. */
const DWARF = 2;

/** Times one non-prose line (digits aside) recurs, or non-prose lines carry a time stamp, in a comment thread. */
const THREAD_REPEATS = 3;
const CUT_LABEL: Label = Object.freeze({ rule: 'cut' });

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
  const warnings = [...dec.warnings];
  // Text captures: HTML character references left in the text are decoded (HTML: by the parser).
  dec.text = finishText(dec.text, format, warnings);
  if (format === 'html') {
    const seg = segmentHtml(dec.text);
    blocks = seg.blocks;
    meta = seg.meta;
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

  runRules(doc, preRules);
  // Every line rule is a pre rule (test/core/cleared.test.ts): what they all left free is cleared.
  for (let i = 0; i < blocks.length; i++) if (!doc.labels[i]) cleared[i] = 1;
  // Text selection does not use a language guess; only HTML selection reads it.
  const guessLang = format === 'html' ? detectLanguage(blocks.filter((b) => !doc.labels[b.index]).map((b) => b.text).join('\n')) : null;
  const sel = selectBody(doc, guessLang);
  doc.body = new BlockSet(sel.body, blocks.length);
  runRules(doc, postRules);
  for (const [i, rule] of sel.reasons) if (!doc.labels[i]) doc.labels[i] = labelOf(rule);
  const body = sel.body.filter((i) => !doc.labels[i]);
  doc.body = new BlockSet(body, blocks.length);
  return { dec, doc, body };
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
  if (o.maxBytes !== undefined && !(Number.isSafeInteger(o.maxBytes) && o.maxBytes > 0)) throw new RangeError(`clean(): options.maxBytes must be a whole number of bytes above 0, not ${String(o.maxBytes)}`);
}

export function analyze(capture: string | Uint8Array, options: CleanOptions = {}): Analysis {
  checkArgs(capture, options);
  const { dec, doc, body: selected } = selectRound(capture, options);
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
  return { record, doc, body };
}

/** Cleans one capture (text or HTML, string or bytes) into a record. */
export function clean(capture: string | Uint8Array, options: CleanOptions = {}): UnboilRecord {
  return analyze(capture, options).record;
}

export type { FieldName };
