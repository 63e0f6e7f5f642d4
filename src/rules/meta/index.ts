/**
 * Rules that take lines carrying metadata (dates, bylines, tags, counters, related lists...).
 * pre: run before the boilerplate rules and body selection, on the whole capture.
 * post: run after body selection (they read doc.body to know where the article ends).
 */
import type { Rule } from '../../core/types.js';
import { byline, bylineNames } from './byline.js';
import { dateLine } from './date-line.js';
import { counterWidget } from './counter.js';
import { seriesLabel, breadcrumb, sectionLine, sectionWord } from './section.js';
import { tagLine, tagList } from './tags.js';
import { relatedList, relatedInline } from './related.js';
import { titleLine } from './title.js';

export const pre: Rule[] = [byline, dateLine, counterWidget, seriesLabel, breadcrumb, sectionLine, tagLine, relatedInline];
export const post: Rule[] = [tagList, relatedList, titleLine, sectionWord, bylineNames];
