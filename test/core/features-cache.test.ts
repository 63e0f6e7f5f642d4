/** Per-block caches: computed once per block, carried to a later round's block of the same text, never to other text. */
import { expect, test } from 'vitest';
import { featuresOf, inheritCaches } from '../../src/core/features.js';
import type { Block } from '../../src/core/types.js';

const block = (text: string, index = 0): Block => ({ index, line: index + 1, text, indent: 0, blankBefore: 0 });
const PROSE = 'The council voted on Tuesday to expand the bus network, a plan that officials said would cut waiting times.';

test.each([
  { later: PROSE, shared: true },
  { later: 'Share this article', shared: false },
  { later: `${PROSE} And more.`, shared: false },
])('a later block of text $later inherits the features: $shared', ({ later, shared }) => {
  const first = block(PROSE);
  const f = featuresOf(first);
  const next = block(later, 3);
  inheritCaches(first, next);
  const g = featuresOf(next);
  expect(g === f).toBe(shared);
  // inherited or not, the features are those of the later block's own text
  expect(g).toEqual(featuresOf(block(later)));
  // the cache is invisible to JSON and spreads
  expect(JSON.stringify(next)).toBe(JSON.stringify(block(later, 3)));
});
