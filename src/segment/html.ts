/**
 * HTML -> positioned blocks + markup metadata.
 *
 * Parser: htmlparser2, cheerio's own parser (the `cheerio/slim` path: its
 * `load` is `parseDocument` plus a wrapper we do not use), driven directly so a
 * handler can stop a pathologically deep page early. It is a streaming
 * tokenizer with an explicit element stack: several times faster than parse5 on
 * real pages, linear on 20 MB inputs, no recursion on deep nesting, and it gives
 * start offsets (source line numbers). It does not rebuild the tree the way the
 * HTML5 algorithm does (misnested inline tags are closed where they end), which
 * costs nothing for text extraction.
 */
import { Parser, DomHandler, Tokenizer } from 'htmlparser2';
import type { Block, HtmlElement, Meta, SiteDom } from '../core/types.js';
import { walk, WALK_ATTRS, type DomNode } from './html/walk.js';
import { markupMeta, pageHeadline, pageHeadings } from './html/markup/index.js';
import { capNesting } from '../decode/nesting.js';

export interface HtmlSegments {
  blocks: Block[];
  meta: Meta;
  warnings: string[];
  /** The parsed page, when asked for (site rules with CSS selectors read it). */
  dom?: SiteDom;
}

/** Deeper than this the page is pathological (browsers cap the tree near 512). */
const DEEP = 512;

/**
 * Parser depth past which a page is re-parsed after capNesting. The 181 dev
 * pages nest at most 51 deep; below this depth the parser's O(depth) work per
 * tag stays small, so real pages skip the pre-scan (10% of HTML time).
 */
const GUARD_DEPTH = 256;

const TOO_DEEP = new Error('nesting too deep');

/** Text chunks joined at a time (see BatchedText). */
const TEXT_BATCH = 4096;

/** Elements that open foreign (SVG, MathML) content. */
const FOREIGN = new Set(['svg', 'math']);
/**
 * Start tags that break out of foreign content (WHATWG HTML, "in foreign content"): a browser
 * pops the SVG / MathML elements and opens them as HTML, so an <svg> left open ends there.
 */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's',
  'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);
/** Foreign elements whose content is HTML again (HTML and MathML text integration points). */
const INTEGRATION = new Set(['foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext']);
/** Elements of a table's row structure: an <a> opened directly in table context does not wrap them. */
const ROW_PART = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);
const TABLE_CONTEXT = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

type TreeNode = { name?: string; type: string; attribs?: Record<string, string>; parent: TreeNode | null; prev: TreeNode | null; next: TreeNode | null; children?: TreeNode[]; data?: string };
interface ParserState {
  stack: string[];
  foreignContext: boolean[];
  isVoidElement(name: string): boolean;
}

/**
 * domhandler's handler, closing what a browser's HTML parser closes where htmlparser2 (no
 * HTML5 tree builder) would let one unclosed element swallow the rest of the page:
 * - an HTML start tag inside <svg> / <math> (outside an integration point) first closes the
 *   foreign elements (the WHATWG break-out list, and <font> with color / face / size);
 * - an <a> opened directly in a table (foster-parented out by a browser) closes before a row
 *   or cell opens, so the cells are not link text;
 * - an unclosed <picture> (a browser shows what follows its images) or <dialog open> (shown)
 *   hands what it holds to its parent when it is closed implicitly.
 * The parser's own stack is kept in step. Cost on a normal page: a set look-up per tag.
 */
