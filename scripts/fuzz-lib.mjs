/**
 * Shared by `npm run fuzz` (scripts/fuzz.mjs, against the built dist/) and the
 * property tests (test/property/, against src/): the input generators and the
 * properties every input must satisfy. The pipeline functions are passed in,
 * so the same checks run on either build.
 *
 * Properties (issue 3 item 7, issue 6 item 4):
 *   - never throws on a string; bytes may only be refused with InputError
 *     (binary data, corrupt gzip);
 *   - deterministic: the same input gives a deep-equal record and
 *     byte-identical JSON;
 *   - idempotent on its own body: clean(body).body === body for text input;
 *     for HTML input (whose body the markup chose, and whose first text round
 *     may still drop lines; see test/property and README) the body is a fixed
 *     point from the first text round on: clean(clean(body).body).body ===
 *     clean(body).body;
 *   - every non-blank line of a text capture is accounted for: its folded text
 *     is a body paragraph (or is the record's dateline, or another
 *     dateline-shaped head, then one of the first six paragraphs, when the
 *     dateline was cut off its front), or `removed` holds its line number;
 *   - the body is well formed: no NBSP, no doubled space, paragraphs separated
 *     by exactly one blank line, no edge white space;
 *   - time: each call stays under a cap (re-measured before it counts, so a
 *     GC pause or a busy machine does not count as a finding).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu;
export const fold = (s) => s.replace(SPACE_RUN, ' ').trim();

/** Text and HTML captures under a fixtures folder, read once. */
export function loadFixtures(dir) {
  const out = { text: [], html: [] };
  const walk = (d) => {
    let names;
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (extname(n) === '.txt') out.text.push({ path: p, text: readFileSync(p, 'utf8') });
      else if (extname(n) === '.html' || extname(n) === '.htm') out.html.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** Words that the rules react to, in several languages, to steer random lines towards interesting shapes. */
const VOCAB = [
  'Share', 'Read more', 'Subscribe', 'Sign in', 'Comments', 'Advertisement', 'Listen', 'Watch', 'Print', 'Email',
  'Newsletter', 'Cookies', 'Accept', 'Related', 'Tags:', 'By', 'and', 'Jane Doe', 'John Roe', 'Reuters', 'AP',
  '©', 'Photo', 'Image copyright', 'Getty Images', 'Updated', '21:39 GMT14 July 2020', '2020-07-14 21:39', '14.07.2020',
  '3 hours ago', 'Nov 19, 2019, 10:31 pm CST', 'MOSCOW (Sputnik) -', 'PARIS (AFP) —', '0', '165', '1.2K views', '05 SHARES',
  'Поделиться', 'Читать далее', 'Комментарии', 'Compartir', 'Leer más', 'Teilen', 'Weiterlesen', 'Partager', 'Lire aussi',
  'the', 'of', 'government', 'said', 'on', 'Tuesday', 'that', 'talks', 'would', 'resume', 'in', 'the', 'capital', 'el', 'der',
  'die', 'le', 'la', 'что', 'и', 'в', 'на', '.', ',', '!', '?', '…', '“', '”', '«', '»', '—', '-', '|', ':', '(', ')', '&amp;',
  '&#8217;', '&nbsp;', 'â€™', 'Ã©', '\u200b', '\u00a0', '\u202e', 'e\u0301', '<p>', '</p>', '<div>', 'http://example.com/a',
  'Discussion', 'Community standards', 'Story Timeline', 'Featured image via', 'Skip to content', 'Home', 'World', 'Sports',
];

const LINE_BREAKS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n  \n', '\u2028'];

/** The input generators, built with the given fast-check module. */
export function arbitraries(fc, fixtures) {
  const word = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...VOCAB) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e6 }).map(String) },
  );
  const line = fc.array(word, { maxLength: 40 }).chain((ws) =>
    fc.constantFrom(' ', ' ', '  ', '\t', '\u00a0').map((sep) => ws.join(sep)),
  );
  const lineBreak = fc.constantFrom(...LINE_BREAKS);
  /** Line-structured text made of rule vocabulary, prose words and random strings. */
  const structuredText = fc
    .array(fc.tuple(line, lineBreak), { maxLength: 60 })
    .map((ls) => ls.map(([l, b]) => l + b).join(''));
  const unicodeText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', '(', '<', '&', ';', '#', 'Ã', '©', 'â', '€', '™', '\r', '\u00a0'), maxLength: 400 }),
    structuredText,
  );

  /** Mutations of a capture: each is cheap and keeps the input small enough to fuzz fast. */
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('delete'), at: fc.nat(), len: fc.nat({ max: 400 }) }),
    fc.record({ op: fc.constant('duplicate'), at: fc.nat(), len: fc.nat({ max: 400 }) }),
    fc.record({ op: fc.constant('insert'), at: fc.nat(), s: fc.oneof(word, line, lineBreak) }),
    fc.record({ op: fc.constant('swapLines'), a: fc.nat(), b: fc.nat() }),
    fc.record({ op: fc.constant('joinLines'), at: fc.nat() }),
    fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
    fc.record({ op: fc.constant('crlf') }),
    fc.record({ op: fc.constant('upper'), at: fc.nat(), len: fc.nat({ max: 200 }) }),
    fc.record({ op: fc.constant('mojibake'), at: fc.nat(), len: fc.nat({ max: 300 }) }),
  );
  const mutate = (text, ms) => {
    let t = text;
    for (const m of ms) t = applyMutation(t, m);
    return t;
  };
  const arbs = { unicode: unicodeText };
  if (fixtures.text.length > 0) {
    arbs.fixtures = fc
      .tuple(fc.constantFrom(...fixtures.text.map((f) => f.text)), fc.array(mutation, { maxLength: 6 }))
      .map(([t, ms]) => mutate(t, ms));
  }
  const tag = fc.constantFrom('p', 'div', 'span', 'a', 'li', 'ul', 'h1', 'h2', 'article', 'section', 'nav', 'footer', 'script', 'style', 'table', 'td', 'tr', 'br', 'b', 'i', 'blockquote', 'pre', 'header', 'aside', 'figure', 'figcaption', 'time', 'meta', 'noscript', 'template', 'svg');
  const attr = fc.constantFrom('', ' class="article-body"', ' class="share nav"', ' id="main"', ' itemprop="articleBody"', ' role="navigation"', ' hidden', ' style="display:none"', ' href="/x"', ' charset="windows-1252"', ' datetime="2020-07-14T21:39:00Z"', ' class="a" class="b"');
  const htmlNode = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: line },
      { weight: 2, arbitrary: fc.tuple(tag, attr, fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(([t, a, kids, close]) => `<${t}${a}>${kids.join('')}${close ? `</${t}>` : ''}`) },
    ),
  })).node;
  const htmlDoc = fc
    .tuple(fc.constantFrom('<!doctype html>', '<!DOCTYPE html>\n', '<?xml version="1.0" encoding="utf-8"?>\n<!doctype html>', '<html>', ''), fc.array(htmlNode, { maxLength: 12 }))
    .map(([head, nodes]) => `${head}<html><head><meta charset="utf-8"><title>T</title></head><body>${nodes.join('\n')}</body></html>`);
  const deepHtml = fc
    .tuple(fc.integer({ min: 1, max: 3000 }), tag, line)
    .map(([n, t, l]) => `<!doctype html><html><body>${`<${t}>`.repeat(n)}${l}${`</${t}>`.repeat(n >> 1)}</body></html>`);
  const htmlSources = [htmlDoc, deepHtml];
  if (fixtures.html.length > 0) htmlSources.push(fc.constantFrom(...fixtures.html.map((f) => f.text)));
  arbs.html = fc.tuple(fc.oneof(...htmlSources), fc.array(mutation, { maxLength: 4 })).map(([t, ms]) => mutate(t, ms));

  /** Bytes: random, text-like (ASCII + high bytes, legacy-encoding shaped), and real captures re-encoded. */
  const textLikeBytes = fc
    .array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, { weight: 1, arbitrary: fc.constant(0x0a) }, { weight: 3, arbitrary: fc.integer({ min: 0x80, max: 0xff }) }), { maxLength: 1500 })
    .map((a) => new Uint8Array(a));
  const encodings = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'gzip', 'latin1'];
  const textSource = arbs.fixtures ? fc.oneof(arbs.fixtures, structuredText) : structuredText;
  const reencoded = fc.tuple(textSource, fc.constantFrom(...encodings)).map(([t, e]) => encodeAs(t, e));
  arbs.bytes = fc.oneof(fc.uint8Array({ maxLength: 1500 }), textLikeBytes, reencoded);
  return arbs;
}

