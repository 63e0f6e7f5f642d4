/** selectRound and settle ask sniffFormat only of a text whose first character past white space is "<": it says 'html' of no other. */
import { expect, test } from 'vitest';
import { opensWithTag } from '../../src/pipeline/round.js';
import { sniffFormat } from '../../src/segment/sniff.js';

const TEXTS = [
  '<!DOCTYPE html><html><body><p>x</p></body></html>',
  '\n\u00a0 \t<html lang="en"><p>a</p>',
  '\ufeff<?xml version="1.0"?><html>',
  '<!-- c --><html><body>',
  '<p>one</p><div>two</div><span>three</span>',
  'Headline\n\n<p>one</p><div>two</div><span>three</span>',
  '\u3000Text <p> with tags <div> after <a>',
  ' '.repeat(5000) + '<html><body><p>x</p>',
  '',
  '   ',
  'Plain text only.',
];

test('a text sniffFormat reads as HTML opens with "<" past white space', () => {
  for (const t of TEXTS) if (sniffFormat(t) === 'html') expect([t.slice(0, 30), opensWithTag(t)]).toEqual([t.slice(0, 30), true]);
  expect(opensWithTag('Plain text <p>')).toBe(false);
  expect(opensWithTag('\n\u2028 <div>')).toBe(true);
});
