/**
 * The profile pass over inputs (unboil profile build, --learn): reads the same
 * inputs as a cleaning run (files, folders, JSON Lines, WARC/WET), one document
 * at a time on this thread, and counts it into a ProfileBuilder.
 */
import { makeTasks, type InputSpec, type SourceOptions } from './sources.js';
import { IDLE, lineText } from '../io/lines.js';
import { ProfileBuilder, type BuilderOptions } from '../profile/build.js';
import { documentLines } from '../profile/document.js';
import { siteOf } from '../profile/site.js';
import { heapKeeper } from './gc.js';

export interface BuildRunOptions extends SourceOptions, BuilderOptions {
  textField: string;
  htmlField: string;
  urlField: string;
  /** Each input that could not be read (message naming it). */
  onError(message: string): void;
}

export interface BuildStats {
  documents: number;
  /** Documents with no URL and no folder (stdin): counted nowhere. */
  noSite: number;
  errors: number;
}

export async function buildFromInputs(inputs: InputSpec[], o: BuildRunOptions): Promise<{ builder: ProfileBuilder; stats: BuildStats }> {
  const bo: BuilderOptions = { keepText: !!o.keepText };
  if (o.maxLines !== undefined) bo.maxLines = o.maxLines;
  const builder = new ProfileBuilder(bo);
  const stats: BuildStats = { documents: 0, noSite: 0, errors: 0 };
  const tally = { skippedUpToDate: 0, skippedWarc: 0 };
  const fail = (msg: string) => {
    stats.errors++;
    o.onError(msg);
  };
  const count = (capture: string | Uint8Array, format: 'text' | 'html' | 'auto', url: string | null, path: string | null, where: string) => {
    let doc: ReturnType<typeof documentLines>;
    try {
      doc = documentLines(capture, format, o.maxBytes);
    } catch (e) {
      fail(`${where}: ${(e as Error).message}`);
      return;
    }
    stats.documents++;
    const site = siteOf(url ?? doc.url, path);
    if (site === null) {
      stats.noSite++;
      return;
    }
    builder.add(site, doc.lines);
  };
  // garbage (parsed lines, decoded captures) is collected before it piles up (batch/gc.ts)
  const keepHeap = heapKeeper(32 * 1024 * 1024);
  let n = 0;
  for await (const t of makeTasks(inputs, { ...o, out: null, resume: false }, tally)) {
    if (t === IDLE) continue;
    if ((++n & 63) === 0) keepHeap();
    if (t.kind === 'failed') fail(t.error);
    else if (t.kind === 'capture') {
      const where = t.warc ? `${t.path ?? 'stdin'}: WARC record ${t.warc.recordId ?? '(no id)'}` : (t.path ?? 'stdin');
      count(t.data, t.format, t.url, t.path, where);
    } else if (t.kind === 'jsonl') {
      const where = `${t.path ?? 'stdin'}: line ${t.lineNo}`;
      if (t.tooLong !== undefined) {
        fail(`${where}: line is over the --max-bytes limit; raise --max-bytes to count it`);
        continue;
      }
      let obj: unknown;
      try {
        obj = JSON.parse(lineText(t.data));
      } catch (e) {
        fail(`${where}: not valid JSON (${(e as Error).message})`);
        continue;
      }
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        fail(`${where}: expected a JSON object`);
        continue;
      }
      const r = obj as Record<string, unknown>;
      const text = r[o.textField];
      const html = r[o.htmlField];
      const url = typeof r[o.urlField] === 'string' ? (r[o.urlField] as string) : null;
      if (typeof text === 'string') count(text, 'text', url, t.path, where);
      else if (typeof html === 'string') count(html, 'html', url, t.path, where);
      else fail(`${where}: no string "${o.textField}" or "${o.htmlField}" field (set --text-field / --html-field)`);
    }
  }
  return { builder, stats };
}
