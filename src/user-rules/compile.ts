/**
 * A validated rules file -> the SiteRules the core runs (src/core/types.ts).
 * No zod here: worker threads compile the rules a main thread validated. HTML
 * selectors run through cheerio on the DOM htmlparser2 produced for the page:
 * cheerio's `load` is given that document, not markup, so nothing is parsed twice.
 */
import { load } from 'cheerio/slim';
import picomatch from 'picomatch';
import type { Block, Doc, FieldName, HtmlElement, Label, SiteDom, SiteRules } from '../core/types.js';
import { normalizeDate } from '../segment/html/markup/date.js';
import { parseDate } from '../parse/date.js';
import { fold } from '../core/text.js';
import type { HtmlRule, RulesFile, TextRule } from './schema.js';

type HostTest = (host: string | null) => boolean;

function hostTest(hosts: readonly string[] | undefined): HostTest {
  if (!hosts) return () => true;
  const tests = hosts.map((h) => {
    const p = h.toLowerCase();
    if (!/[*?[\]{}]/.test(p)) return (x: string) => x === p;
    const m = picomatch(p, { nocase: true, dot: true });
    return (x: string) => m(x);
  });
  return (host) => host !== null && tests.some((t) => t(host));
}

/** A line with case, and the punctuation and spaces around it, set aside. */
const bare = (s: string) => fold(s).toLowerCase().replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');

interface CompiledText {
  id: string;
  applies: HostTest;
  test(text: string): boolean;
  label: Label;
}

interface CompiledHtml {
  id: string;
  applies: HostTest;
  select: string;
  take: HtmlRule['take'];
  label: Label;
}

function compileText(r: TextRule): CompiledText {
  let test: (text: string) => boolean;
  if (r.pattern !== undefined) {
    const re = new RegExp(r.pattern, r.flags);
    test = (t) => re.test(t);
  } else {
    const set = new Set(r.phrases!.map(bare));
    test = (t) => set.has(bare(t));
  }
  const label: Label = Object.freeze(r.field ? { rule: r.id, field: r.field as FieldName } : { rule: r.id });
  return { id: r.id, applies: hostTest(r.hosts), test, label };
}

function compileHtml(r: HtmlRule): CompiledHtml {
  const field = r.take === 'drop' || r.take === 'body' ? undefined : (r.take as FieldName);
  const label: Label = Object.freeze(field ? { rule: r.id, field } : { rule: r.id });
  return { id: r.id, applies: hostTest(r.hosts), select: r.select, take: r.take, label };
}

/** Minimal view of a domhandler element. */
interface El {
  type: string;
  attribs?: Record<string, string>;
}

/** Minimal view of a domhandler node. */
interface Node {
  type: string;
  parent?: Node | null;
}

/**
 * Blocks a rule's matches hold: those whose element is, or sits inside, a
 * matched element (each block's ancestor chain walked once per element), and a
 * block whose whole text is one matched inline element (`<span class="date">`
 * on a line of its own inside a <div>).
 */
function blocksInside(blocks: readonly Block[], dom: SiteDom, matched: ReadonlySet<unknown>, $: ReturnType<typeof load>): number[] {
  const memo = new Map<HtmlElement, boolean>();
  const inside = (el: HtmlElement | null): boolean => {
    const chain: HtmlElement[] = [];
    let found = false;
    for (let e = el; e; e = e.parent) {
      const m = memo.get(e);
      if (m !== undefined) {
        found = m;
        break;
      }
      chain.push(e);
      if (matched.has(dom.nodeOf(e))) {
        found = true;
        break;
      }
    }
    for (const e of chain) memo.set(e, found);
    return found;
  };
  const hit = new Set<number>();
  const owners = new Map<unknown, Block[]>();
  for (const b of blocks) {
    if (!b.el) continue;
    if (inside(b.el)) hit.add(b.index);
    const n = dom.nodeOf(b.el);
    const l = owners.get(n);
    if (l) l.push(b);
    else owners.set(n, [b]);
  }
  for (const m of matched) {
    if (owners.has(m)) continue;
    // an inline match: the blocks of its nearest block-owning ancestor whose text is the match's text
    let up = (m as Node).parent ?? null;
    while (up && !owners.has(up)) up = up.parent ?? null;
    if (!up) continue;
    const text = fold($(m as never).text());
    if (text === '') continue;
    for (const b of owners.get(up)!) if (b.text === text) hit.add(b.index);
  }
  return [...hit].sort((a, b) => a - b);
}

