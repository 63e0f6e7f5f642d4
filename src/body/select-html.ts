/**
 * Body selection for HTML blocks: the text selection plus the evidence only
 * markup gives (link density, class/id tokens, article containers).
 * Placeholder until the HTML work (issue 4) lands: defers to the text selection.
 */
import type { Doc } from '../core/types.js';
import type { BodySelection } from './select.js';
import { selectTextBody } from './select.js';

export function selectHtmlBody(doc: Doc, language: string | null): BodySelection {
  return selectTextBody(doc, language);
}
