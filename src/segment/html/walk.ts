/**
 * One iterative pass over the parsed DOM: positioned blocks for the rules, and
 * the raw markup facts (meta tags, JSON-LD, links, <time>) for the metadata
 * extractors. No recursion anywhere, so 20,000-deep nesting cannot overflow the
 * stack; per-block work is bounded (paths and token lists are capped).
 */
import type { Block, HtmlElement } from '../../core/types.js';
import { fold } from '../../core/text.js';

/** Minimal structural view of the htmlparser2 / domhandler nodes we read. */
export interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
  startIndex?: number | null;
}

/** Raw facts from the markup, read by src/segment/html/markup. */
export interface MarkupFacts {
  title: string | null;
  /** [key, content] of <meta>: key is the lower-cased name / property / itemprop / http-equiv. */
  metas: [string, string][];
  /** Text of elements with itemprop (author, datePublished...), when they carry no content attribute. */
  itemprops: [string, string][];
  canonical: string | null;
  /**
   * Text of rel=author links and of elements whose class marks an author name, in page
   * order, with `group`: the id of the block they sit in, so the names of one byline can be
   * told from the bylines of teasers and related stories further down.
   */
  relAuthors: { text: string; group: number }[];
  jsonld: string[];
  /** <time datetime> values, in page order, with whether they sit in an article container. */
  times: { datetime: string; inArticle: boolean; pubdate: boolean }[];
  lang: string | null;
  charset: string | null;
  hasBody: boolean;
  frameset: boolean;
  /** a <noscript> with content was skipped (a script-built page may hold its article only there) */
  noscript: boolean;
  maxDepth: number;
}

export interface WalkResult {
  blocks: Block[];
  facts: MarkupFacts;
}

/** Elements that render no text a reader sees (or text that is not prose: controls). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'input', 'map', 'title', 'meta',
  'link', 'base', 'frame', 'frameset', 'noframes', 'dialog', 'math', 'picture', 'source', 'track', 'param',
]);

/**
 * Elements the HTML5 tree builder keeps in <head>; any other element met there opens the
 * body (most of these are read as metadata or skipped before a context is built).
 */
const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'script', 'style', 'template', 'title', 'noscript']);

/** Elements that may sit beside the body, under <html> or the document root. */
const OUTSIDE_BODY = new Set(['html', 'head', 'body', 'frameset']);

/** Elements that start and end a block of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'td', 'th', 'tr', 'ul', 'frameset', 'noframes', 'listing', 'plaintext', 'xmp',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const ARTICLE_ITEM = /articlebody|(?:^|\/)(?:news|blog|report|scholarly|tech)?article$|blogposting$|\btext$/;
/** Class names Readability.js also reads as bylines: plural "authors", "writtenby", "posted-by", microformats' "p-author" (AUTHOR_SUFFIX). */
const AUTHOR_CLASS = /^(?:authors?|byline|author-?name|byline-?name|article-?author|post-?author|entry-?author|vcard|fn|by-?author|written-?by|posted-?by)$/;
/** A class token that ends in an author word after a prefix: "pb-byline", "article__author", "story-byline-name". */
const AUTHOR_SUFFIX = /[-_](?:authors?|byline|by-?line|author-?name|byline-?name)$/;
/**
 * Some class or id token names an author element, as Readability.js reads them (any token, not only
 * the first: class="meta byline"), or ends in an author word after a prefix (endsWith first: this
 * runs for every element).
 */
function authorSuffix(own: string[]): boolean {
  for (const x of own) {
    if (x !== 'fn' && x !== 'vcard' && AUTHOR_CLASS.test(x)) return true;
    if ((x.endsWith('author') || x.endsWith('authors') || x.endsWith('line') || x.endsWith('name')) && AUTHOR_SUFFIX.test(x)) return true;
    // "byline" glued to a prefix, as camel case writes it lower-cased ("newsByLine", "storyByline")
    if (x.endsWith('byline')) return true;
  }
  return false;
}
/** A by-word opening a byline ("By", "Von", "Par", "Por", "Di", "Door"). */
const BY_LEAD = /^\s*(?:by|von|par|por|di|door)\s/i;
/** Author names inside reader comments are commenters. */
const COMMENT_TOKEN = /comment/;

const MAX_TOKENS = 48;
const MAX_PATH = 10;
/** Ancestors a block's text is credited to when element totals are built (bounded work on deep pages). */
export const ANCESTOR_CAP = 64;

