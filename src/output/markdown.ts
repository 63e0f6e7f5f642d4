/**
 * The body as Markdown: the title as `#`, the HTML page's headings as headings,
 * its list items as lists, its block quotes as quotes; links dropped, or kept
 * with `links` (the anchors of each paragraph's element, found in its text).
 * A text capture has no markup: its Markdown is the title and the paragraphs.
 */
import type { Analysis } from '../pipeline/clean.js';
import type { Block, HtmlElement, SiteDom } from '../core/types.js';
import { fold } from '../core/text.js';

/** Characters Markdown would read as markup inside a line. */
const INLINE = /[\\`*_[\]<>]/g;
function escapeInline(s: string): string {
  return s.replace(INLINE, (c) => `\\${c}`);
}

/** A line opening Markdown would read as a block (heading, list item, rule, numbered item) made plain text. */
function escapeOpening(s: string): string {
  if (/^[#+=-]/.test(s)) return `\\${s}`;
  return s.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function linkTarget(href: string): string {
  const h = href.trim();
  return /[\s()<>]/.test(h) ? `<${h.replace(/[<>]/g, encodeURIComponent)}>` : h;
}

interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
}

function textOf(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  let s = '';
  const stack: DomNode[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.type === 'text') s += x.data ?? '';
    else if (x.children) for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]!);
  }
  return s;
}

/** `[text, href]` of the links under an element, in page order. */
function linksUnder(node: DomNode): [string, string][] {
  const out: [string, string][] = [];
  const stack: DomNode[] = [node];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.type === 'tag' && x.name === 'a' && x.attribs?.href && !/^\s*(javascript|data|vbscript):/i.test(x.attribs.href)) {
      const t = fold(textOf(x));
      if (t) out.push([t, x.attribs.href]);
      continue;
    }
    if (x.children) for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]!);
  }
  return out;
}

/** A paragraph with the anchors of its element made Markdown links (each found once, left to right). */
function withLinks(text: string, links: [string, string][]): string {
  let out = '';
  let at = 0;
  for (const [t, href] of links) {
    const k = text.indexOf(t, at);
    if (k < 0) continue;
    out += escapeInline(text.slice(at, k)) + `[${escapeInline(t)}](${linkTarget(href)})`;
    at = k + t.length;
  }
  return out + escapeInline(text.slice(at));
}

function ancestor(el: HtmlElement | undefined, tags: ReadonlySet<string>): HtmlElement | null {
  for (let e = el?.parent ?? null; e; e = e.parent) if (tags.has(e.tag)) return e;
  return null;
}

const LISTS = new Set(['ul', 'ol', 'menu', 'dir']);
const QUOTES = new Set(['blockquote']);

/** Markdown of an analysis. `dom`: the parsed page, for links (analyze with keepDom). */
export function toMarkdown(a: Analysis, links = false): string {
  const { record, doc, paragraphs } = a;
  const dom: SiteDom | null = links ? (a.dom ?? null) : null;
  const parts: string[] = [];
  if (record.title) parts.push(`# ${escapeInline(record.title)}`);
  let prevList: HtmlElement | null = null;
  let n = 0;
  let chunk: string[] = [];
  const close = () => {
    if (chunk.length) parts.push(chunk.join('\n'));
    chunk = [];
  };
  for (const [i, text] of paragraphs) {
    const b: Block = doc.blocks[i]!;
    const tag = b.tag ?? '';
    const node = dom && b.el ? (dom.nodeOf(b.el) as DomNode | undefined) : undefined;
    const line = escapeOpening(node ? withLinks(text, linksUnder(node)) : escapeInline(text));
    const h = /^h([1-6])$/.exec(tag);
    const list = tag === 'li' ? ancestor(b.el, LISTS) : null;
    if (list !== prevList || !list) close();
    if (h) {
      parts.push(`${'#'.repeat(Math.max(2, Number(h[1])))} ${line}`);
    } else if (list) {
      n = list === prevList ? n + 1 : 1;
      chunk.push(`${list.tag === 'ol' ? `${n}.` : '-'} ${line}`);
    } else {
      parts.push(ancestor(b.el, QUOTES) ? `> ${line}` : line);
    }
    prevList = list;
  }
  close();
  return parts.join('\n\n');
}