function clampIndex(i, n) {
  return n === 0 ? 0 : i % (n + 1);
}

/** Applies one mutation (see arbitraries) to a string. */
export function applyMutation(t, m) {
  switch (m.op) {
    case 'delete': {
      const a = clampIndex(m.at, t.length);
      return t.slice(0, a) + t.slice(a + m.len);
    }
    case 'duplicate': {
      const a = clampIndex(m.at, t.length);
      return t.slice(0, a + m.len) + t.slice(a, a + m.len) + t.slice(a + m.len);
    }
    case 'insert': {
      const a = clampIndex(m.at, t.length);
      return t.slice(0, a) + m.s + t.slice(a);
    }
    case 'swapLines': {
      const ls = t.split('\n');
      const a = m.a % ls.length;
      const b = m.b % ls.length;
      [ls[a], ls[b]] = [ls[b], ls[a]];
      return ls.join('\n');
    }
    case 'joinLines': {
      const ls = t.split('\n');
      if (ls.length < 2) return t;
      const a = m.at % (ls.length - 1);
      ls.splice(a, 2, `${ls[a]}${ls[a + 1]}`);
      return ls.join('\n');
    }
    case 'truncate':
      return t.slice(0, clampIndex(m.at, t.length));
    case 'crlf':
      return t.replace(/\n/g, '\r\n');
    case 'upper': {
      const a = clampIndex(m.at, t.length);
      return t.slice(0, a) + t.slice(a, a + m.len).toUpperCase() + t.slice(a + m.len);
    }
    case 'mojibake': {
      // UTF-8 bytes of a slice read as Windows-1252 / Latin-1.
      const a = clampIndex(m.at, t.length);
      const mid = Buffer.from(t.slice(a, a + m.len), 'utf8').toString('latin1');
      return t.slice(0, a) + mid + t.slice(a + m.len);
    }
    default:
      return t;
  }
}