interface Ctx {
  el: HtmlElement;
  parent: Ctx | null;
  /** class/id tokens of the element then of its ancestors (capped): built on first use, by tokensFor */
  tokens: string[] | null;
  /** CSS-like path segment, built on first use (only elements that own a block need one) */
  seg: string | null;
  /** the block path (pathOf), built on first use, and its number of segments (MAX_PATH + 1: cut) */
  path: string | null;
  pathSegs: number;
  /** the element's class and id attributes (the path segment reads them) */
  cls: string | undefined;
  idAttr: string | undefined;
  childIndex: number;
  children: number;
  inArticle: boolean;
  drop: string | null;
  form: HtmlElement | null;
  /**
   * inside <head>: no blocks, metadata only. As in the HTML5 tree builder's "in head" mode,
   * an element that is not head content, or text that is not white space, opens the body
   * implicitly: a page with no </head> (htmlparser2 then nests the whole page in <head>)
   * or with content before <body> reads as a browser shows it.
   */
  head: boolean;
}

/**
 * Class/id tokens of the element then of its ancestors, at most MAX_TOKENS:
 * only block owners need them, so they are built on demand and memoised down
 * the chain (iteratively: pages nest 20,000 deep).
 */
function tokensFor(ctx: Ctx): string[] {
  if (ctx.tokens) return ctx.tokens;
  const chain: Ctx[] = [];
  let c: Ctx | null = ctx;
  while (c && !c.tokens) {
    chain.push(c);
    c = c.parent;
  }
  let inherited: string[] = c?.tokens ?? [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const x = chain[i]!;
    const own = x.el.own;
    if (own.length) inherited = own.concat(inherited).slice(0, MAX_TOKENS);
    x.tokens = inherited;
  }
  return inherited;
}

/** No class or id: most elements (a shared empty list; token lists are never written to). */
const NO_TOKENS: string[] = [];

function tokensOf(cls: string | undefined, id: string | undefined): string[] {
  if (!cls && !id) return NO_TOKENS;
  if (cls && !id) {
    // the split list itself when it needs no filtering (most class lists): no second array
    const parts = cls.toLowerCase().split(/\s+/);
    let ok = true;
    for (const t of parts) if (!t || t.length >= 80) ok = false;
    if (ok) return parts;
  }
  const out: string[] = [];
  if (cls) for (const t of cls.toLowerCase().split(/\s+/)) if (t && t.length < 80) out.push(t);
  if (id && id.length < 80) out.push(id.toLowerCase().trim());
  return out;
}

const SPACE = /\s/;

function segOf(tag: string, clsAttr: string | undefined, idAttr: string | undefined, childIndex: number): string {
  const id = idAttr?.trim();
  if (id && /^[A-Za-z][\w-]*$/.test(id)) return `${tag}#${id}`;
  // the first class name (no split of the whole list into an array per element: issue 14)
  const all = clsAttr?.trim();
  const sp = all ? all.search(SPACE) : -1;
  const cls = sp < 0 ? all : all!.slice(0, sp);
  const c = cls && /^[A-Za-z_-][\w-]*$/.test(cls) ? `.${cls}` : '';
  return `${tag}${c}:nth-child(${childIndex})`;
}

/**
 * CSS-like path of a block owner: its segment and its ancestors' up to <html>, at most MAX_PATH
 * of them ("… > " when cut). Built from the parent's path and memoised on the context (issue 14:
 * a list of segments joined per block was ~2% of an HTML clean()); `pathSegs` counts the
 * segments of the uncut chain (capped at MAX_PATH + 1), and segments hold no " > " (a tag name,
 * an id or class of word characters, an nth-child), so a cut path drops its outermost one by
 * a search for the first separator.
 */
function pathOf(ctx: Ctx): string {
  if (ctx.path !== null) return ctx.path;
  // the chain of contexts without a path yet, outermost last
  const chain: Ctx[] = [];
  let c: Ctx | null = ctx;
  while (c !== null && c.path === null) {
    chain.push(c);
    c = c.parent;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const x = chain[i]!;
    const p = x.parent;
    // <html>, or the document root on a page without it: no segment of its own
    if (x.el.tag === 'html' || p === null) {
      x.path = '';
      x.pathSegs = 0;
      continue;
    }
    const seg = (x.seg ??= segOf(x.el.tag, x.cls, x.idAttr, x.childIndex));
    const n = p === null ? 0 : p.pathSegs;
    if (n === 0) {
      x.path = seg;
      x.pathSegs = 1;
    } else if (n < MAX_PATH) {
      x.path = `${p!.path!} > ${seg}`;
      x.pathSegs = n + 1;
    } else {
      // the parent's path holds MAX_PATH segments (after "… > " when it is cut itself): drop its outermost
      const pp = p!.path!;
      const from = n > MAX_PATH ? CUT.length : 0;
      const at = pp.indexOf(' > ', from);
      x.path = `${CUT}${pp.slice(at + 3)} > ${seg}`;
      x.pathSegs = MAX_PATH + 1;
    }
  }
  return ctx.path!;
}
const CUT = '… > ';

