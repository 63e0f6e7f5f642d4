/** Decoding: BOMs, declarations, UTF-8 preference, legacy detection, size limit, binary. */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decode, InputError, DEFAULT_MAX_BYTES, prescanCharset, canonicalEncoding } from '../../src/decode/index.js';

const enc = (s: string, e: string): Uint8Array => new Uint8Array(iconv.encode(s, e));
const cat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) out.push(...p);
  return new Uint8Array(out);
};

describe('byte order marks', () => {
  const s = 'Grüße aus Köln — “quoted” 😀\nzweite Zeile';
  it('UTF-8 BOM is dropped', () => {
    const d = decode(cat([0xef, 0xbb, 0xbf], Buffer.from(s)));
    expect(d.text).toBe(s);
    expect(d.encoding).toBe('utf-8');
  });
  it('UTF-16 LE and BE with BOM', () => {
    const le = decode(cat([0xff, 0xfe], Buffer.from(s, 'utf16le')));
    expect(le.text).toBe(s);
    expect(le.encoding).toBe('utf-16le');
    const beBytes = Buffer.from(s, 'utf16le').swap16();
    const be = decode(cat([0xfe, 0xff], beBytes));
    expect(be.text).toBe(s);
    expect(be.encoding).toBe('utf-16be');
  });
  it('UTF-16 without BOM is recognised by its NUL pattern, not refused as binary', () => {
    const text = 'The minister said on Tuesday that talks would resume.\nSecond line.';
    expect(decode(new Uint8Array(Buffer.from(text, 'utf16le'))).text).toBe(text);
    expect(decode(new Uint8Array(Buffer.from(text, 'utf16le').swap16())).text).toBe(text);
  });
});

describe('declarations', () => {
  it('prescan finds meta charset, http-equiv and XML declarations', () => {
    const b = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
    expect(prescanCharset(b('<!doctype html><html><head><meta charset="windows-1251"><title>x</title>'))).toBe('windows-1251');
    expect(prescanCharset(b('<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-2"></head>'))).toBe('ISO-8859-2');
    expect(prescanCharset(b('<?xml version="1.0" encoding="koi8-r"?><html></html>'))).toBe('koi8-r');
    expect(prescanCharset(b('<html><head><meta name="viewport" content="width=device-width"></head>'))).toBeNull();
    expect(prescanCharset(b('plain text, no markup at all'))).toBeNull();
  });
  it('labels map the way browsers map them', () => {
    expect(canonicalEncoding('ISO-8859-1')).toBe('windows-1252');
    expect(canonicalEncoding('GB2312')).toBe('gb18030');
    expect(canonicalEncoding('x-sjis')).toBe('shift_jis');
    expect(canonicalEncoding('no-such-charset')).toBeNull();
  });
  it('a declared legacy charset decodes invalid-UTF-8 bytes', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body><p>Президент заявил</p></body></html>';
    const d = decode(enc(html, 'windows-1251'));
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toBe(html);
  });
  it('declared windows-1252 but valid multi-byte UTF-8: read as UTF-8, with a warning', () => {
    const html = '<html><head><meta http-equiv="content-type" content="text/html; charset=windows-1252"></head><body><p>Café crème, “quoted”</p></body></html>';
    const d = decode(new Uint8Array(Buffer.from(html)));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(html);
    expect(d.warnings.join(' ')).toMatch(/valid UTF-8/);
  });
  it('declared UTF-8 but Windows-1252 bytes: detected as a legacy encoding', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>Le café était très chaud, et l’élève a reçu un prix à l’école.</p></body></html>';
    const d = decode(enc(html, 'windows-1252'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(html);
    expect(d.warnings.join(' ')).toMatch(/not valid UTF-8/);
  });
  it('pure ASCII is UTF-8 whatever is declared', () => {
    const d = decode(new Uint8Array(Buffer.from('<meta charset="iso-8859-2"><p>plain</p>')));
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual([]);
  });
});

