import { lineRule } from '../../core/rule-kit.js';

import { unglue, ubSource, lastWord, Twin } from './vocab/match.js';
import { factsOf, lineFacts, type LineFacts } from './vocab/facts.js';

/** Photo agencies and stock libraries that sign pictures. */
const AGENCY = String.raw`(?:getty(?: images)?|ap(?: photo)?|associated press|reuters|afp|epa(?:-efe)?|efe|dpa|anp|ansa|tass|ria novosti|sputnik|shutterstock|istock(?:photo)?|alamy|xinhua|pa(?: images| wire| media)?|rex(?:/shutterstock)?|imago|picture alliance|sipa|abaca|zuma(?: press)?|bloomberg|wikimedia commons|unsplash|pixabay|pexels|flickr)`;

/** A label that opens a credit or caption line (a Twin, as TAIL, AGENCY_ONLY and the cues: see vocab/match.ts). */
const LEAD = new Twin(...ubSource(
  String.raw`^(?:(?:photo|photos|photograph|picture|image|images|foto|fotos|фото|фотография|снимок|imagen|imágenes|bild|bilder|illustration|graphic|video|credit|credits|crédit|crédits|crédito|fuente|source|quelle|источник)(?: credit| courtesy| copyright| caption| by| via| de| von| par)?\s*[:：|/©]|(?:image|media|video|photo) (?:copyright|caption|source)\b|featured image(?: via| by| credit)?\b|(?:header|top|lead|main|cover) (?:image|photo)\s*(?:via|by|credit|:)|(?:photo|image|picture|foto|imagen|bild) (?:via|by|courtesy of|de|von|par)\b|photo courtesy\b|courtesy of\b|©|ⓒ|\(c\)\s|copyright\s+(?:photo|image|${AGENCY}))`,
  'iu',
));
/** A credit at the end of a caption: "... (Photo by Jane Doe/Getty Images)", "... Credit: The Times". */
const TAIL = new Twin(...ubSource(
  String.raw`(?:[(\[]\s*(?:photo|image|foto|фото|picture|credit)\b[^)\]]{0,80}[)\]]|\b(?:photo|image|picture|credit|foto|фото|crédit|crédito|bild)\s*:\s*[^.!?]{2,60}|[/|]\s*${AGENCY}|\b${AGENCY}\s*(?:via|/)\s*\S[^.!?]{0,50}|\(${AGENCY}[^)]{0,40}\))\s*$`,
  'iu',
));
/** Caption shapes: gallery counters, people placed in the frame, caption toggles, "In this file photo". */
const CAPTION_CUES: readonly Twin[] = [
  /^\d{1,3}\s?(?:of|\/|из|de|von|sur|di)\s?\d{1,3}(?=\p{Lu}|\s\p{Lu})/u,
  /\p{Lu}[\p{L}'’.-]+,\s(?:left|right|center|centre|second from (?:left|right)|front|rear|foreground|background|top|bottom)(?:,|\s+and\b|\))/u,
  /[.)”"]\s+(?:less|more|hide caption|show caption|toggle caption|expand|close)$/iu,
  // "In this Oct. 5, 2012 file photo", "This undated handout image": between "this" and the picture
  // word only dates, names and a picture's kind; a sentence ("This makes … a detailed picture of",
  // a headline "This is Not a Photograph") has other words there. Case matters: no /i.
  /^(?:[Ii]n [Tt]his|IN THIS|[Tt]his|THIS)\s+(?:(?:[\p{Lu}\p{N}][\p{L}\p{N}.,'’]*|file|handout|undated|aerial|archive|family|video|FILE|HANDOUT|UNDATED)\s+){0,8}(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]hotograph|[Ff]rame grab|[Ss]till|PHOTO|IMAGE|PICTURE|PHOTOGRAPH)(?![\p{L}\p{N}])/u,
  /\([^()]{0,60}\b(?:via\s)?(?:ap|afp|reuters|getty images|epa|dpa|efe)\)\s*$/iu,
].map((re) => new Twin(re));

/** A line that is only an agency name: "Getty Images", "AP Photo/Evan Vucci". */
const AGENCY_ONLY = new Twin(String.raw`^(?:${AGENCY})(?:\s*[/|,]\s*[\p{L}.'’ -]{1,60})?$`, 'iu');


/** Gates: each shape needs a cheap sign before its pattern runs. LEAD_START is anchored and short: testing the whole line is testing its head. */
const LEAD_START = /^(?:[©ⓒ]|\(c\)|photo|image|picture|foto|фото|снимок|imagen|imágenes|bild|illustration|graphic|video|credit|crédit|crédito|fuente|source|quelle|источник|media|featured|header|top|lead|main|cover|courtesy|copyright)/i;
/**
 * Agency and credit words near the end of the line; the two with non-ASCII letters are tested
 * only on lines that have such a letter (V8 scans an ASCII-only alternation much faster, and
 * under /i an ASCII letter matches only ASCII letters).
 */
const TAIL_SIGN = /photo|image|picture|foto|credit|bild|getty|reuters|afp|epa|efe|dpa|tass|ria|sputnik|shutterstock|istock|alamy|xinhua|\bap\b|\bpa\b|rex|imago|alliance|sipa|abaca|zuma|bloomberg|wikimedia|unsplash|pixabay|pexels|flickr|associated press|anp|ansa/i;
const TAIL_SIGN_WIDE = /фото|crédit/i;
/** Every TAIL alternative holds one of these: a bracket, a colon, a slash or bar, or "via". */
const TAIL_NEEDS = /[(\[:/|]|via/i;
const PLACED = /, (?:left|right|cent|front|rear|fore|back|top|bottom|second)/;
const TOGGLES = new Set(['less', 'more', 'caption', 'expand', 'close']);
const THIS_START = /^(?:in this|this)\b/i;
/** Longest line of each shape, in words (after unglue). */
const MAX_AGENCY_WORDS = 12;
const MAX_LEAD_WORDS = 40;
const MAX_TAIL_WORDS = 80;
const MAX_CUE_WORDS = 90;

/**
 * A tail sign where a tail shape can still use it: AGENCY_ONLY (a short line) or TAIL, whose
 * every alternative has one of TAIL_NEEDS in the end of the unglued line (unglue adds only
 * spaces after lower-case letters, so that end holds no sign the end of the text lacks).
 */
function tailSignOf(text: string, n: number, nonAscii: boolean): boolean {
  const tail = text.length > 160 ? text.slice(-160) : text;
  if (n > MAX_AGENCY_WORDS && !TAIL_NEEDS.test(tail)) return false;
  return TAIL_SIGN.test(tail) || (nonAscii && TAIL_SIGN_WIDE.test(tail));
}

/**
 * Each caption cue, with a cheap test its match implies (on the unglued, trimmed line):
 * the long unanchored ones run only where they can match.
 */
const CUE_PLACED = /,\s(?:left|right|cent|front|rear|fore|back|top|bottom|second)/u;
const CUE_THIS = /^(?:in this|this)/iu;
/** Last letters of the toggle words (less, more, caption, expand, close), either case; ſ folds to s under /iu. */
const TOGGLE_ENDS: ReadonlySet<number> = new Set([...'sSſeEnNdD'].map((c) => c.charCodeAt(0)));
function cueMatches(t: string, wide: boolean): boolean {
  const c0 = t.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57 && CAPTION_CUES[0]!.test(t, wide)) return true;
  if (CUE_PLACED.test(t) && CAPTION_CUES[1]!.test(t, wide)) return true;
  if (TOGGLE_ENDS.has(t.charCodeAt(t.length - 1)) && CAPTION_CUES[2]!.test(t, wide)) return true;
  if (CUE_THIS.test(t) && CAPTION_CUES[3]!.test(t, wide)) return true;
  if (t.endsWith(')') && CAPTION_CUES[4]!.test(t, wide)) return true;
  return false;
}

/** TOGGLES.has(lastWord(text)), with no string built unless the last letter is one a toggle ends with. */
function endsWithToggle(text: string): boolean {
  let e = text.length;
  while (e > 0) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 58 || c === 0xff1a) e--;
    else break;
  }
  const c = text.charCodeAt(e - 1) | 0x20; // ASCII letters in lower case
  if (c < 128 && c !== 0x73 && c !== 0x65 && c !== 0x6e && c !== 0x64) return false; // s e n d
  return TOGGLES.has(lastWord(text));
}

function cuesOf(text: string): boolean {
  const c0 = text.charCodeAt(0);
  return (c0 >= 48 && c0 <= 57) || text.endsWith(')') || THIS_START.test(text) || PLACED.test(text) || endsWithToggle(text);
}

/** `text` is a block's text (folded and trimmed). */
export function isPhotoCredit(text: string, facts: LineFacts = lineFacts(text)): boolean {
  if (text.length > 600) return false;
  const n = facts.wordsUnglued; // countWords(unglue(text))
  if (n === 0 || n > MAX_CUE_WORDS) return false;
  const lead = LEAD_START.test(text);
  // A tail sign counts only where a tail shape can still match (at most MAX_TAIL_WORDS words).
  let tailSign = !lead && n <= MAX_TAIL_WORDS && tailSignOf(text, n, facts.nonAscii);
  let cues = !lead && !tailSign && cuesOf(text);
  if (!lead && !tailSign && !cues) return false;
  if (lead) {
    tailSign = n <= MAX_TAIL_WORDS && tailSignOf(text, n, facts.nonAscii);
    cues = cuesOf(text);
  } else if (tailSign) cues = cuesOf(text);
  const t = unglue(text).trim();
  if (tailSign && n <= MAX_AGENCY_WORDS && AGENCY_ONLY.test(t, facts.wide)) return true;
  if (lead && LEAD.test(t.slice(0, 80), facts.wide)) return n <= MAX_LEAD_WORDS;
  // Tail patterns are end-anchored and bounded: test only the end of the line.
  if (tailSign && n <= MAX_TAIL_WORDS) {
    const end = t.length > 160 ? t.slice(-160) : t;
    if (TAIL_NEEDS.test(end) && TAIL.test(end, facts.wide)) return true;
  }
  return cues && n <= MAX_CUE_WORDS && cueMatches(t, facts.wide);
}

export const photoCredit = lineRule(
  'photo-credit',
  'A photo credit or caption: "© AP Photo / …", "Image copyright …", "Featured image via …", "Photo: …", "Getty Images", "… (Photo by …/Getty Images)", "Jane Doe, left, and …", "1of4…", "In this file photo …".',
  (b, doc) => isPhotoCredit(b.text, factsOf(doc, b)),
);
