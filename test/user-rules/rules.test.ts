/**
 * Site rules (--rules FILE, `rules` in the library options): validation with
 * key paths, built-in rules turned off, line rules, CSS-selector rules run by
 * cheerio on the parsed page, host matching, and the CLI around them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clean, parseRules, RulesError, rulesJsonSchema } from '../../src/index.js';
import { tmp, unboil, write } from '../cli/helpers.js';

const GOLDEN = fileURLToPath(new URL('../output/golden/', import.meta.url));
const transit = readFileSync(join(GOLDEN, 'transit.html'), 'utf8');
const ferry = readFileSync(join(GOLDEN, 'ferry.txt'), 'utf8');

function problems(rules: unknown, name = 'rules.yaml'): string[] {
  try {
    parseRules(rules, name);
  } catch (e) {
    expect(e).toBeInstanceOf(RulesError);
    return (e as RulesError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('the rules were accepted');
}

describe('validation', () => {
  test('each bad key is named by its path', () => {
    const p = problems({
      disable: ['ui-chrome', 'no-such-rule', 'outside-article'],
      text: [{ id: 'a', pattern: '(' }, { id: 'b' }, { id: 'c', phrases: ['x'], field: 'colour' }],
      html: [{ id: 'ui-chrome', select: 'p', take: 'drop' }, { id: 'd', select: 'div[', take: 'drop' }, { id: 'e', select: 'p', take: 'keep' }, { id: 'a', select: 'p', take: 'drop' }],
      extra: 1,
    });
    const at = (path: string) => p.filter((x) => x.startsWith(`${path}: `));
    expect(at('disable[1]')[0]).toMatch(/not a built-in rule id: "no-such-rule"/);
    // selection reasons are not rules: they cannot be turned off
    expect(at('disable[2]')).toHaveLength(1);
    expect(at('disable[0]')).toHaveLength(0);
    expect(at('text[0].pattern')[0]).toMatch(/not a valid regular expression/);
    expect(at('text[1]')[0]).toMatch(/either "pattern" or "phrases"/);
    expect(at('text[2].field')).toHaveLength(1);
    expect(at('html[0].id')[0]).toMatch(/built-in rule/);
    expect(at('html[1].select')[0]).toMatch(/not a CSS selector/);
    expect(at('html[2].take')).toHaveLength(1);
    expect(p.some((x) => /extra/.test(x))).toBe(true);
    // ids are unique across both lists (checked once the rules are otherwise valid)
    expect(problems({ text: [{ id: 'a', phrases: ['x'] }], html: [{ id: 'a', select: 'p', take: 'drop' }] })).toEqual(['html[0].id: id "a" is already used by text[0]']);
  });

  test('the message names the file; YAML and JSON syntax errors say where', () => {
    expect(() => parseRules({ text: [{ id: 'x' }] }, 'site.yaml')).toThrow(/^site\.yaml: invalid rules:\n  text\[0\]: /);
    expect(() => parseRules('text:\n  - id: x\n   pattern: [', 'site.yaml')).toThrow(/^site\.yaml: not valid YAML at line \d+, column \d+/);
    expect(() => parseRules('{"text": [}', 'site.json')).toThrow(/^site\.json: not valid JSON/);
    // YAML text validates as the object does
    expect(() => parseRules('disable: [ui-chrome]\ntext:\n  - id: x\n    phrases: [Share]\n', 'ok.yaml')).not.toThrow();
  });

  test('clean() refuses rules that did not go through parseRules', () => {
    expect(() => clean(ferry, { rules: { disable: ['ui-chrome'] } as never })).toThrow(TypeError);
  });

  test('the JSON Schema comes from the zod schema: rule kinds, built-in ids, fields', () => {
    const s = rulesJsonSchema() as { properties: Record<string, { items?: { enum?: string[]; properties?: Record<string, unknown> } }> };
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['disable', 'text', 'html']));
    expect(s.properties.disable!.items!.enum).toContain('ui-chrome');
    expect(Object.keys(s.properties.html!.items!.properties!)).toEqual(['id', 'hosts', 'select', 'take']);
  });
});

describe('text captures', () => {
  const rulesOf = (r: ReturnType<typeof clean>) => r.removed.map((x) => x.rule);

  test('a built-in rule turned off no longer runs', () => {
    expect(rulesOf(clean(ferry))).toContain('ui-chrome');
    const r = clean(ferry, { rules: parseRules({ disable: ['ui-chrome'] }) });
    expect(rulesOf(r)).not.toContain('ui-chrome');
  });

  test('phrase and pattern rules take their lines under their own id, and a field rule feeds the field', () => {
    const rules = parseRules({
      disable: ['ui-chrome'],
      text: [
        { id: 'courier-share', phrases: ['share', 'TWEET!'] },
        { id: 'courier-kicker', pattern: '^Riverside Courier$' },
        { id: 'courier-byline', pattern: '^By ', field: 'authors' },
      ],
    });
    const r = clean(ferry, { rules });
    const by = (id: string) => r.removed.filter((x) => x.rule === id).map((x) => x.text);
    expect(by('courier-share')).toEqual(['Share', 'Tweet']);
    expect(by('courier-kicker')).toEqual(['Riverside Courier']);
    expect(by('courier-byline')).toEqual(['By Tomas Lindqvist']);
    expect(r.removed.find((x) => x.rule === 'courier-byline')!.field).toBe('authors');
    expect(r.authors).toEqual(['Tomas Lindqvist']);
    expect(r.body).toBe(clean(ferry).body);
  });

  test('a pattern rule takes a body line; the body stays a fixed point under the same rules', () => {
    const rules = parseRules({ text: [{ id: 'no-passes', pattern: 'monthly passes', flags: 'i' }] });
    const r = clean(ferry, { rules });
    expect(r.removed.find((x) => x.rule === 'no-passes')?.text).toMatch(/^Passengers with monthly passes/);
    expect(r.body).not.toMatch(/monthly passes/);
    expect(clean(r.body, { rules }).body).toBe(r.body);
  });

  test('hosts: exact names and patterns, read from the URL; no URL, no host rule', () => {
    const rules = parseRules({ text: [{ id: 'x-share', hosts: ['courier.test', '*.courier.test'], phrases: ['Share'] }] });
    const hit = (url?: string) => clean(ferry, { rules, ...(url ? { url } : {}) }).removed.some((x) => x.rule === 'x-share');
    expect(hit('https://courier.test/a')).toBe(true);
    expect(hit('https://news.courier.test/a')).toBe(true);
    expect(hit('https://deep.news.COURIER.test/a')).toBe(true);
    expect(hit('https://othercourier.test/a')).toBe(false);
    expect(hit('https://courier.test.example/a')).toBe(false);
    expect(hit()).toBe(false);
  });
});

describe('HTML pages: CSS selectors through cheerio', () => {
  test('drop: the matched elements leave the body under the rule id; hosts come from the canonical link', () => {
    const on = (hosts: string[]) => clean(transit, { rules: parseRules({ html: [{ id: 'courier-quote', hosts, select: 'article blockquote', take: 'drop' }] }) });
    const r = on(['*.riverside-courier.test']);
    expect(r.removed.filter((x) => x.rule === 'courier-quote').map((x) => x.text)).toEqual([expect.stringMatching(/^We heard the same request/)]);
    expect(r.body).not.toMatch(/We heard/);
    expect(on(['elsewhere.test']).body).toBe(clean(transit).body);
  });

  test('body: the body is the element; every other block no rule took is removed under the rule id', () => {
    const r = clean(transit, { rules: parseRules({ html: [{ id: 'courier-body', select: 'article ul, article ol', take: 'body' }] }) });
    expect(r.body.split('\n\n')).toEqual([
      'Friday and Saturday nights get the full service from the first weekend in May.',
      'Sunday nights follow in June if the drivers are in place by then.',
      'Buy a ticket at the stop or on the app before boarding the tram.',
      'Validate it on board within the first stop of the journey.',
    ]);
    const mine = r.removed.filter((x) => x.rule === 'courier-body').map((x) => x.text);
    expect(mine).toContain('Fares');
    expect(mine.some((t) => t.startsWith('The transport board agreed'))).toBe(true);
    // the built-in rules still took what they take (the masthead, the share bar)
    expect(r.removed.find((x) => x.text === 'Share Tweet Email')?.rule).toBe('html-class-share');
  });

  test('title and published from elements, also an inline element on a line of its own', () => {
    const page = `<html><head><title>Site name</title></head><body><div class="top"><div class="kicker">Night trams</div><span class="when">Tuesday 5 March 2024 at 08:30</span></div>
      <div class="story"><p>${'The transport board agreed to run trams through the night at weekends, after a survey of riders asked for it. '.repeat(2)}</p>
      <p>${'Officials said the first night services would start in May, once the depot has hired enough drivers for the shifts. '.repeat(2)}</p></div></body></html>`;
    const rules = parseRules({ html: [{ id: 'k-title', select: '.kicker', take: 'title' }, { id: 'k-date', select: 'span.when', take: 'published' }] });
    const r = clean(page, { rules });
    expect(r.title).toBe('Night trams');
    expect(r.published).toBe('2024-03-05T08:30:00');
    expect(r.removed.find((x) => x.rule === 'k-date')).toMatchObject({ field: 'published', text: 'Tuesday 5 March 2024 at 08:30' });
    expect(r.removed.find((x) => x.rule === 'k-title')).toMatchObject({ field: 'title', text: 'Night trams' });
    // a datetime attribute wins over the text
    const t = clean(page.replace('<span class="when">', '<time class="when" datetime="2024-03-04T23:00:00+01:00">').replace('</span>', '</time>'), {
      rules: parseRules({ html: [{ id: 'k-date', select: '.when', take: 'published' }] }),
    });
    expect(t.published).toBe('2024-03-04T23:00:00+01:00');
  });
});

describe('CLI', () => {
  const rulesFile = join(GOLDEN, 'rules.yaml');

  test('--rules applies in one-capture runs and on worker threads alike', () => {
    const dir = tmp();
    write(join(dir, 'a/ferry.txt'), ferry);
    write(join(dir, 'a/transit.html'), transit);
    const one = JSON.parse(unboil(['--rules', rulesFile, join(dir, 'a/ferry.txt')]).stdout);
    expect(one.removed.filter((x: { rule: string }) => x.rule === 'courier-menu').map((x: { text: string }) => x.text)).toEqual(['Share', 'Tweet']);
    const j1 = unboil(['--rules', rulesFile, '-j', '1', join(dir, 'a')]);
    const j2 = unboil(['-r', rulesFile, '-j', '2', join(dir, 'a')]);
    expect(j1.code).toBe(0);
    expect(j2.stdout).toBe(j1.stdout);
    const recs = j1.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs[1].removed.find((x: { text: string }) => x.text === 'Share Tweet Email').rule).toBe('courier-share');
  });

  test('a bad rules file is a usage error naming the file and the key, before any input is read', () => {
    const dir = tmp();
    const bad = write(join(dir, 'bad.yaml'), 'html:\n  - id: x\n    select: p\n    take: keep\n');
    const r = unboil(['--rules', bad, join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}: invalid rules:\n  html[0].take:`);
    // a byte order mark opening the file is not part of it
    const bom = write(join(dir, 'bom.json'), '\ufeff{"disable": ["ui-chrome"]}');
    expect(unboil(['rules', '--rules', bom]).code).toBe(0);
    const gone = unboil(['--rules', join(dir, 'nope.yaml'), bad]);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/nope\.yaml: cannot read the rules file \(no such file\)/);
  });

  test('unboil rules --rules lists the file\'s rules and marks the built-in ones turned off; schema --rules prints the JSON Schema', () => {
    const r = unboil(['rules', '--rules', rulesFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^courier-menu +\[user\] /m);
    expect(r.stdout).toMatch(/^courier-share +\[user\] HTML: drops \.share-bar on \*\.riverside-courier\.test\./m);
    expect(r.stdout).toMatch(/^ui-chrome +\[off\] /m);
    const json = JSON.parse(unboil(['rules', '--json', '-r', rulesFile]).stdout);
    expect(json.filter((x: { kind: string }) => x.kind === 'user').map((x: { id: string }) => x.id)).toEqual(['courier-menu', 'courier-share']);
    const s = JSON.parse(unboil(['schema', '--rules']).stdout);
    expect(s.title).toBe('unboil site rules');
    expect(s).toEqual(JSON.parse(JSON.stringify(rulesJsonSchema())));
  });
});

describe('README', () => {
  test('its worked examples of rules files are valid rules files', () => {
    const readme = readFileSync(join(fileURLToPath(new URL('../../', import.meta.url)), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Site rules'), readme.indexOf('## Library'));
    const blocks = [...section.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const [, lang, text] of blocks) expect(() => parseRules(text!, `README.${lang}`)).not.toThrow();
  });
});
