/**
 * Turns one task into one output line: a record or an error record. Runs in a
 * worker thread (or inline with --jobs 1); pure apart from the clock-free clean().
 */
import { analyze, type Analysis } from '../pipeline/clean.js';
import { render } from '../output/index.js';
import { InputError } from '../decode/index.js';
import { formatBytes } from '../io/errors.js';
import { lineText } from '../io/lines.js';
import { parseLargeRecord, LARGE_RECORD_BYTES } from '../io/jsonl-record.js';
import type { UnboilRecord } from '../schema/record.js';
import type { CaptureTask, FailedTask, JsonlTask, ProcessConfig, Result, Task } from './types.js';

import { errorRecord, idNote, jsonlId, lostResult } from './records.js';

export { errorRecord };

function countRules(rec: UnboilRecord): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rec.removed) counts[r.rule] = (counts[r.rule] ?? 0) + 1;
  return counts;
}

function tooLargeMessage(name: string, bytes: number, max: number): string {
  return `${name}: input is ${formatBytes(bytes)}, over the --max-bytes limit of ${formatBytes(max)}; raise --max-bytes to clean it`;
}

function failure(code: string, e: unknown, cfg: ProcessConfig): string {
  if (e instanceof InputError) {
    return e.message;
  }
  const err = e as Error;
  const msg = `internal error (${code}): ${err?.message ?? String(e)}; please report it with this input`;
  return cfg.debug && err?.stack ? `${msg}\n${err.stack}` : msg;
}

function errorCode(e: unknown): string {
  return e instanceof InputError ? e.code : 'internal';
}

/** The output of one cleaned capture in the --to format; `alone`: it has an output file of its own. */
function output(a: Analysis, cfg: ProcessConfig, alone: boolean): string {
  const to = cfg.to ?? 'json';
  return render(a, to, { pretty: alone, links: !!cfg.links, shared: !alone });
}

/** analyze() options the config adds: the compiled site rules, the DOM when Markdown keeps links, the site profile. */
function extra(cfg: ProcessConfig) {
  const o = { rules: cfg.site, keepDom: cfg.to === 'markdown' && !!cfg.links };
  if (!cfg.siteProfile || !cfg.profile) return o;
  return { ...o, profile: cfg.siteProfile, repeatMinDocs: cfg.profile.minDocs, repeatShare: cfg.profile.share };
}

function doCapture(t: CaptureTask & { dest?: Task['dest'] }, cfg: ProcessConfig): Result {
  const bytes = t.data.byteLength;
  const where = t.warc ? `${t.path ?? 'stdin'}: WARC record ${t.warc.recordId ?? '(no id)'}` : (t.path ?? 'stdin');
  // files: the path relative to the folder given; WARC: the record id (else the file); stdin: "stdin"
  const id = t.warc?.recordId ?? t.id;
  if (bytes > cfg.maxBytes) {
    const error = tooLargeMessage(where, bytes, cfg.maxBytes);
    return { ok: false, bytes, error, json: errorRecord(id, null, t.path, 'too-large', error) };
  }
  try {
    const a = analyze(t.data, { format: t.format, path: t.path, url: t.url, maxBytes: cfg.maxBytes, id, ...extra(cfg) });
    const { record } = a;
    if (t.warc) record.input.warc = { ...t.warc };
    if (t.warnings?.length) record.warnings.push(...t.warnings);
    return { ok: true, bytes, json: output(a, cfg, !!t.dest && !t.dest.container), rules: countRules(record) };
  } catch (e) {
    const error = `${where}: ${failure(errorCode(e), e, cfg)}`;
    return { ok: false, bytes, error, json: errorRecord(id, null, t.path, errorCode(e), error) };
  }
}

