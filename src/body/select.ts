/**
 * Body selection: among the blocks no pre rule took, the article. Text captures
 * by their prose run (text.ts); HTML pages by the markup's article container,
 * settled against a text round the pipeline hands over (html.ts).
 */
import type { Doc } from '../core/types.js';
import { selectTextBody, type BodySelection, type TextRound } from './text.js';
import { selectHtmlBody } from './html.js';

export { SELECTION_REASONS, selectTextBody, type BodySelection, type TextRound, type SelectionReason } from './text.js';
export { HTML_SELECTION_REASONS, selectHtmlBody } from './html.js';
export type { BlockClass, BlockFeatures } from '../core/features.js';
export { blockFeatures, classify } from '../core/features.js';

/**
 * `final`: the pipeline's own selection, whose body the record gets (a cut guard's probe of
 * what selection would choose passes false): on text captures, a page of many similar posts
 * then keeps them together.
 */
export function selectBody(doc: Doc, language: string | null, textRound: TextRound, final = false): BodySelection {
  return doc.format === 'html' ? selectHtmlBody(doc, language, textRound) : selectTextBody(doc, language, { scattered: final });
}
