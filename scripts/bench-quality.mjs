#!/usr/bin/env node
// Body and metadata quality over every development set, in one process.
//
//   npm run bench:quality                       every set, both halves, text and HTML
//   npm run bench:quality -- --set dragnet      one set (comma list: --set zyte,readability)
//   npm run bench:quality -- --half check       one half only (tune | check)
//   npm run bench:quality -- --worst 10         the 10 weakest pages of each set and half (by the worse of text / HTML F1)
//   npm run bench:quality -- --out FILE         JSON summary here (default bench-out/quality.json)
//   npm run bench:quality -- --no-readability   skip the Readability.js column (faster)
//   npm run bench:quality -- --agree            HTML record body vs text capture body of the Zyte pages
//
// Data (read-only, beside the repository; a user's clone has none of it, and the script
// then says so and exits 2):
//   ../shared/bench/zyte/html/<id>.html.gz, ../shared/bench/zyte-text/<id>.txt, <id>.gold.json (--bench DIR)
//   ../shared/bench-more/<set>/{html/<id>.html.gz, text/<id>.txt, gold/<id>.gold.json, index.jsonl} (--more DIR)
//
// For each page: clean() of the text capture and of the HTML (in this process, one call
// each), the whole text capture as a baseline prediction, and Readability.js
// (@mozilla/readability on linkedom, devDependencies) on the same HTML, decoded with the
// encoding unboil chose for it. Bodies are scored with the benchmark's own matchDocument
// (4-gram shingles; per set: mean precision, mean recall, F1 of the two means).
// "cat" counts catastrophic pages: page F1 < 0.2 (an empty body counts as F1 0).
//
// Halves: each page goes to "tune" or "check" by a fixed hash of its host, so that one
// site's pages stay in one half. key = host of the gold/index `url`, else of the first
// `url_hints` entry (canonical / og:url found in the page), lower-cased, without "www.";
// a page with neither is keyed by its id. half = FNV-1a 32-bit(key) even ? tune : check.
// Study tune pages only; keep a change only if check gains too.
//
// Metadata (where a set has that gold: Readability's gold/<id>.gold.json title, byline,
// published), accuracy over the pages whose gold field is not empty:
//   title     record.title equals gold.title after folding: NFKC, case, white space, curly
//             quotes and dashes to ASCII, and punctuation at either end; or equals the gold
//             title with one site piece of at most 6 words cut from its end or start at a
//             spaced separator (" | ", " - ", " – ", " — ", " · ", " :: ", " » ", "_"): issue 12
//             sends a glued site name to `site`, while Readability's gold keeps it
//             ("Headline | Site"). The JSON summary also has the strict figure (titleStrict).
//   authors   record.authors is not empty and every name in it occurs (as a run of folded
//             word tokens) in the gold byline: precision first, a missed co-author is not a
//             miss, an invented or wrong name is. A gold byline like "By Jane Doe" or
//             "Jane Doe, John Roe" thus matches ["Jane Doe"].
//   published record.published names the same calendar date as gold.published (the first
//             ten characters, YYYY-MM-DD, of each as written), or both give a time with a zone
//             and name the same instant (to the minute): 2017-02-24T01:18:13Z is
//             2017-02-23T17:18:13-08:00.
// Needs a build (npm run build).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { root, args, opt, need, builtLibrary } from './lib/args.mjs';
import { halfOf, splitKey } from './lib/split.mjs';
import { titleMatch, authorsMatch, publishedMatch, hasTitle, hasByline, hasPublished } from './lib/meta-match.mjs';

const shared = path.join(root, '..', 'shared');
const bench = path.resolve(opt('--bench', path.join(shared, 'bench')));
const more = path.resolve(opt('--more', path.join(shared, 'bench-more')));
need('bench:quality', [path.join(bench, 'score.mjs')], `the benchmark is not here (${bench}); it lives in ../shared/bench beside the repository, which a user's clone does not have. Nothing was measured.`);
const { clean } = await builtLibrary('bench:quality');
const { matchDocument, aggregate } = await import(path.join(bench, 'score.mjs'));

