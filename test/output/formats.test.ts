/**
 * Output formats (--to): golden files for each format over two hand-written
 * captures (an HTML page with headings, lists, a quote and a link; a text
 * capture), `text` is the record's body, Markdown escapes what would read as
 * markup, and the CLI writes each format to stdout and under --out.
 * UNBOIL_UPDATE_GOLDEN=1 rewrites the golden files (review the diff): a change to the rules
 * that moves a line of these two captures shows here first.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { render, OUTPUT_FORMATS, type OutputFormat } from '../../src/output/index.js';
import { ROOT, tmp, unboil, write } from '../cli/helpers.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const read = (f: string) => readFileSync(join(GOLDEN, f));

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UNBOIL_UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const CASES: [string, string, { links?: boolean }][] = [
  ['transit.html', 'transit.md', {}],
  ['transit.html', 'transit.links.md', { links: true }],
  ['ferry.txt', 'ferry.md', {}],
];

describe('golden files', () => {
  test.each(CASES)('%s as Markdown: %s', (input, out, o) => {
    const a = analyze(read(input), { keepDom: !!o.links, id: input });
    golden(out, render(a, 'markdown', o) + '\n');
  });

  test.each(['transit.html', 'ferry.txt'])('%s as text and jsonl-body', (input) => {
    const a = analyze(read(input), { id: input });
    const base = input.replace(/\.\w+$/, '');
    golden(`${base}.out.txt`, render(a, "text") + "\n");
    golden(`${base}.body.jsonl`, render(a, 'jsonl-body') + '\n');
    expect(JSON.parse(render(a, 'jsonl-body'))).toEqual({ id: input, url: a.record.url, title: a.record.title, published: a.record.published, body: a.record.body });
    // json is the record as it always was
    expect(render(a, 'json', { pretty: true })).toBe(JSON.stringify(a.record, null, 2));
    if (input.endsWith('.html')) golden(`${base}.json`, render(a, 'json', { pretty: true }) + '\n');
    expect(render(a, 'json')).toBe(JSON.stringify(a.record));
  });

  test('the HTML page keeps its structure in Markdown: title, h2/h3, both kinds of list, the quote; links only with links', () => {
    const md = readFileSync(join(GOLDEN, 'transit.md'), 'utf8');
    expect(md).toMatch(/^# Harbour line gets night trams\n\n/);
    expect(md).toMatch(/\n## What changes for riders\n/);
    expect(md).toMatch(/\n### Fares\n/);
    expect(md).toMatch(/\n- Friday[^\n]*\n- Sunday/);
    expect(md).toMatch(/\n1\. Buy[^\n]*\n2\. Validate/);
    expect(md).toMatch(/\n> We heard/);
    expect(md).not.toContain('](');
    expect(readFileSync(join(GOLDEN, 'transit.links.md'), 'utf8')).toContain('[a survey of riders](https://www.riverside-courier.test/city/tram-survey)');
  });
});

describe('text is the body', () => {
  const dirs = ['fixtures/text', 'fixtures/html'].map((d) => join(ROOT, d));
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|html)$/.test(f)).map((f) => join(d, f)));
  test('for every fixture, --to text gives the record body, byte for byte', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const a = analyze(readFileSync(f));
      expect(render(a, 'text')).toBe(a.record.body);
      // Markdown of a page holds every paragraph of the body (marked up, escaped), in order
      const md = render(a, 'markdown');
      let at = 0;
      for (const p of a.record.body.split('\n\n').filter(Boolean)) {
        const word = p.split(' ').find((w) => /^\p{L}{4,}$/u.test(w));
        if (!word) continue;
        const k = md.indexOf(word, at);
        expect(k, `${f}: "${word}" of "${p.slice(0, 60)}"`).toBeGreaterThanOrEqual(0);
        at = k;
      }
    }
  });
});

describe('Markdown escaping', () => {
  test('paragraphs that open like Markdown blocks, and inline markup characters, stay text', () => {
    const lines = [
      '# This line opens with a hash sign but the council said it is ordinary prose for the report today.',
      '1. The first point of the plan is that the council will add five new routes to the network this year.',
      '- A dash opens this sentence, and the council said the routes would be ready before the end of the summer.',
      'The plan, called *Bus_Plan* [draft], cost less than the <old> one and the council said so on Tuesday at its meeting.',
    ];
    const body = `${lines.join('\n\n')}`;
    const r = clean(body);
    expect(r.body).toBe(body);
    const md = render(analyze(body), 'markdown');
    expect(md.split('\n\n')).toEqual([
      '\\# This line opens with a hash sign but the council said it is ordinary prose for the report today.',
      '1\\. The first point of the plan is that the council will add five new routes to the network this year.',
      '\\- A dash opens this sentence, and the council said the routes would be ready before the end of the summer.',
      'The plan, called \\*Bus\\_Plan\\* \\[draft\\], cost less than the \\<old\\> one and the council said so on Tuesday at its meeting.',
    ]);
  });
});

describe('CLI --to', () => {
  const transit = join(GOLDEN, 'transit.html');
  const ferry = join(GOLDEN, 'ferry.txt');

  test('one capture: each format on stdout, ending in one newline', () => {
    expect(unboil(['--to', 'text', ferry]).stdout).toBe(clean(read('ferry.txt')).body + '\n');
    expect(unboil(['--to', 'markdown', '--links', transit]).stdout).toBe(readFileSync(join(GOLDEN, 'transit.links.md'), 'utf8'));
    const body = JSON.parse(unboil(['-t', 'jsonl-body', ferry]).stdout);
    expect(Object.keys(body)).toEqual(['id', 'url', 'title', 'published', 'body']);
    expect(body.id).toBe('ferry.txt');
  });

  test('many inputs on stdout: each text document is followed by a form-feed line; a failed input leaves an empty document', () => {
    const dir = tmp();
    write(join(dir, 'a.txt'), read('ferry.txt').toString());
    write(join(dir, 'b.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255, 254, 0, 1, 2, 3, 4, 5, 6, 0, 0, 0, 0]));
    write(join(dir, 'c.html'), read('transit.html').toString());
    const r = unboil(['--to', 'text', '-j', '1', dir]);
    expect(r.code).toBe(1);
    const docs = r.stdout.split('\n\f\n');
    expect(docs.pop()).toBe('');
    expect(docs).toEqual([clean(read('ferry.txt')).body, '', clean(read('transit.html')).body]);
    expect(r.stderr).toMatch(/b\.bin/);
    const md = unboil(['--to', 'markdown', '-j', '2', dir]).stdout.split('\n\f\n');
    expect(md).toHaveLength(4);
    expect(md[2]).toBe(readFileSync(join(GOLDEN, 'transit.md'), 'utf8').trimEnd());
  });

  test('--out: the extension follows the format; JSON Lines inputs give one file of documents', () => {
    const dir = tmp();
    write(join(dir, 'in/ferry.txt'), read('ferry.txt').toString());
    write(join(dir, 'in/pages.jsonl'), [JSON.stringify({ id: 'p1', text: read('ferry.txt').toString() }), JSON.stringify({ id: 'p2', html: read('transit.html').toString() })].join('\n') + '\n');
    const ext: Record<OutputFormat, [string, string]> = { json: ['ferry.txt.json', 'pages.jsonl'], text: ['ferry.txt.txt', 'pages.txt'], markdown: ['ferry.txt.md', 'pages.md'], 'jsonl-body': ['ferry.txt.jsonl', 'pages.jsonl'] };
    for (const to of OUTPUT_FORMATS) {
      const out = join(dir, `out-${to}`);
      const r = unboil(['--to', to, '--out', out, join(dir, 'in')]);
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(out).sort()).toEqual([...ext[to]].sort());
      const one = readFileSync(join(out, ext[to][0]), 'utf8');
      const a = analyze(read('ferry.txt'), { id: 'ferry.txt', path: join(dir, 'in/ferry.txt') });
      expect(one).toBe(render(a, to, { pretty: true }) + '\n');
      const many = readFileSync(join(out, ext[to][1]), 'utf8');
      if (to === 'text' || to === 'markdown') expect(many.split('\n\f\n')).toHaveLength(3);
      else expect(many.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['p1', 'p2']);
    }
  });

  test('bad values and combinations name the option and what it takes', () => {
    const bad = unboil(['--to', 'yaml', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '-t, --to <format>' argument 'yaml' is invalid. Allowed choices are json, text, markdown, jsonl-body.");
    const links = unboil(['--links', join(GOLDEN, 'ferry.txt')]);
    expect(links.code).toBe(2);
    expect(links.stderr).toMatch(/--links .*--to markdown/);
    const explain = unboil(['--explain', '--to', 'text', join(GOLDEN, 'ferry.txt')]);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toMatch(/--explain/);
  });
});
