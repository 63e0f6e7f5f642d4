import type { Hit, Rule } from '../../core/types.js';
import { furnitureByRule } from '../../segment/html/furniture.js';

/**
 * Page furniture by markup: navigation, sidebars, footers, share bars, related
 * boxes, comment sections, consent banners, newsletter boxes, ads, image
 * captions, modals (tag, ARIA role, class / id words; src/segment/html/vocab.ts).
 * One rule per kind, so `removed` says which. Bylines, dates and article
 * headers are left to the text metadata rules and the body selection.
 */
const KINDS: [string, string][] = [
  ['html-tag-nav', 'A <nav> or <menu> element: site navigation.'],
  ['html-tag-aside', 'An <aside> element: a sidebar or a box beside the article.'],
  ['html-tag-footer', 'A <footer> element: page or article footer.'],
  ['html-tag-figure', 'A <figure> / <figcaption>: image captions and credits.'],
  ['html-tag-header', 'A <header> element outside the article: masthead and site header.'],
  ['html-role', 'An ARIA landmark role that is not the article (navigation, banner, contentinfo, complementary, search, dialog...).'],
  ['html-class-nav', 'Class / id words of navigation: menu, breadcrumb, pagination, skip links.'],
  ['html-class-share', 'Class / id words of share and social bars, print and tool bars.'],
  ['html-class-related', 'Class / id words of related, recommended, trending and most-read boxes.'],
  ['html-class-comments', 'Class / id words of comment sections.'],
  ['html-class-consent', 'Class / id words of cookie and consent banners.'],
  ['html-class-newsletter', 'Class / id words of newsletter, subscription, login and donation boxes.'],
  ['html-class-ad', 'Class / id words of ads, sponsors and promotions.'],
  ['html-class-sidebar', 'Class / id words of sidebars, rails and widgets.'],
  ['html-class-footer', 'Class / id words of page headers, footers, mastheads and copyright blocks.'],
  ['html-class-hidden', 'Class / id words that hide an element (hidden, sr-only, visually-hidden).'],
  ['html-class-caption', 'Class / id words of image captions.'],
  ['html-class-modal', 'Class / id words of modals, popups and overlays.'],
  ['html-class-meta', 'Class / id words of article meta widgets: reading time, post info.'],
];

function kindRule(id: string, description: string): Rule {
  return {
    id,
    description,
    run(doc) {
      if (doc.format !== 'html') return [];
      // the blocks in this rule's regions only (one list per rule, built once per page)
      const at = furnitureByRule(doc).get(id);
      const hits: Hit[] = [];
      if (at) for (const i of at) if (!doc.labels[i]) hits.push({ block: i });
      return hits;
    },
  };
}

export const furnitureRules: Rule[] = KINDS.map(([id, d]) => kindRule(id, d));
