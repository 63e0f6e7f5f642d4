/** Guesses whether a decoded capture is HTML or plain text. */
import type { Format } from '../core/types.js';

export function sniffFormat(text: string): Format {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html[\s>]|\?xml[^>]*>\s*<(!doctype\s+)?html)/.test(head)) return 'html';
  if (/^<!--/.test(head) && /<(html|head|body)[\s>]/.test(head)) return 'html';
  const tags = head.match(/<\/?(p|div|span|a|body|head|meta|script|br|li|h[1-6]|article|section|table)\b/g);
  return tags !== null && tags.length >= 3 && head.startsWith('<') ? 'html' : 'text';
}
