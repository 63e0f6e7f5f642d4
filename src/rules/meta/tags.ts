import type { Hit, Rule } from '../../core/types.js';
import { parseLabelledTags, parseBareTags, isTagLabel } from '../../parse/tags.js';
import { articleSpan, proseShaped } from './shape.js';
import { isRelatedHeading } from './related.js';
import { wordCount } from '../../core/text.js';

/**
 * Labelled tag lines feed `tags`: "Tags: a, b", "Topics: ...", "Schlagwörter: ...",
 * "Etiquetas: ...", "Теги: ...", "Mots-clés : ...", anywhere in the capture; and, once
 * the article has started, a lone label ("Tags") with its tags on the following short
 * lines (up to a related-list heading).
 */
export const tagLine: Rule = {
  id: 'tag-line',
  description: 'A labelled tag line ("Tags: a, b", "Теги: ...", "Etiquetas: ...", "Trefwoorden: ...", "Címkék: ..."; 13 languages) feeds tags.',
  run(doc) {
    const hits: Hit[] = [];
    const { blocks, labels, cleared } = doc;
    let span: [number, number] | null | undefined;
    for (let i = 0; i < blocks.length; i++) {
      if (labels[i]) continue;
      const t = blocks[i]!.text;
      // A block an earlier round cleared (doc.cleared) was free when this rule read it there, with
      // this text: parseLabelledTags (of its text alone) said no, and is not asked again (issue 14).
      if ((cleared === undefined || cleared[i] !== 1) && parseLabelledTags(t)) {
        hits.push({ block: i, field: 'tags' });
        continue;
      }
      // a lone label heads a tag block only after the article has started ("Topics" atop a page is a menu)
      if (!isTagLabel(t)) continue;
      if (span === undefined) span = articleSpan(doc);
      // ... and no further than a dozen blocks past its last paragraph (a "Topics" column in the footer is a menu)
      if (!span || i <= span[0] || i > span[1] + 12) continue;
      // the tags follow: one comma list, or short lines one tag each
      const run: number[] = [];
      for (let j = i + 1; j < blocks.length && run.length < 20; j++) {
        if (labels[j]) break;
        const x = blocks[j]!.text;
        if (run.length === 0 && parseBareTags(x)) {
          run.push(j);
          break;
        }
        if (wordCount(x) > 4 || /[.!?:|]$|\|/u.test(x) || x.length > 40 || isRelatedHeading(x) || FOOTER.test(x)) break;
        run.push(j);
      }
      if (run.length === 0) continue;
      hits.push({ block: i }, ...run.map((j) => ({ block: j, field: 'tags' as const })));
      i = run[run.length - 1]!;
    }
    return hits;
  },
};

/** Footer link lists look like tag lists; their vocabulary gives them away. */
const FOOTER = /(?<!\p{L})(?:privacy|terms|cookies?|contact|about|advertis\w*|sitemap|site map|rss|help|faq|careers|log in|log out|sign in|newsletters?|membership|impressum|datenschutz|aviso legal|mentions légales|политика|конфиденциальности|контакты)(?!\p{L})/iu;

/**
 * An unlabelled tag line at the end of the article feeds `tags`: at least three
 * short capitalised names separated by commas, e.g. "Daesh, Fayssal Mikdad, Iran,
 * Syria, Russia". It must come after the article's first line, within 20 blocks of
 * its last, with at most one prose paragraph after it (a promo, say): a list of
 * names in the middle of the article stays there.
 */
export const tagList: Rule = {
  id: 'tag-list',
  description: 'A comma list of short capitalised names at the end of the article ("Iran, Syria, Russia") feeds tags.',
  run(doc) {
    const span = articleSpan(doc);
    if (!span) return [];
    const { blocks, labels } = doc;
    const end = Math.min(blocks.length - 1, span[1] + 20);
    let proseAfter = 0;
    for (let i = end; i > span[0]; i--) {
      if (labels[i]) continue;
      const t = blocks[i]!.text;
      if (parseBareTags(t) && !FOOTER.test(t)) return proseAfter <= 1 ? [{ block: i, field: 'tags' }] : [];
      if (i <= span[1] && proseShaped(t)) proseAfter++;
      if (proseAfter > 1) return [];
    }
    return [];
  },
};
