/** Progress bar on a TTY (cli-progress), and the end-of-run summary. */
import { createRequire } from 'node:module';

/** cli-progress is loaded only when a bar is shown (a terminal on stderr): issue 14, cold start. */
const load = createRequire(import.meta.url);
import { formatBytes } from '../io/errors.js';

export interface Tally {
  inputs: number;
  records: number;
  errors: number;
  bytes: number;
  rules: Map<string, number>;
  skippedUpToDate: number;
  skippedWarc: number;
  tempSwept: number;
}

export function newTally(): Tally {
  return { inputs: 0, records: 0, errors: 0, bytes: 0, rules: new Map(), skippedUpToDate: 0, skippedWarc: 0, tempSwept: 0 };
}

export interface Progress {
  tick(done: number, bytes: number): void;
  /** Writes a message line without breaking the bar. */
  log(message: string): void;
  stop(): void;
}

export function makeProgress(enabled: boolean, total: number | null): Progress {
  if (!enabled) {
    return { tick() {}, log: (m) => void process.stderr.write(m), stop() {} };
  }
  const format = total !== null
    ? 'unboil {bar} {value}/{total} inputs | {rate}/s | {mb} | ETA {eta_formatted}'
    : 'unboil {value} inputs | {rate}/s | {mb} | {duration_formatted}';
  const cliProgress = load('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format, stream: process.stderr, hideCursor: true, etaBuffer: 200, fps: 5, clearOnComplete: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const t0 = Date.now();
  bar.start(total ?? 0, 0, { rate: '0', mb: '0 B' });
  return {
    tick(done, bytes) {
      const secs = Math.max((Date.now() - t0) / 1000, 0.001);
      bar.update(done, { rate: (done / secs).toFixed(0), mb: formatBytes(bytes) });
    },
    log(m) {
      process.stderr.write(`\r\x1b[K${m}`);
    },
    stop() {
      bar.stop();
    },
  };
}

export function summaryText(t: Tally, ms: number): string {
  const secs = ms / 1000;
  const rate = secs > 0 ? Math.round(t.inputs / secs) : t.inputs;
  const top = [...t.rules.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const lines = [
    `unboil: ${t.inputs} inputs: ${t.records} records, ${t.errors} errors; ${formatBytes(t.bytes)} in ${secs.toFixed(2)} s (${rate} inputs/s)`,
  ];
  const skipped: string[] = [];
  if (t.skippedUpToDate) skipped.push(`${t.skippedUpToDate} inputs skipped: output up to date (--resume)`);
  if (t.skippedWarc) skipped.push(`${t.skippedWarc} WARC records skipped: not HTML or text`);
  if (t.tempSwept) skipped.push(`${t.tempSwept} temporary files of an interrupted run removed`);
  if (skipped.length) lines.push(`unboil: ${skipped.join('; ')}`);
  if (top) lines.push(`unboil: rules that removed most lines: ${top}`);
  return lines.join('\n') + '\n';
}
