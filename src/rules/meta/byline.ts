import type { Hit, Rule } from '../../core/types.js';
import { parseByline, isBylineLead, splitNames } from '../../extract/authors.js';

/**
 * Bylines feed `authors`: "By Jane Doe and John Roe", "Von ...", "Por ...", "Par ...",
 * "Автор: ...", "Chris Davies - Nov 19, 2019, 10:31 pm CST" (the date extractor also
 * reads the date of such a line), "Tom Krisher, AP Auto Writer", and a lone "By"
 * whose names stand on the next line.
 */
export const byline: Rule = {
  id: 'byline',
  description: 'A byline ("By Jane Doe", "Von ...", "Автор: ...", "Name - date") feeds authors.',
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
