/** `unboil --explain`: the capture with kept lines plain, removed lines dimmed and tagged. */
import type { Analysis } from '../pipeline/clean.js';
import { colorFor } from './color.js';

export function renderExplain(a: Analysis, stream: NodeJS.WriteStream): string {
  const c = colorFor(stream);
  const out: string[] = [];
  const { doc } = a;
  const width = String(doc.blocks.at(-1)?.line ?? 1).length;
  for (const b of doc.blocks) {
    const label = doc.labels[b.index];
    const num = c.gray(String(b.line).padStart(width));
    const where = b.path ? c.gray(` ${b.path}`) : '';
    if (!label) {
      out.push(`${num}   ${b.text}`);
    } else if (label.field) {
      out.push(`${num} ${c.cyan('»')} ${c.dim(b.text)} ${c.cyan(`{${label.field}}`)} ${c.yellow(`[${label.rule}]`)}${where}`);
    } else {
      out.push(`${num} ${c.red('-')} ${c.dim(b.text)} ${c.yellow(`[${label.rule}]`)}${where}`);
    }
  }
  const r = a.record;
  out.push('');
  out.push(c.bold('fields:'));
  const show = (k: string, v: unknown) => {
    const empty = v === null || (Array.isArray(v) && v.length === 0);
    out.push(`  ${k.padEnd(14)} ${empty ? c.gray(JSON.stringify(v)) : JSON.stringify(v)}`);
  };
  for (const k of ['title', 'url', 'published', 'publishedText', 'updated', 'dateline', 'authors', 'site', 'section', 'tags', 'related', 'counters', 'language'] as const) {
    show(k, r[k]);
  }
  if (r.warnings.length) out.push(c.yellow(`warnings: ${r.warnings.join('; ')}`));
  out.push(c.gray(`legend: plain = body, - = removed [rule], » = fed {field}`));
  return out.join('\n') + '\n';
}
