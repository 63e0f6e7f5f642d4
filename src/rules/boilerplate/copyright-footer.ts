import { lineRule } from '../../core/rule-kit.js';

import { FOOTER_PHRASES, RIGHTS_RESERVED } from './vocab/footer.js';
import { coveredBy, containsPhrase, unglue, ub, firstWords } from './vocab/match.js';
import { factsOf, lineFacts, chromeOf, mayHint, type LineFacts } from './vocab/facts.js';
import { SIGN_HINT, SIGN_HINT_WIDE } from './vocab/hints.js';
import { UI_PHRASES } from './vocab/ui.js';

/** "© 2020 Foo", "Copyright 2019-2021", "(c) 2018", "ⓒ Foo" at the start of a line. */
const COPYRIGHT = /(?:©|ⓒ|\([cC]\)|\b(?:[Cc]opyright|COPYRIGHT)\b)\s*(?:\d{4}\b|[\p{Lu}\p{N}])|^\s*(?:©|ⓒ)|\b(?:19|20)\d{2}\s*©/u;
/** Credits of photos are photo-credit's, not footers. */
const PHOTO = ub(/\b(?:photo|image|picture|foto|фото|imagen|bild|getty|shutterstock|istock|ap photo|reuters\/|afp\/)\b/iu);

/** Cheap pre-test for long lines. */
const RIGHTS_HINT = /reserv|rechte|droits|derechos|direitos|diritti|права|무단|版权|著作権/i;

/** Legal and disclaimer sentences of page footers. */
const LEGAL_HINT = /trademark|delayed|diagnose|disclaimer|affiliate|commission|opinions|expressed|Marken|marque|marca|товарн/i;
const LEGAL: readonly RegExp[] = [
  /\b(?:are|is) (?:a )?(?:registered )?trademarks? of\b/iu,
  /\bquotes? (?:are )?delayed\b|\bmarket data (?:provided|powered) by\b/iu,
  /\bnot intended to diagnose\b|\bhave not been evaluated by the food and drug administration\b/iu,
  /^(?:disclaimer|legal disclaimer)\s*[:.]/iu,
  // a blog's disclaimer: "The opinions expressed here are my own …", "This blog reflects the personal opinions of …"
  /\b(?:opinions|views) expressed (?:here|on this (?:site|blog|website)|in this (?:blog|post|column)) are\b|^this (?:blog|site) reflects the (?:personal )?opinions\b/iu,
  /\b(?:we|this site|\p{Lu}[\p{L}]+) (?:may )?(?:earns?|receives?) (?:an? )?(?:affiliate )?commission\b|\baffiliate links?\b.{0,60}\b(?:commission|earn)\b/iu,
];

const FOOTER_AND_UI: ReadonlySet<string> = new Set([...FOOTER_PHRASES, ...UI_PHRASES]);
const FOOTER_FIRST = firstWords(FOOTER_AND_UI);

/** Longest copyright or legal line, in words (after unglue): the tests below allow 80, 60 and 40. */
const MAX_SIGN_WORDS = 80;

export function isCopyrightOrFooter(text: string, facts: LineFacts = lineFacts(text)): boolean {
  if (text.length > 600) return false;
  const n = facts.wordsUnglued;
  if (n <= MAX_SIGN_WORDS && ((mayHint(facts, text) && SIGN_HINT.test(text)) || (facts.nonAscii && SIGN_HINT_WIDE.test(text)))) {
    const t = unglue(text);
    if (n <= 80 && LEGAL_HINT.test(text) && LEGAL.some((re) => re.test(text))) return true;
    if (n <= 60 && RIGHTS_HINT.test(text) && RIGHTS_RESERVED.test(t)) return true;
    if (n <= 40 && COPYRIGHT.test(t) && !PHOTO.test(t)) return true;
  }
  // A row of legal / about links: "Privacy Policy | Terms of Use | Contact Us"
  if (text.length > 200 || !FOOTER_FIRST.has(facts.first)) return false;
  const w = chromeOf(facts, text);
  // made of footer and UI phrases, at least one of them a footer phrase
  return w.length >= 1 && w.length <= 24 && containsPhrase(w, FOOTER_PHRASES, 8) && coveredBy(w, FOOTER_AND_UI);
}

export const copyrightFooter = lineRule(
  'copyright-footer',
  'A copyright or footer line: "© 2020 …", "All rights reserved" (en/ru/es/de/fr…), rows of privacy / terms / contact links.',
  (b, doc) => isCopyrightOrFooter(b.text, factsOf(doc, b)),
);
