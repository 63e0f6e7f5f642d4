/** capNesting: deep HTML nesting is capped before the parser, in linear time, keeping offsets. */
import { describe, expect, it } from 'vitest';
import { capNesting, MAX_DEPTH } from '../../src/decode/nesting.js';
import { clean } from '../../src/index.js';

describe('capNesting', () => {
  it('returns ordinary pages unchanged (same string)', () => {
    const page = `<!doctype html><html><head><title>T</title><script>if (a<b) x()</script></head><body>${'<p>Para <b>bold</b> text'.repeat(3000)}<ul>${'<li>item'.repeat(3000)}</ul><table>${'<tr><td>a<td>b'.repeat(2000)}</table></body></html>`;
    expect(capNesting(page)).toBe(page);
  });
  it('blanks start tags deeper than the cap, and end tags that close nothing, keeping length and line breaks', () => {
    const deep = `<html><body>${'<div>\n'.repeat(3000)}text${'</div>'.repeat(3500)}</body></html>`;
    const out = capNesting(deep);
    expect(out.length).toBe(deep.length);
    expect(out.split('\n').length).toBe(deep.split('\n').length);
    expect(out.match(/<div>/g)!.length).toBe(MAX_DEPTH - 2); // html and body hold two levels
    expect(out.match(/<\/div>/g)!.length).toBe(MAX_DEPTH - 2);
    expect(out).toContain('text');
  });
  it('does not count void elements, comments, raw text or implied closes as depth', () => {
    const page = `<html><body>${'<br><img src=x><!-- <div> --><p>a<div>b</div><dl><dt>t<dd>d</dl><select><option>o<option>p</select>'.repeat(3000)}<script>${'<div>'.repeat(5000)}</script><textarea>${'<b>'.repeat(5000)}</textarea></body></html>`;
    expect(capNesting(page)).toBe(page);
  });
  // How these scale (1 MB against 10 MB, CPU time) is bench:hostile's to measure ('HTML: deep nesting'): not timed here.
  it('10 MB of <div>: capped to MAX_DEPTH open elements, length kept', () => {
    const big = `<html><body>${'<div>'.repeat(2_000_000)}x</body></html>`;
    const out = capNesting(big);
    expect(out.length).toBe(big.length);
    expect(out.match(/<div>/g)!.length).toBe(MAX_DEPTH - 2);
    expect(out.endsWith('x</body></html>')).toBe(true);
  });
  it('clean() reads 60,000-deep HTML with its nesting capped (the parser never walks a 60,000-deep stack) and keeps its text', () => {
    const sentence = 'The minister said on Tuesday that talks with the neighbouring countries would resume next month, officials said.';
    const deep = `<!doctype html><html><body>${'<div>'.repeat(60_000)}<p>${sentence}</p></body></html>`;
    const r = clean(deep);
    expect(r.input.format).toBe('html');
    expect(r.body).toBe(sentence);
    // the depth the page is read at is the capped one, not 60,000
    const depth = Number(/nest (\d+) levels deep/.exec(r.warnings.join(' '))?.[1]);
    expect(depth).toBeGreaterThan(512);
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 1);
  });
});