class BrowserTree extends DomHandler {
  /** open <svg> / <math> elements */
  private foreign = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.foreign > 0 && (BREAKOUT.has(name) || (name === 'font' && ('color' in attribs || 'face' in attribs || 'size' in attribs)))) this.breakOut(name);
    else if (ROW_PART.has(name)) this.unwrapRows(name);
    super.onopentag(name, attribs);
    if (FOREIGN.has(name)) this.foreign++;
  }

  override onclosetag(_name?: string, implied?: boolean): void {
    const el = this.tagStack[this.tagStack.length - 1] as unknown as TreeNode;
    super.onclosetag();
    if (el.name && FOREIGN.has(el.name)) this.foreign--;
    else if (implied && (el.name === 'picture' || (el.name === 'dialog' && el.attribs && 'open' in el.attribs))) hoist(el);
  }

  /** Closes the `count` innermost open elements, in the tree and in the parser (whose stack already holds `name` unless void). */
  private popOpen(name: string, count: number): boolean {
    const parser = (this as unknown as { parser: ParserState | null }).parser;
    if (!parser) return false;
    const at = parser.isVoidElement(name) ? 0 : 1;
    const n = this.tagStack.length;
    for (let k = 0; k < count; k++) if (parser.stack[at + k] !== (this.tagStack[n - 1 - k] as unknown as TreeNode).name) return false;
    for (let k = 0; k < count; k++) {
      const top = (this.tagStack[this.tagStack.length - 1] as unknown as TreeNode).name!;
      if ((FOREIGN.has(top) || INTEGRATION.has(top)) && parser.foreignContext.length > 1) parser.foreignContext.shift();
      this.onclosetag(top, true);
    }
    parser.stack.splice(at, count);
    return true;
  }

  private breakOut(name: string): void {
    const s = this.tagStack as unknown as TreeNode[];
    for (let i = s.length - 1; i > 0; i--) {
      const t = s[i]!.name!;
      if (INTEGRATION.has(t) || (t === 'annotation-xml' && /^(?:text\/html|application\/xhtml\+xml)$/i.test(s[i]!.attribs?.encoding ?? ''))) return;
      if (FOREIGN.has(t)) {
        this.popOpen(name, s.length - i);
        return;
      }
    }
  }

  private unwrapRows(name: string): void {
    const top = this.tagStack[this.tagStack.length - 1] as unknown as TreeNode;
    if (top.name === 'a' && top.parent?.name && TABLE_CONTEXT.has(top.parent.name)) this.popOpen(name, 1);
  }
}

/** Moves what an implicitly closed element holds (for a <picture>, after its sources and images) to just after it. */
function hoist(el: TreeNode): void {
  const kids = el.children ?? [];
  const parent = el.parent;
  let from = 0;
  if (el.name === 'picture') {
    while (from < kids.length) {
      const k = kids[from]!;
      if (k.type === 'tag' ? k.name === 'source' || k.name === 'img' : k.type !== 'text' || !/\S/.test(k.data ?? '')) from++;
      else break;
    }
  }
  if (!parent?.children || from >= kids.length || parent.children[parent.children.length - 1] !== el) return;
  const moved = kids.splice(from);
  if (from > 0) kids[from - 1]!.next = null;
  moved[0]!.prev = el;
  el.next = moved[0]!;
  for (const k of moved) k.parent = parent;
  parent.children.push(...moved);
}

/**
 * domhandler's handler with text nodes built from batches: the tokenizer
 * reports text in chunks (one per stray `<` in "<<<<..."), and domhandler
 * appends each to the node's data, a cons string one link per chunk; 10
 * million links made the young-generation GC copy them over and over
 * (10 MB of "<" took 23x the 1 MB time). Here chunks are collected and
 * joined in batches; the node's data is the same string once parsing ends.
 */
class BatchedText extends BrowserTree {
  private textNode: { data: string } | null = null;
  private chunks: string[] = [];
  private batches: string[] = [];

  override ontext(data: string): void {
    const last = this.lastNode;
    if (last && last.type === 'text') {
      if (this.textNode !== last) {
        this.settleText();
        this.textNode = last;
      }
      this.chunks.push(data);
      if (this.chunks.length >= TEXT_BATCH) {
        this.batches.push(this.chunks.join(''));
        this.chunks = [];
      }
      return;
    }
    super.ontext(data);
  }

  /** Writes the collected chunks into their text node. */
  settleText(): void {
    const node = this.textNode;
    if (!node) return;
    if (this.batches.length) node.data += this.batches.join('');
    if (this.chunks.length) node.data += this.chunks.join('');
    this.textNode = null;
    this.chunks = [];
    this.batches = [];
  }

  override onend(): void {
    this.settleText();
    super.onend();
  }
}

/** cheerio/slim's parseDocument, with a handler that gives up when the open-element stack passes GUARD_DEPTH. */
class DepthGuard extends BatchedText {
  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.tagStack.length > GUARD_DEPTH) throw TOO_DEEP;
    super.onopentag(name, attribs);
  }
}

const PARSE_OPTIONS = { withStartIndices: true };

