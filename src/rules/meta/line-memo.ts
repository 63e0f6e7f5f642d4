/**
 * Answers about a line, remembered by its text for one title-line run (issue 14): title-line,
 * its scored finder and the headline model ask the same pure questions (headline shape, loose
 * shape, a line of names) of the same lines many times over. Emptied as each title-line run
 * begins and ends (a block's text may be a slice that keeps its whole capture alive), and when
 * full. Each question has a slot: two bits per text, "known" and the answer.
 */
const memo = new Map<string, number>();
const MEMO_SIZE = 4096;

export const SHAPED = 0;
export const LOOSE = 1;
export const NAMES = 2;

/** test(text), remembered in `slot` for the run in progress. */
export function remembered(text: string, slot: number, test: (text: string) => boolean): boolean {
  const known = 1 << (2 * slot);
  const m = memo.get(text) ?? 0;
  if ((m & known) !== 0) return (m & (known << 1)) !== 0;
  const s = test(text);
  if (memo.size >= MEMO_SIZE && m === 0) memo.clear();
  memo.set(text, m | known | (s ? known << 1 : 0));
  return s;
}

/** Forgets every line (title-line calls it as a run begins and ends). */
export function forgetLines(): void {
  memo.clear();
}
