/**
 * Splits a byte stream into lines ("\n", with a trailing "\r" dropped), pulling
 * one chunk at a time, so memory stays bounded whatever the input size. A line
 * longer than maxBytes is not kept: its length is reported instead.
 */
export interface Line {
  /** The line's bytes (UTF-8 as read, "\n" and a trailing "\r" dropped), in an ArrayBuffer of their own: a worker thread can take it without a copy. */
  data: Uint8Array;
  lineNo: number;
  /** Set (to the line's size in bytes) when the line exceeded maxBytes and was dropped. */
  tooLong?: number;
}

/** A line's text (invalid UTF-8 becomes U+FFFD; a BOM is kept, as in any other place of a line). */
export function lineText(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
}

/** Yielded when the reader is about to wait for more input: a good moment to hand work on. */
export const IDLE = Symbol('idle');

export async function* splitLines(chunks: AsyncIterable<Buffer | Uint8Array | string>, maxBytes: number): AsyncGenerator<Line | typeof IDLE> {
  let parts: Buffer[] = [];
  let partLen = 0;
  let overflow = 0;
  let lineNo = 0;
  const finish = (tail: Buffer): Line => {
    lineNo++;
    if (overflow > 0) {
      const size = overflow + tail.length;
      overflow = 0;
      return { data: new Uint8Array(0), lineNo, tooLong: size };
    }
    let len = partLen + tail.length;
    const last = tail.length ? tail[tail.length - 1] : parts.length ? parts[parts.length - 1]![parts[parts.length - 1]!.length - 1] : 0;
    if (len > 0 && last === 13) len--;
    // A fresh buffer of exactly the line (never a view of the stream's chunk, never Node's shared pool).
    const data = new Uint8Array(len);
    let at = 0;
    for (const p of parts) {
      data.set(p.subarray(0, Math.min(p.length, len - at)), at);
      at += p.length;
    }
    if (at < len) data.set(tail.subarray(0, len - at), at);
    parts = [];
    partLen = 0;
    return { data, lineNo };
  };
  for await (const c of chunks) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) break;
      const piece = chunk.subarray(pos, nl);
      if (overflow === 0 && partLen + piece.length > maxBytes) {
        overflow = partLen + piece.length;
        parts = [];
        partLen = 0;
        yield finish(Buffer.alloc(0));
      } else {
        yield finish(piece);
      }
      pos = nl + 1;
    }
    if (pos < chunk.length) {
      const rest = chunk.subarray(pos);
      if (overflow > 0) overflow += rest.length;
      else if (partLen + rest.length > maxBytes) {
        overflow = partLen + rest.length;
        parts = [];
        partLen = 0;
      } else {
        // Copy: the stream may reuse its buffer.
        parts.push(Buffer.from(rest));
        partLen += rest.length;
      }
    }
    yield IDLE;
  }
  if (partLen > 0 || overflow > 0) yield finish(Buffer.alloc(0));
}
