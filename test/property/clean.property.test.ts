/**
 * Property tests of clean() (issue 3 item 7, issue 6 item 4), with fast-check,
 * against the TypeScript sources. The generators and checks are the ones
 * `npm run fuzz` uses at scale (scripts/fuzz-lib.mjs); here a few hundred
 * inputs per property run in CI.
 *
 * Seed: FC_SEED from the environment, else a fixed seed so CI is reproducible;
 * FC_RUNS sets the number of inputs per property; FC_SHRINK=1 shrinks
 * failures. A failure prints the seed and path to replay (also with
 * `npm run fuzz -- --seed S --path P` on a build).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { clean, InputError, UnboilRecord } from '../../src/index.js';
import { decode, finishText } from '../../src/decode/index.js';
import { splitDateline } from '../../src/parse/dateline.js';
// @ts-expect-error: plain ESM helper shared with scripts/fuzz.mjs, no type declarations
import { arbitraries, loadFixtures, makeCheck, fold } from '../../scripts/fuzz-lib.mjs';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261125;
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 150;

const fixtures = loadFixtures(fileURLToPath(new URL('../../fixtures/', import.meta.url)));
const arbs = arbitraries(fc, fixtures);
const validate = (r: unknown): void => {
  const v = UnboilRecord.safeParse(r);
  if (!v.success) throw new Error(`record does not match the schema: ${v.error.message.slice(0, 500)}`);
};
// Generous cap: CI machines are shared; `npm run fuzz` and bench:hostile measure time properly.
const check = makeCheck({ clean, decode, finishText, InputError, validate, splitDateline }, { capMs: 5000 }) as (x: string | Uint8Array) => number;

// No shrinking in CI (shrinking HTML counterexamples took minutes); FC_SHRINK=1 turns it on.
const params = { seed: SEED, numRuns: RUNS, endOnFailure: process.env.FC_SHRINK !== '1' };

describe('clean() never throws on a string', () => {
  const strings = fc.oneof(arbs.unicode, arbs.fixtures ?? arbs.unicode, arbs.html, fc.string({ unit: 'binary', maxLength: 2000 }));
  it('random, structured, fixture-derived and HTML strings', () => {
    fc.assert(
      fc.property(strings, (s: string) => {
        const r = clean(s);
        validate(r);
      }),
      params,
    );
  });
  it('bytes are either cleaned or refused with InputError (binary, corrupt gzip)', () => {
    fc.assert(
      fc.property(arbs.bytes, (b: Uint8Array) => {
        try {
          validate(clean(b));
        } catch (e) {
          if (!(e instanceof InputError) || (e.code !== 'binary' && e.code !== 'gzip')) throw e;
        }
      }),
      params,
    );
  });
});

describe('determinism', () => {
  it('the same input gives a deep-equal record and byte-identical JSON', () => {
    fc.assert(
      fc.property(fc.oneof(arbs.unicode, arbs.fixtures ?? arbs.unicode, arbs.html), (s: string) => {
        const a = clean(s);
        const b = clean(s);
        expect(b).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      params,
    );
  });
  it('a string and its UTF-8 bytes give the same record', () => {
    fc.assert(
      fc.property(fc.oneof(arbs.unicode, arbs.fixtures ?? arbs.unicode), (s: string) => {
        const fromString = clean(s);
        let fromBytes;
        try {
          fromBytes = clean(new Uint8Array(Buffer.from(s)));
        } catch (e) {
          // Control-heavy strings can look binary as bytes; that refusal is fine.
          if (e instanceof InputError && e.code === 'binary') return;
          throw e;
        }
        expect(fromBytes.body).toBe(fromString.body);
        expect(fromBytes.removed).toEqual(fromString.removed);
      }),
      params,
    );
  });
});

describe('idempotence on its own body: clean(clean(x).body).body === clean(x).body', () => {
  const idem = (s: string | Uint8Array): void => {
    let body: string;
    try {
      body = clean(s).body;
    } catch (e) {
      if (e instanceof InputError) return;
      throw e;
    }
    expect(clean(body).body).toBe(body);
  };
  it('every fixture capture', () => {
    expect(fixtures.text.length).toBeGreaterThan(0);
    for (const f of fixtures.text) {
      const body = clean(f.text).body;
      expect(clean(body).body, f.path).toBe(body);
    }
  });
  it('random Unicode and rule-vocabulary strings', () => {
    fc.assert(fc.property(arbs.unicode, idem), params);
  });
  it('mutated fixture captures', () => {
    fc.assert(fc.property(arbs.fixtures ?? arbs.unicode, idem), params);
  });
  it('re-encoded captures and random bytes', () => {
    fc.assert(fc.property(arbs.bytes, idem), params);
  });
  // HTML input: the body comes from the markup's article and is then settled
  // through the text pipeline (body/html.ts, settleAsText). Where the text
  // verdict would cut more than 5% of a prose article (tables, lists), the
  // markup wins, so the first text round may still drop such blocks; from that
  // round on the body is a fixed point. Making the first round strict too cost
  // 0.027 F1 on the HTML dev set (0.975 -> 0.949), so it is a documented limit.
  it('generated and mutated HTML: fixed point from the first text round on', () => {
    fc.assert(
      fc.property(arbs.html, (s: string | Uint8Array) => {
        let body: string;
        try {
          body = clean(clean(s).body).body;
        } catch (e) {
          if (e instanceof InputError) return;
          throw e;
        }
        expect(clean(body).body).toBe(body);
      }),
      params,
    );
  });
});

describe('every non-blank input line is accounted for (in the body, or in removed with its line number)', () => {
  it('every fixture capture', () => {
    for (const f of fixtures.text) {
      const r = clean(f.text);
      const removed = new Set(r.removed.map((x) => x.line));
      const paragraphs = new Set(r.body.split('\n\n'));
      const lines = finishText(decode(f.text).text, 'text', []).split('\n');
      lines.forEach((l, i) => {
        const t = fold(l) as string;
        if (t === '' || removed.has(i + 1) || paragraphs.has(t)) return;
        const cut = r.dateline !== null && [...paragraphs].some((p) => p !== '' && t.endsWith(p));
        expect(cut, `${f.path}:${i + 1} ${t}`).toBe(true);
      });
    }
  });
  it('random and mutated text captures (full property check: no throw, deterministic, idempotent, lines, body shape)', () => {
    fc.assert(
      fc.property(fc.oneof(arbs.unicode, arbs.fixtures ?? arbs.unicode), (s: string) => {
        check(s);
      }),
      params,
    );
  });
});

/**
 * Shapes the fuzzer found (shrunk counterexamples, generalised): each is
 * generated from prose sentences and names in several languages, and must
 * pass the full property check (no throw, deterministic, idempotent, every
 * line accounted for, body shape). The two tag lists, the markup-wrapped
 * opening and the lone dateline broke idempotence (fixed by settling the body
 * in src/pipeline/clean.ts); the later dateline was a gap of the line check (it
 * looked at the first three paragraphs, the extractor reads six). The HTML
 * case guards the step that keeps every body reading as text.
 */