if (args.includes('--agree')) {
  // Text and HTML agree: for each page, the body unboil gives for the HTML page and
  // for its text capture, compared with the benchmark's shingle matching (HTML
  // body as reference). Printed like the benchmark: mean P, mean R, F1 of means.
  const hdir = path.join(bench, 'zyte', 'html');
  const tdir = path.join(bench, 'zyte-text');
  const ids = fs.readdirSync(hdir).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -8)).filter((id) => fs.existsSync(path.join(tdir, id + '.txt'))).sort();
  let sp = 0, sr = 0, np = 0, sf = 0;
  const rows = [];
  for (const id of ids) {
    let hb = '', tb = '';
    try { hb = clean(fs.readFileSync(path.join(hdir, id + '.html.gz')), { format: 'html' }).body; } catch (e) { console.error(`${id} (html): ${e.message}`); }
    try { tb = clean(fs.readFileSync(path.join(tdir, id + '.txt')), { format: 'text' }).body; } catch (e) { console.error(`${id} (text): ${e.message}`); }
    const m = matchDocument(hb, tb);
    const p = m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : null;
    const r = m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
    if (p !== null) { sp += p; np++; }
    sr += r;
    const f = p && r ? (2 * p * r) / (p + r) : 0;
    sf += f;
    rows.push({ id, p: p ?? 0, r, f });
  }
  const P = np ? sp / np : 0, R = sr / ids.length;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  console.log(`agreement (text body vs HTML body, ${ids.length} pages): precision ${P.toFixed(4)} recall ${R.toFixed(4)} f1 ${F.toFixed(4)}  mean per-page f1 ${(sf / ids.length).toFixed(4)}`);
  const worst = Number(opt('--worst', '0'));
  if (worst > 0) for (const d of rows.sort((a, b) => a.f - b.f).slice(0, worst)) console.log(`  ${d.id.slice(0, 16)}  f1 ${d.f.toFixed(3)}  p ${d.p.toFixed(3)}  r ${d.r.toFixed(3)}`);
  process.exit(F >= 0.9 ? 0 : 1);
}

// ------------------------------------------------------------------ options
const HALVES = ['tune', 'check'];
const halfOpt = opt('--half', null);
if (halfOpt !== null && !HALVES.includes(halfOpt)) {
  console.error(`bench:quality: --half must be tune or check, not ${JSON.stringify(halfOpt)}`);
  process.exit(2);
}
const worst = Number(opt('--worst', '0'));
if (!Number.isInteger(worst) || worst < 0) {
  console.error('bench:quality: --worst needs a whole number');
  process.exit(2);
}
const outFile = path.resolve(opt('--out', path.join(root, 'bench-out', 'quality.json')));
const withReadability = !args.includes('--no-readability');

