/**
 * HTML -> blocks. Placeholder until the HTML segmenter lands (issue 4): text of
 * block-level elements, scripts and styles dropped.
 */
import * as cheerio from 'cheerio';
import type { Block, Meta } from '../core/types.js';
import { fold } from '../core/text.js';

export interface HtmlSegments {
  blocks: Block[];
  meta: Meta;
  warnings: string[];
}

export function segmentHtml(html: string): HtmlSegments {
  const $ = cheerio.load(html);
  $('script, style, noscript, template, svg, iframe, form, button').remove();
  const blocks: Block[] = [];
  $('p, li, h1, h2, h3, h4, h5, h6, blockquote, td, pre').each((_, el) => {
    const text = fold($(el).text());
    if (text) blocks.push({ index: blocks.length, line: 1, text, indent: 0, blankBefore: 0, tag: el.tagName });
  });
  const title = fold($('title').first().text()) || null;
  return { blocks, meta: title ? { title } : {}, warnings: [] };
}
