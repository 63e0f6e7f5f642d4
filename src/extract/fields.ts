/** Gathers the blocks that rules tagged with a field, in page order. */
import type { Doc, FieldName, Block } from '../core/types.js';

export function blocksFor(doc: Doc, field: FieldName): Block[] {
  return doc.blocks.filter((b) => doc.labels[b.index]?.field === field);
}