/** The tokenizer's state our fast paths read and move (private in its typings). */
interface TokenizerState {
  buffer: string;
  offset: number;
  index: number;
  decodeEntities: boolean;
  /** FastTokenizer's cache: absolute index of the next `&` at or after ampFrom (Infinity: none), for the buffer at ampOffset. */
  ampAt: number;
  ampFrom: number;
  ampOffset: number;
}
interface TokenizerSteps {
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
}

const LT = 0x3c;
const AMP = 0x26;

/**
 * htmlparser2's tokenizer, with its scans over runs of plain characters done by
 * String#indexOf and a tight loop rather than one state-machine step per
 * character (issue 14: text, attribute values, scripts, styles and comments are
 * most of a page's characters). Each step lands where the character-by-character
 * tokenizer would: on the next character that changes its state, so its events,
 * offsets and text are the same.
 */
class FastTokenizer extends Tokenizer {
  ampAt = Infinity;
  ampFrom = 0;
  ampOffset = -1;
}
const baseSteps = Tokenizer.prototype as unknown as TokenizerSteps;
const fastSteps = FastTokenizer.prototype as unknown as TokenizerSteps;
/** The index of the next `c` after the current one, as the original loop leaves it (the buffer's last index when none). */
fastSteps.fastForwardTo = function (this: TokenizerState, c: number): boolean {
  const buf = this.buffer;
  const i = buf.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  if (i >= 0) {
    this.index = i + this.offset;
    return true;
  }
  this.index = buf.length + this.offset - 1;
  return false;
};
/** Text: a character other than `<` and `&` changes nothing; move to just before the next one (the loop steps onto it). */
fastSteps.stateText = function (this: TokenizerState, c: number): void {
  if (c === LT || c === AMP || !this.decodeEntities) {
    baseSteps.stateText.call(this, c);
    return;
  }
  const buf = this.buffer;
  const off = this.offset;
  const from = this.index + 1 - off;
  let lt = buf.indexOf('<', from);
  if (lt < 0) lt = buf.length;
  // the next `&`, found once per `&` passed (a search per text run would rescan a page without one)
  if (this.ampOffset !== off || this.ampFrom > from || (this.ampAt !== Infinity && this.ampAt < from + off)) {
    const a = buf.indexOf('&', from);
    this.ampAt = a < 0 ? Infinity : a + off;
    this.ampFrom = from;
    this.ampOffset = off;
  }
  const stop = Math.min(lt, this.ampAt - off);
  this.index = stop + off - 1;
};
/** A quoted attribute value: only its quote and `&` change anything. */
fastSteps.handleInAttributeValue = function (this: TokenizerState, c: number, quote: number): void {
  if (c === quote || c === AMP || !this.decodeEntities) {
    baseSteps.handleInAttributeValue.call(this, c, quote);
    return;
  }
  const buf = this.buffer;
  const n = buf.length;
  let i = this.index + 1 - this.offset;
  while (i < n) {
    const d = buf.charCodeAt(i);
    if (d === quote || d === AMP) break;
    i++;
  }
  this.index = i + this.offset - 1;
};

/**
 * The fast paths replace private tokenizer steps of htmlparser2 10.1.0 (pinned exactly in
 * package.json). Should a build lack them, the stock tokenizer runs: slower, same records.
 */
const STEPS_PRESENT = ['fastForwardTo', 'stateText', 'handleInAttributeValue'].every((m) => typeof (baseSteps as unknown as Record<string, unknown>)[m] === 'function');
export { FastTokenizer };
const PARSER_OPTIONS = STEPS_PRESENT ? { Tokenizer: FastTokenizer } : {};

/**
 * A parser that keeps only the attributes the walk reads (WALK_ATTRS), for a page whose DOM
 * is not kept: the rest (src, alt, width, data-*...) were sliced, concatenated and stored,
 * one map transition per new name on each element's attribute object, to be dropped
 * unread with the DOM (issue 14). Names are lower-cased by the parser, as before.
 */
class LeanParser extends Parser {
  private keep = false;

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex);
    this.keep = WALK_ATTRS.has((this as unknown as { attribname: string }).attribname);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.keep) super.onattribdata(start, endIndex);
  }

  override onattribentity(cp: number): void {
    if (this.keep) super.onattribentity(cp);
  }

  override onattribend(quote: Parameters<Parser['onattribend']>[0], endIndex: number): void {
    if (this.keep) super.onattribend(quote, endIndex);
    else this.endIndex = endIndex;
  }
}

