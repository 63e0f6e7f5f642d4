/** splitLines: the JSON Lines reader's line splitter, whatever the chunking. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { IDLE, lineText, splitLines, type Line } from '../../src/io/lines.js';

async function collect(chunks: (string | Buffer)[], max = 1 << 20): Promise<Line[]> {
  async function* gen() {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c;
  }
  const out: Line[] = [];
  for await (const l of splitLines(gen(), max)) if (l !== IDLE) out.push(l);
  return out;
}

describe('splitLines', () => {
  test('LF, CRLF, a last line without newline; blank lines are lines', async () => {
    const ls = await collect(['a\r\nb\n\nc']);
    expect(ls.map((l) => lineText(l.data))).toEqual(['a', 'b', '', 'c']);
    expect(ls.map((l) => l.lineNo)).toEqual([1, 2, 3, 4]);
    expect(await collect(['a\n'])).toHaveLength(1);
    expect(await collect([])).toHaveLength(0);
  });

  test('each line owns its bytes (never a view of the stream chunk), so a worker can take it without a copy', async () => {
    const ls = await collect(['one\ntwo\r\nthr', 'ee\n']);
    expect(ls.map((l) => lineText(l.data))).toEqual(['one', 'two', 'three']);
    for (const l of ls) {
      expect(l.data.byteOffset).toBe(0);
      expect(l.data.buffer.byteLength).toBe(l.data.byteLength);
    }
  });

  test('multi-byte characters split across chunks survive', async () => {
    const buf = Buffer.from('привет мир\n日本語\n');
    const ls = await collect([buf.subarray(0, 3), buf.subarray(3, 15), buf.subarray(15)]);
    expect(ls.map((l) => lineText(l.data))).toEqual(['привет мир', '日本語']);
  });

  test('a line over the limit is reported with its size and dropped; the next lines go on', async () => {
    const ls = await collect(['ok\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'], 50);
    expect(ls.map((l) => [l.lineNo, lineText(l.data), l.tooLong])).toEqual([[1, 'ok', undefined], [2, '', 60], [3, 'next', undefined]]);
  });

  test('any chunking gives the same lines as splitting the whole text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(fc.nat(300), { maxLength: 10 }), async (s, cuts) => {
        const buf = Buffer.from(s);
        const pts = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let prev = 0;
        for (const p of pts) {
          chunks.push(buf.subarray(prev, p));
          prev = p;
        }
        chunks.push(buf.subarray(prev));
        const got = (await collect(chunks)).map((l) => lineText(l.data));
        const want = s.split('\n').map((l) => l.replace(/\r$/, ''));
        if (s.endsWith('\n') || s === '') want.pop();
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
