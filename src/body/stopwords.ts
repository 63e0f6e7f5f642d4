/** Stopword sets per language (ISO 639-1), from the stopwords-iso collection, loaded once. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ALL = require('stopwords-iso') as Record<string, string[]>;

const cache = new Map<string, Set<string>>();
export function stopwords(lang: string): Set<string> {
  let s = cache.get(lang);
  if (!s) {
    s = new Set((ALL[lang] ?? []).map((w) => w.toLowerCase()));
    cache.set(lang, s);
  }
  return s;
}
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(ALL);