/** The value of a field an element gives: a date from its datetime / content attribute, else its text. */
function valueOf($: ReturnType<typeof load>, node: El): string {
  return fold($(node as never).text());
}

function setField(doc: Doc, take: HtmlRule['take'], $: ReturnType<typeof load>, nodes: El[]): void {
  const texts = nodes.map((n) => valueOf($, n)).filter((t) => t !== '');
  const meta = doc.meta;
  switch (take) {
    case 'title':
      if (texts[0]) meta.title = texts[0];
      break;
    case 'section':
      if (texts[0]) meta.section = texts[0];
      break;
    case 'authors':
    case 'tags':
      if (texts.length) meta[take] = [...new Set(texts)];
      break;
    case 'published':
    case 'updated': {
      for (const n of nodes) {
        const attr = n.attribs?.datetime ?? n.attribs?.content;
        const text = valueOf($, n);
        const iso = (attr !== undefined ? normalizeDate(attr) : null) ?? (text ? parseDate(text)?.iso ?? null : null);
        if (!iso) continue;
        meta[take] = iso;
        if (take === 'published') meta.publishedText = text || attr || null;
        break;
      }
      break;
    }
  }
}

/** Compiles a rules file that RulesFile validated (parseRules / loadRules do both). */
export function compileRules(file: RulesFile): SiteRules {
  const text = (file.text ?? []).map(compileText);
  const html = (file.html ?? []).map(compileHtml);
  const disabled: ReadonlySet<string> = new Set(file.disable ?? []);
  return {
    disabled,
    needsDom: html.length > 0,
    apply(doc, host, dom) {
      const { blocks, labels } = doc;
      let body: { body: number[]; rule: string } | null = null;
      if (dom && doc.format === 'html') {
        let $: ReturnType<typeof load> | null = null;
        for (const r of html) {
          if (!r.applies(host)) continue;
          // cheerio wraps the document htmlparser2 built: the same DOM, no second parse
          $ ??= load(dom.root as never);
          const nodes = $(r.select).toArray() as El[];
          if (nodes.length === 0) continue;
          const inside = blocksInside(blocks, dom, new Set<unknown>(nodes), $);
          if (r.take === 'body') {
            body ??= { body: inside, rule: r.id };
            continue;
          }
          if (r.take !== 'drop') setField(doc, r.take, $, nodes);
          for (const i of inside) if (!labels[i]) labels[i] = r.label;
        }
      }
      for (const r of text) {
        if (!r.applies(host)) continue;
        for (const b of blocks) if (!labels[b.index] && r.test(b.text)) labels[b.index] = r.label;
      }
      return body;
    },
  };
}

/** Ids and descriptions of a file's rules, for `unboil rules --rules FILE`. */
export function describeRules(file: RulesFile): { id: string; description: string; kind: 'user' }[] {
  const where = (hosts: readonly string[] | undefined) => (hosts ? ` on ${hosts.join(', ')}` : '');
  const out: { id: string; description: string; kind: 'user' }[] = [];
  for (const r of file.text ?? []) {
    const what = r.pattern !== undefined ? `lines matching /${r.pattern}/${r.flags ?? ''}` : `the lines ${r.phrases!.map((p) => JSON.stringify(p)).join(', ')}`;
    out.push({ id: r.id, description: `Takes ${what}${r.field ? `, feeding ${r.field}` : ''}${where(r.hosts)}.`, kind: 'user' });
  }
  for (const r of file.html ?? []) {
    const what = r.take === 'drop' ? 'drops' : r.take === 'body' ? 'takes the body from' : `reads ${r.take} from`;
    out.push({ id: r.id, description: `HTML: ${what} ${r.select}${where(r.hosts)}.`, kind: 'user' });
  }
  return out;
}
