/** parseLargeRecord: JSON.parse of the line, or null (then the caller parses the line whole). */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseLargeRecord } from '../../src/io/jsonl-record.js';

const FIELDS = ['text', 'html'];
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const parsed = (s: string): unknown => {
  try {
    return JSON.parse(Buffer.from(s, 'utf8').toString('utf8'));
  } catch {
    return undefined;
  }
};

/** The contract: null, or JSON.parse's object with its keys in the same order. */
function holds(line: string | Uint8Array, fields = FIELDS): Record<string, unknown> | null {
  const data = typeof line === 'string' ? bytes(line) : line;
  const r = parseLargeRecord(data, fields);
  if (r !== null) {
    const j = parsed(Buffer.from(data).toString('utf8')) as Record<string, unknown>;
    expect(r).toEqual(j);
    expect(Object.keys(r)).toEqual(Object.keys(j));
  }
  return r;
}

describe('records it reads from the bytes', () => {
  test.each([
    ['plain', '{"id":"a","html":"<p class=\\"x\\">Hi</p>","url":null}'],
    ['escapes', '{"text":"line\\none\\ttab \\"q\\" back\\\\slash \\/ \\b\\f\\r"}'],
    ['\\u escapes of one, two and three bytes', '{"text":"\\u0041\\u00e9\\u20AC\\u0000 end"}'],
    ['raw UTF-8', '{"text":"Zoë · Привет · 東京 · 😀"}'],
    ['nested values with braces and quotes inside strings', '{"meta":{"a":[1,{"b":"}],\\""}],"c":true},"n":-1.5e3,"html":"x","z":[]}'],
    ['white space around tokens', ' \t{ "id" : 7 ,\r\n "text" : "x" } \n'],
    ['the capture as the only field', '{"html":""}'],
  ])('%s', (_, line) => {
    expect(holds(line)).not.toBeNull();
  });

  test('text wins over html, as the pipeline reads them', () => {
    const r = holds('{"html":"<p>h</p>","text":"t"}');
    expect(r).toEqual({ html: '<p>h</p>', text: 't' });
  });

  test('a null text field leaves html to be read', () => {
    expect(holds('{"text":null,"html":"h"}')).toEqual({ text: null, html: 'h' });
  });

  test('a field named __proto__ is an own property, as JSON.parse makes it', () => {
    const r = holds('{"__proto__":"x","id":1}', ['__proto__']);
    expect(Object.getOwnPropertyNames(r)).toEqual(['__proto__', 'id']);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });
});

describe('lines it leaves to JSON.parse (null)', () => {
  test.each([
    ['no capture field', '{"id":"a","body":"x"}'],
    ['the capture is not a string', '{"text":42}'],
    ['a key given twice', '{"text":"a","text":"b"}'],
    ['an escaped key', '{"t\\u0065xt":"a"}'],
    ['an escaped surrogate pair', '{"text":"\\ud83d\\ude00"}'],
    ['a lone escaped surrogate', '{"text":"\\udc00"}'],
    ['a raw tab inside the string', '{"text":"a\tb"}'],
    ['a bad escape', '{"text":"a\\x41"}'],
    ['a short \\u escape', '{"text":"a\\u41"}'],
    ['trailing garbage', '{"text":"a"} x'],
    ['two objects', '{"text":"a"}{"text":"b"}'],
    ['an array', '[{"text":"a"}]'],
    ['unclosed string', '{"text":"a}'],
    ['a byte order mark', '\ufeff{"text":"a"}'],
    ['a malformed value elsewhere', '{"id":tru,"text":"a"}'],
    ['empty object', '{}'],
    ['blank', '   '],
  ])('%s', (_, line) => {
    expect(holds(line)).toBeNull();
  });
});

describe('UTF-8 and length', () => {
  test('characters of two, three and four bytes at each escape and edge, and a BOM inside', () => {
    const text = '\u0080\u07ff\u0800\ud7ff\ue000\ufeff\uffff\u{10000}\u{10ffff}"\\\n é€😀';
    expect(holds(JSON.stringify({ text }))).toEqual({ text });
  });

  test.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong two-byte form', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['a surrogate in UTF-8', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a cut-off character before the quote', [0xe2, 0x82]],
    ['a lead byte then an escape', [0xc3, 0x5c, 0x6e]],
  ])('bytes that are not UTF-8 (%s): left to the line\'s decoding', (_, bad) => {
    const data = new Uint8Array([...bytes('{"text":"a'), ...bad, ...bytes('b"}')]);
    expect(holds(data)).toBeNull();
  });

  test('a capture longer than a string Node makes in one piece, with a character split across two pieces', () => {
    const text = 'x'.repeat((1 << 19) - 1) + '😀' + 'é"'.repeat(600_000);
    const r = holds(JSON.stringify({ id: 1, html: text }));
    expect(r?.html).toBe(text);
  });
});

describe('property: same as JSON.parse or null', () => {
  const record = fc.record(
    {
      id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      html: fc.string({ unit: 'binary' }),
      text: fc.oneof(fc.string({ unit: 'grapheme' }), fc.constant(null)),
      extra: fc.jsonValue(),
    },
    { requiredKeys: ['html'] },
  );

  test('records written by JSON.stringify', () => {
    fc.assert(
      fc.property(record, (o) => {
        const r = holds(JSON.stringify(o));
        // lone surrogates (binary units) are written as \u escapes, which JSON.parse reads
        if (!/[\ud800-\udfff]/.test(JSON.stringify(o))) expect(r).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  test('records with bytes changed: never an object JSON.parse would not give', () => {
    fc.assert(
      fc.property(record, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), (o, edits) => {
        const data = bytes(JSON.stringify(o));
        for (const [at, b] of edits) data[at % data.length] = b;
        const r = holds(data);
        if (parsed(Buffer.from(data).toString('utf8')) === undefined) expect(r).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
