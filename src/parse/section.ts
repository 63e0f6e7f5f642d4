/**
 * Section, category or story-series labels -> `section`.
 *   "Barents Shelf Fisheries Talks (214)"  a series label with its article count -> "Barents Shelf Fisheries Talks"
 *   "Home > World > Europe"              breadcrumbs -> the last crumb, "Europe"
 *   "Politics"                           a lone section word near the top
 */

const COUNT_WORDS = /^(?:comments?|replies|reviews|photos?|videos?|images?|pictures?|shares?|likes?|views?|votes?|responses?|results?|items?|cart|basket|notifications?|messages?|inbox|answers?|комментарии|ответы|фото|видео|comentarios|respuestas|fotos|kommentare|antworten|bilder|commentaires|réponses|photos|vidéos|panier|warenkorb|carrito|корзина)$/iu;

const SERIES = /^(\p{Lu}[^()]{1,80}?)\s*\((\d{1,6})\)$/u;

/** "Barents Shelf Fisheries Talks (214)" -> "Barents Shelf Fisheries Talks"; null when the line is no series label. */
export function parseSeriesLabel(text: string): string | null {
  if (text.length > 100 || !text.endsWith(')')) return null;
  const m = SERIES.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  const words = label.split(' ');
  if (words.length > 10 || /[.!?:;,]$/u.test(label) || COUNT_WORDS.test(label)) return null;
  return label;
}

const HOME = /^(?:home|homepage|start|startseite|главная|inicio|portada|accueil|news|新闻)$/iu;
const CRUMB_HINT = /[>›»→/|·•]/u;
const CRUMB_SEP = /\s*(?:>|›|»|→|\/|\||·|•)\s*/u;

