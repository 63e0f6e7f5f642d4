/** Helpers for writing rules. */
import type { Doc, Hit, Rule, FieldName, Block } from './types.js';

/**
 * A rule that looks at one block at a time, by its text alone: `test` may read
 * `doc` only for caches keyed by the block's text (factsOf). A later round over
 * the same text skips blocks the first round cleared (doc.cleared), so a test
 * that read a block's neighbours or position would not be asked again.
 */
export function lineRule(
  id: string,
  description: string,
  test: (block: Block, doc: Doc) => boolean,
  field?: FieldName,
): Rule {
  return {
    id,
    description,
    byText: true,
    run(doc) {
      const hits: Hit[] = [];
      const { blocks, labels, cleared } = doc;
      // An indexed loop, not for-of: this closure is shared by every line rule, and while it runs
      // unoptimised (after a deopt) for-of allocates an iterator result per block (issue 14).
      for (let i = 0; i < blocks.length; i++) {
        if (labels[i] || (cleared !== undefined && cleared[i] === 1)) continue;
        if (test(blocks[i]!, doc)) hits.push(field ? { block: i, field } : { block: i });
      }
      return hits;
    },
  };
}

/** Unlabelled blocks, in order. */
export function free(doc: Doc): Block[] {
  return doc.blocks.filter((b) => !doc.labels[b.index]);
}

/** Builds a case-insensitive whole-line matcher from a vocabulary of phrases. */
export function phraseSet(phrases: readonly string[]): (text: string) => boolean {
  const set = new Set(phrases.map((p) => p.toLowerCase()));
  return (text) => set.has(text.toLowerCase().replace(/(?<![\s:|•·›»>–—-])[\s:|•·›»>–—-]+$/u, '').trim());
}
