/**
 * Inputs -> tasks. Captures are read whole by the main thread; JSON Lines and
 * WARC/WET files are streamed record by record. Every input yields exactly one
 * task that becomes a record or an error record; --resume skips inputs whose
 * output is newer.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { beforeRead, describeFsError, formatBytes } from '../io/errors.js';
import { IDLE, splitLines } from '../io/lines.js';
import { isWarcName, readWarc } from '../io/warc.js';
import type { WalkItem } from '../io/walk.js';
import type { Dest, Task } from './types.js';
import type { Format } from '../core/types.js';
import { extensionOf, type OutputFormat } from '../output/index.js';

export type From = 'auto' | 'capture' | 'jsonl' | 'warc';

export interface SourceOptions {
  from: From;
  format: Format | 'auto';
  out: string | null;
  resume: boolean;
  maxBytes: number;
  url: string | null;
  /** Output format: it picks the --out file extension. */
  to?: OutputFormat;
}

export interface SourceStats {
  skippedUpToDate: number;
  skippedWarc: number;
}

export type InputSpec = WalkItem | { kind: 'stdin' };

export function kindOf(name: string, from: From): 'capture' | 'jsonl' | 'warc' {
  if (from !== 'auto') return from;
  if (isWarcName(name)) return 'warc';
  if (/\.(jsonl|ndjson)(\.gz)?$/i.test(name)) return 'jsonl';
  return 'capture';
}

/** Output path under --out for an input with relative path rel; the extension follows the format (--to). */
export function destFor(out: string, rel: string, kind: 'capture' | 'jsonl' | 'warc', to: OutputFormat = 'json'): Dest {
  if (kind === 'capture') return { file: join(out, `${rel}${extensionOf(to, false)}`), container: false };
  const base = rel.replace(/\.gz$/i, '').replace(/\.(jsonl|ndjson|warc|wet|arc)$/i, '');
  return { file: join(out, `${base}${extensionOf(to, true)}`), container: true };
}

function upToDate(dest: Dest, inputMtimeMs: number): boolean {
  try {
    return statSync(dest.file).mtimeMs >= inputMtimeMs;
  } catch {
    return false;
  }
}

function withDest<T extends Task>(t: T, dest: Dest | undefined): T {
  if (dest) t.dest = dest;
  return t;
}

async function* jsonlTasks(stream: Readable, path: string | null, opts: SourceOptions, dest: Dest | undefined): AsyncGenerator<Task | typeof IDLE> {
  let lastLine = 0;
  try {
    for await (const l of splitLines(stream, opts.maxBytes)) {
      if (l === IDLE) {
        yield IDLE;
        continue;
      }
      lastLine = l.lineNo;
      // A UTF-8 byte order mark opening the input marks its encoding (Windows tools write one): not part of line 1.
      const d = l.lineNo === 1 && l.data[0] === 0xef && l.data[1] === 0xbb && l.data[2] === 0xbf ? l.data.subarray(3) : l.data;
      const t: Task = { kind: 'jsonl', data: d, bytes: d.byteLength, lineNo: l.lineNo, path };
      if (l.tooLong !== undefined) t.tooLong = l.tooLong;
      yield withDest(t, dest);
    }
  } catch (e) {
    const error = `${path ?? 'stdin'}: reading stopped after line ${lastLine}: ${describeFsError(e)}`;
    yield withDest<Task>({ kind: 'failed', id: path, line: lastLine + 1, path, code: 'read-failed', error }, dest);
  }
}

