/**
 * Output formats (`--to`): what a cleaned capture is written as.
 *
 * - `json` (default): the record, as `unboil schema` describes it.
 * - `text`: the body only, the same string as the record's `body`.
 * - `markdown`: title as `#`, the page's headings, lists and quotes kept; links with `links`.
 * - `jsonl-body`: `{id, url, title, published, body}` on one line, for light pipelines.
 *
 * Where several documents share one stream (stdout of a batch run, one output
 * file per JSON Lines / WARC input), each text or Markdown document is followed
 * by a line holding only a form feed (U+000C), which a body never contains:
 * `data.split('\n\f\n')` gives the documents back.
 */
import type { Analysis } from '../pipeline/clean.js';
import type { UnboilRecord } from '../schema/record.js';
import { toMarkdown } from './markdown.js';

export const OUTPUT_FORMATS = ['json', 'text', 'markdown', 'jsonl-body'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Line that follows each text / Markdown document of a shared stream (the writer adds the newline after it). */
export const DOC_END = '\f';

export interface RenderOptions {
  /** json: pretty-print (two-space indent). */
  pretty?: boolean;
  /** markdown: keep links as Markdown links (analyze with keepDom). */
  links?: boolean;
  /** text / markdown: the document shares its stream with others (ends with the DOC_END line). */
  shared?: boolean;
}

/** The light record of `--to jsonl-body`. */
export function bodyRecord(r: UnboilRecord): { id: string | number | null; url: string | null; title: string | null; published: string | null; body: string } {
  return { id: r.id ?? null, url: r.url, title: r.title, published: r.published, body: r.body };
}

/** File extension of an output file in each format (--out), for a single capture and for a shared stream. */
export function extensionOf(to: OutputFormat, shared: boolean): string {
  switch (to) {
    case 'json': return shared ? '.jsonl' : '.json';
    case 'jsonl-body': return '.jsonl';
    case 'text': return '.txt';
    case 'markdown': return '.md';
  }
}

/** The output of one analysis, without its final newline (the writer adds it). */
export function render(a: Analysis, to: OutputFormat, o: RenderOptions = {}): string {
  switch (to) {
    case 'json':
      return o.pretty ? JSON.stringify(a.record, null, 2) : JSON.stringify(a.record);
    case 'jsonl-body':
      return JSON.stringify(bodyRecord(a.record));
    case 'text':
      return o.shared ? `${a.record.body}\n${DOC_END}` : a.record.body;
    case 'markdown': {
      const md = toMarkdown(a, !!o.links);
      return o.shared ? `${md}\n${DOC_END}` : md;
    }
  }
}

export { toMarkdown };