/** Text of a small subtree, iteratively, at most `cap` characters. */
export function textOf(node: DomNode, cap = 300): string {
  let out = '';
  const stack: DomNode[] = [node];
  while (stack.length && out.length < cap) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data ?? '';
    else if (n.children && (n === node || !(n.name && SKIP.has(n.name)))) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return fold(out).slice(0, cap);
}

/**
 * The name an item (itemprop=author with its own itemscope) states inside it: its itemprop=name,
 * as a content attribute (<meta itemprop="name" content="...">) or as text; not one of a nested
 * item (the author's employer). Null when it states none.
 */
function itemName(node: DomNode): string | null {
  if (!node.attribs || !('itemscope' in node.attribs)) return null;
  const stack: DomNode[] = [];
  for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
  for (let budget = 300; stack.length && budget > 0; budget--) {
    const n = stack.pop()!;
    const at = n.attribs;
    if (at && /(?:^|\s)name(?:\s|$)/iu.test(at.itemprop ?? '')) {
      const v = fold(at.content ?? textOf(n, 200));
      if (v) return v;
    }
    if (!n.children || (at && 'itemscope' in at)) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}

/**
 * Text of a small subtree with its block children on lines of their own ("Jane Doe\nStaff
 * writer"), folded per line, at most `cap` characters.
 */
export function linesOf(node: DomNode, cap = 300): string {
  let out = '';
  const NL: DomNode = { type: 'nl' };
  const stack: DomNode[] = [node];
  while (stack.length && out.length < cap) {
    const n = stack.pop()!;
    if (n === NL) out += '\n';
    else if (n.type === 'text') out += n.data ?? '';
    else if (n.name === 'br') out += '\n';
    else if (n.children && (n === node || !(n.name && SKIP.has(n.name)))) {
      const block = n !== node && n.name !== undefined && BLOCK.has(n.name);
      if (block) {
        out += '\n';
        stack.push(NL);
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.split('\n').map((l) => fold(l)).filter(Boolean).join('\n').slice(0, cap);
}

/** JS \s (what fold() folds and trims): Unicode Zs, tab, LF, VT, FF, CR, U+2028, U+2029, U+FEFF. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * fold(s).length without building the folded string (a link's text, counted for link density):
 * each run of white space between two other characters counts one, runs at either end none.
 */
function foldedLength(s: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      if (n > 0) gap = true;
    } else {
      if (gap) n++;
      gap = false;
      n++;
    }
  }
  return n;
}

function isHidden(): boolean {
  if (A.hidden) return true;
  if (A.ariaHidden?.trim().toLowerCase() === 'true') return true;
  const st = A.style;
  return st !== undefined && st.length < 2000 && HIDDEN_STYLE.test(st);
}

/**
 * The attributes the walk reads, of the element in hand: one pass over its own keys (readAttrs)
 * instead of a dozen lookups by name, most of them of absent keys. Attribute objects come in
 * as many shapes as pages have attribute lists, so each lookup by name was a megamorphic
 * property load (issue 14).
 */
const A = {
  cls: undefined as string | undefined,
  id: undefined as string | undefined,
  rel: undefined as string | undefined,
  itemprop: undefined as string | undefined,
  itemtype: undefined as string | undefined,
  role: undefined as string | undefined,
  style: undefined as string | undefined,
  ariaHidden: undefined as string | undefined,
  hidden: false,
  pubdate: false,
  content: undefined as string | undefined,
  datetime: undefined as string | undefined,
  property: undefined as string | undefined,
  name: undefined as string | undefined,
  httpEquiv: undefined as string | undefined,
  charset: undefined as string | undefined,
  href: undefined as string | undefined,
  type: undefined as string | undefined,
  lang: undefined as string | undefined,
};

/** Every attribute readAttrs (or the tree builder) reads: the parser may leave out the others when no one else reads the DOM (segment/html.ts). */
export const WALK_ATTRS: ReadonlySet<string> = new Set([
  'class', 'id', 'rel', 'itemprop', 'itemtype', 'role', 'style', 'aria-hidden', 'hidden', 'pubdate',
  'content', 'datetime', 'property', 'name', 'http-equiv', 'charset', 'href', 'type', 'lang',
  'itemscope', // itemName(): an author item's own itemprop=name
  'open', 'color', 'face', 'size', 'encoding', // segment/html.ts BrowserTree: <dialog open>, <font> and <annotation-xml> in foreign content
]);

function readAttrs(a: Record<string, string> | undefined): void {
  A.cls = A.id = A.rel = A.itemprop = A.itemtype = A.role = A.style = A.ariaHidden = undefined;
  A.content = A.datetime = A.property = A.name = A.httpEquiv = A.charset = A.href = A.type = A.lang = undefined;
  A.hidden = A.pubdate = false;
  if (a === undefined) return;
  for (const k in a) {
    // own keys only (an attribute object is a plain object: no enumerable inherited keys)
    switch (k) {
      case 'class': A.cls = a[k]; break;
      case 'id': A.id = a[k]; break;
      case 'rel': A.rel = a[k]; break;
      case 'itemprop': A.itemprop = a[k]; break;
      case 'itemtype': A.itemtype = a[k]; break;
      case 'role': A.role = a[k]; break;
      case 'style': A.style = a[k]; break;
      case 'aria-hidden': A.ariaHidden = a[k]; break;
      case 'hidden': A.hidden = true; break;
      case 'pubdate': A.pubdate = true; break;
      case 'content': A.content = a[k]; break;
      case 'datetime': A.datetime = a[k]; break;
      case 'property': A.property = a[k]; break;
      case 'name': A.name = a[k]; break;
      case 'http-equiv': A.httpEquiv = a[k]; break;
      case 'charset': A.charset = a[k]; break;
      case 'href': A.href = a[k]; break;
      case 'type': A.type = a[k]; break;
      case 'lang': A.lang = a[k]; break;
    }
  }
}

/**
 * Source line numbers of offsets. Blocks come in source order, so a cursor
 * counts newlines once, only up to the last block (pages end in kilobytes of
 * scripts); an offset behind the cursor (never seen, kept for safety) counts
 * from the start.
 */
class LineCounter {
  private pos = 0;
  private line = 1;
  private nextNl: number;
  constructor(private readonly src: string) {
    this.nextNl = src.indexOf('\n');
  }

  at(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 1;
      this.nextNl = this.src.indexOf('\n');
    }
    while (this.nextNl >= 0 && this.nextNl < offset) {
      this.line++;
      this.nextNl = this.src.indexOf('\n', this.nextNl + 1);
    }
    this.pos = offset;
    return this.line;
  }
}

/** `nodes`, when given, receives the DOM node of every element made (site rules map CSS matches to blocks through it). */
/** `noscript`: read <noscript> content as HTML (the fallback for a page whose rendered body is empty). */
export function walk(root: DomNode, src: string, nodes?: Map<HtmlElement, DomNode>, noscript = false): WalkResult {
  const lines = new LineCounter(src);
  const facts: MarkupFacts = {
    title: null, metas: [], itemprops: [], canonical: null, relAuthors: [], jsonld: [], times: [],
    lang: null, charset: null, hasBody: false, frameset: false, noscript: false, maxDepth: 0,
  };
  const blocks: Block[] = [];
  let serial = 0;
  const rootEl: HtmlElement = { id: serial++, tag: '#root', parent: null, depth: 0, own: [], role: '', item: '' };
  const rootCtx: Ctx = { el: rootEl, parent: null, tokens: [], seg: '', path: null, pathSegs: 0, cls: undefined, idAttr: undefined, childIndex: 1, children: 0, inArticle: false, drop: null, form: null, head: false };

  /** The body opened by content met inside <head> (see HEAD_CONTENT), if any. */
  let implicitBody: Ctx | null = null;
  const bodyBeside = (headCtx: Ctx): Ctx => {
    let up: Ctx = headCtx;
    while (up.parent && up.el.tag !== 'html') up = up.parent;
    if (up.el.tag !== 'html') up = rootCtx;
    up.children++;
    const el: HtmlElement = { id: serial++, tag: 'body', parent: up.el, depth: up.el.depth + 1, own: [], role: '', item: '' };
    return { el, parent: up, tokens: null, seg: null, path: null, pathSegs: 0, cls: undefined, idAttr: undefined, childIndex: up.children, children: 0, inArticle: false, drop: null, form: null, head: false };
  };

  // inline text buffer of the current block
  let buf = '';
  let linkChars = 0;
  let bufStart = -1;
  let linkDepth = 0;

  const flush = (owner: Ctx) => {
    if (buf === '') return;
    const text = fold(buf);
    const start = bufStart;
    buf = '';
    bufStart = -1;
    const lc = linkChars;
    linkChars = 0;
    if (text === '') return;
    const b: Block = {
      index: blocks.length,
      line: start >= 0 ? lines.at(start) : 1,
      text,
      indent: 0,
      blankBefore: 0,
      tag: owner.el.tag,
      path: pathOf(owner),
      depth: owner.el.depth,
      linkDensity: Math.min(1, lc / Math.max(1, text.length)),
      tokens: tokensFor(owner),
      inArticle: owner.inArticle,
      el: owner.el,
    };
    if (owner.drop) b.drop = owner.drop;
    if (owner.form) formOf.set(b.index, owner.form);
    blocks.push(b);
  };
  const formOf = new Map<number, HtmlElement>();

  // Frames: an element whose children are being visited, the context they see, and the next child.
  // Leaving a frame flushes its block and closes its link; text nodes never get a frame.
  type Frame = { kids: DomNode[]; ctx: Ctx; next: number; block: boolean; link: boolean };
  const stack: Frame[] = [{ kids: root.children ?? [], ctx: rootCtx, next: 0, block: false, link: false }];
  /** innermost block-level context (text owner), kept as a stack */
  const owners: Ctx[] = [rootCtx];

  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.next >= f.kids.length) {
      stack.pop();
      if (f.block) {
        flush(owners[owners.length - 1]!);
        owners.pop();
      }
      if (f.link) linkDepth--;
      continue;
    }
    const node = f.kids[f.next++]!;
    if (node.type === 'text') {
      const d = node.data ?? '';
      if (f.ctx.head && !/\S/.test(d)) continue;
      if (d !== '') {
        if (bufStart < 0 && /\S/.test(d)) bufStart = node.startIndex ?? -1;
        buf += d;
        if (linkDepth > 0) linkChars += foldedLength(d);
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const tag = (node.name ?? '').toLowerCase();
    readAttrs(node.attribs);
    let parent = f.ctx;
    parent.children++;

    // Metadata-bearing elements (read wherever they are).
    if (tag === 'meta') {
      const key = (A.property ?? A.name ?? A.itemprop ?? A.httpEquiv ?? '').trim().toLowerCase();
      if (A.charset) facts.charset ??= A.charset.trim().toLowerCase();
      if (key && A.content !== undefined) facts.metas.push([key, A.content]);
      if (key === 'content-type' && A.content) {
        const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(A.content);
        if (m) facts.charset ??= m[1]!.toLowerCase();
      }
      continue;
    }
    if (tag === 'link') {
      const rel = (A.rel ?? '').toLowerCase();
      if (/\bcanonical\b/.test(rel) && A.href) facts.canonical ??= A.href.trim();
      continue;
    }
    if (tag === 'title') {
      if (facts.title === null) facts.title = textOf(node, 1000) || null;
      continue;
    }
    if (tag === 'script') {
      if (/ld\+json/i.test(A.type ?? '')) facts.jsonld.push((node.children ?? []).map((c) => c.data ?? '').join(''));
      continue;
    }
    if (tag === 'frameset') facts.frameset = true;
    if (tag === 'html' && A.lang) facts.lang ??= A.lang;
    if (tag === 'body') facts.hasBody = true;
    if (tag === 'time' && A.datetime) {
      facts.times.push({ datetime: A.datetime, inArticle: parent.inArticle, pubdate: A.pubdate || /publish|pubdate|created/i.test(A.itemprop ?? A.cls ?? '') });
    }
    const relA = (A.rel ?? '').toLowerCase();
    const itemprop = (A.itemprop ?? '').toLowerCase();
    if (tag === 'a' && /\bauthor\b/.test(relA) && !parent.drop && !tokensFor(parent).some((x) => COMMENT_TOKEN.test(x))) {
      const t = textOf(node, 120);
      if (t) facts.relAuthors.push({ text: t, group: owners[owners.length - 1]!.el.id });
    }
    if (itemprop) {
      // an author item states its name inside it: that name, not the item's whole text ("Jane DoeReporter")
      const v = A.content ?? A.datetime ?? (itemprop === 'author' ? (itemName(node) ?? textOf(node, 200)) : itemprop === 'name' || itemprop.startsWith('date') ? textOf(node, 200) : '');
      if (v) facts.itemprops.push([itemprop, v]);
    }
    if (SKIP.has(tag) && !(noscript && tag === 'noscript')) {
      if (tag === 'noscript' && node.children?.length) facts.noscript = true;
      if (BLOCK.has(tag) || tag === 'frameset') flush(owners[owners.length - 1]!);
      continue;
    }
    if (tag === 'br') {
      flush(owners[owners.length - 1]!);
      continue;
    }

    // An element that is not head content opens the body (HTML5 "in head" mode): its parent is the
    // body a browser would build, shared with a <body> tag that comes later.
    // Likewise content beside <head> / <body> (before <body>, after </html>) is in the body.
    if (tag !== 'body' && !HEAD_CONTENT.has(tag) && (parent.head ? tag !== 'head' : (parent === rootCtx || parent.el.tag === 'html') && !OUTSIDE_BODY.has(tag))) {
      parent = implicitBody ?? (implicitBody = bodyBeside(parent));
      parent.children++;
    }

    const own = tokensOf(A.cls, A.id);
    const depth = parent.el.depth + 1;
    if (depth > facts.maxDepth) facts.maxDepth = depth;
    const role = (A.role ?? '').toLowerCase();
    const itemtype = A.itemtype;
    const item = itemprop === '' && !itemtype ? '' : `${itemprop} ${(itemtype ?? '').toLowerCase()}`.trim();
    let el: HtmlElement;
    if (tag === 'body' && implicitBody && implicitBody.el.parent === parent.el) {
      el = implicitBody.el;
      el.own = own;
      el.role = role;
      el.item = item;
    } else {
      el = { id: serial++, tag, parent: parent.el, depth, own, role, item };
    }
    if (nodes) nodes.set(el, node);
    const inArticle = parent.inArticle || tag === 'article' || tag === 'main' || role === 'article' || role === 'main' || (item !== '' && ARTICLE_ITEM.test(item));
    let drop = parent.drop;
    if (!drop && isHidden()) drop = 'html-hidden';
    const ctx: Ctx = {
      el, parent, tokens: null, seg: null, path: null, pathSegs: 0, cls: A.cls, idAttr: A.id, childIndex: parent.children, children: 0,
      inArticle, drop, form: tag === 'form' ? (parent.form ?? el) : parent.form, head: tag === 'head' || (parent.head && HEAD_CONTENT.has(tag)),
    };
    if (tag === 'body' && (implicitBody === null || implicitBody.el === el)) implicitBody = ctx;
    const isBlock = BLOCK.has(tag);
    const authorEl = AUTHOR_CLASS.test(own[0] ?? '') || authorSuffix(own);
    // a "dateline" element is a byline only when it opens with a by-word ("By Jane Doe // May 1"), not a place or a date
    if ((authorEl || own.includes('dateline')) && !itemprop && !drop && !tokensFor(ctx).some((x) => COMMENT_TOKEN.test(x))) {
      const t = linesOf(node, 120);
      if (t && t.length < 100 && (authorEl || BY_LEAD.test(t))) facts.relAuthors.push({ text: t, group: isBlock ? el.id : owners[owners.length - 1]!.el.id });
    }
    if (isBlock) {
      flush(owners[owners.length - 1]!);
      owners.push(ctx);
    }
    // a named anchor (<a name> / <a id> with no href, often left open around a page's text) is no link
    const isLink = tag === 'a' && A.href !== undefined;
    if (isLink) linkDepth++;
    stack.push({ kids: node.children ?? [], ctx, next: 0, block: isBlock, link: isLink });
  }
  flush(owners[owners.length - 1]!);

  // A <form> that wraps the page (ASP.NET and similar layouts) is a layout
  // container, not a form: only small forms (search, login, newsletter) drop.
  if (formOf.size) {
    const prose = new Map<HtmlElement, number>();
    for (const [i, form] of formOf) if (blocks[i]!.text.length >= 100) prose.set(form, (prose.get(form) ?? 0) + 1);
    for (const [i, form] of formOf) if ((prose.get(form) ?? 0) < 3 && !blocks[i]!.drop) blocks[i]!.drop = 'html-form';
  }
  return { blocks, facts };
}
