/** Units of work passed between the readers, the workers and the writers. */
import type { Format, SiteProfileCounts, SiteRules } from '../core/types.js';
import type { RulesFile } from '../user-rules/schema.js';
import type { OutputFormat } from '../output/index.js';

import type { WarcRef } from '../io/warc.js';
export type { WarcRef };

/** Where a result goes when writing to --out. */
export interface Dest {
  /** Output file (capture inputs) or container output (JSON Lines / WARC inputs). */
  file: string;
  /** Several tasks share one output file, in order; the last one carries `last`. */
  container: boolean;
}

/** One capture's bytes, read by the main thread. */
export interface CaptureTask {
  kind: 'capture';
  data: Uint8Array;
  path: string | null;
  /** The input's id (record and error record): the path relative to the folder given, the WARC record id, or "stdin". */
  id: string;
  format: Format | 'auto';
  url: string | null;
  warc?: WarcRef;
  /** Notes found while reading (e.g. the file changed size since it was listed). */
  warnings?: string[];
}

/** One raw JSON Lines line; decoded and parsed in the worker. */
export interface JsonlTask {
  kind: 'jsonl';
  /** The line's bytes, in an ArrayBuffer of their own (moved to a worker thread, not copied). */
  data: Uint8Array;
  /** data's size, kept for messages after data has moved to a worker. */
  bytes: number;
  lineNo: number;
  path: string | null;
  /** The line was longer than --max-bytes and was not kept. */
  tooLong?: number;
}

/** An input that failed before it reached a worker (unreadable, too large, ...). */
export interface FailedTask {
  kind: 'failed';
  id: string | null;
  line: number | null;
  path: string | null;
  code: string;
  error: string;
}

/** Closes a container's output file (no record of its own). */
export interface EndTask {
  kind: 'end';
  /** The container input (for messages). */
  path: string | null;
}

export type Task = (CaptureTask | JsonlTask | FailedTask | EndTask) & { dest?: Dest };

export interface Result {
  /**
   * Record (or error record) as one line of JSON, or '' for an EndTask. From a worker thread
   * it arrives as UTF-8 bytes, moved rather than copied, so the main thread never holds it as a string.
   */
  json: string | Uint8Array;
  ok: boolean;
  /** For error results: the message for stderr. */
  error?: string;
  /** Raw input bytes. */
  bytes: number;
  /** Lines removed per rule id. */
  rules?: Record<string, number>;
}

export interface ProcessConfig {
  /** A validated rules file (--rules): plain data, so it crosses to worker threads. */
  rules?: RulesFile;
  /** `rules` compiled, on the thread that cleans (never sent to a worker). */
  site?: SiteRules;
  textField: string;
  htmlField: string;
  idField: string;
  urlField: string;
  maxBytes: number;
  debug: boolean;
  /** A site profile's file text (each thread parses it once) and the site-repeat thresholds. */
  profile?: { text: string; name: string; minDocs: number; share: number };
  /** `profile` parsed, on the thread that cleans (never sent to a worker). */
  siteProfile?: SiteProfileCounts;
  /** Output format (--to); default json. */
  to?: OutputFormat;
  /** --to markdown: keep links. */
  links?: boolean;
}
