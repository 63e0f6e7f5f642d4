/**
 * cleanStream / cleanTransform: the streaming library API. Records come out in
 * input order, exactly as `unboil --from jsonl` prints them for the same stdin,
 * whatever the chunking; the source is pulled only as records are asked for.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, test } from 'vitest';
import { clean, cleanStream, cleanTransform, isErrorRecord, parseRules, type StreamRecord } from '../src/index.js';
import { unboil } from './cli/helpers.js';

const capture = (n: number) =>
  [
    `Council expands route ${n}`,
    `The city council voted on Tuesday to expand the bus network in district ${n}, a plan that officials said would add ${n + 4} routes and cut waiting times for residents.`,
    `Residents who rely on public transport every day will wait less, the council said in a statement published on its website on Tuesday evening.`,
    'Share',
  ].join('\n');

const rows = [
  JSON.stringify({ id: 'a', text: capture(1), lang: 'en' }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 7, html: `<html><body><article><p>${capture(2).split('\n').join('</p><p>')}</p></article></body></html>` }),
  JSON.stringify({ text: capture(3) }),
  JSON.stringify({ id: 'none' }),
];
const jsonl = rows.join('\n') + '\n';

async function all(it: AsyncIterable<StreamRecord>): Promise<StreamRecord[]> {
  const out: StreamRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('cleanStream', () => {
  test('gives the records and error records of unboil --from jsonl, in order', async () => {
    const cli = unboil(['--from', 'jsonl', '-q'], { input: jsonl }).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const recs = await all(cleanStream(Readable.from([jsonl])));
    expect(recs).toEqual(cli);
    expect(recs.map((r) => r.id)).toEqual(['a', 2, 7, 4, 'none']);
    expect(recs.map((r) => (isErrorRecord(r) ? r.code : 'ok'))).toEqual(['ok', 'malformed', 'ok', 'ok', 'missing-field']);
  });

  test('the same records whatever the chunking, also inside a multi-byte character', async () => {
    const bytes = Buffer.from(jsonl.replace('city council', 'city čouncil — “x”'));
    const whole = await all(cleanStream([bytes]));
    for (const size of [1, 7, 64, 1000]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await all(cleanStream(chunks))).toEqual(whole);
    }
    expect((whole[0] as { body: string }).body).toContain('čouncil — “x”');
  });

  test('objects in, records out: ids, URLs and the other fields carried as with JSON Lines', async () => {
    const recs = await all(cleanStream([{ id: 1, text: capture(4), url: 'https://example.com/4' }, { id: 'b', text: capture(5), tag: 'x' }]));
    expect(recs.map((r) => r.id)).toEqual([1, 'b']);
    const [r1, r2] = recs as Exclude<StreamRecord, { error: string }>[];
    expect(r1!.url).toBe('https://example.com/4');
    expect(r2!.source).toEqual({ id: 'b', tag: 'x' });
    expect(r1!.body).toBe(clean(capture(4)).body);
  });

  test('site rules apply', async () => {
    const rules = parseRules({ text: [{ id: 'my-share', phrases: ['Share'] }] });
    const [r] = (await all(cleanStream([{ id: 1, text: capture(1) }], { rules }))) as Exclude<StreamRecord, { error: string }>[];
    expect(r!.removed.find((x) => x.text === 'Share')?.rule).toBe('my-share');
  });

  test('bounded: the source is read only as far as the records asked for; stopping early closes it', async () => {
    let pulled = 0;
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; i < 1_000_000; i++) {
          pulled++;
          yield JSON.stringify({ id: i, text: capture(i) }) + '\n';
        }
      } finally {
        closed = true;
      }
    }
    let n = 0;
    for await (const r of cleanStream(source())) {
      expect(r.id).toBe(n);
      if (++n === 5) break;
    }
    expect(pulled).toBeLessThanOrEqual(7);
    expect(closed).toBe(true);
  });

  test('a line over maxBytes gives an error record in its place; the next line goes on', async () => {
    const recs = await all(cleanStream([JSON.stringify({ id: 'big', text: 'x'.repeat(5000) }) + '\n', JSON.stringify({ id: 'ok', text: capture(1) }) + '\n'], { maxBytes: 1000 }));
    expect(recs.map((r) => [r.id, isErrorRecord(r) ? r.code : 'ok'])).toEqual([[1, 'too-large'], ['ok', 'ok']]);
  });

  test('items that are neither JSON Lines chunks nor objects are a TypeError', async () => {
    await expect(all(cleanStream([42 as never]))).rejects.toThrow(TypeError);
  });
});

describe('cleanTransform', () => {
  test('in a stream.pipeline: JSON Lines in, the CLI\'s JSON Lines out', async () => {
    let out = '';
    await pipeline(
      Readable.from([Buffer.from(jsonl)]),
      cleanTransform(),
      new Writable({
        write(chunk, _enc, cb) {
          out += chunk.toString();
          cb();
        },
      }),
    );
    expect(out).toBe(unboil(['--from', 'jsonl', '-q'], { input: jsonl }).stdout);
  });
});
