/**
 * Language of a text, ISO 639-1 or null.
 *
 * Two cheap passes over at most the first 3,000 characters (about 500 words, plenty
 * for function-word statistics):
 *  1. script count: kana -> ja, hangul -> ko, han -> zh, thai, greek, hebrew,
 *     arabic (fa when Persian letters show), devanagari, bengali, georgian, armenian;
 *  2. for Latin and Cyrillic text, the most frequent function words of 21 languages,
 *     precomputed into one Map word -> bitmask of languages: one lookup per token,
 *     then a vote. The language with most hits wins if it covers enough tokens.
 */

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to a in is that for it was on with as by at he his be are from this have or an not but they which you were her she had has its their been we would will there who said also more than',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch',
  fr: 'de la le et les des en un une du est que pour dans qui au pas sur par plus il ne se ce sont avec elle a été sa son ses aux mais ou cette nous leur ont y comme',
  es: 'de la que el en y a los del se las por un para con no una su al es lo como más pero sus le ya o este fue ha sí porque esta entre cuando muy sin sobre también me hasta hay donde han desde todo nos durante uno',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era depois sem mesmo aos',
  it: 'di e il la che è per un in del della le non si da con i una sono al dei alla ha anche come più nel gli lo ma ad delle nella questo essere sua suo dal loro ci',
  nl: 'de en van het een in is dat op te zijn met voor niet die aan er ook als om door maar bij worden werd naar nog uit wordt dan hij zij kan over wel deze heeft hebben dit',
  pl: 'i w na z się nie do to że jest o jak po co ale od za przez tak dla już jego jej są być może było tym który która które oraz także ich pod tylko',
  cs: 'a v se na je že s z o do to i k jako pro ve by ale jsou jeho ze které který která tak už jen po podle také byl bylo jejich není',
  sk: 'a v sa na je že s z o do to aj k ako pre vo by ale sú jeho zo ktoré ktorý ktorá tak už len po podľa tiež bol bolo ich nie',
  sv: 'och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år sin eller efter',
  da: 'og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud',
  no: 'og i det på som er en til å av at for med har de ikke den han om et men var seg fra vi kan hun etter også da eller skal',
  fi: 'ja on ei se että hän oli olla kun mutta joka myös ovat tai jo vain niin sen kuin ole sekä nyt mukaan hänen',
  tr: 've bir bu da de için ile olarak çok daha gibi en ne o olan ama değil kadar sonra ise her ki var mi diye ancak',
  id: 'yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena ada oleh mereka sudah saya bisa atau telah hanya lebih',
  ro: 'și de în a la cu o pe că din nu este care se un mai pentru sau fost au ce sunt lui iar dar fi ca',
  hu: 'a az és hogy nem is egy de van meg el csak már ha mint volt vagy ki be azt még majd pedig sem lesz',
  ru: 'и в не на что с он как а то это по но из у к за от все так же для о его она ли бы вы мы только уже был была были когда до если или при нет чтобы было также может их после',
  uk: 'і в на що не з та до у як це й за від для по але його він вона є був була були також які який яка щоб її ще вже',
  bg: 'и в на за да се от с е не че по са като а той тя но това което които при след до към има беше',
};
const LANGS = Object.keys(FUNCTION_WORDS);
const WORD_LANGS = new Map<string, number>();
LANGS.forEach((lang, bit) => {
  for (const w of FUNCTION_WORDS[lang]!.split(' ')) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << bit));
});

/**
 * WORD_LANGS as an open-addressing table keyed by a hash of the word's char codes, so the
 * tokenizer looks a token up without slicing it out of the text (a slice per token was most
 * of detectLanguage's cost).
 */
