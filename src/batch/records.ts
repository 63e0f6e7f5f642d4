/** Error records: light on purpose (no core import), so the main thread of a worker pool stays small. */

/** `{"id","line","path","error","code"}`: the line written in place of a record that could not be made. */
export function errorRecord(id: unknown, line: number | null, path: string | null, code: string, error: string): string {
  return JSON.stringify({ id: id ?? null, line, path, error, code });
}
