import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/text.js';
import { fold } from '../../src/core/text.js';

/** The blocks as segmentText made them before its one-pass scan: split, fold(), leading white space. */
function reference(text: string) {
  const out: { index: number; line: number; text: string; indent: number; blankBefore: number }[] = [];
  let blank = 0;
  text.split('\n').forEach((raw, k) => {
    const folded = fold(raw);
    if (folded === '') {
      blank++;
      return;
    }
    out.push({ index: out.length, line: k + 1, text: folded, indent: raw.length - raw.replace(/^\s+/, '').length, blankBefore: blank });
    blank = 0;
  });
  return out;
}

describe('segmentText', () => {
  const cases: [string, string][] = [
    ['plain lines', 'Title\nA line of text.\n\n\nShare\nShare\nShare'],
    ['indent and trailing white space', '   indented line  \n\tTabbed\tinside\n  \u00a0 nbsp lead'],
    ['inner runs and odd spaces', 'two  spaces\none\u00a0nbsp\nideographic\u3000space\nline\u2028sep\nbom\ufeffinside'],
    ['CR, form feed, vertical tab', 'crlf line\r\nnext\r\n\f\n\v\nend \r'],
    ['blank lines only', '\n \n\t\n\u00a0\n'],
    ['lone surrogates and wide text', '\ud800 alone\n日本語の行\n  \udc00x  '],
    ['empty', ''],
    ['repeated short lines of equal length', 'Share\nShore\nShare\nReply\nShare \n Share\nShare'],
  ];
  for (const [name, text] of cases) {
    it(`matches split + fold: ${name}`, () => {
      expect(segmentText(text)).toEqual(reference(text));
    });
  }

  it('shares one string between equal short lines without mixing up unequal ones', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? 'Share' : `Item ${i % 700}`));
    const blocks = segmentText(lines.join('\n'));
    expect(blocks.map((b) => b.text)).toEqual(lines);
  });
});
