/**
 * Caps element nesting in HTML before it reaches the parser.
 *
 * htmlparser2 (cheerio/slim) keeps its open-element stack with
 * Array#unshift and looks closing tags up with indexOf, so each tag costs
 * O(depth): 300 KB of `<div>` takes 9 s and 10 MB would take hours. Browsers
 * cap the tree too (Blink at 512 levels). This pass walks the tags once,
 * keeps an approximate model of the parser's stack (void elements, raw-text
 * elements, comments, the implied closes of p / li / td / option ... and of p
 * by block elements), and blanks out, with spaces of the same length (so
 * source offsets and line numbers stay exact), every start tag that would sit
 * deeper than MAX_DEPTH, and every end tag that closes nothing open. Real
 * pages never come near the cap, and then the input is returned unchanged.
 * Linear: one scan, amortised O(1) stack work per tag.
 */

/** Deeper start tags are blanked out. Real pages stay far below; browsers cap near 512. */
export const MAX_DEPTH = 1024;

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose content the tokenizer reads as raw text up to their end tag. */
const RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'plaintext']);
/**
 * Implied closes, as htmlparser2 applies them: opening the key pops the
 * stack while its top is one of the listed elements.
 */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dt', 'dd'])],
  ['dt', new Set(['dt', 'dd'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, new Set(FORM)] as [string, Set<string>]),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
  ].map((t) => [t, new Set(P)] as [string, Set<string>]),
]);

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isNameEnd(c: number): boolean {
  // white space, '/', '>'
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x2f || c === 0x3e;
}

/** Returns the HTML with start tags deeper than maxDepth (and end tags that close nothing) blanked out, or the input itself when nothing is that deep. */
export function capNesting(html: string, maxDepth: number = MAX_DEPTH): string {
  // Fast path: fewer tags than the cap cannot nest deeper than it.
  let lt = 0;
  for (let i = html.indexOf('<'); i >= 0 && lt <= maxDepth; i = html.indexOf('<', i + 1)) lt++;
  if (lt <= maxDepth) return html;

  const stack: string[] = [];
  const open = new Map<string, number>();
  const push = (n: string): void => {
    stack.push(n);
    open.set(n, (open.get(n) ?? 0) + 1);
  };
  const pop = (): string => {
    const n = stack.pop()!;
    open.set(n, open.get(n)! - 1);
    return n;
  };
  let lower: string | null = null;
  /** UTF-16 copy of the input, made on the first blanked tag: blanking writes spaces in place, in linear time. */
  let buf: Buffer | null = null;
  const blank = (from: number, to: number): void => {
    buf ??= Buffer.from(html, 'utf16le');
    for (let k = from; k < to; k++) if (html.charCodeAt(k) !== 0x0a) buf.writeUInt16LE(0x20, k * 2);
  };

  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0 && i < n - 1) {
    const c = html.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      if (end < 0) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    if (c === 0x3f /* ? */) {
      const end = html.indexOf('>', i + 2);
      if (end < 0) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    const close = c === 0x2f; /* / */
    const s = close ? i + 2 : i + 1;
    if (s >= n || !isNameStart(html.charCodeAt(s))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let e = s + 1;
    while (e < n && !isNameEnd(html.charCodeAt(e))) e++;
    const name = html.slice(s, Math.min(e, s + 32)).toLowerCase();
    const gt = html.indexOf('>', e);
    const end = gt < 0 ? n : gt + 1;
    if (close) {
      if ((open.get(name) ?? 0) > 0) {
        while (pop() !== name);
      } else if (name !== 'p' && name !== 'br') {
        blank(i, end); // closes nothing: the parser ignores it, after an O(depth) search
      }
    } else if (!VOID.has(name)) {
      const closes = IMPLIES_CLOSE.get(name);
      if (closes) while (stack.length && closes.has(stack[stack.length - 1]!)) pop();
      if (stack.length >= maxDepth) blank(i, end);
      else push(name);
      if (RAW.has(name) && gt >= 0) {
        lower ??= html.toLowerCase();
        const stop = lower.indexOf(`</${name}`, end);
        if (stop < 0) break;
        i = stop;
        continue;
      }
    }
    if (gt < 0) break;
    i = html.indexOf('<', end);
  }
  return buf === null ? html : (buf as Buffer).toString('utf16le');
}
