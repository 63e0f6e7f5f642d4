import type { Hit, Rule } from '../../core/types.js';
import { parseSeriesLabel, parseBreadcrumb, isSectionWord, isKicker, parseLabelledSection } from '../../parse/section.js';
import { articleSpan, headlineShaped } from './shape.js';
import { wordCount } from '../../core/text.js';
import { lineRule } from '../../core/rule-kit.js';

/**
 * Story-series labels feed `section`: a short capitalised label with an article
 * count, "Barents Shelf Fisheries Talks (214)". A column of such lines is a category
 * menu, not a series label, and is left to the navigation rules.
 */
export const seriesLabel: Rule = {
  id: 'series-label',
  description: 'A story-series label with its article count ("Barents Shelf Fisheries Talks (214)") feeds section.',
  run(doc) {
    const hits: Hit[] = [];
    const { blocks, labels } = doc;
    const is = (i: number) => i >= 0 && i < blocks.length && parseSeriesLabel(blocks[i]!.text) !== null;
    for (let i = 0; i < blocks.length; i++) {
      if (labels[i] || !is(i)) continue;
      if (is(i - 1) || is(i + 1)) continue;
      hits.push({ block: i, field: 'section' });
    }
    return hits;
  },
};

/** Breadcrumb trails feed `section`: "Home > World > Europe", "Главная / Политика". */
export const breadcrumb: Rule = lineRule(
  'breadcrumb',
  'A breadcrumb trail ("Home > World > Europe") feeds section with its last crumb.',
  (b) => Boolean(parseBreadcrumb(b.text)),
  'section',
);

/** Labelled section lines feed `section`: "Posted in Gardening", "Categorías: Panes", "Rubrique : Société". */
export const sectionLine: Rule = lineRule(
  'section-line',
  'A labelled category line ("Posted in X", "Category: X", "Рубрика: X") feeds section.',
  (b) => Boolean(parseLabelledSection(b.text)),
  'section',
);

/**
 * A kicker right above the title ("Unwetter", "Science & Environment") feeds
 * `section`: the line directly above the line the title rule took, if it is free,
 * short (1..4 words), capitalised and without digits or end punctuation. Without
 * a title, a lone section word ("Politics", "Wirtschaft", "Opinion") in the few lines above
 * the article start feeds `section`. It must stand alone: a neighbour that is
 * another short free line means a menu, which the navigation rules own.
 */
export const sectionWord: Rule = {
  id: 'section-word',
  description: 'A kicker right above the title, or a lone section word ("Politics") just above the article, feeds section.',
  run(doc) {
    const { blocks, labels } = doc;
    const title = labels.findIndex((l) => l?.field === 'title');
    if (title > 0) {
      const k = title - 1;
      if (!labels[k] && !doc.body?.has(k) && isKicker(blocks[k]!.text)) return [{ block: k, field: 'section' }];
    }
    const span = articleSpan(doc);
    if (!span) return [];
    // a section word that body selection kept above the title is no article text
    if (title > 0) {
      for (let i = title - 1, seen = 0; i >= 0 && seen < 6; i--) {
        if (labels[i]) continue;
        seen++;
        if (doc.body?.has(i) && isSectionWord(blocks[i]!.text)) return [{ block: i, field: 'section' }];
      }
    }
    const shortFree = (j: number) => j >= 0 && j < blocks.length && !labels[j] && !doc.body?.has(j) && wordCount(blocks[j]!.text) <= 3 && !headlineShaped(blocks[j]!.text, 3);
    for (let i = span[0] - 1, seen = 0; i >= 0 && seen < 8; i--) {
      if (labels[i]) continue;
      seen++;
      if (doc.body?.has(i)) continue;
      if (!isSectionWord(blocks[i]!.text)) continue;
      if (shortFree(i - 1) || shortFree(i + 1)) return [];
      return [{ block: i, field: 'section' }];
    }
    return [];
  },
};
