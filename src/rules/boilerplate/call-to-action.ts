import { lineRule } from '../../core/rule-kit.js';

import { unglue, ubSource, Twin } from './vocab/match.js';
import { factsOf, lineFacts, mayHint, type LineFacts } from './vocab/facts.js';
/** Words that unanchored patterns need somewhere in the line. */
import { CTA_HINT, CTA_HINT_WIDE } from './vocab/hints.js';

/**
 * Sentences that ask the reader to do something other than read the article:
 * subscribe, sign up for a newsletter, log in, accept cookies, click, follow,
 * read another story. Each pattern has the longest line (in words) it may take.
 */
/** Sources, all /iu: no RegExp is built before a line needs it (Twin). */
const PATTERNS: readonly [Twin, number][] = ([
  // newsletters and subscriptions
  [String.raw`^(?:sign up|subscribe|register|join|get|receive|enter your email)\b.{0,160}\b(?:newsletters?|inbox|e-?mail updates|alerts|briefing|digest)\b`, 40],
  [String.raw`\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|delivered|inbox)\b`, 30],
  [String.raw`^(?:already a (?:subscriber|member)|already have an account|don'?t have an account|not a subscriber|become a (?:subscriber|member)|subscribe (?:now|today|to))\b`, 40],
  [String.raw`^(?:you must be|you need to be|please) (?:logged in|signed in|log in|sign in|register)\b`, 30],
  [String.raw`^(?:support|help fund|donate to) (?:our|independent|quality|local) (?:journalism|reporting|newsroom)\b`, 50],
  [String.raw`^this (?:article|story|content) is (?:for|only available to|exclusive to) (?:subscribers|members)\b`, 40],
  // cookies and consent
  [String.raw`\b(?:we|this (?:web)?site|our (?:web)?site|this page) (?:uses?|may use|place|store) (?:cookies|tracking technologies)\b`, 90],
  [String.raw`\bcookies?\b.{0,120}\b(?:consent|accept|agree|privacy policy|cookie policy|browsing experience|continuing to (?:use|browse))\b`, 60],
  [String.raw`^by (?:continuing|using|clicking)\b.{0,120}\b(?:you (?:agree|accept|consent))\b`, 80],
  [String.raw`\bdo not sell my (?:personal )?info(?:rmation)?\b`, 20],
  [String.raw`^get (?:unlimited |full |instant |exclusive )?access to\b`, 40],
  // newsletters described rather than named: "… delivered to your inbox every weekday"
  [String.raw`\bnewsletters?\b.{0,100}\b(?:abonnieren|anmelden|bestellen|inscri\p{L}*|suscr\p{L}*|подпис\p{L}*|assine|iscriviti)\b|\b(?:abonnieren|anmelden|inscrivez|suscríbete|подпишитесь)\b.{0,100}\bnewsletters?\b`, 40],
  [String.raw`\b(?:delivered|sent|straight|direct(?:ly)?) (?:straight |directly |right )?to your (?:inbox|phone|mailbox)\b|\bin (?:your|ihrem|ihr) (?:inbox|postfach)\b|\b(?:en|a) tu (?:correo|bandeja)\b|\bdans votre (?:boîte|boite) (?:mail|e-mail|aux lettres|de réception)\b|\bна (?:вашу |свою )?(?:почту|электронную почту)\b`, 45],
  [String.raw`\bdownload (?:the|our) (?:free |new |official )?(?:[\p{L}\d]+ ){0,4}app\b|\b(?:app herunterladen|descarga (?:nuestra|la) app|téléchargez (?:notre|l')application|скачайте (?:наше )?приложение)\b`, 40],
  [String.raw`^by (?:signing up|subscribing|registering|submitting|creating an account)\b`, 50],
  [String.raw`^(?:this|a version of this) (?:article|story) (?:appears|appeared|was published|ran) (?:in|on)\b`, 40],
  [String.raw`^(?:was this (?:article|page|answer|information|story) (?:helpful|useful)|did you find this (?:article|page) (?:helpful|useful))\b`, 15],
  [String.raw`^(?:we value your privacy|your privacy (?:choices|matters|is important to us))\b`, 60],
  [String.raw`\b(?:use|uses|using|set|sets|place|places) cookies\b|\bcookies and similar technologies\b`, 80],
  [String.raw`^our standards\s*:`, 15],
  [String.raw`\bsign up (?:for free |free )?(?:to receive|to get|for (?:our|free))\b|\bsign up for the [\p{L}\p{N} -]{1,40}newsletter\b`, 40],
  [String.raw`^(?:log in|login|sign in|register|subscribe|sign up) (?:to|and) (?:comment|reply|post|join the (?:discussion|conversation))\b`, 40],
  [String.raw`^stay (?:up to date|informed|in touch|connected|tuned|in the know)\b.{0,60}\b(?:newsletter|subscribe|sign up|follow|with)\b|^stay (?:up to date|informed|in the know)\b`, 25],
  [String.raw`\bsubscribe to (?:our|the) (?:free |weekly |daily )?newsletters?\b|\b(?:successfully|succesfully) subscribed\b|\bactivate your subscription\b`, 40],
  [String.raw`^media playback is (?:unsupported|not supported)\b|^your (?:browser|device) does not support\b|^(?:please )?enable java ?script\b|^java ?script (?:is )?(?:required|disabled)\b`, 30],
  [String.raw`\bfor as little as\b.{0,40}\b(?:month|year|week|subscri)`, 40],
  [String.raw`^(?:want|like) (?:more )?(?:stories|news|articles|content) like this\b`, 50],
  [String.raw`^(?:as you comment|please be respectful|keep (?:your )?comments|our goal with (?:article )?comments)\b`, 80],
  [String.raw`^(?:every (?:day|week|morning)) we send\b`, 30],
  // clicks, follows, promos of other stories
  [String.raw`^(?:click|tap|press) (?:here )?(?:to|for)\b`, 20],
  [String.raw`^(?:follow|like|find|join) us (?:on|at)\b`, 25],
  [String.raw`^(?:read|see|watch|listen|more|also|related|recommended|don'?t miss|must read|trending|more on this(?: story)?|read more|also read|see also|watch now|more from [\p{L} ]{1,30})\s*[:|>»▶►]\s*\S`, 30],
  [String.raw`^(?:read|continue reading|read the full|read the rest|read more about)\b.{0,80}$`, 12],
  [String.raw`^(?:have a (?:news )?tip|got a (?:news )?tip|send us (?:a|your) (?:tip|story))\b`, 30],
  // comment forms
  [String.raw`^(?:your email address will not be published|required fields are marked|notify me of (?:new|follow-up)|save my name, email|you must be logged in to post a comment|comments are moderated|cancel reply|post comment|add your comment)\b`, 40],
  // a blog post's footer (WordPress themes): the post's own furniture, not its text
  [String.raw`^(?:this entry was (?:written by .{1,60}?,? posted (?:on|in)|posted (?:on|in)|filed under)\b|bookmark the permalink\b|post a comment or leave a trackback\b|trackbacks are closed\b|comments are closed\b|both comments and (?:pings|trackbacks) are\b|you can leave a response\b|you can follow any responses\b|you can follow this conversation by subscribing\b|the comments to this entry are closed\b|you can visit the author archive\b|did you like it\? then subscribe\b|enter your e-?mail(?: address)?\s*:?$|delivered by feed ?burner$|if you (?:enjoyed|liked) this (?:post|article)\b.{0,200}\b(?:comment|subscribe|subscribing|rss|feed))`, 70],
  // ru
  [String.raw`^(?:подпишитесь|подписывайтесь|подписаться)\b`, 30],
  [String.raw`^(?:читайте|читать) (?:также|еще|ещё|нас)\b`, 30],
  [String.raw`^(?:смотрите|слушайте) (?:также|нас)\b`, 30],
  [String.raw`\b(?:мы используем|сайт использует|используем) (?:файлы )?cookies?\b`, 80],
  [String.raw`^(?:присоединяйтесь|следите за нами|мы в соцсетях)\b`, 25],
  // es
  [String.raw`^(?:suscríbete|suscribete|regístrate|registrate|recibe (?:nuestro|el) boletín)\b`, 30],
  [String.raw`^(?:lee|leer) (?:también|además)\b|^(?:te puede interesar|también te puede interesar|noticias relacionadas)\b`, 30],
  [String.raw`\b(?:utilizamos|usamos|este sitio (?:web )?utiliza|esta web utiliza) cookies\b`, 80],
  [String.raw`^(?:síguenos|siguenos) (?:en|a)\b`, 25],
  // de
  [String.raw`^(?:abonnieren sie|jetzt abonnieren|melden sie sich|registrieren sie sich|hier anmelden|newsletter abonnieren)\b`, 30],
  [String.raw`^(?:lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|das könnte sie auch interessieren)\b`, 30],
  [String.raw`\b(?:wir (?:verwenden|nutzen)|diese (?:web)?seite (?:verwendet|nutzt)) cookies\b`, 80],
  [String.raw`^folgen sie uns\b`, 25],
  // fr
  [String.raw`^(?:abonnez-vous|inscrivez-vous|je m'abonne|recevez notre newsletter)\b`, 30],
  [String.raw`^(?:à lire aussi|a lire aussi|lire aussi|à voir aussi|voir aussi|sur le même sujet)\b`, 30],
  [String.raw`\b(?:nous utilisons des cookies|ce site utilise des cookies)\b`, 80],
  [String.raw`^suivez-nous\b`, 25],
  // it / pt / nl / pl / cs / hu / sv / tr (issue 12)
  [String.raw`^(?:iscriviti|abbonati|registrati|assine|inscreva-se|cadastre-se|abonneer|schrijf je in|meld je aan|subskrybuj|zapisz się|zarejestruj się|přihlaste se|odebírejte|zaregistrujte se|iratkozzon fel|iratkozz fel|fizessen elő|prenumerera|registrera dig|abone ol|bültenimize|kayıt ol)\b`, 30],
  [String.raw`^(?:leggi anche|potrebbe interessarti|leia também|veja também|lees ook|lees meer|czytaj (?:też|także|więcej)|zobacz (?:też|także)|čtěte také|přečtěte si (?:také|též)|olvassa el|ezt is ajánljuk|läs också|läs mer|ayrıca okuyun|bunlar da ilginizi çekebilir)\b`, 30],
  [String.raw`^(?:seguici su|siga-nos|volg ons|obserwuj nas|sledujte nás|kövess(?:en)? minket|följ oss|bizi takip edin)\b`, 25],
  [String.raw`\b(?:utilizziamo|usiamo|questo sito (?:utilizza|usa)) (?:i )?cookie|\b(?:utilizamos|usamos|este site (?:utiliza|usa)) cookies|\b(?:wij gebruiken|we gebruiken|deze (?:web)?site gebruikt) cookies|\b(?:używamy|wykorzystujemy|ta strona (?:używa|wykorzystuje)) (?:plików )?cookie|\b(?:používáme|tento web používá|tyto stránky používají) (?:soubory )?cookie|\b(?:sütiket|cookie-kat|cookie-t) használ|\b(?:vi använder|webbplatsen använder) (?:cookies|kakor)|\bçerez(?:ler)?(?:i)? kullan`, 80],
] as [string, number][]).map(([source, max]) => [new Twin(...ubSource(source, 'iu')), max]);