function parse(html: string, guard: boolean, lean: boolean): DomNode {
  const handler = guard ? new DepthGuard(undefined, PARSE_OPTIONS) : new BatchedText(undefined, PARSE_OPTIONS);
  new (lean ? LeanParser : Parser)(handler, PARSER_OPTIONS).end(html);
  handler.settleText();
  return handler.root as unknown as DomNode;
}

/** Shown text shorter than this is an empty body (a script-built page's shell: a menu, a notice). */
const NOSCRIPT_EMPTY = 200;

function shownChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (!b.drop) n += b.text.length;
  return n;
}

const TITLE_SEP = /^\s*[|–—·•:~/-]{1,2}\s*/;

/**
 * "<headline> - <site>" in <title> with no site name known from markup: when
 * the page shows the headline on its own (a heading or bold line equal to the
 * title's first piece), the title is that piece and the rest names the site.
 */
function headlineFromPage(meta: Meta, blocks: Block[]): void {
  const t = meta.title;
  if (!t || t.length < 8) return;
  for (let i = 0; i < blocks.length && i < 400; i++) {
    const x = blocks[i]!.text;
    if (x.length < 8 || x.length >= t.length || !t.startsWith(x)) continue;
    const rest = t.slice(x.length);
    const m = TITLE_SEP.exec(rest);
    if (!m || !/^\s/.test(rest)) continue;
    const site = rest.slice(m[0].length).trim();
    if (!site || site.split(/\s+/).length > 6) continue;
    meta.title = x;
    if (!meta.site) meta.site = site;
    return;
  }
}

/** `keepDom`: also return the parsed document and each element's DOM node (site rules' CSS selectors run on them). */
export function segmentHtml(html: string, keepDom = false): HtmlSegments {
  const warnings: string[] = [];
  let root: DomNode;
  try {
    // htmlparser2 pays O(depth) per tag: a page that nests past GUARD_DEPTH is parsed
    // again with its pathological nesting capped (same offsets).
    try {
      root = parse(html, true, !keepDom);
    } catch (e) {
      if (e !== TOO_DEEP) throw e;
      html = capNesting(html);
      root = parse(html, false, !keepDom);
    }
  } catch (e) {
    return { blocks: [], meta: {}, warnings: [`the HTML could not be parsed: ${(e as Error).message}`] };
  }
  let nodes = keepDom ? new Map<HtmlElement, DomNode>() : undefined;
  let { blocks, facts } = walk(root, html, nodes);
  // a script-built page whose article exists only in <noscript>: when next to nothing is shown,
  // read it, if it holds more than what is shown (not a "please enable JavaScript" notice beside a short post)
  const shown = facts.noscript ? shownChars(blocks) : NOSCRIPT_EMPTY;
  if (shown < NOSCRIPT_EMPTY) {
    const again = keepDom ? new Map<HtmlElement, DomNode>() : undefined;
    const w = walk(root, html, again, true);
    if (shownChars(w.blocks) > 2 * shown) ({ blocks, facts, nodes } = { ...w, nodes: again });
  }
  const { meta, warnings: mw, titleFrom } = markupMeta(facts);
  // the headline the page shows as the heading above its prose: a piece of the title ("Blog: Headline",
  // "Headline | Site"), or the <title>'s when a stated og:title / JSON-LD headline is a teaser
  if (meta.title) {
    const h = pageHeadline(meta.title, titleFrom === 'title', facts.title, pageHeadings(blocks));
    if (h) {
      meta.title = h.title;
      if (h.site && !meta.site) meta.site = h.site;
    }
  }
  headlineFromPage(meta, blocks);
  warnings.push(...mw);
  if (facts.frameset && !facts.hasBody) {
    warnings.push('the page is a frameset: its content lives in frame documents that were not fetched');
  } else if (!facts.hasBody) {
    warnings.push('the page has no <body> element: blocks were read from the whole document');
  }
  if (facts.maxDepth > DEEP) warnings.push(`elements nest ${facts.maxDepth} levels deep: the page is malformed; text was read, structure evidence is weak`);
  if (!nodes) return { blocks, meta, warnings };
  return { blocks, meta, warnings, dom: { root, nodeOf: (el) => nodes.get(el) } };
}
