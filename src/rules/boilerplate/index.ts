/** Boilerplate rules, in the order they run. pre: before body selection; post: after it. */
import type { Rule } from '../../core/types.js';
import { endMarker } from './end-marker.js';

export const pre: Rule[] = [endMarker];
export const post: Rule[] = [];
