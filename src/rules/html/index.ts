/**
 * HTML-only rules: they read markup evidence and return nothing for text captures.
 * pre: before body selection (so the text rules and the selection never see these blocks).
 */
import type { Rule } from '../../core/types.js';
import { markupDrop } from './markup-drop.js';
import { titleRepeat } from './title-repeat.js';
import { furnitureRules } from './furniture.js';
import { markupByline } from './byline.js';
import { outsideArticle } from './outside.js';

export const pre: Rule[] = [markupDrop, titleRepeat, markupByline, ...furnitureRules, outsideArticle];
export const post: Rule[] = [];
