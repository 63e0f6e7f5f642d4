/**
 * The lines of one document as the profile counts them: the blocks clean()
 * segments it into (a text capture's non-blank lines, an HTML page's block
 * elements), decoded and segmented exactly as clean() does, so the hashes the
 * build counts are the hashes the site-repeat rule looks up. Also the page URL
 * the HTML markup gives (canonical / og:url), for the site.
 */
import { decode, finishText } from '../decode/index.js';
import { sniffFormat } from '../segment/sniff.js';
import { segmentText } from '../segment/text.js';
import { segmentHtml } from '../segment/html.js';
import type { Format } from '../core/types.js';

export function documentLines(capture: string | Uint8Array, format: Format | 'auto', maxBytes?: number): { lines: string[]; url: string | null } {
  const dec = decode(capture, maxBytes !== undefined ? { maxBytes } : {});
  const f: Format = format !== 'auto' ? format : sniffFormat(dec.text);
  const text = finishText(dec.text, f, []);
  if (f === 'html') {
    const seg = segmentHtml(text);
    return { lines: seg.blocks.map((b) => b.text), url: seg.meta.url ?? null };
  }
  return { lines: segmentText(text).map((b) => b.text), url: null };
}