/** Control characters of a message escaped (JSON.parse quotes the line, NULs and all). */
function visible(msg: string): string {
  return msg.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A UTF-16 byte order mark, or NUL bytes in a line of JSON (which UTF-8 JSON never holds raw). */
function looksUtf16(d: Uint8Array): boolean {
  return (d[0] === 0xff && d[1] === 0xfe) || (d[0] === 0xfe && d[1] === 0xff) || d.includes(0);
}

function doJsonl(t: JsonlTask, cfg: ProcessConfig): Result {
  const where = `${t.path ?? 'stdin'}: line ${t.lineNo}`;
  const bytes = t.tooLong ?? t.bytes;
  // `given`: the --id-field value; the error record's id is jsonlId's, like a record's
  const fail = (given: unknown, code: string, msg: string): Result => {
    const id = jsonlId(given, t.lineNo);
    const error = `${where}${id === given ? idNote(id) : ''}: ${msg}`;
    return { ok: false, bytes, error, json: errorRecord(id, t.lineNo, t.path, code, error) };
  };
  if (t.tooLong !== undefined) {
    return fail(null, 'too-large', `line is ${formatBytes(t.tooLong)}, over the --max-bytes limit of ${formatBytes(cfg.maxBytes)}; raise --max-bytes to clean it`);
  }
  // A large record's capture is decoded from the bytes (io/jsonl-record.ts); null: parse the line whole.
  let obj: unknown = t.data.byteLength >= LARGE_RECORD_BYTES ? parseLargeRecord(t.data, [cfg.textField, cfg.htmlField]) : null;
  if (obj === null) {
    const line = lineText(t.data);
    if (line.trim() === '') return fail(null, 'malformed', 'blank line: expected one JSON object per line');
    try {
      obj = JSON.parse(line);
    } catch (e) {
      return fail(null, 'malformed', `not valid JSON (${visible((e as Error).message)})${looksUtf16(t.data) ? '; the input looks like UTF-16, and JSON Lines must be UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)' : ''}`);
    }
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return fail(null, 'malformed', `expected a JSON object, found ${Array.isArray(obj) ? 'an array' : obj === null ? 'null' : typeof obj}`);
  }
  const o = obj as Record<string, unknown>;
  const id = o[cfg.idField];
  const html = o[cfg.htmlField];
  const text = o[cfg.textField];
  let capture: string;
  let format: 'text' | 'html';
  if (typeof text === 'string') {
    capture = text;
    format = 'text';
  } else if (typeof html === 'string') {
    capture = html;
    format = 'html';
  } else {
    const found = text !== undefined ? `"${cfg.textField}" is ${text === null ? 'null' : typeof text}, not a string` : html !== undefined ? `"${cfg.htmlField}" is ${html === null ? 'null' : typeof html}, not a string` : `no "${cfg.textField}" or "${cfg.htmlField}" field`;
    return fail(id, 'missing-field', `${found} (set --text-field / --html-field to the field that holds the capture)`);
  }
  const url = typeof o[cfg.urlField] === 'string' ? (o[cfg.urlField] as string) : null;
  try {
    const a = analyze(capture, { format, path: t.path, url, maxBytes: cfg.maxBytes, id: jsonlId(id, t.lineNo), ...extra(cfg) });
    const { record } = a;
    // From a file the line number locates the record; from stdin it is left out, so a record
    // depends only on its input line and a split pipeline (GNU parallel, Hadoop, Spark) gives
    // the same records as one process.
    if (t.path !== null) record.input.line = t.lineNo;
    const source: Record<string, unknown> = {};
    // defineProperty, not assignment: a field named "__proto__" is data to carry, not a prototype to set
    for (const k of Object.keys(o)) if (k !== cfg.textField && k !== cfg.htmlField) Object.defineProperty(source, k, { value: o[k], enumerable: true, writable: true, configurable: true });
    record.source = source;
    let json: string;
    try {
      json = output(a, cfg, false);
    } catch (e) {
      // JSON.parse reads any depth, JSON.stringify recurses: a field nested thousands deep cannot be written back
      if (e instanceof RangeError) return fail(id, 'malformed', `the record's other fields cannot be carried into "source" (${e.message}: nested too deep or too large to write back); drop or flatten them`);
      throw e;
    }
    return { ok: true, bytes, json, rules: countRules(record) };
  } catch (e) {
    return fail(id, errorCode(e), failure(errorCode(e), e, cfg));
  }
}

function doFailed(t: FailedTask): Result {
  return { ok: false, bytes: 0, error: t.error, json: errorRecord(t.id, t.line, t.path, t.code, t.error) };
}

export function processTask(t: Task, cfg: ProcessConfig): Result {
  // Each task's failures are caught where they happen; this is the last guard, so that one
  // task can never take its chunk (or, with --jobs 1, the run) down with it.
  try {
    switch (t.kind) {
      case 'capture': return doCapture(t, cfg);
      case 'jsonl': return doJsonl(t, cfg);
      case 'failed': return doFailed(t);
      case 'end': return { ok: true, bytes: 0, json: '' };
    }
  } catch (e) {
    return lostResult(t, `internal error: ${(e as Error)?.message ?? String(e)}; please report it with this input`);
  }
}
