/** Issue 13 points 1 to 4 and 6 on the command line: profile build / merge / show, --profile, --learn. */
import { describe, expect, test } from 'vitest';
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, hasParallel, lines, tmp, unboil, write } from '../cli/helpers.js';
import { APPEAL, article, page, styleA, styleB } from './corpus.js';

/** A JSON Lines feed of two sites: 12 pages of one, 8 of the other. */
function feed(): string {
  const rows: string[] = [];
  for (let i = 0; i < 20; i++) {
    const a = i % 5 < 3;
    rows.push(JSON.stringify({ id: `d${i}`, url: a ? `https://valley.example/n/${i}` : `https://harbour.example/${i}`, text: page(article(200 + i), a ? styleA : styleB) }));
  }
  return rows.join('\n') + '\n';
}

describe('unboil profile', () => {
  const dir = tmp();
  const f = write(join(dir, 'feed.jsonl'), feed());

  test('build prints a profile and a one-line summary; --profile removes the appeal with site-repeat and the docs count', () => {
    const b = unboil(['profile', 'build', f]);
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/^profile: 2 sites, 20 documents, \d+ lines learned \(k 5, p 0\.1\)\n$/);
    const prof = write(join(dir, 'site.profile'), b.stdout);
    expect(JSON.parse(b.stdout).format).toBe('unboil-site-profile');
    const r = unboil(['--profile', prof, '-q', f]);
    expect(r.code).toBe(0);
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(20);
    const a0 = recs[0];
    expect(a0.body).not.toContain(APPEAL);
    expect(a0.removed.find((x: { text: string }) => x.text === APPEAL)).toMatchObject({ rule: 'site-repeat', docs: 12 });
    expect(a0.authors).toEqual(['Jane Doe']);
    // --learn does both passes and gives the same records
    const l = unboil(['--learn', '-q', f]);
    expect(l.code).toBe(0);
    expect(l.stdout).toBe(r.stdout);
    expect(l.stderr).toBe('');
    const l2 = unboil(['--learn', '--quiet', '--repeat-min-docs', '13', f]);
    expect(lines(l2.stdout)[0].body).toContain(APPEAL);
    // without a profile: the appeal stays, as before
    expect(lines(unboil(['-q', f]).stdout)[0].body).toContain(APPEAL);
  });

  test('--learn prints the summary line on stderr and refuses stdin', () => {
    const l = unboil(['--learn', f]);
    expect(l.stderr.split('\n')[0]).toMatch(/^profile: 2 sites, 20 documents, \d+ lines learned/);
    const s = unboil(['--learn', '--from', 'jsonl'], { input: feed() });
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/--learn reads its inputs twice, so it cannot read stdin/);
    expect(unboil(['--learn', '--profile', join(dir, 'site.profile'), f]).code).toBe(2);
  });

  test('a folder of captures: the site is the folder holding each file', () => {
    const d = tmp();
    for (let i = 0; i < 6; i++) write(join(d, 'valley', `p${i}.txt`), page(article(300 + i), styleA));
    for (let i = 0; i < 3; i++) write(join(d, 'harbour', `p${i}.txt`), page(article(400 + i), styleB));
    const b = unboil(['profile', 'build', d]);
    expect(b.code).toBe(0);
    expect(Object.keys(JSON.parse(b.stdout).sites)).toEqual([join(d, 'harbour'), join(d, 'valley')]);
    const l = unboil(['--learn', '-q', d]);
    const recs = lines(l.stdout);
    expect(recs).toHaveLength(9);
    const valley = recs.filter((r) => r.input.path.includes('/valley/'));
    for (const r of valley) expect(r.body).not.toContain(APPEAL);
  });

  test('--learn --out DIR inside the folder: a rerun does not learn from its own output', () => {
    const d = tmp();
    for (let i = 0; i < 6; i++) write(join(d, 'valley', `p${i}.txt`), page(article(600 + i), styleA));
    const out = join(d, 'valley', 'clean');
    const first = unboil(['--learn', '--out', out, d]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^profile: 1 site, 6 documents/);
    const again = unboil(['--learn', '--out', out, d]);
    expect(again.stderr).toMatch(/^profile: 1 site, 6 documents/);
    expect(JSON.parse(readFileSync(join(out, 'valley', 'p0.txt.json'), 'utf8')).body).not.toContain(APPEAL);
  });

  test('show lists a site\'s most repeated lines (text with --keep-text)', () => {
    const b = unboil(['profile', 'build', '--keep-text', '-q', f]);
    const p = write(join(dir, 'text.profile'), b.stdout);
    const s = unboil(['profile', 'show', p, '--site', 'valley.example', '--top', '50']);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('valley.example  12 documents');
    expect(s.stdout).toContain('12  100%  our small newsroom depends on readers like you and a gift of any size keeps our reporting free for everyone who needs it');
    const plain = unboil(['profile', 'show', join(dir, 'site.profile')]);
    expect(plain.stdout).toMatch(/no text stored/);
    expect(plain.stdout).toMatch(/\n {6}12  100%  [0-9a-f]{14}\n/);
    expect(unboil(['profile', 'show', p, '--site', 'nope.example']).code).toBe(1);
  });

  test('a bad or foreign profile is a clear error and nothing runs', () => {
    const bad = write(join(dir, 'bad.profile'), '{"name":"x"}');
    for (const args of [['--profile', bad, f], ['profile', 'merge', bad, bad], ['profile', 'show', bad]]) {
      const r = unboil(args);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${bad}: not a site profile`);
    }
    const missing = unboil(['--profile', join(dir, 'nope.profile'), f]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.profile: cannot read the profile: no such file/);
    expect(unboil(['--repeat-share', '2', f]).code).toBe(2);
    expect(unboil(['--repeat-min-docs', '1', f]).code).toBe(2);
  });

  test('build reads stdin JSON Lines (a Hadoop Streaming mapper) and counts the same', () => {
    const a = unboil(['profile', 'build', '-q', f]);
    const b = unboil(['profile', 'build', '-q', '--from', 'jsonl'], { input: readFileSync(f) });
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  test('a malformed line is named on stderr, the rest is counted, exit 1', () => {
    const g = write(join(dir, 'broken.jsonl'), feed().replace(/\n/, '\n{"id": 1\n'));
    const r = unboil(['profile', 'build', '-q', g]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.jsonl: line 2: not valid JSON/);
    expect(JSON.parse(r.stdout).sites['valley.example']).toBeDefined();
  });
});

const have = hasParallel();
if (!have) console.warn('SKIPPED: GNU parallel is not installed here (apt-get install parallel; .ci/run installs it)');

test.skipIf(!have)('profiles built per shard with GNU parallel and merged are byte-identical to one build over the whole file', () => {
  const dir = tmp();
  const rows: string[] = [];
  for (let i = 0; i < 90; i++) {
    const site = ['valley.example', 'harbour.example', 'hill.example'][i % 3]!;
    // some pages twice (re-crawls landing in other shards)
    const n = i % 10 === 9 ? i - 9 : i;
    rows.push(JSON.stringify({ id: `p${i}`, url: `https://${site}/${n}`, text: page(article(500 + n), i % 3 === 1 ? styleB : styleA) }));
  }
  const f = write(join(dir, 'feed.jsonl'), rows.join('\n') + '\n');
  const whole = unboil(['profile', 'build', '-q', f]);
  expect(whole.code).toBe(0);
  execSync(`parallel --will-cite --pipe --block 30k -j 3 --cat 'node ${BIN} profile build -q --from jsonl {} > ${dir}/shard-{#}.profile' < ${f}`, { stdio: 'ignore' });
  const shards = execSync(`ls ${dir}/shard-*.profile`, { encoding: 'utf8' }).trim().split('\n');
  expect(shards.length).toBeGreaterThan(2);
  const merged = unboil(['profile', 'merge', ...shards]);
  expect(merged.code).toBe(0);
  expect(merged.stdout).toBe(whole.stdout);
  // merged in another order and grouping: the same bytes
  const ab = write(join(dir, 'ab.profile'), unboil(['profile', 'merge', shards[1]!, shards[0]!]).stdout);
  expect(unboil(['profile', 'merge', ...shards.slice(2).reverse(), ab]).stdout).toBe(whole.stdout);
  writeFileSync(join(dir, 'done'), '');
}, 180_000);
