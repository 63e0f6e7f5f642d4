// Silver titles for text captures: the page's single <h1> of 3+ words, read from its HTML.
// Shared by bench-titles (which scores against them) and fit-headline (which learns from the
// tune half's).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ENT = { amp: '&', quot: '"', apos: "'", nbsp: ' ', lt: '<', gt: '>', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–' };
/** The visible text of an HTML fragment: tags dropped, character references decoded, white space folded. */
export const textOf = (html) => html.replace(/<[^>]+>/g, ' ').replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, d, x, n) => (d ? String.fromCodePoint(+d) : x ? String.fromCodePoint(parseInt(x, 16)) : ENT[n.toLowerCase()] ?? m)).replace(/\s+/g, ' ').trim();

/** The page's only <h1> of at least 3 words, as text; null when it has none or several. */
export function singleH1(html) {
  const h1 = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/gi)].map((m) => textOf(m[1])).filter((x) => x.split(' ').length >= 3);
  return h1.length === 1 ? h1[0] : null;
}

/** Every page of a bench-more set with gold: { id, url, html, text } (html and text read on access). */
export function* benchMorePages(shared, set) {
  const dir = path.join(shared, 'bench-more', set);
  const index = new Map(fs.readFileSync(path.join(dir, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.id, r]));
  for (const f of fs.readdirSync(path.join(dir, 'gold')).filter((x) => x.endsWith('.gold.json')).sort()) {
    const id = f.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8'));
    const ix = index.get(id) ?? {};
    yield {
      id,
      url: gold.url ?? ix.url ?? ix.url_hints?.[0] ?? null,
      get html() { return zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', id + '.html.gz'))).toString('utf8'); },
      get text() { return fs.readFileSync(path.join(dir, 'text', id + '.txt'), 'utf8'); },
    };
  }
}