describe('undeclared legacy encodings are detected', () => {
  const cases: [string, string][] = [
    ['windows-1252', 'Le gouvernement a annoncé mercredi une réforme des retraites. « C’est très important », a déclaré le ministre, qui a été reçu à l’Élysée.'],
    ['windows-1252', 'El presidente señaló que la economía española crecerá este año. «Es un momento histórico», añadió en la conferencia de prensa.'],
    ['iso-8859-1', 'Der Bürgermeister sagte am Dienstag, dass die Straße wegen der Bauarbeiten gesperrt würde. Die Größe des Projekts überrascht.'],
    ['iso-8859-15', "Le billet coûte désormais 20 € et l'œuvre complète 45 €, selon le musée."],
    ['iso-8859-2', 'Premier Polski powiedział we wtorek, że rząd przygotuje nową ustawę. Żółć, gęśl, jaźń, łódź: Příliš žluťoučký kůň úpěl ďábelské ódy.'],
    ['windows-1251', 'Президент России заявил во вторник, что переговоры с Сирией продолжатся в ближайшее время. Министр иностранных дел подтвердил это.'],
    ['koi8-r', 'Президент России заявил во вторник, что переговоры с Сирией продолжатся в ближайшее время. Министр иностранных дел подтвердил это.'],
    ['shift_jis', '日本の首相は火曜日、新しい経済政策を発表した。東京の株価は上昇し、市場関係者は歓迎の意を示した。'],
    ['gb18030', '中国国家主席今天在北京会见了来访的外国领导人，双方讨论了经济合作与地区安全问题。'],
  ];
  for (const [e, text] of cases) {
    it(`${e}: ${text.slice(0, 30)}…`, () => {
      const d = decode(enc(text, e));
      expect(d.text).toBe(text);
      // ISO-8859-1 bytes are read with its superset Windows-1252 (as browsers do).
      expect(d.encoding).toBe(e === 'iso-8859-1' ? 'windows-1252' : e);
      expect(d.warnings.join(' ')).toMatch(/detected/);
    });
  }
  it('UTF-8 with a few stray invalid bytes stays UTF-8 (replacement characters and a warning)', () => {
    const good = Buffer.from('Über die Grüße — “quoted” — naïve café ');
    const d = decode(cat(good, [0xff], good));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\ufffd');
    expect(d.text).toContain('naïve café');
    expect(d.warnings.join(' ')).toMatch(/replaced with U\+FFFD/);
  });
});

describe('line endings', () => {
  it('CRLF and lone CR read as line breaks', () => {
    expect(decode('a\r\nb\rc\nd').text).toBe('a\nb\nc\nd');
    expect(decode(new Uint8Array(Buffer.from('a\r\nb\rc'))).text).toBe('a\nb\nc');
  });
});

describe('size limit and refusals', () => {
  it('the default limit is 50 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
  });
  it('bytes over maxBytes throw InputError too-large', () => {
    const big = new Uint8Array(2000).fill(0x61);
    expect(() => decode(big, { maxBytes: 1000 })).toThrow(InputError);
    try {
      decode(big, { maxBytes: 1000 });
    } catch (e) {
      expect((e as InputError).code).toBe('too-large');
      expect((e as Error).message).toMatch(/size limit/);
    }
    expect(decode(big, { maxBytes: 2000 }).text.length).toBe(2000);
  });
  it('strings are measured in UTF-8 bytes', () => {
    expect(() => decode('é'.repeat(600), { maxBytes: 1000 })).toThrow(/size limit/);
    expect(decode('e'.repeat(600), { maxBytes: 1000 }).bytes).toBe(600);
  });
  it('gzip is decompressed, and the limit applies to the decompressed size (no gzip bomb)', () => {
    const text = 'Line one of the capture.\nLine two.';
    const d = decode(new Uint8Array(gzipSync(text)));
    expect(d.text).toBe(text);
    expect(d.gzip).toBe(true);
    const bomb = new Uint8Array(gzipSync(Buffer.alloc(5_000_000, 0x61)));
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => decode(bomb, { maxBytes: 1_000_000 })).toThrow(/decompressed input is over the size limit/);
  });
  it('binary data is refused; corrupt gzip is refused', () => {
    const bin = new Uint8Array(1000);
    for (let i = 0; i < bin.length; i++) bin[i] = (i * 37) & 0xff;
    expect(() => decode(bin)).toThrow(InputError);
    expect(() => decode(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).toThrow(/gzip/);
  });
});