// ------------------------------------------------------------------ sets
function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
function zyteSet() {
  const tdir = path.join(bench, 'zyte-text');
  const hdir = path.join(bench, 'zyte', 'html');
  const ids = fs.readdirSync(tdir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -10)).sort();
  return ids.map((id) => {
    const g = readJson(path.join(tdir, id + '.gold.json'));
    return { id, url: g.url ?? null, hints: [], gold: g, text: path.join(tdir, id + '.txt'), html: path.join(hdir, id + '.html.gz') };
  });
}
function moreSet(name) {
  const dir = path.join(more, name);
  const index = new Map();
  for (const line of fs.readFileSync(path.join(dir, 'index.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    index.set(r.id, r);
  }
  return [...index.keys()].sort().map((id) => {
    const g = readJson(path.join(dir, 'gold', id + '.gold.json'));
    const ix = index.get(id);
    return { id, url: g.url ?? ix.url ?? null, hints: ix.url_hints ?? [], gold: g, text: path.join(dir, 'text', id + '.txt'), html: path.join(dir, 'html', id + '.html.gz') };
  });
}
const sets = [['zyte', zyteSet]];
if (fs.existsSync(more)) {
  for (const name of fs.readdirSync(more).sort()) {
    if (fs.existsSync(path.join(more, name, 'index.jsonl'))) sets.push([name, () => moreSet(name)]);
  }
} else {
  console.error(`bench:quality: ${more} is absent: only the Zyte set is scored.`);
}
const setOpt = opt('--set', null);
const wanted = setOpt ? setOpt.split(',').map((s) => s.trim()).filter(Boolean) : null;
if (wanted) {
  const unknown = wanted.filter((w) => !sets.some(([n]) => n === w));
  if (unknown.length) {
    console.error(`bench:quality: no set named ${unknown.join(', ')} (sets: ${sets.map(([n]) => n).join(', ')})`);
    process.exit(2);
  }
}

// ------------------------------------------------------------------ split

// ------------------------------------------------------------------ metadata
function metaMatch(rec, gold) {
  const m = {};
  if (hasTitle(gold)) {
    const t = titleMatch(rec.title, gold.title);
    m.titleStrict = t.strict;
    m.title = t.ok;
  }
  if (hasByline(gold)) m.authors = authorsMatch(rec.authors, gold.byline);
  if (hasPublished(gold)) m.published = publishedMatch(rec.published, gold.published);
  return m;
}

// ------------------------------------------------------------------ readability
let Readability = null, parseHTML = null, iconv = null;
if (withReadability) {
  try {
    ({ Readability } = await import('@mozilla/readability'));
    ({ parseHTML } = await import('linkedom'));
    iconv = (await import('iconv-lite')).default;
  } catch {
    console.error('bench:quality: @mozilla/readability or linkedom is not installed (devDependencies): the Readability.js column is left out.');
    Readability = null;
  }
}
function readabilityBody(bytes, encoding) {
  let html;
  try {
    html = encoding && !/^utf-?8$/i.test(encoding) && iconv.encodingExists(encoding) ? iconv.decode(bytes, encoding) : bytes.toString('utf8');
  } catch {
    html = bytes.toString('utf8');
  }
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}

// ------------------------------------------------------------------ run
const pageF1 = (m) => {
  const p = m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0;
  const r = m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
  if (m.tp + m.fp + m.fn === 0) return 1;
  return p && r ? (2 * p * r) / (p + r) : 0;
};
const results = [];
let failures = 0;
let readabilityThrew = 0;
const ms = { text: 0, html: 0, readability: 0 };
const t0 = Date.now();
for (const [name, load] of sets) {
  if (wanted && !wanted.includes(name)) continue;
  const pages = load();
  for (const page of pages) {
    const key = splitKey(page.id, [page.url, ...page.hints]);
    const half = halfOf(key);
    if (halfOpt && half !== halfOpt) continue;
    const goldBody = typeof page.gold.body === 'string' ? page.gold.body : '';
    const row = { set: name, id: page.id, key, half };
    const textBytes = fs.readFileSync(page.text);
    const htmlBytes = zlib.gunzipSync(fs.readFileSync(page.html));
    let t = process.hrtime.bigint();
    let rt = null, rh = null;
    try { rt = clean(textBytes, { format: 'text' }); } catch (e) { failures++; console.error(`${name}/${page.id} (text): ${e.message}`); }
    ms.text += Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    try { rh = clean(htmlBytes, { format: 'html' }); } catch (e) { failures++; console.error(`${name}/${page.id} (html): ${e.message}`); }
    ms.html += Number(process.hrtime.bigint() - t) / 1e6;
    row.text = matchDocument(goldBody, rt?.body ?? '');
    row.html = matchDocument(goldBody, rh?.body ?? '');
    row.whole = matchDocument(goldBody, textBytes.toString('utf8'));
    if (Readability) {
      t = process.hrtime.bigint();
      let body = '';
      // Readability.js throws on some pages linkedom builds without a <body>; they score as empty.
      try { body = readabilityBody(htmlBytes, rh?.input?.encoding); } catch { readabilityThrew++; }
      ms.readability += Number(process.hrtime.bigint() - t) / 1e6;
      row.readability = matchDocument(goldBody, body);
    }
    for (const k of ['text', 'html', 'whole', 'readability']) if (row[k]) row[k].f1 = pageF1(row[k]);
    row.metaText = rt ? metaMatch(rt, page.gold) : {};
    row.metaHtml = rh ? metaMatch(rh, page.gold) : {};
    results.push(row);
  }
}
const wall = (Date.now() - t0) / 1000;

// ------------------------------------------------------------------ summary
function summarise(rows) {
  const s = { pages: rows.length };
  for (const k of ['text', 'html', 'whole', 'readability']) {
    if (!rows.length || !rows[0][k]) continue;
    const a = aggregate(rows.map((r) => r[k]));
    s[k] = { precision: a.precision, recall: a.recall, f1: a.f1, catastrophic: rows.filter((r) => r[k].f1 < 0.2).length };
  }
  for (const [side, field] of [['text', 'metaText'], ['html', 'metaHtml']]) {
    for (const f of ['title', 'titleStrict', 'authors', 'published']) {
      const have = rows.filter((r) => f in r[field]);
      if (!have.length) continue;
      s[side][f] = { pages: have.length, accuracy: have.filter((r) => r[field][f]).length / have.length };
    }
  }
  return s;
}
const summary = { split: 'host of url (else of url_hints[0], else the id), lower-cased, no "www."; FNV-1a 32-bit even = tune, odd = check', sets: {} };
const setNames = [...new Set(results.map((r) => r.set))];
for (const name of setNames) {
  const rows = results.filter((r) => r.set === name);
  summary.sets[name] = { all: summarise(rows) };
  for (const h of HALVES) {
    const hr = rows.filter((r) => r.half === h);
    if (hr.length) summary.sets[name][h] = summarise(hr);
  }
}

const f3 = (x) => (x === undefined ? '    -' : x.toFixed(3));
const acc = (s, f) => (s?.[f] ? `${s[f].accuracy.toFixed(2)}/${String(s[f].pages).padEnd(3)}` : '   -   ');
console.log('bench:quality: halves by FNV-1a 32-bit of the page host (url, else url_hints[0], else id; lower-cased, no "www."): even = tune, odd = check');
console.log('F1 = F1 of mean shingle precision and mean recall (score.mjs); cat = pages with F1 < 0.2; meta = accuracy/pages with that gold (text | HTML)');
console.log('');
const head = 'set              half   pages  text P  text R text F1 | html P  html R html F1 | whole F1  rdb F1 | cat t  cat h | title t  authr t  publ t  | title h  authr h  publ h';
console.log(head);
console.log('-'.repeat(head.length));
for (const name of setNames) {
  for (const h of [...HALVES, 'all']) {
    const s = summary.sets[name][h];
    if (!s) continue;
    if (h === 'all' && halfOpt) continue;
    const hasMeta = s.text?.title || s.text?.authors || s.text?.published;
    console.log(`${name.padEnd(16)} ${h.padEnd(6)} ${String(s.pages).padStart(5)}  ${f3(s.text.precision)}   ${f3(s.text.recall)}  ${f3(s.text.f1)} | ${f3(s.html.precision)}   ${f3(s.html.recall)}  ${f3(s.html.f1)} |    ${f3(s.whole.f1)}   ${f3(s.readability?.f1)} | ${String(s.text.catastrophic).padStart(5)}  ${String(s.html.catastrophic).padStart(5)}` +
      (hasMeta ? ` | ${acc(s.text, 'title')}  ${acc(s.text, 'authors')}  ${acc(s.text, 'published')} | ${acc(s.html, 'title')}  ${acc(s.html, 'authors')}  ${acc(s.html, 'published')}` : ''));
  }
}
const n = results.length;
console.log('');
console.log(`${n} pages in ${wall.toFixed(0)} s: unboil text ${(ms.text / 1000).toFixed(1)} s, HTML ${(ms.html / 1000).toFixed(1)} s${Readability ? `, Readability.js ${(ms.readability / 1000).toFixed(1)} s (threw on ${readabilityThrew} pages, scored as empty)` : ''}${failures ? `; ${failures} clean() calls threw` : ''}`);

if (worst > 0) {
  for (const name of setNames) {
    for (const h of HALVES) {
      const rows = results.filter((r) => r.set === name && r.half === h);
      if (!rows.length) continue;
      console.log(`\nworst ${worst} of ${name} ${h} (f1 text / html / whole${Readability ? ' / readability' : ''}; key):`);
      for (const r of rows.sort((a, b) => Math.min(a.text.f1, a.html.f1) - Math.min(b.text.f1, b.html.f1)).slice(0, worst)) {
        console.log(`  ${r.id.slice(0, 24).padEnd(24)}  ${r.text.f1.toFixed(3)}  ${r.html.f1.toFixed(3)}  ${r.whole.f1.toFixed(3)}${r.readability ? `  ${r.readability.f1.toFixed(3)}` : ''}  ${r.key}`);
      }
    }
  }
}

summary.pages = results.map((r) => ({
  set: r.set, id: r.id, key: r.key, half: r.half,
  text: { p: r.text.tp + r.text.fp > 0 ? r.text.tp / (r.text.tp + r.text.fp) : null, r: r.text.tp + r.text.fn > 0 ? r.text.tp / (r.text.tp + r.text.fn) : null, f1: r.text.f1 },
  html: { p: r.html.tp + r.html.fp > 0 ? r.html.tp / (r.html.tp + r.html.fp) : null, r: r.html.tp + r.html.fn > 0 ? r.html.tp / (r.html.tp + r.html.fn) : null, f1: r.html.f1 },
  whole: r.whole.f1, readability: r.readability?.f1 ?? null,
  metaText: r.metaText, metaHtml: r.metaHtml,
}));
summary.seconds = { wall, ...Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, v / 1000])) };
fs.mkdirSync(path.dirname(outFile), { recursive: true });
const tmp = `${outFile}.tmp-${process.pid}`;
fs.writeFileSync(tmp, JSON.stringify(summary, null, 1) + '\n');
fs.renameSync(tmp, outFile);
console.log(`summary: ${path.relative(process.cwd(), outFile) || outFile}`);
process.exit(failures ? 1 : 0);