/** "Home > World > Europe" -> ["Home", "World", "Europe"]; null when the line is no breadcrumb trail. */
export function parseBreadcrumb(text: string): string[] | null {
  if (text.length > 200 || !CRUMB_HINT.test(text)) return null;
  const strong = /[>›»→]/u.test(text);
  const parts = text.split(CRUMB_SEP).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 7) return null;
  if (!strong && !HOME.test(parts[0]!)) return null;
  for (const p of parts) {
    const n = p.split(' ').length;
    if (n > 6 || p.length > 50 || /[.!?;,]$/u.test(p) || /["“”«»「」『』()]/u.test(p)) return null;
  }
  // the last crumb may be the article's own (long) title: allowed, but not more than one such
  if (parts.slice(0, -1).some((p) => p.split(' ').length > 4)) return null;
  return parts;
}

/** The section a breadcrumb names: the last short crumb after "Home". */
export function sectionFromCrumbs(parts: string[]): string | null {
  const rest = HOME.test(parts[0]!) ? parts.slice(1) : parts;
  for (let i = rest.length - 1; i >= 0; i--) if (rest[i]!.split(' ').length <= 4 && /^[\p{L}\p{N}]/u.test(rest[i]!)) return rest[i]!;
  return null;
}

/** Section words that stand alone above a headline, en / ru / es / de / fr. */
const SECTION_WORDS = [
  'news', 'world', 'world news', 'us', 'u.s.', 'uk', 'europe', 'asia', 'africa', 'americas', 'middle east', 'politics', 'business', 'economy', 'markets', 'finance',
  'money', 'tech', 'technology', 'science', 'health', 'sport', 'sports', 'football', 'culture', 'arts', 'entertainment', 'music', 'movies', 'film', 'books',
  'travel', 'food', 'style', 'fashion', 'lifestyle', 'life', 'opinion', 'opinions', 'comment', 'analysis', 'editorial', 'local', 'national', 'international',
  'education', 'environment', 'climate', 'weather', 'society', 'security', 'defense', 'defence', 'military', 'crime', 'justice', 'law', 'media', 'religion',
  'gaming', 'games', 'autos', 'cars', 'real estate', 'energy', 'startups', 'innovation', 'space', 'medicine', 'video', 'reviews', 'review', 'features', 'feature',
  'в мире', 'мир', 'политика', 'экономика', 'общество', 'культура', 'спорт', 'наука', 'технологии', 'происшествия', 'россия', 'бизнес', 'финансы', 'мнения', 'здоровье',
  'noticias', 'internacional', 'mundo', 'política', 'economía', 'sociedad', 'cultura', 'deportes', 'ciencia', 'tecnología', 'salud', 'opinión', 'nacional', 'españa',
  'nachrichten', 'politik', 'wirtschaft', 'ausland', 'inland', 'gesellschaft', 'kultur', 'wissen', 'wissenschaft', 'technik', 'digital', 'meinung', 'panorama', 'gesundheit', 'reise',
  'actualités', 'actualite', 'monde', 'politique', 'économie', 'economie', 'société', 'societe', 'sports', 'sciences', 'santé', 'sante', 'idées', 'international', 'france', 'tribune',
];
const SECTION_SET = new Set(SECTION_WORDS);

export function isSectionWord(text: string): boolean {
  return text.length <= 30 && SECTION_SET.has(text.toLowerCase().replace(/[\s:|•·]+$/u, ''));
}

const LABELLED = /^(?:(?:posted|filed|published)\s+in|publicado\s+en|publicado\s+em|publié\s+dans|veröffentlicht\s+in|pubblicato\s+in|geplaatst\s+in|opublikowano\s+w|publicerad\s+i|опубликовано\s+в|(?:category|categories|section|kategorie|kategorien|ressort|rubrik|categoría|categorías|sección|catégorie|catégories|rubrique|categoria|categorie|sezione|rubrica|secção|seção|rubriek|kategoria|dział|rubrika|rovat|kategória|kategori|bölüm|рубрика|категория|раздел)\s*[:：])\s*(.{2,80})$/iu;

/** "Posted in Gardening", "Categorías: Panes, Recetas básicas", "Рубрика: Общество" -> the first category. */
export function parseLabelledSection(text: string): string | null {
  if (text.length > 120 || text.length < 5) return null;
  const m = LABELLED.exec(text);
  if (!m) return null;
  const first = m[1]!.split(/\s*[,;|·•]\s*/u)[0]!.replace(/(?<![.\s])[.\s]+$/u, '');
  if (first === '' || first.split(' ').length > 5 || !/^[\p{Lu}\p{N}]/u.test(first)) return null;
  return first;
}

/** A kicker above the headline: 1..4 words, capitalised, no digits, no end punctuation. */
/** Buttons and links that sit where a kicker would. */
const NOT_KICKER = /\b(?:learn more|view all|see all|read more|watch|live|listen|sign|log|subscribe|menu|search|home|share|follow|more|next|previous|back|close|keeping you)\b|["“”«»]/iu;

export function isKicker(text: string): boolean {
  if (text.length > 40 || /[\d.!?:;,]$|\d/u.test(text) || NOT_KICKER.test(text)) return false;
  const w = text.split(' ');
  if (w.length > 4 || !/^\p{Lu}/u.test(text)) return false;
  if (w.length > 2 && text === text.toUpperCase()) return false;
  return true;
}

/** A section name: up to six words, no quotes, no button text. */
function plausible(s: string | null): string | null {
  if (s === null || s.split(' ').length > 6 || /["“”«»]/u.test(s) || /\b(?:view all|see all|learn more|read more|invalid|sign in|log in)\b/iu.test(s)) return null;
  return s;
}

/** The section a tagged line gives. */
export function parseSection(text: string): string | null {
  return plausible(sectionOf(text));
}

function sectionOf(text: string): string | null {
  const l = parseLabelledSection(text);
  if (l) return l;
  const s = parseSeriesLabel(text);
  if (s) return s;
  const c = parseBreadcrumb(text);
  if (c) return sectionFromCrumbs(c);
  if (isSectionWord(text) || isKicker(text)) return text.replace(/[\s:|•·]+$/u, '');
  return null;
}
