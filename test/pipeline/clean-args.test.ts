/** clean() called from JavaScript with arguments of the wrong kind: a clear TypeError or RangeError, never a crash inside. */
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/index.js';

const PROSE = 'The council voted on Tuesday to expand the bus network, a plan that officials said would cut waiting times.';

describe('clean() arguments', () => {
  test.each([
    { capture: null, error: TypeError, message: /capture must be a string or a Uint8Array .* not null/ },
    { capture: undefined, error: TypeError, message: /not undefined/ },
    { capture: 42, error: TypeError, message: /not number/ },
    { capture: { text: PROSE }, error: TypeError, message: /not Object/ },
    { capture: new ArrayBuffer(8), error: TypeError, message: /wrap an ArrayBuffer: new Uint8Array\(buffer\)/ },
  ])('capture $capture', ({ capture, error, message }) => {
    expect(() => clean(capture as unknown as string)).toThrow(error);
    expect(() => clean(capture as unknown as string)).toThrow(message);
  });

  test.each([
    { options: null, error: TypeError, message: /options must be an object, not null/ },
    { options: { format: 'pdf' }, error: TypeError, message: /format must be 'auto', 'text' or 'html', not "pdf"/ },
    { options: { maxBytes: 0 }, error: RangeError, message: /maxBytes must be a whole number of bytes above 0, not 0/ },
    { options: { maxBytes: -1 }, error: RangeError, message: /not -1/ },
    { options: { maxBytes: 1.5 }, error: RangeError, message: /not 1\.5/ },
    { options: { maxBytes: Number.NaN }, error: RangeError, message: /not NaN/ },
  ])('options $options', ({ options, error, message }) => {
    expect(() => clean(PROSE, options as never)).toThrow(error);
    expect(() => clean(PROSE, options as never)).toThrow(message);
  });

  test.each([
    { capture: PROSE, options: undefined },
    { capture: PROSE, options: { format: 'text' as const, maxBytes: 1000 } },
    { capture: new Uint8Array(Buffer.from(PROSE)), options: { format: 'auto' as const } },
    { capture: Buffer.from(PROSE), options: {} },
  ])('accepted: $options', ({ capture, options }) => {
    expect(clean(capture, options).body).toBe(PROSE);
  });
});
