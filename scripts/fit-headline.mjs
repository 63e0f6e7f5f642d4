#!/usr/bin/env node
// Fits the headline model of text captures (src/rules/meta/headline-model.ts) and writes its
// weights to src/rules/meta/headline-weights.json (versioned: the version goes up by one) and
// the module generated from it, headline-weights.ts.
//
// Training pages: the TUNE half only (FNV-1a of the host, as bench-meta splits) of
//   - Readability: the gold title (the page's <title>, so sometimes not a line of the capture);
//   - Dragnet, CleanEval, CleanPortalEval and Zyte: weak labels, the page's single <h1> of 3+
//     words (as bench-titles takes it), on pages where that heading is a line of the capture.
// A page counts when one candidate line equals its label (folded as bench-meta folds titles);
// the others cannot teach the ranking. The model is a conditional logit: a softmax over a
// page's candidates and "no title" (score = threshold), fitted by gradient descent with an L2
// penalty; the threshold is then set to the one that keeps the most tune titles right.
//   npm run build && node scripts/fit-headline.mjs          fit, print tune/check figures, write weights
//   node scripts/fit-headline.mjs --dry                     fit and print, write nothing
//   node scripts/fit-headline.mjs --emit-ts                 regenerate headline-weights.ts from the JSON
// The check figures it prints are for information; the check half never feeds the fit.
// Needs a build and ../shared beside the repository (a user's clone has none: it says so, exits 2).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root, args, opt } from './lib/args.mjs';
import { halfOf, splitKey } from './lib/split.mjs';
import { singleH1, benchMorePages } from './lib/silver.mjs';

// The weights' source of truth is headline-weights.json (versioned); the fit also writes
// headline-weights.ts, the same object as a module, because the pure core must not import JSON
// (Node 20 prints an ExperimentalWarning for JSON modules). test/rules/meta/headline.test.ts
// asserts that the two agree. `--emit-ts` only writes the .ts from the JSON (after a hand merge).
const JSON_FILE = path.join(root, 'src', 'rules', 'meta', 'headline-weights.json');
const TS_FILE = path.join(root, 'src', 'rules', 'meta', 'headline-weights.ts');
function readWeights() {
  return JSON.parse(fs.readFileSync(JSON_FILE, 'utf8'));
}
function writeWeights(body, pagesUsed) {
  const json = JSON.stringify(body, null, 2) + '\n';
  fs.writeFileSync(JSON_FILE + '.tmp', json);
  fs.renameSync(JSON_FILE + '.tmp', JSON_FILE);
  fs.writeFileSync(TS_FILE, `/**
 * Weights of the headline model (headline-model.ts). Generated from headline-weights.json (the
 * source of truth, written by scripts/fit-headline.mjs${pagesUsed ? ` from the tune halves: ${pagesUsed} pages with their title among the candidates` : ''}).
 * Do not edit by hand: run the script again (\`--emit-ts\` regenerates this file from the JSON).
 */
export const WEIGHTS = ${JSON.stringify(body, null, 2)} as const;
`);
}
if (args.includes('--emit-ts')) {
  writeWeights(readWeights(), 0);
  console.log(`wrote ${path.relative(root, TS_FILE)} from ${path.relative(root, JSON_FILE)}`);
  process.exit(0);
}

