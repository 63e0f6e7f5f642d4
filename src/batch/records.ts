/** Error records: light on purpose (no core import), so the main thread of a worker pool stays small. */
import type { Result, Task } from './types.js';

/**
 * An input id as an error record can carry it: JSON.parse reads any depth, but
 * JSON.stringify recurses, so an id nested thousands deep cannot be written
 * back; it becomes null (and `idNote` says so in the message).
 */
export function writableId(id: unknown): unknown {
  if (id === null || id === undefined || typeof id !== 'object') return id ?? null;
  try {
    JSON.stringify(id);
    return id;
  } catch {
    return null;
  }
}

/**
 * The id of a JSON Lines input: the --id-field value when it is a string or a
 * finite number, else the line number. Records and error records both carry it
 * as their top-level `id`, so input, output and errors join on one key.
 */
export function jsonlId(value: unknown, lineNo: number): string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : lineNo;
}

/** Characters of an id a message shows. */
const MAX_ID_SHOWN = 200;

/** " (id ...)" for a message: the id as JSON, or a note that it cannot be shown; "" without an id. */
export function idNote(id: unknown): string {
  if (id === undefined || id === null) return '';
  const w = writableId(id);
  if (w === null) return ' (id not shown: nested too deep to write)';
  // the error record keeps the whole id; a message shows its start
  const s = JSON.stringify(w);
  return s.length <= MAX_ID_SHOWN ? ` (id ${s})` : ` (id ${s.slice(0, MAX_ID_SHOWN)}… ${s.length.toLocaleString('en-US')} characters)`;
}

/** `{"id","line","path","error","code"}`: the line written in place of a record that could not be made. */
export function errorRecord(id: unknown, line: number | null, path: string | null, code: string, error: string): string {
  return JSON.stringify({ id: writableId(id), line, path, error, code });
}

/** The error result for a task that never got processed. */
export function lostResult(t: Task, message: string): Result {
  switch (t.kind) {
    case 'capture': {
      const error = `${t.warc ? `${t.path ?? 'stdin'}: WARC record ${t.warc.recordId}` : (t.path ?? 'stdin')}: ${message}`;
      return { ok: false, bytes: t.data.byteLength, error, json: errorRecord(t.warc?.recordId ?? t.id, null, t.path, 'internal', error) };
    }
    case 'jsonl': {
      const error = `${t.path ?? 'stdin'}: line ${t.lineNo}: ${message}`;
      return { ok: false, bytes: t.bytes, error, json: errorRecord(t.lineNo, t.lineNo, t.path, 'internal', error) };
    }
    case 'failed':
      return { ok: false, bytes: 0, error: t.error, json: errorRecord(t.id, t.line, t.path, t.code, t.error) };
    case 'end':
      return { ok: true, bytes: 0, json: '' };
  }
}