function encodeAs(text, e) {
  switch (e) {
    case 'utf-8-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    case 'utf-16le-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    case 'utf-16be-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    case 'utf-16le':
      return new Uint8Array(Buffer.from(text, 'utf16le'));
    case 'gzip':
      return new Uint8Array(gzipSync(Buffer.from(text)));
    case 'latin1':
      return new Uint8Array(Buffer.from(text, 'latin1'));
    default:
      return new Uint8Array(Buffer.from(text));
  }
}

/** Short printable description of an input, for reports. */
export function describeInput(x) {
  if (typeof x === 'string') {
    const s = JSON.stringify(x);
    return `string(${x.length}) ${s.length > 600 ? `${s.slice(0, 600)}…` : s}`;
  }
  const hex = Buffer.from(x.subarray(0, 200)).toString('hex');
  return `bytes(${x.length}) ${hex}${x.length > 200 ? '…' : ''}`;
}

/**
 * Builds the property check: `check(input)` throws an Error describing the
 * first property that fails, or returns the time the slowest call took.
 *   deps: { clean, decode, finishText, InputError, validate? }
 *   opts: { capMs }
 */
/** Paragraphs the dateline extractor looks at (src/extract/index.ts: the first three, or up to six with an agency). */
const DATELINE_PARAGRAPHS = 6;

