import { lineRule } from '../../core/rule-kit.js';
import { UI_PHRASES } from './vocab/ui.js';
import { END_OF_COPY } from './end-marker.js';
import { coveredBy, firstWords } from './vocab/match.js';
import { factsOf, lineFacts, chromeOf, type LineFacts } from './vocab/facts.js';

/** Longest line (in words) that can still be a row of buttons. */
const MAX_WORDS = 16;
const UI_FIRST = firstWords(UI_PHRASES);

/** Empty attributes in markup: `title=""`. */
const EMPTY_ATTR = '=""';
/** Tags with an empty attribute that make a line a comment form's list of allowed markup. */
const MIN_TEMPLATE_TAGS = 3;

/**
 * A comment form's note on the markup it allows: "<a href="" title=""> <abbr title="">
 * <acronym title=""> <b> …", whatever words introduce it. Tags whose attributes are
 * all empty are a template, never a page's text nor a code sample (markup only, any language).
 */
export function isTagTemplate(text: string): boolean {
  let at = text.indexOf(EMPTY_ATTR);
  let n = 0;
  while (at >= 0) {
    if (++n >= MIN_TEMPLATE_TAGS) return text.indexOf('<') >= 0;
    at = text.indexOf(EMPTY_ATTR, at + EMPTY_ATTR.length);
  }
  return false;
}

/** True when the line is made only of UI chrome words (buttons, share widgets, player controls), counters and icons. */
export function isChrome(text: string, facts: LineFacts = lineFacts(text)): boolean {
  if (text.length > 200) return false;
  const first = facts.first;
  if (first !== '' && !UI_FIRST.has(first)) return false;
  const w = chromeOf(facts, text);
  if (w.length === 0) {
    if (END_OF_COPY.test(text)) return false; // "###" ends a press release: end-marker's
    // Only icons, counters and separators: "0 165", "☰", "•"? Counters feed a field elsewhere; bare icons are chrome.
    return !/[\p{L}\p{N}]/u.test(text);
  }
  return w.length <= MAX_WORDS && coveredBy(w, UI_PHRASES);
}

export const uiChrome = lineRule(
  'ui-chrome',
  'A line made only of UI chrome (listen, watch, play, share, print, email, subscribe, sign in, read more, advertisement...) in en, de, fr, es, it, pt, nl, pl, ru, cs, hu, sv, tr, glued words split first; a comment form\'s list of allowed markup (`<a href="" title=""> <abbr title=""> …`).',
  (b, doc) => isChrome(b.text, factsOf(doc, b)) || isTagTemplate(b.text),
);