/** First words of the anchored patterns above: a cheap pre-test before the patterns run. */
export const FIRST_WORDS = new Set(
  `sign subscribe register join get receive enter already don't dont not become you please support help donate this
  by click tap press follow like find read see watch listen more also related recommended must trending continue have
  want as keep our every was did we media javascript enable jetzt recibe recevez stay log login sign
  got send your required notify save comments leave cancel post add bookmark trackbacks both if the delivered
  подпишитесь подписывайтесь подписаться читайте читать смотрите слушайте присоединяйтесь следите мы
  suscríbete suscribete regístrate registrate recibe lee leer te también noticias síguenos siguenos
  abonnieren jetzt melden registrieren hier newsletter lesen mehr auch das folgen
  abonnez-vous inscrivez-vous je recevez à a lire voir sur suivez-nous
  iscriviti abbonati registrati leggi potrebbe seguici assine inscreva-se cadastre-se leia veja siga-nos
  abonneer schrijf meld lees volg subskrybuj zapisz zarejestruj czytaj zobacz obserwuj
  přihlaste odebírejte zaregistrujte čtěte přečtěte sledujte iratkozzon iratkozz fizessen olvassa kövess kövessen ezt
  prenumerera registrera läs följ abone bültenimize kayıt ayrıca bunlar bizi`.split(/\s+/),
);
/** Patterns anchored at the line start run when the first word allows; the others when a keyword is present. */
const ANCHORED = PATTERNS.filter(([re]) => re.source.startsWith('^'));
const FREE = PATTERNS.filter(([re]) => !re.source.startsWith('^'));