export function makeCheck(deps, opts = {}) {
  const capMs = opts.capMs ?? 2000;
  const { clean, decode, finishText, InputError, validate, splitDateline } = deps;

  /** Runs fn, re-measuring up to twice when it is over the cap. */
  function timed(label, fn) {
    let best = Infinity;
    let result;
    for (let attempt = 0; attempt < 3; attempt++) {
      const t0 = performance.now();
      result = fn();
      const ms = performance.now() - t0;
      best = Math.min(best, ms);
      if (best <= capMs) break;
    }
    if (best > capMs) throw new Error(`too slow: ${label} took ${best.toFixed(0)} ms (cap ${capMs} ms, best of 3)`);
    return { result, ms: best };
  }

  return function check(input) {
    let r1;
    let slowest = 0;
    try {
      const t = timed('clean(input)', () => clean(input));
      r1 = t.result;
      slowest = t.ms;
    } catch (e) {
      if (typeof input !== 'string' && e instanceof InputError && (e.code === 'binary' || e.code === 'gzip')) return slowest;
      if (e instanceof Error && e.message.startsWith('too slow')) throw e;
      throw new Error(`clean threw: ${e && e.stack ? e.stack : e}`);
    }
    if (validate) validate(r1);

    // Deterministic: deep-equal record and byte-identical JSON.
    const r2 = clean(input);
    const j1 = JSON.stringify(r1);
    const j2 = JSON.stringify(r2);
    if (j1 !== j2) throw new Error(`not deterministic: two runs gave different JSON\n${j1.slice(0, 400)}\n${j2.slice(0, 400)}`);

    // Body shape.
    const body = r1.body;
    if (typeof body !== 'string') throw new Error('body is not a string');
    if (body.includes('\u00a0')) throw new Error(`body holds an NBSP: ${JSON.stringify(body.slice(0, 200))}`);
    if (body.includes('  ')) throw new Error(`body holds a doubled space: ${JSON.stringify(body.slice(Math.max(0, body.indexOf('  ') - 40), body.indexOf('  ') + 40))}`);
    if (body.includes('\n\n\n')) throw new Error('body holds a run of blank lines');
    if (body !== body.trim()) throw new Error('body has white space at its edges');

    // Idempotent on its own body. Text input: clean(body).body === body. HTML input (README, test/property):
    // the body is settled through the text pipeline, whose first round may still drop lines the markup
    // kept; from that round on it is a fixed point: clean(clean(body).body).body === clean(body).body.
    const html = r1.input.format === 'html';
    const t2 = timed('clean(body)', () => clean(body));
    slowest = Math.max(slowest, t2.ms);
    let settled = body;
    let again = t2.result.body;
    if (html) {
      settled = again;
      const t3 = timed('clean(clean(body).body)', () => clean(settled));
      slowest = Math.max(slowest, t3.ms);
      again = t3.result.body;
    }
    if (again !== settled) {
      let d = 0;
      while (d < settled.length && settled[d] === again[d]) d++;
      const from = Math.max(0, d - 120);
      const what = html ? 'clean(clean(body).body).body differs from clean(body).body' : 'clean(body).body differs';
      throw new Error(`not idempotent (${r1.input.format} input): ${what} at ${d}\n  body:  …${JSON.stringify(settled.slice(from, d + 200))}\n  again: …${JSON.stringify(again.slice(from, d + 200))}`);
    }

    // Every non-blank line of a text capture is accounted for.
    if (r1.input.format === 'text') {
      const dec = decode(input);
      const text = finishText(dec.text, 'text', []);
      const removedLines = new Set(r1.removed.map((x) => x.line));
      const paragraphs = body === '' ? [] : body.split('\n\n');
      const paraSet = new Set(paragraphs);
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const f = fold(lines[i]);
        if (f === '' || removedLines.has(i + 1) || paraSet.has(f)) continue;
        // A dateline cut off the front of an early paragraph (the dateline extractor reads the first
        // six; a repeated lead paragraph loses the same dateline): the line is the dateline, then the paragraph.
        if (r1.dateline && f.startsWith(r1.dateline.place.split(',')[0]) && paragraphs.slice(0, DATELINE_PARAGRAPHS).some((p) => p !== '' && f.endsWith(p))) continue;
        // A second dateline-shaped head in the first six paragraphs (a mutated capture that repeats a
        // lead under another place) is cut the same way when the body is settled: the rest is a paragraph.
        const cut = r1.dateline && splitDateline ? splitDateline(f) : null;
        if (cut && paragraphs.slice(0, DATELINE_PARAGRAPHS).includes(cut.rest)) continue;
        throw new Error(`line ${i + 1} is neither in the body nor in removed: ${JSON.stringify(f.slice(0, 300))}`);
      }
    }
    return slowest;
  };
}
