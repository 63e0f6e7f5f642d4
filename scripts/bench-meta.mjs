#!/usr/bin/env node
// Text captures of every set, split into a tune half and a check half, with the
// metadata the Readability set's gold carries (title, byline, published time).
//   node scripts/bench-meta.mjs                    every set, text captures, both halves
//   node scripts/bench-meta.mjs --set readability  one set
//   node scripts/bench-meta.mjs --misses title     list the tune half's title misses (also authors, published)
//   node scripts/bench-meta.mjs --worst N          the N tune pages with the lowest body F1
//   node scripts/bench-meta.mjs --html             HTML pages instead of text captures
// Split: FNV-1a 32-bit of the page's host (its URL, else the first URL hint, else its id);
// even hash = tune, odd = check, so one site's pages stay in one half. Study the tune
// half only; quote the check half. Needs a build (npm run build) and ../shared beside the
// repository (a user's clone has none: it says so and exits 2).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root, args, opt, need, builtLibrary } from './lib/args.mjs';
import { halfOf, splitKey } from './lib/split.mjs';
import { titleMatch, authorsMatch, publishedMatch, hasTitle, hasByline, hasPublished } from './lib/meta-match.mjs';

const shared = path.resolve(opt('--shared', path.join(root, '..', 'shared')));
const scorePath = path.join(shared, 'bench', 'score.mjs');
need('bench-meta', [scorePath, path.join(shared, 'bench-more')], `the benchmark data is not here (${shared}/bench, ${shared}/bench-more); it lives in ../shared beside the repository, which a user's clone does not have. Nothing was measured.`);
const { clean } = await builtLibrary('bench-meta');
const { matchDocument } = await import(scorePath);
const html = args.includes('--html');

/** Every set: id, input file, gold, split key. */
function loadSet(name) {
  if (name === 'zyte') {
    const dir = path.join(shared, 'bench', html ? 'zyte' : 'zyte-text');
    const gdir = path.join(shared, 'bench', 'zyte-text'); // the gold files sit beside the text captures
    const ids = fs.readdirSync(html ? path.join(dir, 'html') : dir).filter((f) => f.endsWith(html ? '.html.gz' : '.txt')).map((f) => f.replace(/\.html\.gz$|\.txt$/, '')).sort();
    return ids.map((id) => {
      const gold = JSON.parse(fs.readFileSync(path.join(gdir, id + '.gold.json'), 'utf8'));
      return { id, file: html ? path.join(dir, 'html', id + '.html.gz') : path.join(dir, id + '.txt'), gold, key: splitKey(id, [gold.url]) };
    });
  }
  const dir = path.join(shared, 'bench-more', name);
  const index = new Map(fs.readFileSync(path.join(dir, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.id, r]));
  const ids = fs.readdirSync(path.join(dir, 'gold')).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  return ids.map((id) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', id + '.gold.json'), 'utf8'));
    const ix = index.get(id) ?? {};
    const url = gold.url ?? ix.url ?? ix.url_hints?.[0] ?? null;
    return { id, file: path.join(dir, html ? 'html' : 'text', id + (html ? '.html.gz' : '.txt')), gold, key: splitKey(id, [url]) };
  });
}

// Metadata is scored as bench:quality scores it (scripts/lib/meta-match.mjs).

const SETS = ['zyte', 'dragnet', 'cleaneval', 'cleanportaleval', 'readability'];
const only = opt('--set', null);
const misses = opt('--misses', null);
const worst = Number(opt('--worst', '0'));