/**
 * Walks a pattern source outside escapes and character classes, calling at(i, c, depth) with
 * the group depth before c; stops early when at returns true. Returns the index it stopped at, or -1.
 */
function scanSource(source: string, at: (i: number, c: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (at(i, c, depth)) return i;
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
  }
  return -1;
}

/** Splits a pattern source at its top-level "|" (outside groups and classes). */
function splitTop(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  scanSource(source, (i, c, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  parts.push(source.slice(from));
  return parts;
}

/** Index of the ")" closing the group that opens at source[0]. */
function groupEnd(source: string): number {
  return scanSource(source, (_i, c, depth) => c === ')' && depth === 1);
}

/** What may follow a pattern's first word: a space, \s once, or a boundary (ub's or \b). */
const WORD_END = /^(?: |\\s(?![*?{])|\\b|\(\?<?!\[\\p\{L\}\\p\{N\}_\]\))/;

/** The lower-case word `alt` opens with, when what follows it (`after` at its end) ends the word; else null. */
function leadWord(alt: string, after: string): string | null {
  let e = 0;
  while (e < alt.length && (isCased(alt[e]!) || (e > 0 && "'’-".includes(alt[e]!)))) e++;
  if (e === 0) return null;
  const next = alt.slice(e) || after;
  return WORD_END.test(next) ? alt.slice(0, e).toLowerCase() : null;
}

/** A letter with case (every letter of the heads above); a letter without one ends the word, and the head is not plain. */
function isCased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * The first words an anchored pattern can open a line with ("^(?:follow|like) us" -> follow,
 * like), as firstWordOf gives them; null when its head is not a plain list of words (an
 * optional group, a class, a word that may run on), and the pattern is tried on every line
 * FIRST_WORDS lets through.
 */
function headWords(source: string): string[] | null {
  const words: string[] = [];
  for (const alt of splitTop(source)) {
    if (!alt.startsWith('^')) return null;
    const rest = alt.slice(1);
    if (rest.startsWith('(?:')) {
      const end = groupEnd(rest);
      const after = rest.slice(end + 1);
      if (end < 0 || after === '' || '?*{+'.includes(after[0]!)) return null;
      for (const sub of splitTop(rest.slice(3, end))) {
        const w = leadWord(sub, after);
        if (w === null) return null;
        words.push(w);
      }
    } else {
      const w = leadWord(rest, '');
      if (w === null) return null;
      words.push(w);
    }
  }
  return words;
}

type Anchored = readonly (readonly [Twin, number])[];
/**
 * The anchored patterns by the first words they can open a line with, and those of no plain
 * head (tried on every line that passes FIRST_WORDS): a line is tried against the few patterns
 * its first word can start, each compiled only when a line needs it (issue 14: the union of all
 * forty, tried as a gate, cost V8 ~20 ms to build on the first line that passed FIRST_WORDS).
 */
const BY_FIRST = new Map<string, (readonly [Twin, number])[]>();
const ANY_FIRST: (readonly [Twin, number])[] = [];
for (const entry of ANCHORED) {
  const words = headWords(entry[0].source);
  if (words === null) {
    ANY_FIRST.push(entry);
    continue;
  }
  for (const w of new Set(words)) {
    let list = BY_FIRST.get(w);
    if (list === undefined) BY_FIRST.set(w, (list = []));
    list.push(entry);
  }
}
const NONE: Anchored = [];

/** The longest line any pattern takes, in words. */
const MAX_WORDS = Math.max(...PATTERNS.map(([, max]) => max));

export function isCallToAction(text: string, facts: LineFacts = lineFacts(text)): boolean {
  if (text.length > 800) return false;
  const n = facts.wordsUnglued; // countWords(unglue(text))
  if (n > MAX_WORDS) return false;
  const first = facts.first.includes('’') ? facts.first.replace('’', "'") : facts.first;
  const anchored = FIRST_WORDS.has(first);
  const free = (mayHint(facts, text) && CTA_HINT.test(text)) || (facts.nonAscii && CTA_HINT_WIDE.test(text));
  if (!anchored && !free) return false;
  const t = unglue(text);
  const wide = facts.wide;
  if (anchored) {
    for (const [re, max] of BY_FIRST.get(first) ?? NONE) if (n <= max && re.test(t, wide)) return true;
    for (const [re, max] of ANY_FIRST) if (n <= max && re.test(t, wide)) return true;
  }
  if (free) for (const [re, max] of FREE) if (n <= max && re.test(t, wide)) return true;
  return false;
}

export const callToAction = lineRule(
  'call-to-action',
  'A prompt to subscribe, sign up for a newsletter, log in, accept cookies, click, follow, or read another story (en/de/fr/es/it/pt/nl/pl/ru/cs/hu/sv/tr).',
  (b, doc) => isCallToAction(b.text, factsOf(doc, b)),
);
