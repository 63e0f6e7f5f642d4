#!/usr/bin/env node
// Site profiles measured: body F1 with and without learning, in one run.
//   npm run bench:profile [-- --k 5 --p 0.1 --only cpe|zyte --show N]
// Sets (read-only, beside the repository; absent: says so and exits 2):
//   ../shared/bench-more/cleanportaleval  69 pages from 4 sites, text captures and HTML
//   ../shared/bench                       Zyte, 181 pages, one per site: learning must change nothing
// "With learning" is what `unboil --learn` does over the set: a profile built over all its
// pages (the site of a page is the host of its url in the set's index / gold), then every
// page cleaned with it. Scored with the benchmark's own score.mjs (matchDocument, aggregate).
// Lists every page whose F1 dropped, and exits 1 when a check fails: CleanPortalEval text F1
// with learning >= 0.955, no page dropping by more than 0.02, Zyte bodies unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { root, args, opt } from './lib/args.mjs';

const bench = path.resolve(opt('--bench', path.join(root, '..', 'shared', 'bench')));
const more = path.resolve(opt('--bench-more', path.join(root, '..', 'shared', 'bench-more')));
const cpeDir = path.join(more, 'cleanportaleval');
for (const need of [path.join(bench, 'score.mjs'), cpeDir]) {
  if (!fs.existsSync(need)) {
    console.error(`bench:profile: ${need} is not here; the benchmarks live in ../shared beside the repository, which a user's clone does not have. Nothing was measured.`);
    process.exit(2);
  }
}
const dist = path.join(root, 'dist', 'index.js');
if (!fs.existsSync(dist)) {
  console.error('bench:profile: dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
const { clean, ProfileBuilder, SiteProfile, documentLines, siteOf, DEFAULT_MIN_DOCS, DEFAULT_SHARE } = await import(dist);
const { matchDocument, aggregate } = await import(path.join(bench, 'score.mjs'));
const k = Number(opt('--k', String(DEFAULT_MIN_DOCS)));
const p = Number(opt('--p', String(DEFAULT_SHARE)));
const only = opt('--only', null);
const show = Number(opt('--show', '0'));

/** Pages of a set: {id, data, format, url, gold}. */
function cpePages(format) {
  const index = fs.readFileSync(path.join(cpeDir, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return index.map((e) => ({
    id: e.id,
    url: e.url,
    format,
    data: fs.readFileSync(path.join(cpeDir, format === 'text' ? `text/${e.id}.txt` : `html/${e.id}.html.gz`)),
    gold: JSON.parse(fs.readFileSync(path.join(cpeDir, 'gold', `${e.id}.gold.json`), 'utf8')).body,
  }));
}
function zytePages(format) {
  const dir = format === 'text' ? path.join(bench, 'zyte-text') : path.join(bench, 'zyte', 'html');
  const truth = JSON.parse(fs.readFileSync(path.join(bench, 'zyte', 'ground-truth.json'), 'utf8'));
  const suffix = format === 'text' ? '.txt' : '.html.gz';
  return fs.readdirSync(dir).filter((f) => f.endsWith(suffix)).sort().map((f) => {
    const id = f.slice(0, -suffix.length);
    const g = truth[id] ?? {};
    return { id, url: g.url ?? null, format, data: fs.readFileSync(path.join(dir, f)), gold: g.articleBody ?? '' };
  });
}

function score(pages, bodies) {
  const docs = pages.map((pg, i) => ({ id: pg.id, ...matchDocument(pg.gold, bodies[i]) }));
  const f1 = (d) => {
    const P = d.fp === 0 && d.fn === 0 ? 1 : d.tp + d.fp > 0 ? d.tp / (d.tp + d.fp) : 0;
    const R = d.fp === 0 && d.fn === 0 ? 1 : d.tp + d.fn > 0 ? d.tp / (d.tp + d.fn) : 0;
    return P + R ? (2 * P * R) / (P + R) : 0;
  };
  return { all: aggregate(docs), per: docs.map(f1) };
}

let failed = false;
function run(name, pages, checks) {
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const build = () => {
    const builder = new ProfileBuilder();
    for (const pg of pages) {
      const { lines, url } = documentLines(pg.data, pg.format);
      const site = siteOf(pg.url ?? url, null);
      if (site !== null) builder.add(site, lines);
    }
    return new SiteProfile(builder.finish());
  };
  // CPU time (not wall time: the machine may be shared), each pass after a warm-up pass
  build();
  let t = cpu();
  const profile = build();
  const buildMs = cpu() - t;
  const cleanAll = (o) => pages.map((pg) => clean(pg.data, { format: pg.format, url: pg.url, ...o }).body);
  cleanAll({});
  t = cpu();
  const plain = cleanAll({});
  const cleanMs = cpu() - t;
  const learned = cleanAll({ profile, repeatMinDocs: k, repeatShare: p });
  const a = score(pages, plain);
  const b = score(pages, learned);
  const f = (x) => x.toFixed(4);
  console.log(`${name}: ${pages.length} pages, ${profile.sites.size} sites (k ${k}, p ${p}); CPU time: building the profile ${buildMs.toFixed(0)} ms, cleaning ${cleanMs.toFixed(0)} ms (build/clean ${(buildMs / cleanMs).toFixed(2)})`);
  console.log(`  without learning  P ${f(a.all.precision)}  R ${f(a.all.recall)}  F1 ${f(a.all.f1)}`);
  console.log(`  with --learn      P ${f(b.all.precision)}  R ${f(b.all.recall)}  F1 ${f(b.all.f1)}`);
  const changed = pages.filter((_, i) => plain[i] !== learned[i]).length;
  const drops = pages.map((pg, i) => ({ id: pg.id, before: a.per[i], after: b.per[i] })).filter((d) => d.after < d.before - 1e-9).sort((x, y) => (x.after - x.before) - (y.after - y.before));
  console.log(`  bodies changed: ${changed}; pages whose F1 dropped: ${drops.length}${drops.length ? '' : ' (none)'}`);
  for (const d of drops) console.log(`    ${d.id.slice(0, 40).padEnd(40)}  ${d.before.toFixed(4)} -> ${d.after.toFixed(4)}  (${(d.after - d.before).toFixed(4)})`);
  if (show > 0) {
    const gains = pages.map((pg, i) => ({ id: pg.id, before: a.per[i], after: b.per[i] })).sort((x, y) => x.after - y.after).slice(0, show);
    console.log(`  weakest ${show} with learning:`);
    for (const d of gains) console.log(`    ${d.id.slice(0, 40).padEnd(40)}  ${d.before.toFixed(4)} -> ${d.after.toFixed(4)}`);
  }
  for (const [ok, what] of checks({ a, b, changed, drops })) {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${what}`);
    if (!ok) failed = true;
  }
}

const maxDrop = (drops) => (drops.length ? Math.max(...drops.map((d) => d.before - d.after)) : 0);
if (only !== 'zyte') {
  run('CleanPortalEval text', cpePages('text'), ({ b, drops }) => [
    [b.all.f1 >= 0.955, `text F1 with learning ${b.all.f1.toFixed(4)} >= 0.955`],
    [maxDrop(drops) <= 0.02, `largest page drop ${maxDrop(drops).toFixed(4)} <= 0.02`],
  ]);
  run('CleanPortalEval HTML', cpePages('html'), ({ drops }) => [[maxDrop(drops) <= 0.02, `largest page drop ${maxDrop(drops).toFixed(4)} <= 0.02`]]);
}
if (only !== 'cpe') {
  for (const fmt of ['text', 'html']) run(`Zyte ${fmt} (one page per site)`, zytePages(fmt), ({ changed }) => [[changed === 0, `learning changed ${changed} bodies (must be 0)`]]);
}
process.exit(failed ? 1 : 0);
