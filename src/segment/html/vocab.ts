/**
 * Markup vocabularies: which elements are page furniture, by tag, ARIA role and
 * the words of their class / id names. General web vocabularies (navigation,
 * sharing, related content, comments, consent, newsletters, ads, sidebars,
 * bylines), never one site's names. Class names are split into words on
 * `-`, `_`, `:` and camelCase, so `article__share-bar` and `shareBar` both say
 * "share"; a few glued forms (`sharebar`, `sidebar`) are words of their own.
 */
import type { HtmlElement } from '../../core/types.js';

const CATEGORIES: Record<string, readonly string[]> = {
  nav: ['nav', 'navbar', 'navigation', 'menu', 'menubar', 'megamenu', 'submenu', 'breadcrumb', 'breadcrumbs', 'crumbs', 'skip', 'skiplink', 'skiplinks', 'pagination', 'pager', 'paging', 'topnav', 'subnav', 'sitenav', 'jump', 'toc'],
  share: ['share', 'shares', 'sharing', 'sharebar', 'sharetools', 'social', 'socials', 'sociallinks', 'socialmedia', 'addthis', 'sharethis', 'shariff', 'print', 'follow', 'toolbar', 'tools', 'actions', 'reactions', 'bookmark', 'partage', 'partager', 'compartir', 'teilen', 'condividi'],
  related: ['related', 'relatedposts', 'recommended', 'recommendation', 'recommendations', 'recirc', 'recirculation', 'readmore', 'readnext', 'trending', 'popular', 'mostread', 'mostpopular', 'mostviewed', 'outbrain', 'taboola', 'teasers', 'morestories', 'morenews', 'seealso', 'suggested', 'upnext', 'also', 'newsfeed', 'latest', 'headlines', 'relacionados', 'relacionadas', 'correlati', 'meistgelesen'],
  comments: ['comment', 'comments', 'commentlist', 'disqus', 'discussion', 'replies', 'respond', 'reply', 'talk', 'forum', 'commentaires', 'comentarios', 'kommentare', 'commenti', 'reacties'],
  consent: ['cookie', 'cookies', 'consent', 'gdpr', 'ccpa', 'cmp', 'onetrust', 'cookiebar', 'privacybar'],
  newsletter: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'subscriptions', 'signup', 'optin', 'paywall', 'registration', 'register', 'login', 'signin', 'membership', 'donate', 'donation'],
  ad: ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adsense', 'dfp', 'gpt', 'sponsor', 'sponsored', 'sponsors', 'promo', 'promos', 'promoted', 'promotion', 'banner', 'commercial', 'affiliate', 'partner', 'partners', 'werbung', 'anzeige', 'publicidad', 'publicite', 'reklama'],
  sidebar: ['sidebar', 'sidebars', 'rail', 'widget', 'widgets', 'aside', 'complementary', 'sidecol'],
  footer: ['footer', 'foot', 'copyright', 'colophon', 'masthead', 'topbar', 'header', 'sitemap', 'disclaimer'],
  meta: ['byline', 'bylines', 'author', 'authors', 'authorbox', 'bio', 'meta', 'dateline', 'timestamp', 'date', 'tags', 'tag', 'tagcloud', 'taglist', 'keywords', 'categories', 'rating', 'ratings', 'credit', 'credits', 'postinfo', 'postmeta', 'entrymeta',
    // bylines and dates in other languages (es/it/pt firma, autor; fr auteur; de Verfasser, Datum; fr/es fecha, date)
    'firma', 'autor', 'autore', 'auteur', 'verfasser', 'fecha', 'datum', 'signature'],
  hidden: ['hidden', 'hide', 'invisible', 'offscreen', 'sronly', 'visuallyhidden', 'screenreader', 'dnone', 'noprint', 'noscript', 'nojs'],
  caption: ['caption', 'captions', 'figcaption', 'photocaption', 'imagecaption', 'wp-caption'],
  modal: ['modal', 'popup', 'overlay', 'lightbox', 'dialog', 'interstitial', 'flyout', 'drawer'],
};

const WORD_CAT = new Map<string, string>();
for (const [cat, words] of Object.entries(CATEGORIES)) for (const w of words) WORD_CAT.set(w, cat);

const POSITIVE = new Set(['article', 'articlebody', 'content', 'entry', 'post', 'story', 'storybody', 'body', 'text', 'main', 'blog', 'prose', 'richtext', 'news', 'column', 'page']);

/** Words that, next to a category word, say it is not furniture ("hidden-xs": visible on wide screens; "tag-open" etc.). */
const QUALIFIERS = /^(?:xs|sm|md|lg|xl|mobile|desktop|tablet|phone|print|small|large)$/;

const TAG_RULE: Record<string, string> = {
  nav: 'html-tag-nav',
  aside: 'html-tag-aside',
  footer: 'html-tag-footer',
  header: 'html-tag-header',
  menu: 'html-tag-nav',
  figure: 'html-tag-figure',
  figcaption: 'html-tag-figure',
};

const ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog', 'toolbar', 'tablist', 'alert', 'status', 'marquee', 'timer']);

const SPLIT = /[-_:.\s]+|(?<=[a-z])(?=[A-Z])/;

/** Words of one class or id name. */
export function nameWords(name: string): string[] {
  return name.split(SPLIT).map((w) => w.toLowerCase()).filter(Boolean);
}

