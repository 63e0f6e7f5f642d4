/** Repair: mojibake, character references in text captures, invisible controls, NFC. */
import { describe, expect, it } from 'vitest';
import { normalizeText, repairMojibake, decodeEntities, finishText } from '../../src/decode/index.js';

/** Simulates the damage: UTF-8 bytes read as Windows-1252. */
const cp1252 = new TextDecoder('windows-1252');
const mangle = (s: string): string => cp1252.decode(new TextEncoder().encode(s));

describe('mojibake', () => {
  const originals = [
    'It’s a “test” — with dashes – and an ellipsis…',
    'Le café était très chaud à l’école, Élodie.',
    'Über die Straße, schön größer.',
    'Президент России заявил во вторник',
    'Ελληνικά γράμματα',
    'Emoji 😀 and € prices £5',
    '¿Qué pasó en España? ¡Niño!',
  ];
  for (const s of originals) {
    it(`once: ${s}`, () => {
      const r = repairMojibake(mangle(s));
      expect(r.text).toBe(s);
      expect(r.count).toBeGreaterThan(0);
    });
    it(`twice: ${s}`, () => {
      expect(repairMojibake(mangle(mangle(s))).text).toBe(s);
    });
  }
  it('the usual shapes', () => {
    expect(repairMojibake('donâ€™t').text).toBe('don’t');
    expect(repairMojibake('cafÃ©').text).toBe('café');
    expect(repairMojibake('Ã¢â‚¬â„¢').text).toBe('’');
    expect(repairMojibake('â€œquotedâ€ here').text).toBe('“quoted” here');
  });
  it('a dropped-byte right quote whose € shows as its Latin-1 C1 control is repaired too, so a second decode finds nothing left', () => {
    for (const form of ['me lâ\u0080\nnext line', 'me lâ\u0080']) {
      const once = finishText(normalizeText(repairMojibake(form).text), 'text', []);
      expect(once).toContain('l”');
      expect(finishText(normalizeText(repairMojibake(once).text), 'text', [])).toBe(once);
    }
  });
  it('legitimate accented text is left alone', () => {
    const legit = [
      'Le café est très bon, et les élèves ont été reçus à l’école. Ça coûte 5 €.',
      'Der Bürgermeister sagte: „Die Straße bleibt gesperrt.“ Maß“ und Gruß“',
      'São Paulo e Brasília: ação, não, irmã “citação”',
      'Zażółć gęślą jaźń. Příliš žluťoučký kůň.',
      'Straße»', 'É»', 'Ä“', 'ÆØÅ æøå «Ñandú»', 'aquí”…', 'naïve façade',
      'Президент заявил, что «переговоры продолжатся».',
      '日本語のテキスト', '1° 2² ½ ¼ © ® ™ ±',
    ];
    for (const s of legit) expect(repairMojibake(s), s).toEqual({ text: s, count: 0 });
  });
  it('normalizeText notes the repair in warnings', () => {
    const w: string[] = [];
    expect(normalizeText('Itâ€™s fine', w)).toBe('It’s fine');
    expect(w.join(' ')).toMatch(/mojibake/);
  });
  it('groups UTF-8 rejects stay as they are: surrogates, overlong forms, past U+10FFFF', () => {
    // ED A0 80 (a surrogate), E0 80 80 and F0 80 80 80 (overlong), F4 90 80 80 (past U+10FFFF)
    for (const s of ['\u00ed\u00a0\u20ac\u00ed\u00a0\u20ac', '\u00e0\u20ac\u20ac\u00e0\u20ac\u20ac', '\u00f0\u20ac\u20ac\u20ac', '\u00f4\u00a0\u20ac\u20ac']) {
      expect(repairMojibake(s)).toEqual({ text: s, count: 0 });
    }
    // beside a valid group, the run is repaired and the rejected group kept
    expect(repairMojibake('\u00c3\u00a9\u00ed\u00a0\u20ac')).toEqual({ text: '\u00e9\u00ed\u00a0\u20ac', count: 1 });
  });
  it('a megabyte of lead/continuation characters: each pair repaired once, lone leads left', () => {
    // scaling is measured by bench:hostile ('mojibake-like'), by CPU time: not timed here
    expect(repairMojibake('Ã©'.repeat(500_000))).toEqual({ text: 'é'.repeat(500_000), count: 500_000 });
    expect(repairMojibake('Ã'.repeat(1_000_000))).toEqual({ text: 'Ã'.repeat(1_000_000), count: 0 });
    expect(repairMojibake('â€'.repeat(500_000) + 'x')).toEqual({ text: '”'.repeat(500_000) + 'x', count: 500_000 });
  });
});

