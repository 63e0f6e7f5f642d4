/**
 * Whole-line matching against phrase vocabularies: a line is covered when its
 * words can be cut into phrases of the vocabulary (plus counters and
 * separators). Glued words ("standardsDiscussion", "PlayFBI") are split at
 * lower->Upper boundaries first.
 */

/** Splits words glued by a missing separator: "standardsDiscussion" -> "standards Discussion", "PlayFBI" -> "Play FBI". */
export function unglue(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/** Separators and icons between menu items and button labels. */
const SEP = /[|•·›»«<>/\\–—:;,()[\]{}"“”„«»✓✕✖×☰≡▶►▸▾▼▲⟩⟨→←↑↓+*#!?…]+/gu;
/** Counters: "12", "1.2K", "3,456", "(5)". */
const COUNTER = /^\d+(?:[.,]\d+)?[kmкм]?$/iu;

/** Lower-cased words of a line with separators, icons and counters dropped. */
export function chromeWords(text: string): string[] {
  const t = unglue(text).toLowerCase().replace(SEP, ' ');
  const out: string[] = [];
  for (const w of t.split(/\s+/)) {
    const x = w.replace(/^[.'’-]+|[.'’-]+$/gu, '');
    if (x === '' || COUNTER.test(x)) continue;
    out.push(x);
  }
  return out;
}

/**
 * True when words can be cut into phrases of `set` (phrases of up to `maxLen` words).
 * Linear in the number of words times maxLen.
 */
export function coveredBy(words: readonly string[], set: ReadonlySet<string>, maxLen = 5): boolean {
  const n = words.length;
  if (n === 0) return false;
  const ok = new Array<boolean>(n + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < n; i++) {
    if (!ok[i]) continue;
    let phrase = '';
    for (let k = 1; k <= maxLen && i + k <= n; k++) {
      phrase = k === 1 ? words[i]! : `${phrase} ${words[i + k - 1]!}`;
      if (set.has(phrase)) ok[i + k] = true;
    }
  }
  return ok[n]!;
}
