/** --explain colour: dim + rule tags on a TTY, none with NO_COLOR or without a TTY. */
import { afterEach, expect, test } from 'vitest';
import { analyze } from '../../src/pipeline/clean.js';
import { renderExplain } from '../../src/cli/explain.js';
import { capture } from './helpers.js';

const saved = process.env.NO_COLOR;
afterEach(() => {
  if (saved === undefined) delete process.env.NO_COLOR;
  else process.env.NO_COLOR = saved;
});

const a = analyze(capture(7));
const tty = { isTTY: true } as unknown as NodeJS.WriteStream;
const pipe = { isTTY: false } as unknown as NodeJS.WriteStream;

test('on a TTY removed lines are dimmed', () => {
  delete process.env.NO_COLOR;
  const out = renderExplain(a, tty);
  expect(a.record.removed.length).toBeGreaterThan(0);
  const line = out.split('\n').find((l) => l.includes(a.record.removed[0]!.text))!;
  expect(line).toContain('\x1b[2m'); // dim
});

test('NO_COLOR or no TTY: plain text', () => {
  process.env.NO_COLOR = '1';
  expect(renderExplain(a, tty)).not.toMatch(/\x1b\[/);
  delete process.env.NO_COLOR;
  expect(renderExplain(a, pipe)).not.toMatch(/\x1b\[/);
});
