/** Issue 3 items 2 and 8: the one-capture CLI, spawned as a user runs it. */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { capture, ROOT, tmp, unboil, write } from './helpers.js';

const SEED = join(ROOT, 'fixtures/text/wire-seed-shaped-en.txt');
const ANSI = /\x1b\[/;

describe('unboil FILE', () => {
  test('prints exactly one JSON record on stdout, nothing else', () => {
    const r = unboil([SEED]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.schemaVersion).toBe(2);
    expect(rec.id).toBe('wire-seed-shaped-en.txt');
    expect(rec.input.path).toBe(SEED);
    expect(typeof rec.body).toBe('string');
    expect(rec.body.length).toBeGreaterThan(200);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('}');
  });

  test('the same input gives byte-identical output', () => {
    const a = unboil([SEED]);
    const b = unboil([SEED]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(0);
  });

  test('stdin: "-" and no argument both read it, same record apart from the path', () => {
    const text = capture(1);
    const dash = JSON.parse(unboil(['-'], { input: text }).stdout);
    const none = JSON.parse(unboil([], { input: text }).stdout);
    expect(dash).toEqual(none);
    expect(dash.input.path).toBeNull();
    const dir = tmp();
    const fromFile = JSON.parse(unboil([write(join(dir, 'c.txt'), text)]).stdout);
    expect(dash.id).toBe('stdin');
    expect(fromFile.id).toBe('c.txt');
    expect({ ...fromFile, id: 'stdin', input: { ...fromFile.input, path: null } }).toEqual(dash);
  });

  test('--compact prints the record on one line', () => {
    const r = unboil(['--compact', SEED]);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(unboil([SEED]).stdout));
  });
});

describe('unboil schema', () => {
  test('prints the JSON Schema of the record', () => {
    const r = unboil(['schema']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.type).toBe('object');
    for (const k of ['title', 'published', 'body', 'removed', 'input', 'warnings']) expect(s.properties).toHaveProperty(k);
    expect(s.required).toContain('body');
  });
});

describe('--help and usage', () => {
  test('--help shows examples and the exit codes, exit 0', () => {
    const r = unboil(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/\$ unboil /);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2/);
  });

  test('an unknown option is a usage error: exit 2, message on stderr only', () => {
    const r = unboil(['--no-such-option', SEED]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no-such-option/);
  });

  test('--help gives a one-line example of each output format and of site rules', () => {
    const examples = unboil(['--help']).stdout.split('\n').filter((l) => l.trimStart().startsWith('$ unboil'));
    for (const use of ['--to text', '--to markdown --links', '--to jsonl-body', '--rules site.yaml', 'rules --rules site.yaml', 'schema --rules', '--out clean/ --to text']) {
      expect(examples.some((l) => l.includes(`unboil ${use}`)), use).toBe(true);
    }
  });

  test('commander\'s own messages name an unknown option, and a bad value with the allowed ones', () => {
    const unknown = unboil(['--colour', SEED]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: unknown option '--colour'");
    const format = unboil(['--format', 'pdf', SEED]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("option '--format <format>' argument 'pdf' is invalid. Allowed choices are auto, text, html.");
    const from = unboil(['--from', 'csv', SEED]);
    expect(from.stderr).toContain('Allowed choices are auto, capture, jsonl, warc.');
    const jobs = unboil(['-j', '0', SEED]);
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toContain("option '-j, --jobs <n>' argument '0' is invalid. expected a whole number of at least 1");
    expect(unknown.stdout + format.stdout + from.stdout + jobs.stdout).toBe('');
  });

  test('--resume without --out is a usage error', () => {
    const r = unboil(['--resume', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--resume needs --out/);
  });
});

describe('bad input (issue 3 item 8)', () => {
  test('a missing path: message naming it, exit 2, no output', () => {
    const r = unboil(['/no/such/capture.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/no/such/capture.txt');
    expect(r.stderr).toMatch(/no such file/);
  });

  test.each(['a file', 'a folder'])('a missing path after %s stops the run before it starts', (first) => {
    const dir = tmp();
    const a = write(join(dir, 'in/a.txt'), capture(1));
    const r = unboil([first === 'a file' ? a : join(dir, 'in'), join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: no such file or directory`);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  test('a binary file: clear error naming it, exit 1, no record', () => {
    const dir = tmp();
    const bin = write(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]));
    const r = unboil([bin]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(bin);
    expect(r.stderr).toMatch(/binary/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
  });

  test('an empty and a blank capture: a record with an empty body and a warning', () => {
    const dir = tmp();
    for (const [name, data] of [['empty.txt', ''], ['blank.txt', '  \n\n\t\n   \n']] as const) {
      const r = unboil([write(join(dir, name), data)]);
      expect(r.code).toBe(0);
      const rec = JSON.parse(r.stdout);
      expect(rec.body).toBe('');
      expect(rec.warnings.length).toBeGreaterThan(0);
      expect(r.stderr).toMatch(/warning/);
      expect(r.stderr).toContain(name);
    }
  });

  test('invalid UTF-8: replacement characters and a warning', () => {
    // Mostly valid UTF-8 (accented Spanish), with a few broken bytes: still read as UTF-8.
    const dir = tmp();
    const text = Buffer.from(capture(2, 'es'), 'utf8');
    const at = text.indexOf('aprobó');
    const bad = Buffer.concat([text.subarray(0, at), Buffer.from([0xff, 0xc3]), text.subarray(at)]);
    const r = unboil([write(join(dir, 'bad.txt'), bad)]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    const all = rec.body + rec.removed.map((x: { text: string }) => x.text).join('\n');
    expect(all).toContain('\uFFFD');
    expect(rec.warnings.join(' ')).toMatch(/UTF-8/);
    expect(r.stderr).toMatch(/warning/);
  });

  test('--max-bytes: a larger input is refused with a message naming it and the limit', () => {
    const dir = tmp();
    const f = write(join(dir, 'big.txt'), capture(3));
    const r = unboil(['--max-bytes', '100', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(f);
    expect(r.stderr).toMatch(/--max-bytes/);
    expect(unboil(['--max-bytes', '1M', f]).code).toBe(0);
    expect(unboil(['--max-bytes', 'lots', f]).code).toBe(2);
  });
});

describe('--explain', () => {
  test('without a TTY (or with NO_COLOR): no escape codes; removed lines tagged with their rule, kept lines plain', () => {
    const r = unboil(['--explain', SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const rec = JSON.parse(unboil([SEED]).stdout);
    const out = r.stdout.split('\n');
    // Every removed line appears with its rule id in brackets.
    for (const x of rec.removed.slice(0, 20)) {
      expect(out.some((l) => l.includes(x.text) && l.includes(`[${x.rule}]`))).toBe(true);
    }
    // A body paragraph appears untagged.
    const first = rec.body.split('\n\n')[0].slice(0, 40);
    const kept = out.find((l) => l.includes(first));
    expect(kept).toBeDefined();
    expect(kept).not.toMatch(/\[[\w-]+\]$/);
    // Lines that fed a field are marked with the field's name.
    const fed = rec.removed.find((x: { field?: string }) => x.field);
    if (fed) expect(out.some((l) => l.includes(`{${fed.field}}`))).toBe(true);
  });
});

describe('a reader that goes away', () => {
  // `unboil --help | head -1`, `unboil rules | head`: the pipe's read end is closed before
  // the CLI writes (it is closed here right after the spawn), so its write fails with EPIPE
  for (const args of [['--help'], ['rules'], ['schema']]) {
    test(`unboil ${args.join(' ')} into a closed pipe ends quietly with exit 0`, async () => {
      const { spawn } = await import('node:child_process');
      const { BIN } = await import('./helpers.js');
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
      expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
      expect(code).toBe(0);
    });
  }
});
