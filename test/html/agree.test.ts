/**
 * Text and HTML agree: the same page as HTML and as its visible text (what a
 * browser's innerText gives, written by hand for the fixture) yields bodies that
 * overlap by at least 0.9 F1 on the benchmark's measure (word 4-gram shingles,
 * multiset matching). The bench mode `npm run bench:quality -- --agree` prints
 * the same figure over the development set.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const dir = fileURLToPath(new URL('../../fixtures/html/', import.meta.url));

function shingles(text: string): Map<string, number> {
  const toks = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const m = new Map<string, number>();
  if (toks.length === 0) return m;
  if (toks.length < 4) return new Map([[toks.join(' '), 1]]);
  for (let i = 0; i + 4 <= toks.length; i++) {
    const k = toks.slice(i, i + 4).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Shingle F1 of b against a (the benchmark's per-page measure). */
export function shingleF1(a: string, b: string): number {
  const g = shingles(a);
  const p = shingles(b);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, n] of g) {
    const q = p.get(k) ?? 0;
    tp += Math.min(n, q);
    if (n > q) fn += n - q;
  }
  for (const [k, q] of p) if (q > (g.get(k) ?? 0)) fp += q - (g.get(k) ?? 0);
  if (tp === 0) return 0;
  const P = tp / (tp + fp), R = tp / (tp + fn);
  return (2 * P * R) / (P + R);
}

describe('text and HTML captures of the same page agree', () => {
  it('shingle F1 sees a difference (sanity)', () => {
    expect(shingleF1('one two three four five six', 'one two three four five six')).toBe(1);
    expect(shingleF1('one two three four five six', 'seven eight nine ten eleven')).toBe(0);
  });

  it('wire-en: HTML body vs text-capture body overlap >= 0.9', () => {
    const html = clean(readFileSync(`${dir}wire-en.html`), { format: 'html' });
    const text = clean(readFileSync(`${dir}wire-en.capture.txt`), { format: 'text' });
    expect(html.body.length).toBeGreaterThan(500);
    expect(text.body.length).toBeGreaterThan(0);
    expect(shingleF1(html.body, text.body)).toBeGreaterThanOrEqual(0.9);
    // the furniture of the page is in neither body
    for (const body of [html.body, text.body]) {
      expect(body).not.toMatch(/Related coverage|All rights reserved|Skip to main content/);
    }
  });
});
