import { lineRule } from '../../core/rule-kit.js';
import { wordCount } from '../../core/text.js';
import { FOOTER_PHRASES, RIGHTS_RESERVED } from './vocab/footer.js';
import { chromeWords, coveredBy, unglue } from './vocab/match.js';
import { UI_PHRASES } from './vocab/ui.js';

/** "© 2020 Foo", "Copyright 2019-2021", "(c) 2018", "ⓒ Foo" at the start of a line. */
const COPYRIGHT = /(?:©|ⓒ|\(c\)|\bcopyright\b)\s*(?:\d{4}\b|[\p{Lu}\p{N}])|^\s*(?:©|ⓒ)|\b(?:19|20)\d{2}\s*©/iu;
/** Credits of photos are photo-credit's, not footers. */
const PHOTO = /\b(?:photo|image|picture|foto|фото|imagen|bild|getty|shutterstock|istock|ap photo|reuters\/|afp\/)\b/iu;

/** Cheap pre-test for long lines. */
const RIGHTS_HINT = /reserv|rechte|droits|derechos|direitos|diritti|права/iu;

const FOOTER_AND_UI: ReadonlySet<string> = new Set([...FOOTER_PHRASES, ...UI_PHRASES]);

export function isCopyrightOrFooter(text: string): boolean {
  if (text.length > 600) return false;
  if (text.length > 300 && !RIGHTS_HINT.test(text)) return false;
  const t = unglue(text);
  const n = wordCount(t);
  if (RIGHTS_RESERVED.test(t) && n <= 60) return true;
  if (COPYRIGHT.test(t) && n <= 40 && !PHOTO.test(t)) return true;
  // A row of legal / about links: "Privacy Policy | Terms of Use | Contact Us"
  if (t.length > 200) return false;
  const w = chromeWords(t);
  if (w.length >= 1 && w.length <= 24 && coveredBy(w, FOOTER_AND_UI)) {
    let legal = false;
    for (let k = 1; k <= 8 && !legal; k++) for (let i = 0; i + k <= w.length; i++) if (FOOTER_PHRASES.has(w.slice(i, i + k).join(' '))) { legal = true; break; }
    return legal;
  }
  return false;
}

export const copyrightFooter = lineRule(
  'copyright-footer',
  'A copyright or footer line: "© 2020 …", "All rights reserved" (en/ru/es/de/fr…), rows of privacy / terms / contact links.',
  (b) => isCopyrightOrFooter(b.text),
);
