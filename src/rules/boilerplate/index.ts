/** Boilerplate rules, in the order they run. pre: before body selection; post: after it. */
import type { Rule } from '../../core/types.js';
import { endMarker, commentLink } from './end-marker.js';
import { commentThread } from './comment-thread.js';
import { copyrightFooter } from './copyright-footer.js';
import { photoCredit } from './photo-credit.js';
import { uiChrome } from './ui-chrome.js';
import { callToAction } from './call-to-action.js';
import { navMenu } from './nav-menu.js';
import { gluedTeaser } from './glued-teaser.js';
import { authorBio } from './author-bio.js';
import { cutTeaser } from './cut-teaser.js';

// Line rules first, so end-marker sees share-button rows already labelled.
export const pre: Rule[] = [copyrightFooter, photoCredit, uiChrome, callToAction, gluedTeaser, authorBio, cutTeaser, endMarker, commentThread, commentLink];
export const post: Rule[] = [navMenu];
/** Every boilerplate rule, for documentation. */
export const all: Rule[] = [...pre, ...post];