const dump = opt('--dump', null); // per-page F1 as JSON Lines, to compare two builds
const dumped = [];
const rows = [];
for (const name of SETS) {
  if (only && only !== name) continue;
  const pages = loadSet(name);
  const acc = { tune: [], check: [] };
  for (const pg of pages) {
    let rec = null;
    try {
      rec = clean(html ? zlib.gunzipSync(fs.readFileSync(pg.file)) : fs.readFileSync(pg.file), { format: html ? 'html' : 'text' });
    } catch (e) {
      console.error(`${name}/${pg.id}: ${e.message}`);
    }
    const m = matchDocument(pg.gold.body ?? '', rec?.body ?? '');
    const p = m.tp + m.fp > 0 ? (m.fp === 0 && m.fn === 0 ? 1 : m.tp / (m.tp + m.fp)) : null;
    const r = m.tp + m.fn > 0 ? (m.fp === 0 && m.fn === 0 ? 1 : m.tp / (m.tp + m.fn)) : null;
    const f = p && r ? (2 * p * r) / (p + r) : 0;
    const d = { id: pg.id, p, r, f, rec, gold: pg.gold };
    if (hasTitle(pg.gold)) d.title = titleMatch(rec?.title, pg.gold.title).ok;
    if (hasByline(pg.gold)) d.authors = authorsMatch(rec?.authors, pg.gold.byline);
    if (hasPublished(pg.gold)) d.published = publishedMatch(rec?.published, pg.gold.published);
    acc[halfOf(pg.key)].push(d);
    if (dump) dumped.push(JSON.stringify({ set: name, id: pg.id, half: halfOf(pg.key), f: d.f }));
  }
  for (const h of ['tune', 'check']) {
    const ds = acc[h];
    const ps = ds.filter((d) => d.p !== null).map((d) => d.p);
    const rs = ds.filter((d) => d.r !== null).map((d) => d.r);
    const P = ps.reduce((a, b) => a + b, 0) / (ps.length || 1);
    const R = rs.reduce((a, b) => a + b, 0) / (rs.length || 1);
    const F = P + R ? (2 * P * R) / (P + R) : 0;
    const share = (k) => {
      const xs = ds.filter((d) => k in d);
      return xs.length ? `${(xs.filter((d) => d[k]).length / xs.length).toFixed(3)} (${xs.filter((d) => d[k]).length}/${xs.length})` : '-';
    };
    rows.push({ set: name, half: h, pages: ds.length, P, R, F, cat: ds.filter((d) => d.f < 0.2).length, title: share('title'), authors: share('authors'), published: share('published') });
    if (h === 'tune' && misses) {
      for (const d of ds) {
        if (d[misses] === false) {
          const want = misses === 'title' ? d.gold.title : misses === 'authors' ? d.gold.byline : d.gold.published;
          const got = misses === 'title' ? d.rec?.title : misses === 'authors' ? JSON.stringify(d.rec?.authors) : d.rec?.published;
          console.log(`${name}/${d.id}\n  gold: ${JSON.stringify(want)}\n  got:  ${JSON.stringify(got)}${misses === 'title' ? `  site: ${JSON.stringify(d.rec?.site)}` : ''}`);
        }
      }
    }
    if (h === 'tune' && worst > 0) {
      for (const d of ds.slice().sort((a, b) => a.f - b.f).slice(0, worst)) console.log(`  ${name}/${d.id.slice(0, 16)} f1 ${d.f.toFixed(3)} p ${(d.p ?? 0).toFixed(3)} r ${(d.r ?? 0).toFixed(3)}`);
    }
  }
}
if (dump) fs.writeFileSync(dump, dumped.join('\n') + '\n');
console.log(`${html ? 'HTML' : 'text'} captures; tune = even FNV-1a of the host, check = odd`);
console.log('set              half   pages  P      R      F1     F1<0.2  title            authors          published');
for (const r of rows) {
  console.log(`${r.set.padEnd(16)} ${r.half.padEnd(6)} ${String(r.pages).padStart(5)}  ${r.P.toFixed(3)}  ${r.R.toFixed(3)}  ${r.F.toFixed(3)}  ${String(r.cat).padStart(6)}  ${r.title.padEnd(16)} ${r.authors.padEnd(16)} ${r.published}`);
}
