/** Issue 5: many inputs, JSON Lines, WARC/WET, jobs, --out, --strict. */
import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { capture, lines, summary, tmp, unboil, write } from '../cli/helpers.js';
import { makeWarc } from '../io/make-warc.js';

function tree(): string {
  const dir = tmp();
  write(join(dir, 'b.txt'), capture(2));
  write(join(dir, 'a.txt'), capture(1, 'es'));
  write(join(dir, 'sub/c.txt'), capture(3, 'de'));
  write(join(dir, 'sub/deeper/d.html'), `<html><head><title>Bus plan</title></head><body><nav><a href="/">Home</a></nav><article>${capture(4).split('\n').filter(Boolean).map((l) => `<p>${l}</p>`).join('')}</article></body></html>`);
  write(join(dir, '.hidden/e.txt'), capture(5));
  write(join(dir, '.f.txt'), capture(6));
  return dir;
}

function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe('many inputs', () => {
  test('folders are walked recursively, in a stable sorted order, hidden entries skipped', () => {
    const dir = tree();
    const r = unboil([dir]);
    expect(r.code).toBe(0);
    const recs = lines(r.stdout);
    expect(recs.map((x) => relative(dir, x.input.path))).toEqual(['a.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.html']);
    expect(recs[3].input.format).toBe('html');
    expect(summary(r.stderr)).toEqual({ inputs: 4, records: 4, errors: 0 });
    // Files and folders mixed, in argument order.
    const r2 = unboil([join(dir, 'sub'), join(dir, 'b.txt')]);
    expect(lines(r2.stdout).map((x) => relative(dir, x.input.path))).toEqual(['sub/c.txt', 'sub/deeper/d.html', 'b.txt']);
  });

  test('--hidden walks hidden files and folders', () => {
    const dir = tree();
    const recs = lines(unboil(['--hidden', dir]).stdout);
    expect(recs.map((x) => relative(dir, x.input.path))).toEqual(['.f.txt', '.hidden/e.txt', 'a.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.html']);
  });

  test('--include and --exclude globs', () => {
    const dir = tree();
    const inc = lines(unboil(['--include', '*.txt', dir]).stdout);
    expect(inc.map((x) => relative(dir, x.input.path))).toEqual(['a.txt', 'b.txt', 'sub/c.txt']);
    const exc = lines(unboil(['--exclude', 'sub/**', '--exclude', 'a.txt', dir]).stdout);
    expect(exc.map((x) => relative(dir, x.input.path))).toEqual(['b.txt']);
    const path = lines(unboil(['--include', 'sub/**/*.html', dir]).stdout);
    expect(path.map((x) => relative(dir, x.input.path))).toEqual(['sub/deeper/d.html']);
  });

  test('a symlink loop is reported and not followed; the walk finishes', () => {
    const dir = tree();
    symlinkSync(dir, join(dir, 'sub/loop'));
    const r = unboil([dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/symbolic link loop/);
    expect(r.stderr).toContain(join(dir, 'sub/loop'));
    expect(lines(r.stdout)).toHaveLength(4);
  });

  test('records are the same as one-file runs', () => {
    const dir = tree();
    const recs = lines(unboil([dir]).stdout);
    const one = JSON.parse(unboil([join(dir, 'sub/c.txt')]).stdout);
    // the id is the path relative to the folder given; a file given alone is named by its base name
    expect(recs.map((x) => x.id)).toEqual(['a.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.html']);
    expect(one.id).toBe('c.txt');
    expect({ ...recs[2], id: one.id }).toEqual(one);
  });

  test('--jobs 1 and --jobs 2 give byte-identical output', () => {
    const dir = tmp();
    for (let i = 0; i < 150; i++) write(join(dir, `p${String(i).padStart(3, '0')}.txt`), capture(i, (['en', 'es', 'de'] as const)[i % 3]));
    const one = unboil(['-j', '1', dir]);
    // the worker starts with the second chunk here (by default after 8), so that it cleans some
    const two = unboil(['-j', '2', dir], { env: { UNBOIL_POOL_AFTER: '1' } });
    expect(one.code).toBe(0);
    expect(lines(one.stdout)).toHaveLength(150);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);
});

describe('--out', () => {
  test('an --out folder inside an input folder is not read as input, on a rerun or given itself', () => {
    const dir = tree();
    const out = join(dir, 'clean');
    const first = unboil(['--out', out, dir]);
    expect(first.code).toBe(0);
    const files = allFiles(out);
    expect(files).toEqual(['a.txt.json', 'b.txt.json', 'sub/c.txt.json', 'sub/deeper/d.html.json']);
    const again = unboil(['--out', out, dir]);
    expect(summary(again.stderr)).toEqual({ inputs: 4, records: 4, errors: 0 });
    expect(allFiles(out)).toEqual(files);
    const itself = unboil(['--out', out, out]);
    expect(itself.stderr).toContain(`${out}: this is the --out folder; its files are not read as inputs`);
    expect(allFiles(out)).toEqual(files);
  });

  test('one pretty .json per input at its mirrored path; nothing else left behind', () => {
    const dir = tree();
    const out = join(tmp(), 'out');
    const r = unboil(['--out', out, dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(allFiles(out)).toEqual(['a.txt.json', 'b.txt.json', 'sub/c.txt.json', 'sub/deeper/d.html.json']);
    const rec = JSON.parse(readFileSync(join(out, 'sub/c.txt.json'), 'utf8'));
    expect(rec.id).toBe('sub/c.txt');
    expect({ ...rec, id: 'c.txt' }).toEqual(JSON.parse(unboil([join(dir, 'sub/c.txt')]).stdout));
    expect(readFileSync(join(out, 'a.txt.json'), 'utf8')).toBe(unboil([join(dir, 'a.txt')]).stdout);
  });

  test('temporary files of a dead run are swept; those of a live process are kept', () => {
    const dir = tree();
    const out = join(tmp(), 'out');
    write(join(out, 'sub/.c.txt.json.unboil-tmp-999999999-0'), '{"half":');
    write(join(out, `.x.json.unboil-tmp-${process.pid}-0`), 'live');
    unboil(['--out', out, dir]);
    expect(existsSync(join(out, 'sub/.c.txt.json.unboil-tmp-999999999-0'))).toBe(false);
    expect(existsSync(join(out, `.x.json.unboil-tmp-${process.pid}-0`))).toBe(true);
  });

  test('--resume skips outputs newer than their input and redoes stale ones', () => {
    const dir = tree();
    const out = join(tmp(), 'out');
    unboil(['--out', out, dir]);
    const before = statSync(join(out, 'a.txt.json')).mtimeMs;
    // Touch b.txt after its output was written: it is stale now.
    write(join(dir, 'b.txt'), capture(22));
    const r = unboil(['--out', out, '--resume', dir]);
    expect(r.code).toBe(0);
    expect(summary(r.stderr)).toEqual({ inputs: 1, records: 1, errors: 0 });
    expect(r.stderr).toMatch(/3 inputs skipped/);
    expect(statSync(join(out, 'a.txt.json')).mtimeMs).toBe(before);
    expect(JSON.parse(readFileSync(join(out, 'b.txt.json'), 'utf8')).body).toContain('district 22');
  });
});

describe('--from jsonl', () => {
  const input = (n: number) => {
    const rows: string[] = [];
    for (let i = 1; i <= n; i++) rows.push(JSON.stringify({ id: `doc-${i}`, text: capture(i), crawl: { n: i }, url: `https://example.com/${i}` }));
    return rows;
  };

  test('one output line per input line, in order; errors in place; other fields carried under source', () => {
    const rows = input(6);
    rows.splice(1, 0, '{"id": "broken", "text": ');
    rows.splice(3, 0, JSON.stringify({ id: 'no-text', body: 'x' }));
    rows.splice(5, 0, '');
    rows.splice(6, 0, '[1,2]');
    const dir = tmp();
    const f = write(join(dir, 'in.jsonl'), rows.join('\n') + '\n');
    const r = unboil(['--from', 'jsonl', f]);
    expect(r.code).toBe(1);
    const out = r.stdout.split('\n').filter((l) => l !== '');
    expect(out).toHaveLength(rows.length);
    const recs = out.map((l) => JSON.parse(l));
    const errs = recs.map((x, i) => [i + 1, x.error !== undefined]).filter(([, e]) => e).map(([i]) => i);
    expect(errs).toEqual([2, 4, 6, 7]);
    // a line that is not an object has no id field: its id is its line number, as for a record without one
    expect(recs[1]).toMatchObject({ id: 2, line: 2, path: f, code: 'malformed' });
    expect(recs[0].id).toBe('doc-1');
    expect(recs[3]).toMatchObject({ id: 'no-text', line: 4, code: 'missing-field' });
    expect(recs[3].error).toMatch(/--text-field/);
    expect(recs[0].source).toEqual({ id: 'doc-1', crawl: { n: 1 }, url: 'https://example.com/1' });
    expect(recs[0].url).toBe('https://example.com/1');
    expect(recs[0].input.line).toBe(1);
    expect(recs[0].body).toContain('district 1');
    expect(recs[0].source).not.toHaveProperty('text');
    for (const m of ['line 2', 'line 4 (id "no-text")', 'line 6', 'line 7']) expect(r.stderr).toContain(`${f}: ${m}`);
    expect(summary(r.stderr)).toEqual({ inputs: rows.length, records: 6, errors: 4 });
  });

  test('stdin, field names, HTML field; the record matches a one-capture run', () => {
    const rows = [
      JSON.stringify({ key: 'k1', content: capture(1) }),
      JSON.stringify({ key: 'k2', page: `<html><body><article><p>${capture(2).split('\n').join('</p><p>')}</p></article></body></html>` }),
      JSON.stringify({ key: 'k3' }),
    ];
    const r = unboil(['--from', 'jsonl', '--text-field', 'content', '--html-field', 'page', '--id-field', 'key'], { input: rows.join('\n') });
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(3);
    expect(recs[0].source).toEqual({ key: 'k1' });
    expect(recs[0].input.format).toBe('text');
    expect(recs[1].input.format).toBe('html');
    expect(recs[2]).toMatchObject({ id: 'k3', line: 3, path: null });
    const one = JSON.parse(unboil(['-'], { input: capture(1) }).stdout);
    const { source, ...rest } = recs[0];
    expect(rest.id).toBe('k1');
    expect({ ...rest, id: one.id }).toEqual(one);
  });

  test('large records (capture read from the bytes, or the line parsed whole) give the record of a one-capture run', () => {
    // over 64 KB: escapes of every kind, non-ASCII text, a field after the capture
    const page = `<html><body><article>${Array.from({ length: 80 }, (_, i) => `<p class="p${i}">${capture(i + 1).split('\n').join(' ')} “${i}” — é\t</p>`).join('\n')}</article></body></html>`;
    expect(Buffer.byteLength(page)).toBeGreaterThan(64 * 1024);
    const rows = [
      JSON.stringify({ id: 'fast', html: page, n: 1 }),
      // an escaped surrogate pair: the reader leaves this line to JSON.parse
      JSON.stringify({ id: 'whole', html: page.replace('</article>', '\ud83d\ude00</article>'), n: 2 }).replace('😀', '\\ud83d\\ude00'),
      // a raw tab inside the capture is not JSON: an error record, as for any malformed line
      JSON.stringify({ id: 'bad', html: page }).replace('\\t', '\t'),
    ];
    const r = unboil(['--from', 'jsonl', '-j', '1'], { input: rows.join('\n') + '\n' });
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(3);
    const one = (html: string) => JSON.parse(unboil(['--format', 'html', '-'], { input: html }).stdout);
    const { source: s0, ...r0 } = recs[0];
    expect(s0).toEqual({ id: 'fast', n: 1 });
    expect(r0.id).toBe('fast');
    expect({ ...r0, id: 'stdin' }).toEqual(one(page));
    const { source: s1, ...r1 } = recs[1];
    expect(s1).toEqual({ id: 'whole', n: 2 });
    expect({ ...r1, id: 'stdin' }).toEqual(one(page.replace('</article>', '\ud83d\ude00</article>')));
    expect(recs[2]).toMatchObject({ line: 3, code: 'malformed' });
  }, 60_000); // three 64 KB HTML pages and a one-capture run of each: over 30 s at load 19

  test('a field nested too deep to write back gives a clear error record; the next line goes on', () => {
    const deep = `{"id":"deep","meta":${'['.repeat(100000)}${']'.repeat(100000)},"text":${JSON.stringify(capture(1))}}`;
    const r = unboil(['--from', 'jsonl'], { input: `${deep}\n${JSON.stringify({ id: 'next', text: capture(2) })}\n` });
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(2);
    expect(recs[0]).toMatchObject({ id: 'deep', line: 1, code: 'malformed' });
    expect(recs[0].error).toMatch(/cannot be carried into "source".*nested too deep/);
    expect(recs[0].error).not.toMatch(/internal error/);
    expect(recs[1].source).toEqual({ id: 'next' });
    expect(r.code).toBe(1);
  });

  test.each(['1', '2'])('ids nested too deep to write back: every line still gets its record (-j %s)', (jobs) => {
    const deep = `${'['.repeat(100000)}${']'.repeat(100000)}`;
    const rows = [`{"id":${deep},"text":5}`, JSON.stringify({ id: 'ok', text: capture(1) }), `{"id":${deep},"text":${JSON.stringify(capture(2))}}`];
    const r = unboil(['--from', 'jsonl', '-j', jobs], { input: rows.join('\n') + '\n' });
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(3);
    // an id that is not a string or a number is not a key: the line number stands in for it
    expect(recs[0]).toMatchObject({ id: 1, line: 1, code: 'missing-field' });
    expect(recs[0].error).not.toContain('[[');
    expect(recs[1].source).toEqual({ id: 'ok' });
    expect(recs[2]).toMatchObject({ id: 3, line: 3, code: 'malformed' });
    expect(r.stderr).not.toMatch(/internal error|RangeError/);
  });

  test('every other field is carried into source, even one named __proto__', () => {
    const r = unboil(['--from', 'jsonl'], { input: `{"id":1,"__proto__":{"x":1},"constructor":2,"text":${JSON.stringify(capture(1))}}\n` });
    const [rec] = lines(r.stdout);
    expect(Object.keys(rec.source)).toEqual(['id', '__proto__', 'constructor']);
    expect(JSON.stringify(rec.source)).toBe('{"id":1,"__proto__":{"x":1},"constructor":2}');
  });

  test('a UTF-8 byte order mark opening the input is not part of line 1 (file and stdin)', () => {
    const rows = [JSON.stringify({ id: 'a', text: capture(1) }), JSON.stringify({ id: 'b', text: capture(2) })];
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.join('\n') + '\n')]);
    const f = write(join(tmp(), 'bom.jsonl'), body);
    for (const r of [unboil(['--from', 'jsonl', f]), unboil(['--from', 'jsonl'], { input: body })]) {
      const recs = lines(r.stdout);
      expect(recs.map((x) => x.source.id)).toEqual(['a', 'b']);
      expect(r.code).toBe(0);
    }
  });

  test('a UTF-16 file: an error record per line that says so, no raw NUL in messages', () => {
    const rows = [JSON.stringify({ id: 'a', text: capture(1) }), JSON.stringify({ id: 'b', text: capture(2) })];
    const f = write(join(tmp(), 'wide.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.join('\n') + '\n', 'utf16le')]));
    const r = unboil(['--from', 'jsonl', f]);
    const recs = lines(r.stdout);
    expect(recs.length).toBeGreaterThanOrEqual(2);
    for (const x of recs) {
      expect(x.code).toBe('malformed');
      expect(x.error).toMatch(/looks like UTF-16, and JSON Lines must be UTF-8/);
    }
    expect(r.stderr.includes(String.fromCharCode(0))).toBe(false);
  });

  test('a cut-off or corrupt .jsonl.gz: an error record saying so in words', () => {
    const dir = tmp();
    const gz = gzipSync(Buffer.from(input(3).join('\n') + '\n'));
    const cut = write(join(dir, 'cut.jsonl.gz'), gz.subarray(0, 30));
    const bad = Buffer.from(gz);
    for (let i = 12; i < 30; i++) bad[i] = 255 - bad[i]!;
    const corrupt = write(join(dir, 'corrupt.jsonl.gz'), bad);
    const r = unboil([cut, corrupt]);
    const errs = lines(r.stdout).filter((x) => x.code === 'read-failed');
    expect(errs.map((x) => x.path)).toEqual([cut, corrupt]);
    expect(errs[0].error).toMatch(/reading stopped after line \d+: the gzip data is cut off/);
    expect(errs[1].error).toMatch(/reading stopped after line \d+: the gzip data is corrupt/);
  });

  test('--strict stops at the first failing line with exit 1', () => {
    const rows = input(5);
    rows.splice(2, 0, 'not json');
    const r = unboil(['--from', 'jsonl', '--strict', '-j', '1'], { input: rows.join('\n') + '\n' });
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[2]).toMatchObject({ line: 3, code: 'malformed' });
    expect(r.stderr).toMatch(/--strict/);
  });

  test('--jobs 1 and --jobs 2 give byte-identical JSON Lines', () => {
    const rows = input(300);
    rows.splice(100, 0, 'oops');
    const f = write(join(tmp(), 'big.jsonl'), rows.join('\n') + '\n');
    const a = unboil(['-j', '1', f]);
    // the worker starts with the second chunk here (by default after 8), so that it cleans some
    const b = unboil(['-j', '2', f], { env: { UNBOIL_POOL_AFTER: '1' } });
    expect(a.stdout.split('\n').filter(Boolean)).toHaveLength(301);
    expect(b.stdout).toBe(a.stdout);
  }, 60_000);

  test('a line over --max-bytes becomes an error record; the next lines go on', () => {
    const rows = [JSON.stringify({ id: 'small', text: 'Short.' }), JSON.stringify({ id: 'big', text: 'x'.repeat(5000) }), JSON.stringify({ id: 'after', text: 'Fine.' })];
    const r = unboil(['--from', 'jsonl', '--max-bytes', '1K'], { input: rows.join('\n') });
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(3);
    expect(recs[1]).toMatchObject({ line: 2, code: 'too-large' });
    expect(recs[2].source).toEqual({ id: 'after' });
  });

  test('--out with JSON Lines: one .jsonl per input file, same lines as stdout', () => {
    const dir = tmp();
    const f = write(join(dir, 'set/in.jsonl'), input(4).join('\n') + '\n');
    const out = join(tmp(), 'out');
    expect(unboil(['--out', out, join(dir, 'set')]).code).toBe(0);
    expect(allFiles(out)).toEqual(['in.jsonl']);
    expect(readFileSync(join(out, 'in.jsonl'), 'utf8')).toBe(unboil([f]).stdout);
  }, 60_000);
});

describe('WARC and WET', () => {
  const html = (n: number) => `<html><head><title>Plan ${n}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>${capture(n).split('\n').filter(Boolean).map((l) => `<p>${l}</p>`).join('\n')}</article><footer>© 2024 Example</footer></body></html>`;

  test('.warc.gz response records with HTML become records with url and input.warc; others are skipped', async () => {
    const dir = tmp();
    const f = join(dir, 'crawl.warc.gz');
    await makeWarc(f, [
      { type: 'warcinfo', url: '', body: '' },
      { type: 'request', url: 'https://example.com/a', body: '', id: '<urn:uuid:00000000-0000-0000-0000-00000000000a>' },
      { type: 'response', url: 'https://example.com/a', body: html(1), id: '<urn:uuid:00000000-0000-0000-0000-000000000001>' },
      { type: 'response', url: 'https://example.com/logo.png', body: 'PNG', contentType: 'image/png' },
      { type: 'response', url: 'https://example.com/b', body: html(2), id: '<urn:uuid:00000000-0000-0000-0000-000000000002>' },
    ], true);
    const r = unboil([f]);
    expect(r.code).toBe(0);
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(2);
    expect(recs[0].url).toBe('https://example.com/a');
    expect(recs[0].input.warc).toEqual({ recordId: '<urn:uuid:00000000-0000-0000-0000-000000000001>', targetUri: 'https://example.com/a', type: 'response', file: f });
    expect(recs[0].id).toBe('<urn:uuid:00000000-0000-0000-0000-000000000001>');
    expect(recs[0].input.format).toBe('html');
    expect(recs[0].input.path).toBe(f);
    expect(recs[1].body).toContain('district 2');
    expect(recs[1].body).not.toContain('Home');
    expect(r.stderr).toMatch(/3 WARC records skipped/);
  });

  test('WET conversion records are text captures; plain .warc works too', async () => {
    const dir = tmp();
    const f = join(dir, 'CC-MAIN-x.warc.wet.gz');
    await makeWarc(f, [
      { type: 'warcinfo', url: '', body: '' },
      { type: 'conversion', url: 'https://example.org/x', body: capture(8), id: '<urn:uuid:00000000-0000-0000-0000-000000000008>' },
      { type: 'conversion', url: 'https://example.org/y', body: capture(9, 'de'), id: '<urn:uuid:00000000-0000-0000-0000-000000000009>' },
    ], true);
    const plain = join(dir, 'p.warc');
    await makeWarc(plain, [{ type: 'response', url: 'https://example.com/p', body: html(3), id: '<urn:uuid:00000000-0000-0000-0000-000000000003>' }], false);
    const recs = lines(unboil([f, plain]).stdout);
    expect(recs.map((x) => x.url)).toEqual(['https://example.org/x', 'https://example.org/y', 'https://example.com/p']);
    expect(recs[0].input.format).toBe('text');
    expect(recs[0].input.warc.type).toBe('conversion');
    // Same body as cleaning the text capture directly.
    expect(recs[1].body).toBe(JSON.parse(unboil(['-'], { input: capture(9, 'de') }).stdout).body);
  });

  test('a .warc.gz with a corrupt or cut-off member: the records before it, then an error record saying where', async () => {
    const dir = tmp();
    const good = join(dir, 'g.warc.gz');
    await makeWarc(good, [{ type: 'response', url: 'https://example.com/a', body: html(1), id: '<urn:uuid:00000000-0000-0000-0000-0000000000ab>' }], true);
    const bytes = readFileSync(good);
    const cut = write(join(dir, 'cut.warc.gz'), Buffer.concat([bytes, bytes.subarray(0, bytes.length >> 1)]));
    const garbled = write(join(dir, 'garbled.warc.gz'), Buffer.concat([bytes, Buffer.from('not gzip at all '.repeat(20)), bytes]));
    const trailing = write(join(dir, 'trailing.warc.gz'), Buffer.concat([bytes, Buffer.from('\r\n\n')]));
    const r = unboil([cut, garbled, trailing]);
    expect(r.code).toBe(1);
    const recs = lines(r.stdout);
    expect(recs.map((x) => x.url ?? x.code)).toEqual(['https://example.com/a', 'read-failed', 'https://example.com/a', 'read-failed', 'https://example.com/a']);
    expect(recs[1]).toMatchObject({ path: cut, id: '<urn:uuid:00000000-0000-0000-0000-0000000000ab>' });
    expect(recs[1].error).toMatch(/reading stopped after record <urn:uuid:[0-9a-f-]+ab>: [\d,]+ bytes from offset [\d,]+ to the end could not be read as WARC records/);
    expect(recs[3]).toMatchObject({ path: garbled });
  });

  test('a WARC file cut off inside a record does not hang; a file that is not WARC is an error record', async () => {
    const dir = tmp();
    const good = join(dir, 'g.warc');
    await makeWarc(good, [{ type: 'response', url: 'https://example.com/a', body: html(1), id: '<urn:uuid:00000000-0000-0000-0000-0000000000aa>' }], false);
    const bytes = readFileSync(good);
    const cut = write(join(dir, 'cut.warc'), Buffer.concat([bytes, Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated')]));
    const notWarc = write(join(dir, 'notes.warc'), capture(1));
    const r = unboil([cut, notWarc]);
    expect(r.code).toBe(1);
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(2);
    expect(recs[0].url).toBe('https://example.com/a');
    expect(recs[1]).toMatchObject({ path: notWarc, code: 'read-failed' });
    expect(recs[1].error).toMatch(/not a WARC\/WET file/);
    expect(r.stderr).toContain(notWarc);
    expect(summary(r.stderr)).toEqual({ inputs: 2, records: 1, errors: 1 });
  });

});

test('an --out folder that is a file is reported with its path', () => {
  const dir = tree();
  const file = write(join(tmp(), 'not-a-dir'), 'x');
  const r = unboil(['--out', file, dir]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(file);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  mkdirSync(join(tmp(), 'ok'));
});
