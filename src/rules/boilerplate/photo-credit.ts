import { lineRule } from '../../core/rule-kit.js';
import { wordCount } from '../../core/text.js';
import { unglue } from './vocab/match.js';

/** Photo agencies and stock libraries that sign pictures. */
const AGENCY = String.raw`(?:getty(?: images)?|ap(?: photo)?|associated press|reuters|afp|epa(?:-efe)?|efe|dpa|anp|ansa|tass|ria novosti|sputnik|shutterstock|istock(?:photo)?|alamy|xinhua|pa(?: images| wire| media)?|rex(?:/shutterstock)?|imago|picture alliance|sipa|abaca|zuma(?: press)?|bloomberg|wikimedia commons|unsplash|pixabay|pexels|flickr)`;

/** A label that opens a credit or caption line. */
const LEAD = new RegExp(
  String.raw`^(?:(?:photo|photos|photograph|picture|image|images|foto|fotos|фото|фотография|снимок|imagen|imágenes|bild|bilder|illustration|graphic|video|credit|credits|crédit|crédits|crédito|fuente|source|quelle|источник)(?: credit| courtesy| copyright| caption| by| via| de| von| par)?\s*[:：|/©]|(?:image|media|video|photo) (?:copyright|caption|source)\b|featured image(?: via| by| credit)?\b|(?:header|top|lead|main|cover) (?:image|photo)\s*(?:via|by|credit|:)|(?:photo|image|picture|foto|imagen|bild) (?:via|by|courtesy of|de|von|par)\b|photo courtesy\b|courtesy of\b|©|ⓒ|\(c\)\s|copyright\s+(?:photo|image|${AGENCY}))`,
  'iu',
);
/** A credit at the end of a caption: "... (Photo by Jane Doe/Getty Images)", "... Credit: The Times". */
const TAIL = new RegExp(
  String.raw`(?:[(\[]\s*(?:photo|image|foto|фото|picture|credit)\b[^)\]]{0,80}[)\]]|\b(?:photo|image|picture|credit|foto|фото|crédit|crédito|bild)\s*:\s*[^.!?]{2,60}|[/|]\s*${AGENCY}|\b${AGENCY}\s*(?:via|/)\s*\S[^.!?]{0,50}|\(${AGENCY}[^)]{0,40}\))\s*$`,
  'iu',
);
/** A line that is only an agency name: "Getty Images", "AP Photo/Evan Vucci". */
const AGENCY_ONLY = new RegExp(String.raw`^(?:${AGENCY})(?:\s*[/|,]\s*[\p{L}.'’ -]{1,60})?$`, 'iu');

export function isPhotoCredit(text: string): boolean {
  if (text.length > 600) return false;
  const t = unglue(text).trim();
  const n = wordCount(t);
  if (n === 0) return false;
  if (AGENCY_ONLY.test(t)) return true;
  if (LEAD.test(t)) return n <= 40;
  if (n <= 60 && TAIL.test(t)) return true;
  return false;
}

export const photoCredit = lineRule(
  'photo-credit',
  'A photo credit or caption line: "© AP Photo / …", "Image copyright …", "Featured image via …", "Photo: …", "Getty Images", "(Photo by …/Getty Images)".',
  (b) => isPhotoCredit(b.text),
);
