/**
 * Splits a byte stream into lines ("\n", with a trailing "\r" dropped), pulling
 * one chunk at a time, so memory stays bounded whatever the input size. A line
 * longer than maxBytes is not kept: its length is reported instead.
 */
export interface Line {
  text: string;
  lineNo: number;
  /** Set (to the line's size in bytes) when the line exceeded maxBytes and was dropped. */
  tooLong?: number;
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
      return { text: '', lineNo, tooLong: size };
    }
    let buf = parts.length ? Buffer.concat([...parts, tail]) : tail;
    parts = [];
    partLen = 0;
    if (buf.length && buf[buf.length - 1] === 13) buf = buf.subarray(0, buf.length - 1);
    return { text: buf.toString('utf8'), lineNo };
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