async function* warcTasks(path: string, opts: SourceOptions, dest: Dest | undefined, stats: SourceStats): AsyncGenerator<Task | typeof IDLE> {
  let lastId: string | null = null;
  try {
    beforeRead(path);
    for await (const item of readWarc(path, opts.maxBytes, (id) => { lastId = id; })) {
      if (item.kind === 'skip') {
        stats.skippedWarc++;
        continue;
      }
      if (item.kind === 'too-large') {
        const error = `${path}: WARC record ${item.warc.recordId}: payload is ${formatBytes(item.bytes)}, over the --max-bytes limit of ${formatBytes(opts.maxBytes)}; raise --max-bytes to clean it`;
        yield withDest<Task>({ kind: 'failed', id: item.warc.recordId, line: null, path, code: 'too-large', error }, dest);
        continue;
      }
      yield withDest<Task>({ kind: 'capture', data: item.data, path, id: item.warc.recordId ?? path, format: item.format, url: item.warc.targetUri, warc: item.warc }, dest);
      yield IDLE;
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const what = err.code ? describeFsError(e) : err.message;
    const after = lastId ? ` after record ${lastId}` : '';
    yield withDest<Task>({ kind: 'failed', id: lastId ?? path, line: null, path, code: 'read-failed', error: `${path}: reading stopped${after}: ${what}` }, dest);
  }
}

export async function* makeTasks(inputs: InputSpec[], opts: SourceOptions, stats: SourceStats): AsyncGenerator<Task | typeof IDLE> {
  for (const input of inputs) {
    if (input.kind === 'stdin') {
      const kind = opts.from === 'auto' ? 'capture' : opts.from;
      const dest = opts.out ? destFor(opts.out, kind === 'capture' ? 'stdin' : 'stdin.jsonl', kind, opts.to) : undefined;
      if (kind === 'jsonl') {
        yield* jsonlTasks(process.stdin, null, opts, dest);
      } else if (kind === 'warc') {
        yield withDest<Task>({ kind: 'failed', id: null, line: null, path: null, code: 'usage', error: 'stdin: WARC input must be a file (give its path)' }, dest);
      } else {
        const parts: Buffer[] = [];
        for await (const c of process.stdin) parts.push(c as Buffer);
        yield withDest<Task>({ kind: 'capture', data: Buffer.concat(parts), path: null, id: 'stdin', format: opts.format, url: opts.url }, dest);
      }
      if (dest?.container) yield withDest<Task>({ kind: 'end', path: null }, dest);
      continue;
    }
    if (input.kind === 'error') {
      yield { kind: 'failed', id: input.rel, line: null, path: input.path, code: 'read-failed', error: input.error };
      continue;
    }
    const kind = kindOf(input.path, opts.from);
    const dest = opts.out ? destFor(opts.out, input.rel, kind, opts.to) : undefined;
    if (dest && opts.resume && upToDate(dest, input.mtimeMs)) {
      stats.skippedUpToDate++;
      continue;
    }
    if (kind === 'capture') {
      if (input.size > opts.maxBytes) {
        const error = `${input.path}: file is ${formatBytes(input.size)}, over the --max-bytes limit of ${formatBytes(opts.maxBytes)}; raise --max-bytes to clean it`;
        yield withDest<Task>({ kind: 'failed', id: input.rel, line: null, path: input.path, code: 'too-large', error }, dest);
        continue;
      }
      let data: Buffer;
      try {
        beforeRead(input.path);
        data = await readFile(input.path);
      } catch (e) {
        yield withDest<Task>({ kind: 'failed', id: input.rel, line: null, path: input.path, code: 'read-failed', error: `${input.path}: cannot read: ${describeFsError(e)}` }, dest);
        continue;
      }
      const t: Task = { kind: 'capture', data, path: input.path, id: input.rel, format: opts.format, url: opts.url };
      if (data.length !== input.size) t.warnings = [`the file changed size while unboil ran (${input.size} bytes when listed, ${data.length} when read): the record is of what was read`];
      yield withDest(t, dest);
    } else if (kind === 'jsonl') {
      let stream: Readable;
      try {
        beforeRead(input.path);
        const raw = createReadStream(input.path, { highWaterMark: 1 << 20 });
        await new Promise<void>((res, rej) => raw.once('open', () => res()).once('error', rej));
        stream = /\.gz$/i.test(input.path) ? raw.pipe(createGunzip()) : raw;
        if (stream !== raw) raw.once('error', (e) => stream.destroy(e));
      } catch (e) {
        // No dest: the error goes to stdout, and no output file is made, so --resume retries it.
        yield { kind: 'failed', id: input.rel, line: null, path: input.path, code: 'read-failed', error: `${input.path}: cannot read: ${describeFsError(e)}` };
        continue;
      }
      yield* jsonlTasks(stream, input.path, opts, dest);
      if (dest) yield withDest<Task>({ kind: 'end', path: input.path }, dest);
    } else {
      yield* warcTasks(input.path, opts, dest, stats);
      if (dest) yield withDest<Task>({ kind: 'end', path: input.path }, dest);
    }
  }
}
