/**
 * Streaming library API: JSON Lines (or parsed objects) in, records out, in
 * input order, one at a time. The generator pulls the next input only when the
 * consumer asks for the next record, so memory stays bounded whatever the input
 * size (a slow consumer slows the reading: backpressure), and a stream of any
 * length can be cleaned without spawning the CLI. Records and error records are
 * exactly the lines `unboil --from jsonl` prints for the same stdin.
 */
import { Duplex } from 'node:stream';
import { IDLE, splitLines } from '../io/lines.js';
import { processTask } from './process.js';
import type { ProcessConfig, JsonlTask } from './types.js';
import type { SiteRules } from '../core/types.js';
import type { UnboilRecord } from '../schema/record.js';

/** Default --max-bytes: 50 MiB. */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface StreamOptions {
  /** Field holding a text capture (default "text"). */
  textField?: string;
  /** Field holding an HTML capture, used when the text field is absent (default "html"). */
  htmlField?: string;
  /** Field whose value (a string or a number) is the record's id; else the line number (default "id"). */
  idField?: string;
  /** Field holding the page URL (default "url"). */
  urlField?: string;
  /** A line or capture over this many bytes gives an error record (default 50 MiB). */
  maxBytes?: number;
  /** Site rules (parseRules / loadRules). */
  rules?: SiteRules;
}

/** What takes a failed input's place: the same line `unboil --from jsonl` prints. */
export interface ErrorRecord {
  id: string | number | null;
  line: number | null;
  path: null;
  error: string;
  code: string;
}

export type StreamRecord = UnboilRecord | ErrorRecord;

/** True for an error record. */
export function isErrorRecord(r: StreamRecord): r is ErrorRecord {
  return 'error' in r && typeof (r as ErrorRecord).error === 'string' && !('schemaVersion' in r);
}

/** Chunks of JSON Lines (a Readable, Buffers or strings), or objects each holding one capture. */
export type StreamInput = AsyncIterable<Uint8Array | string | object> | Iterable<Uint8Array | string | object>;

function configOf(o: StreamOptions): ProcessConfig {
  const cfg: ProcessConfig = {
    textField: o.textField ?? 'text',
    htmlField: o.htmlField ?? 'html',
    idField: o.idField ?? 'id',
    urlField: o.urlField ?? 'url',
    maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES,
    debug: false,
    to: 'json',
  };
  if (o.rules) cfg.site = o.rules;
  return cfg;
}

const isChunk = (x: unknown): x is Uint8Array | string => typeof x === 'string' || x instanceof Uint8Array;

/** The input as one byte stream of JSON Lines: chunks as they are, each object as a line of its own. */
async function* bytesOf(input: StreamInput): AsyncGenerator<Uint8Array | string> {
  let open = false; // the chunks so far end inside a line
  for await (const item of input as AsyncIterable<unknown>) {
    if (isChunk(item)) {
      if (item.length === 0) continue;
      open = typeof item === 'string' ? !item.endsWith('\n') : item[item.length - 1] !== 10;
      yield item;
      continue;
    }
    if (item === null || typeof item !== 'object') {
      throw new TypeError(`cleanStream(): each input item must be a Buffer or string of JSON Lines, or an object holding a capture, not ${item === null ? 'null' : typeof item}`);
    }
    yield `${open ? '\n' : ''}${JSON.stringify(item)}\n`;
    open = false;
  }
}

/**
 * Cleans a stream of JSON Lines, or of objects such as `{id, text}` / `{id, html, url}`,
 * yielding one record (or error record) per input line or object, in order.
 *
 *   for await (const rec of cleanStream(fs.createReadStream('pages.jsonl'))) ...
 *   for await (const rec of cleanStream([{ id: 1, text: capture }])) ...
 */
export async function* cleanStream(input: StreamInput, options: StreamOptions = {}): AsyncGenerator<StreamRecord, void, undefined> {
  const cfg = configOf(options);
  for await (const l of splitLines(bytesOf(input), cfg.maxBytes)) {
    if (l === IDLE) continue;
    // a UTF-8 byte order mark opening the stream is not part of line 1
    const d = l.lineNo === 1 && l.data[0] === 0xef && l.data[1] === 0xbb && l.data[2] === 0xbf ? l.data.subarray(3) : l.data;
    const t: JsonlTask = { kind: 'jsonl', data: d, bytes: d.byteLength, lineNo: l.lineNo, path: null };
    if (l.tooLong !== undefined) t.tooLong = l.tooLong;
    yield JSON.parse(processTask(t, cfg).json as string) as StreamRecord;
  }
}

/**
 * A Node Duplex for stream.pipeline: JSON Lines in, one record per line out (as
 * JSON Lines), in order, with backpressure both ways.
 *
 *   await pipeline(fs.createReadStream('in.jsonl'), cleanTransform(), fs.createWriteStream('out.jsonl'));
 */
export function cleanTransform(options: StreamOptions = {}): Duplex {
  return Duplex.from(async function* (source: AsyncIterable<Uint8Array | string>) {
    for await (const r of cleanStream(source, options)) yield JSON.stringify(r) + '\n';
  });
}

