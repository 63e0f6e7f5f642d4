/**
 * Tag lines -> tags. "Tags: a, b", "Topics: ...", "Schlagwörter: ...", "Etiquetas: ...",
 * "Теги: ...", "Mots-clés : ...", "Etichette", "Trefwoorden", "Tagi", "Štítky", "Címkék",
 * "Taggar", "Etiketler"; and an unlabelled line of short capitalised names
 * separated by commas ("Daesh, Fayssal Mikdad, Iran, Syria, Russia"), which the
 * tag rule accepts only at the end of the article. Each item opens with a capital
 * (later words may be lower case: "Московская область", "Medio ambiente").
 */

const LABELS = [
  'tags', 'tag', 'tagged', 'tagged with', 'topics', 'related topics', 'keywords', 'filed under', 'themes', 'subjects', 'more on',
  'schlagwörter', 'schlagworte', 'stichwörter', 'stichworte', 'themen', 'thema',
  'etiquetas', 'temas', 'palabras clave', 'tópicos',
  'теги', 'тэги', 'метки', 'ключевые слова', 'темы', 'тема',
  'mots-clés', 'mots clés', 'mots-clefs', 'thèmes', 'sujets', 'étiquettes', 'tags associés',
  'etichette', 'argomenti', 'parole chiave', 'assuntos', 'palavras-chave', 'trefwoorden', 'onderwerpen', 'labels',
  'tagi', 'tematy', 'słowa kluczowe', 'štítky', 'témata', 'klíčová slova', 'címkék', 'témák', 'kulcsszavak',
  'taggar', 'ämnen', 'nyckelord', 'etiketler', 'konular', 'anahtar kelimeler',
];
const LABEL_SET = new Set(LABELS);
const LABELLED = /^([\p{L} -]{3,22}?)\s*[:：]\s*(.+)$/u;
const SPLIT = /\s*(?:[,;|·•]|\s#)\s*/u;

function cleanTag(t: string): string {
  return t.replace(/^[#\s]+|[\s.]+$/gu, '');
}

/** True when the whole line is a tag label ("Tags", "Теги:"), whose tags follow on the next lines. */
export function isTagLabel(text: string): boolean {
  if (text.length > 30) return false;
  // the trailing run of white space and colons goes (lower-casing neither makes nor takes such characters)
  let e = text.length;
  while (e > 0 && isSpaceOrColon(text.charCodeAt(e - 1))) e--;
  // lower-casing never shortens a text; an ASCII first character must open some label
  if (e === 0 || e > LABEL_MAX || asciiNoLabel(text.charCodeAt(0))) return false;
  return LABEL_SET.has(text.slice(0, e).toLowerCase());
}

const LABEL_MAX = Math.max(...LABELS.map((l) => l.length));
/** ASCII letters some label opens with (lower case). */
const LABEL_FIRST = new Uint8Array(128);
for (const l of LABELS) if (l.charCodeAt(0) < 128) LABEL_FIRST[l.charCodeAt(0)] = 1;

/** An ASCII character no label's first letter lower-cases from (every label opens with a letter). */
function asciiNoLabel(c: number): boolean {
  if (c >= 128) return false;
  const l = c | 32;
  return l < 97 || l > 122 || LABEL_FIRST[l] === 0;
}

/** JavaScript's \s, ':' and '：'. */
function isSpaceOrColon(c: number): boolean {
  return c === 32 || c === 58 || c === 0xff1a || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "Tags: a, b" -> ["a", "b"]; null when the line has no tag label. */
export function parseLabelledTags(text: string): string[] | null {
  if (text.length > 500 || (!text.includes(':') && !text.includes('：'))) return null;
  // the label opens the line: an ASCII letter no label opens with, or a mark, cannot start one
  const c0 = text.charCodeAt(0);
  if (c0 !== 32 && c0 !== 45 && asciiNoLabel(c0)) return null;
  const m = LABELLED.exec(text);
  if (!m || !LABEL_SET.has(m[1]!.toLowerCase().trim())) return null;
  const tags = m[2]!.split(SPLIT).map(cleanTag).filter((t) => t !== '' && t.length <= 60);
  return tags.length ? tags : null;
}

const ITEM_WORD = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&-]*$/u;

/** An unlabelled list of short capitalised names: at least three, commas between, no sentence. */
export function parseBareTags(text: string): string[] | null {
  if (text.length > 250 || /[.!?:]$/u.test(text)) return null;
  // three items need two commas: most lines have fewer, and need no split
  const comma = text.indexOf(',');
  if (comma < 0 || text.indexOf(',', comma + 1) < 0) return null;
  const items = text.split(/\s*,\s*/u);
  if (items.length < 3 || /\d{3,}/u.test(text)) return null;
  let long = 0;
  for (const it of items) {
    const w = it.split(' ');
    if (it === '' || w.length > 4 || it.length > 40) return null;
    if (w.length > 2) long++;
    // each item opens with a capital or a digit ("Московская область", "Fayssal Mikdad")
    if (!ITEM_WORD.test(w[0]!)) return null;
  }
  if (long * 2 > items.length) return null;
  return items;
}

export function extractTags(texts: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (t: string) => {
    const k = t.toLowerCase();
    if (t !== '' && !seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  };
  for (const text of texts) {
    if (isTagLabel(text)) continue;
    const tags = parseLabelledTags(text) ?? parseBareTags(text) ?? text.split(SPLIT).map(cleanTag);
    for (const t of tags) add(t);
  }
  return out;
}
