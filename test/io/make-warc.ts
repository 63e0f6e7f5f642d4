/** Builds small WARC / WET files for tests with warcio's own writer. */
import { writeFileSync } from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcEntry {
  type: 'response' | 'conversion' | 'request' | 'warcinfo';
  url: string;
  body: string;
  contentType?: string;
  id?: string;
}

async function* once(s: string) {
  yield new TextEncoder().encode(s);
}

export async function makeWarc(path: string, entries: WarcEntry[], gzip: boolean): Promise<void> {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const warcHeaders: Record<string, string> = {};
    if (e.id) warcHeaders['WARC-Record-ID'] = e.id;
    let rec: WARCRecord;
    if (e.type === 'warcinfo') {
      rec = WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.0' }, { software: 'unboil tests' });
    } else if (e.type === 'response') {
      rec = WARCRecord.create(
        { url: e.url, date: '2020-07-14T21:39:00Z', type: 'response', warcVersion: 'WARC/1.0', warcHeaders, httpHeaders: { 'Content-Type': e.contentType ?? 'text/html; charset=utf-8' } },
        once(e.body),
      );
    } else if (e.type === 'request') {
      rec = WARCRecord.create({ url: e.url, date: '2020-07-14T21:39:00Z', type: 'request', warcVersion: 'WARC/1.0', warcHeaders, httpHeaders: { Host: 'example.com' } }, once(''));
    } else {
      rec = WARCRecord.create(
        { url: e.url, date: '2020-07-14T21:39:00Z', type: 'conversion', warcVersion: 'WARC/1.0', warcHeaders: { 'Content-Type': e.contentType ?? 'text/plain', ...warcHeaders } },
        once(e.body),
      );
    }
    parts.push(await WARCSerializer.serialize(rec, { gzip }));
  }
  writeFileSync(path, Buffer.concat(parts));
}