/** "<taxonomy>-<value>" names (WordPress post_class / body_class and the like) describe the content, not a component. */
const LABEL_NAME = /^(?:tags?|categor(?:y|ies)|cat|authors?|format|status|type|term|topics?|section|has|post|page|single|hentry|h?entry|parent|template|layout|postid|pageid)[-_]/;

/** Stems that open glued names ("relatedpoststitle", "sharebuttons", "commentlist"). */
const GLUED = /^(postinfo|postmeta|entrymeta|related|comments?|share|sharing|social|sidebar|newsletter|subscribe|advert|advertisement|cookie|breadcrumbs?|footer|navbar|navigation|promo|sponsor|sponsored|outbrain|taboola|disqus|recommended|byline|trending|popular)(?=[a-z]{2,})/;

/** Words that mark embedded content (tweets, quotes, embeds), never furniture. */
const CONTENT_WORDS = new Set(['embed', 'embedded', 'tweet', 'quote', 'pullquote', 'blockquote', 'instagram']);

/** Reading-time widgets, whatever wraps the words ("estimated-read-time", "readingTime"). */
const INSIDE = /read(?:ing)?time|timetoread|lesezeit|tempsdelecture|tiempodelectura/;

const catCache = new Map<string, string | null>();
/** Furniture category of one class / id name, or null. */
export function nameCategory(name: string): string | null {
  let c = catCache.get(name);
  if (c !== undefined) return c;
  c = null;
  if (LABEL_NAME.test(name)) {
    catCache.set(name, null);
    return null;
  }
  const ws = nameWords(name);
  if (ws.some((w) => CONTENT_WORDS.has(w)) && !ws.some((w) => WORD_CAT.get(w) === 'caption')) {
    catCache.set(name, null);
    return null;
  }
  const glued = ws.join('');
  if (ws.some((w) => QUALIFIERS.test(w)) && ws.some((w) => WORD_CAT.get(w) === 'hidden')) c = null;
  else {
    for (const w of ws) {
      const cat = WORD_CAT.get(w);
      if (cat) {
        c = cat;
        break;
      }
    }
    if (!c && ws.length > 1) c = WORD_CAT.get(glued) ?? null;
    if (!c) {
      const m = GLUED.exec(glued);
      if (m) c = WORD_CAT.get(m[1]!) ?? null;
    }
    if (!c && INSIDE.test(glued)) c = 'meta';
  }
  if (catCache.size > 50000) catCache.clear();
  catCache.set(name, c);
  return c;
}

/** Rule id that makes the element furniture, or null. */
export function boilerReason(el: HtmlElement): string | null {
  const t = TAG_RULE[el.tag];
  if (t) return t;
  if (el.role && ROLES.has(el.role)) return 'html-role';
  if (/\b(?:articlebody|text)\b/.test(el.item)) return null;
  for (const name of el.own) {
    const cat = nameCategory(name);
    if (cat) return `html-class-${cat}`;
  }
  return null;
}

/**
 * Meta words that name small widgets (a date, a tag row, post info), never a container of
 * paragraphs: an element so named that holds the article's prose is layout ("date-outer",
 * "date-posts" around a blog post). Author words (bio, authorbox) are left out: a bio is prose.
 */
const WIDGET_WORDS = new Set(['meta', 'date', 'dateline', 'timestamp', 'tags', 'tag', 'tagcloud', 'taglist', 'keywords', 'categories', 'rating', 'ratings', 'postinfo', 'postmeta', 'entrymeta', 'fecha', 'datum']);

/**
 * True when the element's furniture mark is weak enough for prose inside it to overrule:
 * every furniture name on it is a small-widget word, or a component word ("widget") beside
 * a content name ("Blog", "post"): blog templates wrap their post list in "widget Blog".
 */
export function yieldsToProse(el: HtmlElement): boolean {
  if (TAG_RULE[el.tag] || (el.role && ROLES.has(el.role))) return false;
  let flagged = false;
  let component: boolean | undefined;
  for (const name of el.own) {
    const cat = nameCategory(name);
    if (!cat) continue;
    if (cat === 'meta' && nameWords(name).some((w) => WIDGET_WORDS.has(w))) {
      flagged = true;
      continue;
    }
    // a component word beside a content name ("widget Blog", the post list of blog templates)
    if (cat === 'sidebar' && COMPONENT_WORDS.has(name)) {
      component ??= el.own.some((n) => !nameCategory(n) && nameWords(n).some((w) => POSITIVE.has(w)));
      if (component) {
        flagged = true;
        continue;
      }
    }
    return false;
  }
  return flagged;
}

/** Names of generic page components, which a content name beside them makes a content component. */
const COMPONENT_WORDS = new Set(['widget', 'widgets']);

/** True when tag or ARIA role (not class words) make the element furniture. */
export function strongFurniture(el: HtmlElement): boolean {
  return Boolean(TAG_RULE[el.tag]) || (el.role !== '' && ROLES.has(el.role));
}

/** Readability-style class weight: article-ish names up, furniture names down. */
export function classWeight(el: HtmlElement): number {
  let w = 0;
  for (const name of el.own) {
    const ws = nameWords(name);
    if (nameCategory(name)) w -= 25;
    else if (ws.some((x) => POSITIVE.has(x))) w += 25;
  }
  return Math.max(-50, Math.min(50, w));
}

export const ARTICLE_ITEM = /articlebody|(?:^|[\s/])(?:news|blog|report|scholarly|tech)?article\b|blogposting/;
