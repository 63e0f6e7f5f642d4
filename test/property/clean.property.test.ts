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
const check = makeCheck({ clean, decode, finishText, InputError, validate }, { capMs: 5000 }) as (x: string | Uint8Array) => number;

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
  // through the text pipeline (select-html.ts, settleAsText). Where the text
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