const TABLE_SIZE = 4096; // a power of two, over twice the number of words
const tabWord: string[] = new Array<string>(TABLE_SIZE).fill('');
const tabHash = new Int32Array(TABLE_SIZE);
const tabMask = new Int32Array(TABLE_SIZE);
let MAX_WORD = 0;
function hashOf(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}
for (const [w, mask] of WORD_LANGS) {
  const h = hashOf(w);
  let k = h & (TABLE_SIZE - 1);
  while (tabWord[k] !== '') k = (k + 1) & (TABLE_SIZE - 1);
  tabWord[k] = w;
  tabHash[k] = h;
  tabMask[k] = mask;
  MAX_WORD = Math.max(MAX_WORD, w.length);
}
/** WORD_LANGS.get(s.slice(start, end)) ?? 0, given the hash of that slice. */
function maskAt(s: string, start: number, end: number, h: number): number {
  const len = end - start;
  if (len > MAX_WORD) return 0;
  for (let k = h & (TABLE_SIZE - 1); ; k = (k + 1) & (TABLE_SIZE - 1)) {
    const w = tabWord[k]!;
    if (w === '') return 0;
    if (tabHash[k] === h && w.length === len && s.startsWith(w, start)) return tabMask[k]!;
  }
}

const SAMPLE_CHARS = 3_000;
const MAX_TOKENS = 500;
const PERSIAN = /[پچژگکی]/u;

/** Dominant non-Latin, non-Cyrillic script, if any. */
function scriptLanguage(s: string): string | 'latin' | 'cyrillic' | null {
  let latin = 0, cyr = 0, kana = 0, hangul = 0, han = 0, thai = 0, greek = 0, hebrew = 0, arabic = 0, deva = 0, beng = 0, geo = 0, arm = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    } else if (c < 0x250) latin++;
    else if (c >= 0x400 && c < 0x530) cyr++;
    else if (c >= 0x3040 && c < 0x3100) kana++;
    else if ((c >= 0xac00 && c < 0xd7b0) || (c >= 0x1100 && c < 0x1200)) hangul++;
    else if (c >= 0x4e00 && c < 0xa000) han++;
    else if (c >= 0xe00 && c < 0xe80) thai++;
    else if (c >= 0x370 && c < 0x400) greek++;
    else if (c >= 0x590 && c < 0x600) hebrew++;
    else if (c >= 0x600 && c < 0x700) arabic++;
    else if (c >= 0x900 && c < 0x980) deva++;
    else if (c >= 0x980 && c < 0xa00) beng++;
    else if (c >= 0x10a0 && c < 0x1100) geo++;
    else if (c >= 0x530 && c < 0x590) arm++;
  }
  const cands: [string, number][] = [
    ['latin', latin], ['cyrillic', cyr], ['ja', kana + (kana > 0 ? han : 0)], ['ko', hangul], ['zh', kana > 0 ? 0 : han],
    ['th', thai], ['el', greek], ['he', hebrew], ['ar', arabic], ['hi', deva], ['bn', beng], ['ka', geo], ['hy', arm],
  ];
  let best: [string, number] = ['', 0];
  for (const c of cands) if (c[1] > best[1]) best = c;
  if (best[1] < 10) return null;
  if (best[0] === 'ar' && PERSIAN.test(s)) {
    const fa = s.match(/[پچژگکی]/gu)?.length ?? 0;
    if (fa * 20 > arabic) return 'fa';
  }
  return best[0];
}

export function detectLanguage(text: string): string | null {
  const s = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const script = scriptLanguage(s);
  if (script === null) return null;
  if (script !== 'latin' && script !== 'cyrillic') return script;
  const score = new Int32Array(LANGS.length);
  // hand-rolled tokenizer over Latin and Cyrillic letters (a regex exec per token costs 4x more)
  const lower = s.toLowerCase();
  let n = 0;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= lower.length && n < MAX_TOKENS; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) || (c >= 0x430 && c <= 0x4ff);
    if (letter) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
      continue;
    }
    if (start < 0) continue;
    n++;
    let mask = maskAt(lower, start, i, h);
    start = -1;
    while (mask !== 0) {
      const low = mask & -mask;
      score[31 - Math.clz32(low)]!++;
      mask ^= low;
    }
  }
  if (n < 5) return null;
  let best = -1;
  for (let i = 0; i < LANGS.length; i++) if (best < 0 || score[i]! > score[best]!) best = i;
  const hits = score[best]!;
  if (hits < 3 || hits / n < 0.08) return null;
  return LANGS[best]!;
}
