/**
 * The output record: defined once, here. The TypeScript types and the published
 * JSON Schema (`unboil schema`) are both derived from this zod schema.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

export const Dateline = z
  .object({
    place: z.string().describe('Place named by the dateline, as written (e.g. "MOSCOW").'),
    agency: z.string().nullable().describe('News agency named in the dateline, or null.'),
  })
  .describe('Dateline that opened the article, moved out of the body.');

export const RemovedLine = z
  .object({
    rule: z.string().describe('Id of the rule that removed the block.'),
    line: z.number().int().positive().describe('1-based line number in the decoded input (HTML: the source line of the element, where known).'),
    text: z.string().describe('The removed text, whitespace-folded.'),
    field: z.string().optional().describe('Record field this block fed, if any (e.g. "published").'),
    path: z.string().optional().describe('HTML only: CSS-like path of the element.'),
    docs: z.number().int().nonnegative().optional().describe('Rule site-repeat only: how many distinct documents of the site hold the line (near-duplicates once).'),
  })
  .describe('One input block that is not in the body.');

export const RecordId = z.union([z.string(), z.number()]).describe('Id of an input: a string or a number.');

export const WarcInfo = z.object({
  recordId: z.string().nullable(),
  targetUri: z.string().nullable(),
  type: z.string(),
  file: z.string().nullable(),
});

export const InputInfo = z
  .object({
    path: z.string().nullable().describe('Path of the input file, or null for stdin / library input.'),
    bytes: z.number().int().nonnegative().describe('Size of the raw input in bytes.'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the raw input bytes, hex.'),
    format: z.enum(['text', 'html']).describe('How the input was read.'),
    encoding: z.string().describe('Character encoding used to decode the bytes (e.g. "utf-8").'),
    warc: WarcInfo.optional().describe('Present when the capture came out of a WARC/WET file.'),
    line: z.number().int().positive().optional().describe('JSON Lines input: 1-based line number of the input record.'),
  })
  .describe('What was read.');

export const UnboilRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: RecordId.optional().describe('Batch runs: the input\'s id, the same key its error record would carry (JSON Lines: the --id-field value, else the line number; WARC: the WARC record id; files: the path relative to the folder given). Absent from a library call without options.id.'),
    title: z.string().nullable().describe('Headline, or null when the capture has none.'),
    url: z.string().nullable().describe('Canonical URL (HTML canonical / og:url, or given by the caller), or null.'),
    published: z.string().nullable().describe('Publication time, ISO 8601; with Z or an offset when the capture names a zone.'),
    publishedText: z.string().nullable().describe('Raw text the publication time was read from.'),
    updated: z.string().nullable().describe('Last-modified time, ISO 8601, or null.'),
    dateline: Dateline.nullable(),
    authors: z.array(z.string()).describe('Author names from bylines or markup.'),
    site: z.string().nullable().describe('Site or publisher name.'),
    section: z.string().nullable().describe('Section, category or story-series label.'),
    tags: z.array(z.string()).describe('Tags / keywords.'),
    related: z.array(z.string()).describe('Related-headline lists, in page order.'),
    counters: z.array(z.number()).describe('Share / view / comment counter widgets, in page order.'),
    language: z.string().regex(/^[a-z]{2}$/).nullable().describe('ISO 639-1 language of the body, or null.'),
    body: z.string().describe('Article body: paragraphs separated by one blank line.'),
    removed: z.array(RemovedLine).describe('Every non-blank input block not in the body, with the rule that took it.'),
    input: InputInfo,
    warnings: z.array(z.string()).describe('Things unboil could not do or had to repair.'),
    source: z.record(z.string(), z.unknown()).optional().describe('JSON Lines input: the input record\'s other fields (all but the text/html field), unchanged.'),
  })
  .describe('unboil output record');

export type UnboilRecord = z.infer<typeof UnboilRecord>;
export type RecordId = z.infer<typeof RecordId>;
export type RemovedLine = z.infer<typeof RemovedLine>;
export type Dateline = z.infer<typeof Dateline>;
export type InputInfo = z.infer<typeof InputInfo>;

/** JSON Schema (draft 2020-12) of the record, generated from the zod schema. */
export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(UnboilRecord, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: 'https://unboil.dev/schema/record-v2.json', title: 'unboil record', ...schema };
}