describe('fuzzer counterexamples, as general shapes', () => {
  const PROSE: Record<string, string[]> = {
    en: 'the government said on Tuesday that the talks would resume in the capital next week after a pause of several months and that both sides had agreed to'.split(' '),
    es: 'el gobierno dijo el martes que las conversaciones se reanudarán en la capital la próxima semana después de una pausa de varios meses y que las partes'.split(' '),
    de: 'die Regierung sagte am Dienstag dass die Gespräche in der Hauptstadt in der nächsten Woche nach einer Pause von mehreren Monaten wieder aufgenommen werden und dass'.split(' '),
    fr: 'le gouvernement a déclaré mardi que les négociations reprendraient dans la capitale la semaine prochaine après une pause de plusieurs mois et que les deux parties'.split(' '),
    ru: 'правительство заявило во вторник что переговоры возобновятся в столице на следующей неделе после перерыва в несколько месяцев и что стороны согласились на'.split(' '),
  };
  const NAMES = ['Energy', 'Germany', 'Ports', 'Hydrogen', 'Iran', 'Syria', 'Russia', 'Europe', 'Climate', 'Trade', 'Berlin', 'Madrid', 'Paris', 'Moscow'];
  const CHROME = ['Home', 'World', 'Business', 'Skip to content', 'Sign in', 'Share', 'Comments', 'Read more'];
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  /** A prose paragraph of one language: 1-3 sentences of 14-28 words, each with a final stop. */
  const paragraph = (lang: string) =>
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 14, max: 28 }), fc.constantFrom('.', '!', '?')), { minLength: 1, maxLength: 3 })
      .map((ss) => ss.map(([at, n, stop]) => cap(Array.from({ length: n }, (_, k) => PROSE[lang]![(at + k) % PROSE[lang]!.length]).join(' ')) + stop).join(' '));
  const article = (lang: string, n: number) => fc.array(paragraph(lang), { minLength: n, maxLength: n + 3 });
  const lang = fc.constantFrom(...Object.keys(PROSE));
  /** A bare tag list: 3-6 short capitalised names separated by commas. */
  const nameList = fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 3, maxLength: 6 }).map((ns) => ns.join(', '));
  const chrome = fc.array(fc.constantFrom(...CHROME), { maxLength: 4 });
  const DATELINES = ['LONDON, March 3 (Reuters) - ', 'BERLIN (dpa) - ', 'MADRID, 14 jul (EFE).- ', 'PARIS (AFP) — ', 'МОСКВА, 14 июл — РИА Новости. '];
  const dateline = fc.constantFrom(...DATELINES);
  const runs = { ...params, numRuns: Math.min(RUNS, 60) };

  it('two bare tag lists in the article tail: cleaning the body again must not take the earlier one', () => {
    fc.assert(
      fc.property(lang.chain((l) => fc.tuple(chrome, article(l, 1), nameList, article(l, 1), nameList, chrome)), ([c1, a, t1, b, t2, c2]) => {
        const text = [...c1, ...a, t1, ...b, t2, ...c2].join('\n');
        check(text);
      }),
      runs,
    );
  });

  it('prose wrapped in markup opening the body (an HTML page pasted into a text capture): the body still reads as text', () => {
    const opens = fc.constantFrom('<!doctype html><html><head><title>T</title></head><body><p>', '<div><figcaption style="display:none">', '<h2 href="/x"><section>', '<div><p>');
    const closes = fc.constantFrom('</p>', '<li></li></ul>', '</b><b><tr hidden></tr></b>', '');
    fc.assert(
      fc.property(lang.chain((l) => fc.tuple(chrome, fc.array(fc.tuple(opens, paragraph(l), closes), { minLength: 1, maxLength: 10 }), article(l, 0))), ([c, wrapped, a]) => {
        const text = [...c, ...wrapped.map(([open, p, close]) => `${open}${p}${close}`), ...a].join('\n');
        check(text);
        const body = clean(text).body;
        expect(clean(body).input.format).toBe('text');
      }),
      runs,
    );
  });

  it('a dateline on a later lead paragraph (4th to 6th, with an agency) or on a repeated lead paragraph: its line is accounted for', () => {
    fc.assert(
      fc.property(lang.chain((l) => fc.tuple(chrome, article(l, 5), dateline, fc.integer({ min: 0, max: 5 }), fc.boolean())), ([c, a, d, at, repeat]) => {
        const ps = a.slice();
        const k = Math.min(at, ps.length - 1);
        ps[k] = d + ps[k]!;
        if (repeat) ps.splice(k + 2, 0, ps[k]!);
        const text = [...c, ...ps].join('\n');
        check(text);
      }),
      runs,
    );
  });

  it('a lone dateline paragraph without a final stop', () => {
    fc.assert(
      fc.property(lang.chain((l) => fc.tuple(chrome, dateline, paragraph(l), chrome)), ([c1, d, p, c2]) => {
        const text = [...c1, d + p.replace(/[.!?]$/u, ''), ...c2].join('\n');
        check(text);
      }),
      runs,
    );
  });

  it('HTML whose article quotes markup: its body reads as text, a fixed point from the first text round on', () => {
    const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(lang.chain((l) => fc.tuple(article(l, 2), fc.array(fc.constantFrom('<div>', '<p>', '</p>', '<span>', '<li>'), { minLength: 3, maxLength: 6 }))), ([a, tags]) => {
        const html = `<!doctype html><html><body><nav><a href="/">Home</a></nav><article><p>${esc(tags.join(' '))}</p>${a.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
        check(html);
        const body = clean(html).body;
        expect(clean(body).input.format).toBe('text');
      }),
      runs,
    );
  });
});
