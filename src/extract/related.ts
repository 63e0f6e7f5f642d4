/** Related headlines -> `related`: the lines the related rules took, in page order, without repeats. */
import { inlineRelated } from '../rules/meta/related.js';

export function extractRelated(texts: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of texts) {
    const h = (inlineRelated(t) ?? t).replace(/\s*[|•·]\s*$/u, '').trim();
    if (h !== '' && !seen.has(h)) {
      seen.add(h);
      out.push(h);
    }
  }
  return out;
}
