/**
 * The rule registry. Metadata rules run before boilerplate rules so a line that
 * carries a field is taken by the rule that feeds the field.
 */
import type { Rule } from '../core/types.js';
import * as meta from './meta/index.js';
import * as boilerplate from './boilerplate/index.js';
import * as html from './html/index.js';
import { siteRepeat } from './site-repeat.js';

/** Run before body selection, on the whole capture. */
export const preRules: Rule[] = [...html.pre, ...meta.pre, ...boilerplate.pre, siteRepeat];
/** Run after body selection; they see doc.body and may take body or non-body blocks. */
export const postRules: Rule[] = [...html.post, ...meta.post, ...boilerplate.post];
export const allRules: Rule[] = [...preRules, ...postRules];
