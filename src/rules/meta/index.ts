/** Rules that take lines carrying metadata (dates, bylines, tags, counters, related lists...). */
import type { Rule } from '../../core/types.js';

export const pre: Rule[] = [];
export const post: Rule[] = [];
