/**
 * HTML character references left in a *text* capture (`&amp;`, `&#8217;`,
 * `&nbsp;`, `&eacute;`, ...). HTML input is not passed here: its parser
 * decodes references itself, and `&lt;` in HTML source is text, not markup.
 *
 * Only references closed by `;` are decoded (HTML's legacy `&copy` without a
 * semicolon would eat words like `&notes`), with the complete HTML5 table from
 * `entities`. Double-escaped references (`&amp;amp;`, `&amp;#8217;`) are
 * undone in the same pass, so decoding is idempotent: the output holds no
 * reference that a second pass would decode.
 */
import { decodeHTMLStrict } from 'entities';
import { CP1252_HIGH } from './cp1252.js';

/**
 * `&` + any number of escaped ampersands + one reference. Each part is bounded
 * (digits <= 8, names <= 32), and the ampersand chain alternatives are fixed
 * strings, so matching is linear.
 */
const REF = /&((?:amp;|AMP;|#0*38;|#[xX]0*26;)*)(#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,7};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/** Character for a numeric reference, the way HTML reads it (C1 range as Windows-1252, controls as space). */
function numeric(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  if (cp >= 0x80 && cp <= 0x9f) return String.fromCodePoint(CP1252_HIGH[cp - 0x80]!);
  // Line breaks and other controls would change the line structure of the capture.
  if (cp < 0x20 || cp === 0x7f) return ' ';
  return String.fromCodePoint(cp);
}

/** Named references seen so far -> their text (null: unknown name). Bounded; saves a table walk per reference. */
const NAMED = new Map<string, string | null>();

function named(ref: string): string | null {
  const hit = NAMED.get(ref);
  if (hit !== undefined) return hit;
  const d = decodeHTMLStrict(`&${ref}`);
  const ch = d === `&${ref}` ? null : d.replace(/[\r\n]/g, ' ');
  if (NAMED.size < 4096) NAMED.set(ref, ch);
  return ch;
}

/**
 * Decodes character references; returns the text and how many were decoded.
 *
 * An exec() loop, not replace() with a callback: for a function replacer V8
 * collects every match (with its captures) into one array before calling the
 * function, so 2 million `&amp;` in a 10 MB line kept ~10 million strings alive
 * and the garbage collector made decoding superlinear (issue 6). Here each
 * match dies young, and the output is one array of pieces joined once.
 */
export function decodeEntities(text: string): { text: string; count: number } {
  if (text.indexOf('&') < 0) return { text, count: 0 };
  let count = 0;
  const parts: string[] = [];
  let last = 0;
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m !== null; m = REF.exec(text)) {
    const chain = m[1]!;
    const ref = m[2]!;
    let ch: string | null;
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      ch = numeric(parseInt(ref.slice(hex ? 2 : 1, -1), hex ? 16 : 10));
    } else {
      ch = named(ref);
    }
    if (ch === null) {
      // Unknown name: only the escaped ampersands are undone.
      if (chain === '') continue;
      ch = `&${ref}`;
    }
    count++;
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(ch);
    last = REF.lastIndex;
  }
  if (count === 0) return { text, count: 0 };
  if (last < text.length) parts.push(text.slice(last));
  return { text: parts.join(''), count };
}
