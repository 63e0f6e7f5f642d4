/**
 * The pure core: capture in, record out. No I/O, deterministic.
 *
 *   decode -> segment into blocks -> pre rules -> body selection -> post rules
 *          -> metadata extractors -> record
 */
import type { Block, CleanOptions, Doc, FieldName, Format, Rule } from './types.js';
import type { UnboilRecord, RemovedLine } from '../schema/record.js';
import { SCHEMA_VERSION } from '../schema/version.js';
import { decode, finishText } from '../decode/index.js';
import { sniffFormat } from '../segment/sniff.js';
import { segmentText } from '../segment/text.js';
import { segmentHtml } from '../segment/html.js';
import { preRules, postRules } from '../rules/index.js';
import { selectBody } from '../body/select.js';
import { extractMetadata } from '../extract/index.js';
import { detectLanguage } from '../extract/language.js';

export interface Analysis {
  record: UnboilRecord;
  doc: Doc;
  /** Indices of body blocks, in order. */
  body: number[];
}

function runRules(doc: Doc, rules: readonly Rule[]): void {
  for (const rule of rules) {
    for (const hit of rule.run(doc)) {
      if (doc.labels[hit.block]) continue;
      doc.labels[hit.block] = hit.field ? { rule: rule.id, field: hit.field } : { rule: rule.id };
    }
  }
}

export function analyze(capture: string | Uint8Array, options: CleanOptions = {}): Analysis {
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
  const doc: Doc = { format, blocks, labels: blocks.map(() => null), meta, warnings, body: null };

  runRules(doc, preRules);
  // Text selection does not use a language guess; only HTML selection reads it.
  const guessLang = format === 'html' ? detectLanguage(blocks.filter((b) => !doc.labels[b.index]).map((b) => b.text).join('\n')) : null;
  const sel = selectBody(doc, guessLang);
  doc.body = new Set(sel.body);
  runRules(doc, postRules);
  for (const [i, rule] of sel.reasons) if (!doc.labels[i]) doc.labels[i] = { rule };
  const body = sel.body.filter((i) => !doc.labels[i]);
  doc.body = new Set(body);

  const m = extractMetadata(doc, body);
  const paragraphs = body.map((i) => m.bodyText.get(i) ?? blocks[i]!.text).filter((t) => t !== '');
  const bodyText = paragraphs.join('\n\n');
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
