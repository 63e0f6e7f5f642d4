/**
 * Defaults of the site-repeat rule (README: Site profiles, choosing k and p).
 * A line is the site's boilerplate when at least DEFAULT_MIN_DOCS distinct
 * documents of the site hold it and at least DEFAULT_SHARE of them do.
 */
export const DEFAULT_MIN_DOCS = 5;
export const DEFAULT_SHARE = 0.1;
