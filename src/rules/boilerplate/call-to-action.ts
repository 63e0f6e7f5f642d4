import { lineRule } from '../../core/rule-kit.js';

import { unglue, ub, Twin } from './vocab/match.js';
import { factsOf, lineFacts, mayHint, type LineFacts } from './vocab/facts.js';
/** Words that unanchored patterns need somewhere in the line. */
import { CTA_HINT, CTA_HINT_WIDE } from './vocab/hints.js';

/**
 * Sentences that ask the reader to do something other than read the article:
 * subscribe, sign up for a newsletter, log in, accept cookies, click, follow,
 * read another story. Each pattern has the longest line (in words) it may take.
 */
const PATTERNS: readonly [RegExp, number][] = ([
  // newsletters and subscriptions
  [/^(?:sign up|subscribe|register|join|get|receive|enter your email)\b.{0,160}\b(?:newsletters?|inbox|e-?mail updates|alerts|briefing|digest)\b/iu, 40],
  [/\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|delivered|inbox)\b/iu, 30],
  [/^(?:already a (?:subscriber|member)|already have an account|don'?t have an account|not a subscriber|become a (?:subscriber|member)|subscribe (?:now|today|to))\b/iu, 40],
  [/^(?:you must be|you need to be|please) (?:logged in|signed in|log in|sign in|register)\b/iu, 30],
  [/^(?:support|help fund|donate to) (?:our|independent|quality|local) (?:journalism|reporting|newsroom)\b/iu, 50],
  [/^this (?:article|story|content) is (?:for|only available to|exclusive to) (?:subscribers|members)\b/iu, 40],
  // cookies and consent
  [/\b(?:we|this (?:web)?site|our (?:web)?site|this page) (?:uses?|may use|place|store) (?:cookies|tracking technologies)\b/iu, 90],
  [/\bcookies?\b.{0,120}\b(?:consent|accept|agree|privacy policy|cookie policy|browsing experience|continuing to (?:use|browse))\b/iu, 60],
  [/^by (?:continuing|using|clicking)\b.{0,120}\b(?:you (?:agree|accept|consent))\b/iu, 80],
  [/\bdo not sell my (?:personal )?info(?:rmation)?\b/iu, 20],
  [/^get (?:unlimited |full |instant |exclusive )?access to\b/iu, 40],
  // newsletters described rather than named: "… delivered to your inbox every weekday"
  [/\bnewsletters?\b.{0,100}\b(?:abonnieren|anmelden|bestellen|inscri\p{L}*|suscr\p{L}*|подпис\p{L}*|assine|iscriviti)\b|\b(?:abonnieren|anmelden|inscrivez|suscríbete|подпишитесь)\b.{0,100}\bnewsletters?\b/iu, 40],
  [/\b(?:delivered|sent|straight|direct(?:ly)?) (?:straight |directly |right )?to your (?:inbox|phone|mailbox)\b|\bin (?:your|ihrem|ihr) (?:inbox|postfach)\b|\b(?:en|a) tu (?:correo|bandeja)\b|\bdans votre (?:boîte|boite) (?:mail|e-mail|aux lettres|de réception)\b|\bна (?:вашу |свою )?(?:почту|электронную почту)\b/iu, 45],
  [/\bdownload (?:the|our) (?:free |new |official )?(?:[\p{L}\d]+ ){0,4}app\b|\b(?:app herunterladen|descarga (?:nuestra|la) app|téléchargez (?:notre|l')application|скачайте (?:наше )?приложение)\b/iu, 40],
  [/^by (?:signing up|subscribing|registering|submitting|creating an account)\b/iu, 50],
  [/^(?:this|a version of this) (?:article|story) (?:appears|appeared|was published|ran) (?:in|on)\b/iu, 40],
  [/^(?:was this (?:article|page|answer|information|story) (?:helpful|useful)|did you find this (?:article|page) (?:helpful|useful))\b/iu, 15],
  [/^(?:we value your privacy|your privacy (?:choices|matters|is important to us))\b/iu, 60],
  [/\b(?:use|uses|using|set|sets|place|places) cookies\b|\bcookies and similar technologies\b/iu, 80],
  [/^our standards\s*:/iu, 15],
  [/\bsign up (?:for free |free )?(?:to receive|to get|for (?:our|free))\b/iu, 40],
  [/^(?:log in|login|sign in|register|subscribe|sign up) (?:to|and) (?:comment|reply|post|join the (?:discussion|conversation))\b/iu, 40],
  [/^stay (?:up to date|informed|in touch|connected|tuned|in the know)\b.{0,60}\b(?:newsletter|subscribe|sign up|follow|with)\b|^stay (?:up to date|informed|in the know)\b/iu, 25],
  [/\bsubscribe to (?:our|the) (?:free |weekly |daily )?newsletters?\b|\b(?:successfully|succesfully) subscribed\b|\bactivate your subscription\b/iu, 40],
  [/^media playback is (?:unsupported|not supported)\b|^your (?:browser|device) does not support\b|^(?:please )?enable javascript\b|^javascript (?:is )?(?:required|disabled)\b/iu, 30],
  [/\bfor as little as\b.{0,40}\b(?:month|year|week|subscri)/iu, 40],
  [/^(?:want|like) (?:more )?(?:stories|news|articles|content) like this\b/iu, 50],
  [/^(?:as you comment|please be respectful|keep (?:your )?comments|our goal with (?:article )?comments)\b/iu, 80],
  [/^(?:every (?:day|week|morning)) we send\b/iu, 30],
  // clicks, follows, promos of other stories
  [/^(?:click|tap|press) (?:here )?(?:to|for)\b/iu, 20],
  [/^(?:follow|like|find|join) us (?:on|at)\b/iu, 25],
  [/^(?:read|see|watch|listen|more|also|related|recommended|don'?t miss|must read|trending|more on this(?: story)?|read more|also read|see also|watch now|more from [\p{L} ]{1,30})\s*[:|>»▶►]\s*\S/iu, 30],
  [/^(?:read|continue reading|read the full|read the rest|read more about)\b.{0,80}$/iu, 12],
  [/^(?:have a (?:news )?tip|got a (?:news )?tip|send us (?:a|your) (?:tip|story))\b/iu, 30],
  // comment forms
  [/^(?:your email address will not be published|required fields are marked|notify me of (?:new|follow-up)|save my name, email|you must be logged in to post a comment|comments are moderated|cancel reply|post comment|add your comment)\b/iu, 40],
  // ru
  [/^(?:подпишитесь|подписывайтесь|подписаться)\b/iu, 30],
  [/^(?:читайте|читать) (?:также|еще|ещё|нас)\b/iu, 30],
  [/^(?:смотрите|слушайте) (?:также|нас)\b/iu, 30],
  [/\b(?:мы используем|сайт использует|используем) (?:файлы )?cookies?\b/iu, 80],
  [/^(?:присоединяйтесь|следите за нами|мы в соцсетях)\b/iu, 25],
  // es
  [/^(?:suscríbete|suscribete|regístrate|registrate|recibe (?:nuestro|el) boletín)\b/iu, 30],
  [/^(?:lee|leer) (?:también|además)\b|^(?:te puede interesar|también te puede interesar|noticias relacionadas)\b/iu, 30],
  [/\b(?:utilizamos|usamos|este sitio (?:web )?utiliza|esta web utiliza) cookies\b/iu, 80],
  [/^(?:síguenos|siguenos) (?:en|a)\b/iu, 25],
  // de
  [/^(?:abonnieren sie|jetzt abonnieren|melden sie sich|registrieren sie sich|hier anmelden|newsletter abonnieren)\b/iu, 30],
  [/^(?:lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|das könnte sie auch interessieren)\b/iu, 30],
  [/\b(?:wir (?:verwenden|nutzen)|diese (?:web)?seite (?:verwendet|nutzt)) cookies\b/iu, 80],
  [/^folgen sie uns\b/iu, 25],
  // fr
  [/^(?:abonnez-vous|inscrivez-vous|je m'abonne|recevez notre newsletter)\b/iu, 30],
  [/^(?:à lire aussi|a lire aussi|lire aussi|à voir aussi|voir aussi|sur le même sujet)\b/iu, 30],
  [/\b(?:nous utilisons des cookies|ce site utilise des cookies)\b/iu, 80],
  [/^suivez-nous\b/iu, 25],
  // it / pt / nl / pl / cs / hu / sv / tr (issue 12)
  [/^(?:iscriviti|abbonati|registrati|assine|inscreva-se|cadastre-se|abonneer|schrijf je in|meld je aan|subskrybuj|zapisz się|zarejestruj się|přihlaste se|odebírejte|zaregistrujte se|iratkozzon fel|iratkozz fel|fizessen elő|prenumerera|registrera dig|abone ol|bültenimize|kayıt ol)\b/iu, 30],
  [/^(?:leggi anche|potrebbe interessarti|leia também|veja também|lees ook|lees meer|czytaj (?:też|także|więcej)|zobacz (?:też|także)|čtěte také|přečtěte si (?:také|též)|olvassa el|ezt is ajánljuk|läs också|läs mer|ayrıca okuyun|bunlar da ilginizi çekebilir)\b/iu, 30],
  [/^(?:seguici su|siga-nos|volg ons|obserwuj nas|sledujte nás|kövess(?:en)? minket|följ oss|bizi takip edin)\b/iu, 25],
  [/\b(?:utilizziamo|usiamo|questo sito (?:utilizza|usa)) (?:i )?cookie|\b(?:utilizamos|usamos|este site (?:utiliza|usa)) cookies|\b(?:wij gebruiken|we gebruiken|deze (?:web)?site gebruikt) cookies|\b(?:używamy|wykorzystujemy|ta strona (?:używa|wykorzystuje)) (?:plików )?cookie|\b(?:používáme|tento web používá|tyto stránky používají) (?:soubory )?cookie|\b(?:sütiket|cookie-kat|cookie-t) használ|\b(?:vi använder|webbplatsen använder) (?:cookies|kakor)|\bçerez(?:ler)?(?:i)? kullan/iu, 80],
] as [RegExp, number][]).map(([re, max]) => [ub(re), max]);

/** First words of the anchored patterns above: a cheap pre-test before the patterns run. */
export const FIRST_WORDS = new Set(
  `sign subscribe register join get receive enter already don't dont not become you please support help donate this
  by click tap press follow like find read see watch listen more also related recommended must trending continue have
  want as keep our every was did we media javascript enable jetzt recibe recevez stay log login sign
  got send your required notify save comments leave cancel post add
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
const ANCHORED = PATTERNS.filter(([re]) => re.source.startsWith('^')).map(([re, max]) => [new Twin(re), max] as const);
const FREE = PATTERNS.filter(([re]) => !re.source.startsWith('^')).map(([re, max]) => [new Twin(re), max] as const);

/** Splits a pattern source at its top-level "|" (outside groups and classes). */
function splitTop(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Index of the ")" closing the group that opens at source[0]. */
function groupEnd(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
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
