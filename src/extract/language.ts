/** Language of the body: the stopword list (stopwords-iso) that covers most of its words. */
import { words } from '../core/text.js';
import { stopwords, STOPWORD_LANGUAGES } from '../body/stopwords.js';

export function detectLanguage(text: string): string | null {
  const toks = words(text.slice(0, 20000)).map((w) => w.toLowerCase());
  if (toks.length < 5) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const lang of STOPWORD_LANGUAGES) {
    const sw = stopwords(lang);
    let hit = 0;
    for (const t of toks) if (sw.has(t)) hit++;
    const score = hit / toks.length;
    if (score > bestScore) {
      bestScore = score;
      best = lang;
    }
  }
  return bestScore >= 0.1 ? best : null;
}
