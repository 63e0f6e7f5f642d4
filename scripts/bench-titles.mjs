#!/usr/bin/env node
// Text-capture titles on the sets without title gold (Dragnet, CleanEval, CleanPortalEval),
// against silver titles: the page's single <h1> of three words or more, on pages where that
// heading stands as a line of the text capture. Split tune / check by FNV-1a of the host as
// bench-meta does. Readability's real title gold is scored by bench-meta; this check widens
// it to hundreds of sites, so that a title rule tuned there is seen to carry (or not). A title
// matches as bench-meta's do (scripts/lib/meta-match.mjs): equal after folding, or the heading
// with one site piece cut from an end ("Headline - The Site" as its headline, the site to `site`).
//   node scripts/bench-titles.mjs                 both halves
//   node scripts/bench-titles.mjs --misses        list the tune half's misses
//   node scripts/bench-titles.mjs --html          the HTML pages' titles instead (same pages, same <h1>:
//                                                 markup titles, og:title and <title>, against the heading)
// Needs a build (npm run build) and ../shared beside the repository (a user's clone has
// none: it says so and exits 2).
import fs from 'node:fs';
import path from 'node:path';
import { root, args, opt, need, builtLibrary } from './lib/args.mjs';
import { halfOf, splitKey } from './lib/split.mjs';
import { fold, titleMatch } from './lib/meta-match.mjs';
import { singleH1, benchMorePages } from './lib/silver.mjs';

const shared = path.resolve(opt('--shared', path.join(root, '..', 'shared')));
need('bench-titles', [path.join(shared, 'bench-more')], `the benchmark data is not here (${shared}/bench-more); it lives in ../shared beside the repository, which a user's clone does not have. Nothing was measured.`);
const { clean } = await builtLibrary('bench-titles');
const misses = args.includes('--misses');
const html = args.includes('--html');


const acc = { tune: { n: 0, ok: 0, none: 0 }, check: { n: 0, ok: 0, none: 0 } };
for (const set of ['dragnet', 'cleaneval', 'cleanportaleval']) {
  for (const pg of benchMorePages(shared, set)) {
    const { id } = pg;
    const half = halfOf(splitKey(id, [pg.url]));
    const silver = singleH1(pg.html);
    if (silver === null) continue;
    const text = pg.text;
    if (!text.split('\n').some((l) => fold(l) === fold(silver))) continue;
    const rec = html ? clean(pg.html, { format: 'html' }) : clean(text, { format: 'text' });
    const a = acc[half];
    a.n++;
    if (titleMatch(rec.title, silver).ok) a.ok++;
    else {
      if (!rec.title) a.none++;
      if (misses && half === 'tune') console.log(`${set}/${id}\n  h1:  ${JSON.stringify(silver)}\n  got: ${JSON.stringify(rec.title)}`);
    }
  }
}
console.log(`${html ? 'HTML' : 'text-capture'} titles against the page's single <h1> (where it is a line of the text capture)`);
for (const h of ['tune', 'check']) {
  const a = acc[h];
  console.log(`${h.padEnd(6)} pages ${String(a.n).padStart(4)}  title = h1 ${(a.ok / (a.n || 1)).toFixed(3)} (${a.ok})  no title ${a.none}`);
}
