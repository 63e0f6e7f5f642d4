import type { Hit, Rule } from '../../core/types.js';
import { parseByline, isBylineLead, splitNames } from '../../parse/authors.js';
import { articleSpan } from './shape.js';

/**
 * Bylines feed `authors`: "By Jane Doe and John Roe", "Von ...", "Por ...", "Par ...",
 * "Автор: ...", "Chris Davies - Nov 19, 2019, 10:31 pm CST" (the date extractor also
 * reads the date of such a line), "Tom Krisher, AP Auto Writer", and a lone "By"
 * whose names stand on the next line.
 */
export const byline: Rule = {
  id: 'byline',
  description: 'A byline ("By Jane Doe", "Von ...", "Door ...", "Autor: ...", "Szerző: ...", "Name - date", "Name 1 day ago") feeds authors.',
  run(doc) {
    const hits: Hit[] = [];
    const { blocks, labels } = doc;
    for (let i = 0; i < blocks.length; i++) {
      if (labels[i]) continue;
      const t = blocks[i]!.text;
      if (t.length > 200) continue;
      if (parseByline(t)) {
        hits.push({ block: i, field: 'authors' });
      } else if (isBylineLead(t) && i + 1 < blocks.length && !labels[i + 1] && splitNames(blocks[i + 1]!.text)) {
        hits.push({ block: i, field: 'authors' }, { block: i + 1, field: 'authors' });
        i++;
      }
    }
    return hits;
  },
};

/**
 * A names-only line in the article header feeds `authors`: "Kate Holton, Paul Sandle"
 * right below the title or right beside a date line, before the article starts. Each
 * name has two to four capitalised words, and there are two names or more (a single
 * capitalised name beside a date is as often a company or a desk).
 */
export const bylineNames: Rule = {
  id: 'byline-names',
  description: 'A line of person names right below the title or beside the date, before the article, feeds authors.',
  run(doc) {
    const { blocks, labels } = doc;
    const start = articleSpan(doc)?.[0] ?? blocks.length;
    const anchors: number[] = [];
    for (const want of ['title', 'published'] as const) for (let i = 0; i < start; i++) if (labels[i]?.field === want) anchors.push(i);
    for (const i of anchors) {
      for (const j of [i + 1, i - 1]) {
        if (j < 0 || j >= start || labels[j] || doc.body?.has(j)) continue;
        const t = blocks[j]!.text;
        if (t === t.toUpperCase()) continue;
        const names = splitNames(t);
        if (!names || names.some((n) => n.split(' ').length < 2 || n.split(' ').length > 4)) continue;
        if (names.length >= 2) return [{ block: j, field: 'authors' }];
      }
    }
    return [];
  },
};