describe('character references in text captures', () => {
  it('named, decimal and hex references are decoded', () => {
    expect(decodeEntities('AT&amp;T said &#8220;yes&#8221; &ndash; caf&eacute; &#x2019;').text).toBe('AT&T said “yes” – café ’');
    expect(decodeEntities('a&nbsp;b').text).toBe('a\u00a0b');
  });
  it('double-escaped references are undone in one pass (idempotent)', () => {
    const once = decodeEntities('&amp;amp; &amp;#8217; &amp;lt;p&amp;gt; &amp;bogus;').text;
    expect(once).toBe('& ’ <p> &bogus;');
    expect(decodeEntities(once).text).toBe(once);
  });
  it('no semicolon, unknown names: left as they are', () => {
    expect(decodeEntities('R&D, Q&A, &notes, &copy 2020, &bogus;').text).toBe('R&D, Q&A, &notes, &copy 2020, &bogus;');
  });
  it('C1 numeric references read as Windows-1252, controls and line breaks become spaces', () => {
    expect(decodeEntities('&#150; &#146; &#10;&#13;&#0;').text).toBe('– ’   \ufffd');
  });
  it('finishText decodes text captures only, and normalises what it decoded', () => {
    const w: string[] = [];
    expect(finishText('a &amp; b&#8203;c', 'text', w)).toBe('a & bc');
    expect(w.join(' ')).toMatch(/character reference/);
    expect(finishText('<p>a &amp; b</p>', 'html', [])).toBe('<p>a &amp; b</p>');
  });
  it('hostile ampersand runs: each reference decoded once, bare ampersands kept', () => {
    // scaling is measured by bench:hostile ('"&amp;" chains', '"&" runs'), by CPU time: not timed here
    expect(decodeEntities('&amp;'.repeat(300_000) + 'x')).toEqual({ text: '&'.repeat(300_000) + 'x', count: 300_000 });
    expect(decodeEntities('&'.repeat(1_000_000))).toEqual({ text: '&'.repeat(1_000_000), count: 0 });
    expect(decodeEntities('&a'.repeat(500_000))).toEqual({ text: '&a'.repeat(500_000), count: 0 });
  });
});

describe('invisible characters, controls, NFC', () => {
  it('zero-width and bidi controls are removed', () => {
    expect(normalizeText('a\u200bb\u200ec\u200fd\u202ae\u202cf\u2066g\u2069h\ufeffi\u2060j')).toBe('abcdefghij');
  });
  it('soft hyphens are removed; ZWJ/ZWNJ kept only inside words and emoji sequences', () => {
    expect(normalizeText('Bundes\u00adregierung')).toBe('Bundesregierung');
    expect(normalizeText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(normalizeText('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧');
    expect(normalizeText('a \u200d b\u200c ')).toBe('a  b ');
  });
  it('C1 controls from Latin-1-read Windows-1252 become what they meant', () => {
    expect(normalizeText('It\u0092s \u0093ok\u0094 \u0096 x\u0081')).toBe('It’s “ok” – x');
  });
  it('C0 controls become spaces; tabs and newlines stay; lone surrogates become U+FFFD', () => {
    expect(normalizeText('a\u0000b\u0007c\td\ne')).toBe('a b c\td\ne');
    expect(normalizeText('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
  });
  it('U+2028 / U+2029 are line breaks', () => {
    expect(normalizeText('a\u2028b\u2029c')).toBe('a\nb\nc');
  });
  it('text is NFC', () => {
    expect(normalizeText('Cafe\u0301 n\u0303')).toBe('Café ñ');
  });
  it('normalizeText is idempotent', () => {
    const samples = ['Itâ€™s Ã¢â‚¬â„¢', 'a\u0092b\u200b\r\nc', 'e\u0301\ud800', 'ÐŸÑ€Ð¸Ð²ÐµÑ‚ â€'];
    for (const s of samples) {
      const once = normalizeText(s);
      expect(normalizeText(once)).toBe(once);
    }
  });
});
