/**
 * The HTML segmenter's FastTokenizer (issue 14) skips runs of plain characters by
 * indexOf instead of one state step per character. Property: over random tag soup
 * (entities, quoted attributes with '&', scripts, styles, comments, CDATA, broken
 * tags), it builds the same DOM as htmlparser2's own tokenizer, start offsets included.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser, DomHandler } from 'htmlparser2';
import { FastTokenizer } from '../../src/segment/html.js';

type Node = { type: string; name?: string; data?: string; attribs?: Record<string, string>; startIndex?: number | null; children?: Node[] };

function dump(nodes: Node[]): unknown[] {
  return nodes.map((n) => [n.type, n.name ?? null, n.data ?? null, n.attribs ?? null, n.startIndex ?? null, n.children ? dump(n.children) : null]);
}

function tree(html: string, fast: boolean, chunks: number[] = []): unknown[] {
  const h = new DomHandler(undefined, { withStartIndices: true });
  const p = new Parser(h, fast ? { Tokenizer: FastTokenizer } : {});
  // fed in pieces too, as a stream would: the tokenizer's buffer and offset move between writes
  let at = 0;
  for (const c of chunks) {
    const to = Math.min(html.length, at + c);
    p.write(html.slice(at, to));
    at = to;
  }
  p.end(html.slice(at));
  return dump(h.root.children as unknown as Node[]);
}

const PIECES = [
  '<p>', '</p>', '<div class="a&amp;b">', '</div>', '<a href="x?a=1&b=2">', '</a>', 'plain text ', 'fish &amp; chips ',
  '&lt;', '&#169;', '&copy', '&', '<', '>', '"', "'", '<script>var a = "</p>" < 3 && b;</script>', '<style>p { x: "&" }</style>',
  '<!-- a comment & <b> -->', '<!--->', '<![CDATA[ x & y ]]>', '<br/>', '<img alt=\'a & b\' src=x>', '<b', 'x="1', '</', '<title>T &amp; U</title>',
  '<textarea>a &lt; b</textarea>', '\n', '  ', 'Éé ü 中文 ', '<input value=unquoted&amp;>', '<!DOCTYPE html>', '<?xml x?>',
];

describe('FastTokenizer (issue 14)', () => {
  it('builds the same DOM as the stock tokenizer on written pages', () => {
    const page = '<html><head><title>A &amp; B</title><script>if (a < b && c) {}</script></head><body><p class="x">One &amp; two <a href="/?q=1&r=2">link</a></p><!-- c --><p>Three</p></body></html>';
    expect(tree(page, true)).toEqual(tree(page, false));
  });

  it('builds the same DOM on random tag soup, whole or streamed in pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 8 }), (parts, chunks) => {
        const html = parts.join('');
        expect(tree(html, true)).toEqual(tree(html, false));
        expect(tree(html, true, chunks)).toEqual(tree(html, false, chunks));
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });
});
