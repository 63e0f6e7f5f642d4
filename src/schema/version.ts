/**
 * The record's schema version, in a module of its own: the core stamps it on every
 * record without loading zod (zod alone adds ~16 MB of code to each worker thread).
 */
export const SCHEMA_VERSION = 2 as const;