const shared = path.resolve(opt('--shared', path.join(root, '..', 'shared')));
if (!fs.existsSync(path.join(shared, 'bench-more')) || !fs.existsSync(path.join(shared, 'bench'))) {
  console.error(`fit-headline: the benchmark data is not here (${shared}/bench, ${shared}/bench-more); it lives in ../shared beside the repository, which a user's clone does not have. Nothing was fitted.`);
  process.exit(2);
}
const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'rules', 'meta', 'headline-model.js'))) {
  console.error('fit-headline: dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
const { clean } = await import(path.join(dist, 'index.js'));
const { FEATURES, headlineTrace } = await import(path.join(dist, 'rules', 'meta', 'headline-model.js'));
const dry = args.includes('--dry');


const fold = (s) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[‘’‚‛]/gu, "'").replace(/[“”„‟]/gu, '"').replace(/[‐‑‒–—―]/gu, '-').replace(/\s+/g, ' ').trim().replace(/^[\s"'«»]+|[\s.!?:;,"'«»…]+$/gu, '');
const SITE_SEP = /\s+(?:[|\-–—_·•:]|::|»)\s+/u;
const cutSite = (t) => t.replace(/\s+[|–—]\s+[^|–—]{2,40}$/u, '').trim();
/** bench-meta's title match: equal, or the headline part of a gold "Headline | Site". */
function titleOk(pred, gold) {
  if (!pred) return false;
  const p = fold(pred);
  const g = fold(gold);
  if (p === g) return true;
  const parts = String(gold).split(SITE_SEP).map(fold).filter(Boolean);
  return parts.length > 1 && (p === parts[0] || p === parts.slice(0, -1).join(' - ') || (parts.includes(p) && p.length >= 0.5 * Math.max(...parts.map((x) => x.length))));
}

/** Every labelled page: { set, id, half, text, gold, exact } (exact: a silver h1 line, else Readability's gold). */
function pages() {
  const out = [];
  const rdir = path.join(shared, 'bench-more', 'readability');
  const rindex = new Map(fs.readFileSync(path.join(rdir, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.id, r]));
  for (const f of fs.readdirSync(path.join(rdir, 'gold')).filter((x) => x.endsWith('.gold.json')).sort()) {
    const id = f.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(fs.readFileSync(path.join(rdir, 'gold', f), 'utf8'));
    if (!gold.title) continue;
    const ix = rindex.get(id) ?? {};
    const url = gold.url ?? ix.url ?? ix.url_hints?.[0] ?? null;
    out.push({ set: 'readability', id, key: splitKey(id, [url]), half: halfOf(splitKey(id, [url])), text: fs.readFileSync(path.join(rdir, 'text', id + '.txt'), 'utf8'), gold: gold.title, exact: false });
  }
  const silver = (set, html, text, id, url) => {
    const h1 = singleH1(html);
    if (h1 === null) return;
    if (!text.split('\n').some((l) => fold(l) === fold(h1))) return;
    out.push({ set, id, key: splitKey(id, [url]), half: halfOf(splitKey(id, [url])), text, gold: h1, exact: true });
  };
  for (const set of ['dragnet', 'cleaneval', 'cleanportaleval']) {
    for (const pg of benchMorePages(shared, set)) silver(set, pg.html, pg.text, pg.id, pg.url);
  }
  const zdir = path.join(shared, 'bench');
  for (const f of fs.readdirSync(path.join(zdir, 'zyte-text')).filter((x) => x.endsWith('.txt')).sort()) {
    const id = f.slice(0, -4);
    const gold = JSON.parse(fs.readFileSync(path.join(zdir, 'zyte-text', id + '.gold.json'), 'utf8'));
    const hf = path.join(zdir, 'zyte', 'html', id + '.html.gz');
    if (!fs.existsSync(hf)) continue;
    silver('zyte', zlib.gunzipSync(fs.readFileSync(hf)).toString('utf8'), fs.readFileSync(path.join(zdir, 'zyte-text', f), 'utf8'), id, gold.url);
  }
  return out;
}

const match = (pg, line) => (pg.exact ? fold(line) === fold(pg.gold) : titleOk(cutSite(line), pg.gold) || titleOk(line, pg.gold));

// run the pipeline once per page; keep the last title-line decision's candidates
const data = [];
let last = null;
headlineTrace.fn = (doc, start, near, cands) => {
  if (last === null) last = cands.map((c) => ({ x: c.x, text: doc.blocks[c.block].text, vetoed: !!c.vetoed }));
};
for (const pg of pages()) {
  last = null;
  const rec = clean(pg.text, { format: 'text' });
  // a candidate title-line's veto keeps out (an item of a list) can be neither the pick nor a rival
  const cands = (last ?? []).filter((c) => !c.vetoed);
  const gi = cands.findIndex((c) => match(pg, c.text));
  data.push({ ...pg, cands, gi, was: match(pg, rec.title ?? ''), had: !!rec.title });
}
headlineTrace.fn = null;

const tune = data.filter((d) => d.half === 'tune');
const learn = tune.filter((d) => d.gi >= 0);
const K = FEATURES.length;
// one site's pages count as one page together (a blog of 20 pages must not teach its own layout)
const perSite = new Map();
for (const d of learn) perSite.set(d.set + ' ' + d.key, (perSite.get(d.set + ' ' + d.key) ?? 0) + 1);
for (const d of learn) d.weight = 1 / perSite.get(d.set + ' ' + d.key);
const totalWeight = learn.reduce((a, d) => a + d.weight, 0);
const dot = (w, x) => x.reduce((s, v, k) => s + w[k] * v, 0);

// conditional logit with a "no title" option at score 0 (the bias feature moves every candidate against it)
const w = new Array(K).fill(0);
const L2 = Number(opt('--l2', '0.01'));
const rate = 0.5;
for (let it = 0; it < 3000; it++) {
  const g = new Array(K).fill(0);
  for (const d of learn) {
    const s = d.cands.map((c) => dot(w, c.x));
    const m = Math.max(0, ...s);
    const e = s.map((v) => Math.exp(v - m));
    const z = e.reduce((a, b) => a + b, Math.exp(-m));
    for (let c = 0; c < d.cands.length; c++) {
      const p = (e[c] / z - (c === d.gi ? 1 : 0)) * d.weight;
      for (let k = 0; k < K; k++) g[k] += p * d.cands[c].x[k];
    }
  }
  for (let k = 0; k < K; k++) w[k] -= rate * (g[k] / totalWeight + L2 * w[k]);
}

/** Accuracy of the model on pages at a threshold: the best candidate's line must match the label. */
function accuracy(ds, thr, hybrid = false) {
  let ok = 0;
  for (const d of ds) {
    if (hybrid && d.had) {
      if (d.was) ok++;
      continue;
    }
    // as title-line picks: the best candidate its veto lets pass
    let best = -1, bs = -Infinity;
    d.cands.forEach((c, i) => {
      const s = dot(w, c.x);
      if (s > bs && !c.vetoed) { bs = s; best = i; }
    });
    if (best >= 0 && bs >= thr && match(d, d.cands[best].text)) ok++;
  }
  return ok;
}
// the highest threshold that keeps the most tune titles right (when unsure: no title)
let thr = -Infinity, bestOk = -1;
for (let t = -6; t <= 4; t += 0.25) {
  const ok = accuracy(tune, t);
  if (ok >= bestOk) {
    bestOk = ok;
    thr = t;
  }
}

for (const [k, name] of FEATURES.entries()) console.log(`${name.padEnd(12)} ${w[k].toFixed(3)}`);
console.log(`threshold ${thr}`);
for (const h of ['tune', 'check']) {
  for (const set of ['readability', 'dragnet', 'cleaneval', 'cleanportaleval', 'zyte']) {
    const ds = data.filter((d) => d.half === h && d.set === set);
    if (!ds.length) continue;
    console.log(`${h.padEnd(6)} ${set.padEnd(16)} pages ${String(ds.length).padStart(4)}  label among candidates ${ds.filter((d) => d.gi >= 0).length}  rules ${ds.filter((d) => d.was).length}  model ${accuracy(ds, thr)}  rules, else model ${accuracy(ds, thr, true)}`);
  }
}
if (args.includes('--misses')) {
  for (const d of tune) {
    if (d.gi < 0) continue;
    let best = -1, bs = -Infinity;
    d.cands.forEach((c, i) => {
      const s = dot(w, c.x);
      if (s > bs) { bs = s; best = i; }
    });
    if (best >= 0 && bs >= thr && match(d, d.cands[best].text)) continue;
    if (opt('--misses', '') !== 'all' && d.set !== opt('--misses', '')) continue;
    const show = (c) => `${JSON.stringify(c.text.slice(0, 90))} ${dot(w, c.x).toFixed(2)} [${c.x.map((v, k) => (v ? FEATURES[k] + (v === 1 ? '' : '=' + v.toFixed(2)) : '')).filter(Boolean).join(' ')}]`;
    console.log(`${d.set}/${d.id}\n  gold: ${show(d.cands[d.gi])}\n  got:  ${best >= 0 ? show(d.cands[best]) : 'none'}`);
  }
}
if (!dry) {
  const body = { version: readWeights().version + 1, features: [...FEATURES], w: w.map((v) => Math.round(v * 1000) / 1000), threshold: thr };
  writeWeights(body, learn.length);
  console.log(`wrote ${path.relative(root, JSON_FILE)} and ${path.relative(root, TS_FILE)} (version ${body.version})`);
}
