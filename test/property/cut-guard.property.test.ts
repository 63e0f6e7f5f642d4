/**
 * Issue 12, point 4: no rule cuts the article. A rule that takes "this marker and
 * everything after it" (end-marker, comment-thread) may act only once the
 * article's prose run has begun. Property: take any text fixture, put a blog
 * sidebar (an "about" blurb, a comment widget headed by a comment marker,
 * archives, a blogroll) anywhere before its article; the body must still be the
 * article. Today's captures without the guard lose the whole post to the sidebar.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { clean } from '../../src/index.js';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261207;
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 60;

const dir = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const input = readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n');
    const record = clean(input);
    const removed = new Set(record.removed.map((r) => r.line));
    const lines = input.split('\n');
    // The article begins at the first line that is body (not removed, not blank).
    const first = lines.findIndex((l, i) => l.trim() !== '' && !removed.has(i + 1));
    return { name: f, lines, body: record.body, first };
  })
  .filter((f) => f.body !== '' && f.first >= 0);

const MARKERS = ['Recent Comments', 'Comments', 'Latest comments', 'Leave a comment', 'Kommentare', 'Neueste Kommentare', 'Commentaires récents', 'Comentarios recientes', 'Комментарии'];
const SENTENCES = [
  'I am a home cook and a mother of three who writes about food and gardens.',
  'Thank you for stopping by and reading along with me.',
  'This blog is where I share the things that make a small house a home.',
  'When I am not writing, you will find me in the garden with the dog.',
  'All opinions here are my own and not those of my employer.',
];
const NAMES = ['Maria', 'Tom Baker', 'J. Smith', 'Anna K.', 'Lukas', 'Sophie'];
const POSTS = ['Ten tips for spring gardening', 'Why bread needs time', 'Our trip to the coast', 'A quiet Sunday', 'On learning to knit'];
const MONTHS = ['March 2020', 'February 2020', 'January 2020', 'December 2019', 'November 2019', 'October 2019'];
const LINKS = ['The Kitchn', 'Smitten Kitchen', 'Garden Notes', 'Slow Living', 'The Daily Crumb'];

const sidebar = fc.record({
  about: fc.boolean(),
  blurb: fc.subarray(SENTENCES, { minLength: 2, maxLength: 3 }),
  marker: fc.constantFrom(...MARKERS),
  comments: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...POSTS)), { minLength: 2, maxLength: 5 }),
  archives: fc.subarray(MONTHS, { minLength: 2, maxLength: 6 }),
  blogroll: fc.subarray(LINKS, { minLength: 2, maxLength: 5 }),
  blank: fc.boolean(),
});
type Sidebar = typeof sidebar extends fc.Arbitrary<infer T> ? T : never;

function sidebarLines(s: Sidebar): string[] {
  const out: string[] = [];
  if (s.about) out.push('About me');
  out.push(s.blurb.join(' '));
  out.push(s.marker);
  for (const [name, post] of s.comments) out.push(`${name} on ${post}`);
  out.push('Archives', ...s.archives, 'Blogroll', ...s.blogroll);
  return s.blank ? out.flatMap((l) => [l, '']) : out;
}

describe('a cut never takes the article (issue 12)', () => {
  it('there are fixtures to mutate', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(18);
  });

  it('a sidebar with a comment marker before the article leaves the body the article', () => {
    const arb = fc.record({ k: fc.nat(), at: fc.nat(), side: sidebar });
    fc.assert(
      fc.property(arb, ({ k, at, side }) => {
        const fx = fixtures[k % fixtures.length]!;
        const pos = at % (fx.first + 1); // anywhere from the top of the capture to just before the article
        const input = [...fx.lines.slice(0, pos), ...sidebarLines(side), ...fx.lines.slice(pos)].join('\n');
        const body = clean(input).body;
        const want = fx.body.split('\n\n');
        const got = new Set(body.split('\n\n'));
        const kept = want.filter((p) => got.has(p)).length;
        // The article stays (a paragraph may change at its edges: a title or dateline read anew) ...
        expect(kept / want.length, `${fx.name} at line ${pos}: ${JSON.stringify(body.slice(0, 200))}`).toBeGreaterThanOrEqual(0.8);
        // ... and the body is mostly the article, not the sidebar.
        const fromArticle = body.split('\n\n').filter((p) => want.includes(p)).join('\n\n').length;
        expect(fromArticle / body.length, fx.name).toBeGreaterThanOrEqual(0.6);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a comment section after the article is still cut', () => {
    // The guard must not undo real cuts: the article, then a marker and a thread of comments that outweighs it.
    const article = [
      'Storm closes the coast road',
      'Heavy rain closed the coast road on Tuesday after a landslide near the old harbour, the county said.',
      'Crews expect to clear the road by Friday, but drivers should use the inland route until then.',
      'The county said the harbour itself was not damaged and that the ferries were running as usual.',
    ];
    const comment = (name: string, n: number) => [
      `${name} on March ${n}, 2020 at 4:${10 + n} pm said:`,
      'I drove past there yesterday and the whole hillside looked ready to come down, which is exactly what the county had been warned about for years by the people who live there.',
      'Reply',
    ];
    const thread = ['Comments', 'Newest first', ...['Maria', 'Tom', 'Anna', 'Lukas', 'Sophie', 'Jan'].flatMap((n, i) => comment(n, i + 1))];
    const r = clean([...article, ...thread].join('\n'));
    expect(r.body).toContain('Crews expect to clear the road');
    expect(r.body).not.toContain('hillside');
  });
});
