/**
 * WARC / WET reading with warcio: `response` (and `resource`) records whose
 * payload is HTML become HTML captures, WET `conversion` records become text
 * captures; every other record is skipped. Gzip-compressed files (.warc.gz,
 * .wet.gz) are decompressed by warcio, member by member.
 */
import { createReadStream, openSync, readSync, closeSync, fstatSync } from 'node:fs';

/** Where a capture came from in a WARC file (the record's `input.warc`). */
export interface WarcRef {
  recordId: string | null;
  targetUri: string | null;
  type: string;
  file: string | null;
}

export interface WarcCapture {
  kind: 'capture';
  data: Uint8Array;
  format: 'text' | 'html';
  warc: WarcRef;
}
export interface WarcTooLarge {
  kind: 'too-large';
  warc: WarcRef;
  bytes: number;
}
export interface WarcSkip {
  kind: 'skip';
}
export type WarcItem = WarcCapture | WarcTooLarge | WarcSkip;

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPE = /^\s*text\/plain\b/i;

export function isWarcName(name: string): boolean {
  return /\.(warc|wet|arc)(\.gz)?$/i.test(name);
}

/** Iterates the captures of one WARC/WET file. Throws (with the last good record id) when the file is corrupt. */
export async function* readWarc(path: string, maxBytes: number, onRecordId: (id: string | null) => void): AsyncGenerator<WarcItem> {
  // Loaded on first use: warcio adds ~16 MB to the process, and most runs read no WARC.
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(createReadStream(path, { highWaterMark: 1 << 20 }));
  for await (const rec of parser) {
    if (!rec.warcType) throw new Error('not a WARC/WET file: no WARC record header where a record should start');
    const type = rec.warcType;
    const recordId = rec.warcHeader('WARC-Record-ID') ?? null;
    onRecordId(recordId);
    const ref: WarcRef = { recordId, targetUri: rec.warcTargetURI ?? null, type, file: path };
    let format: 'text' | 'html' | null = null;
    if (type === 'response' || type === 'resource') {
      const ct = (type === 'response' ? rec.httpHeaders?.headers.get('content-type') : rec.warcContentType) ?? '';
      if (HTML_TYPE.test(ct)) format = 'html';
    } else if (type === 'conversion') {
      const ct = rec.warcContentType ?? 'text/plain';
      if (TEXT_TYPE.test(ct) || ct === '') format = 'text';
    }
    // Records are always consumed through the decoded iterator: skipping one unread (or reading
    // it raw) makes warcio 2.4 spin forever when the file ends inside that record.
    if (!format) {
      for await (const _ of rec) void _;
      yield { kind: 'skip' };
      continue;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of rec) {
      size += chunk.byteLength;
      if (size <= maxBytes) parts.push(chunk);
    }
    if (size > maxBytes) {
      yield { kind: 'too-large', warc: ref, bytes: size };
      continue;
    }
    yield { kind: 'capture', data: parts.length === 1 ? parts[0]! : Buffer.concat(parts, size), format, warc: ref };
  }
  // warcio ends quietly where a gzip member is corrupt or cut off: what it left unread says so.
  const left = unreadTail(path, parser.offset);
  if (left > 0) throw new Error(`${left.toLocaleString('en-US')} bytes from offset ${parser.offset.toLocaleString('en-US')} to the end could not be read as WARC records (corrupt or cut-off data)`);
}

/**
 * How many bytes follow `offset` (where the reader stopped): 0 for a file read to its end (a
 * little trailing white space allowed), or for a file gone since it was read (its records were).
 */
function unreadTail(path: string, offset: number): number {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return 0;
  }
  try {
    const size = fstatSync(fd).size;
    const rest = size - offset;
    if (rest <= 0) return 0;
    // a few trailing line breaks are allowed; more than 4 KB after the last record is not white space padding
    if (rest > 4096) return rest;
    const buf = Buffer.alloc(rest);
    readSync(fd, buf, 0, rest, offset);
    return buf.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) ? 0 : rest;
  } finally {
    closeSync(fd);
  }
}
